import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// The Lit team's minifier for html`` and css`` templates (html-minifier and clean-css).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import MagicString from 'magic-string';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The README's snippets, the demo and the embed builder load the bundle from the package's
 * versioned URL on a public npm CDN, with its Subresource Integrity hash: once the file
 * is written, both are brought up to this version and this file's sha384. (A test fails
 * when they are not: test/node/release.test.mjs.)
 */
function integrity() {
  return {
    name: 'integrity',
    writeBundle({file}) {
      const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      for (const page of ['README.md', 'demo/index.html', 'demo/builder.js']) {
        const text = readFileSync(page, 'utf8');
        const updated = text.replace(
          /story-card@[^/"]+\/dist\/story-card\.js" integrity="[^"]*"/g,
          `story-card@${version}/dist/story-card.js" integrity="${hash}"`
        );
        if (updated != text) writeFileSync(page, updated);
      }
    },
  };
}

/**
 * Names no one outside the card reads, made short in the bundle (after terser, which
 * leaves strings and CSS alone): the card's private custom properties (`--_accent`,
 * `--_photo-aspect-ratio`…, invisible to pages, which set the public `--story-card-*`),
 * and the text of the errors Lit throws only on a misuse of its own API, which the card
 * never makes.
 */
function shortInternalNames() {
  const LIT_MISUSE = [/"invalid template strings array"/];
  return {
    name: 'short-internal-names',
    renderChunk(code) {
      const output = new MagicString(code);
      const names = new Map();
      for (const match of code.matchAll(/--_[\w-]+/g)) {
        if (!names.has(match[0])) names.set(match[0], `--_${names.size.toString(36)}`);
        output.overwrite(match.index, match.index + match[0].length, names.get(match[0]));
      }
      for (const pattern of LIT_MISUSE) {
        const match = code.match(pattern);
        if (!match) this.error(`Lit's error text changed: ${pattern} is not in the bundle; update rollup.config.mjs`);
        output.overwrite(match.index, match.index + match[0].length, '"lit"');
      }
      return {code: output.toString(), map: output.generateMap({hires: true})};
    },
  };
}

/**
 * Lit's hooks for what no browser the card supports needs, taken out before terser so that
 * the calls go with them: the ShadyDOM polyfill's support (every engine has shadow DOM),
 * the hydration support of @lit-labs/ssr-client (the card renders afresh over a server's
 * DOM: README, "Render it on your server"), the global lists of loaded Lit versions,
 * which only Lit's development build reads, to warn of two copies; and what the card's
 * templates never use: the making of svg`` and mathml`` templates, property (.prop=) and
 * element bindings, directives and the connection news async directives listen for,
 * initializers (which only decorators add), a controller's removal (the card's
 * controllers live as long as it does), properties named by symbols, and the property
 * options none of the card's has (useDefault, a converter object, hasChanged, an accessor
 * of its own to wrap), styles given otherwise than as a flat list of css`` literals, and
 * what parts keep for directives and their users (parentNode, startNode…). Each
 * pattern is checked: where Lit's code no longer matches, or a template of ours binds a
 * property, the build stops.
 */
function withoutLitHooks() {
  const HOOK = /\w+\.(?:litHtml|reactiveElement|litElement)(?:Polyfill|Hydrate)Support\b/g;
  // Property bindings (.prop=${…}) and element bindings (<div ${…}>), which the card never writes.
  const PROPERTY_PART = /ctor:"\."===(\w+)\[1\]\?\w+:/g;
  const ELEMENT_PART = /:6===(\w+)\.type&&\(\w+=new \w+\(\w+,this,\w+\)\)/g;
  // Directives (lit/directives/…, directive()), which the card's templates never use: a
  // value is bound as it is. (The server renderer's unsafeHTML is in lib/, not here.)
  const RESOLVE_DIRECTIVE =
    /function (\w+)\((\w+),(\w+),\w+=\2,\w+\)\{if\(\3===\w+\)return \3;let \w+=void 0!==\w+\?\w+\._\$Co\?\.\[\w+\]:\w+\._\$Cl;const \w+=\w+\(\3\)\?void 0:\3\._\$litDirective\$;.*?,\3\}(?=class )/g;
  // What tells async directives that a part was connected or disconnected: with no
  // directive, no one listens.
  const SET_CONNECTED = /setConnected\((\w+)\)\{void 0===this\._\$AM&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/g;
  const DISCONNECTING = /this\._\$AP\?\.\(!1,!0,\w+\)(?=;)/g;
  const CONNECTED_CALLBACKS =
    /(?:dis)?connectedCallback\(\)\{super\.(?:dis)?connectedCallback\(\),this\._\$Do\?\.setConnected\(!\d\)\}/g;
  const ELEMENT_MARKER =
    /else (\w+)\.startsWith\(\w+\)&&\(\w+\.push\(\{type:6,index:\w+\}\),\w+\.removeAttribute\(\1\)\)/g;
  const VERSIONS = /\(\w+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g;
  // Bindings in the text of a <script>, <style>, <textarea> or <title>, which no template of
  // the card's has.
  const RAW_TEXT_BINDINGS =
    /if\((\w+)\.test\((\w+)\.tagName\)\)\{const (\w+)=\2\.textContent\.split\(\w+\),(\w+)=\3\.length-1;if\(\4>0\)\{\2\.textContent=\w+\?\w+\.emptyScript:"";for\(let (\w+)=0;\5<\4;\5\+\+\)\2\.append\(\3\[\5\],\w+\(\)\),\w+\.nextNode\(\),\w+\.push\(\{type:2,index:\+\+\w+\}\);\2\.append\(\3\[\4\],\w+\(\)\)\}\}/g;
  // svg`` and mathml`` templates, which the card never writes (its icons are <svg> in html``).
  const FOREIGN_OPEN = /2===(\w+)\?"<svg>":3===\1\?"<math>":""/g;
  const FOREIGN_CLOSE = /\(2===(\w+)\?"<\/svg>":3===\1\?"<\/math>":""\)/g;
  const FOREIGN_UNWRAP = /2===(\w+)\|\|3===\1(?=\)\{const (\w+)=this\.el\.content\.firstChild;)/g;
  // The property metadata of standard decorators, which the card never uses (its
  // properties are static): no Symbol.metadata or litPropertyMetadata put on the page.
  const DECORATOR_GLOBALS = /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap/g;
  // Initializers, which only decorators add (Lit's addInitializer), and a controller's
  // removal, which the card's controllers, there for the element's life, never ask for.
  const INITIALIZERS =
    /static addInitializer\(\w+\)\{[^}]*\}|void 0!==\w+\.l&&\(this\.l=\[\.\.\.\w+\.l\]\),|this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)/g;
  const REMOVE_CONTROLLER = /removeController\(\w+\)\{this\._\$EO\?\.delete\(\w+\)\}/g;
  // Properties named by symbols: the card's are named by strings.
  const SYMBOL_PROPERTIES = /\[\.\.\.(\w+)\((\w+)\),\.\.\.\w+\(\2\)\]/g;
  // A property's default kept for its attribute (useDefault) and a class's own accessor
  // wrapped (wrapped: a decorator's accessor, or a get/set a class writes for a declared
  // property): the card's properties have neither.
  const USE_DEFAULT_OPTION = /useDefault:!1,/g;
  const USE_DEFAULT_CHANGE =
    /\|\|(\w+)\.useDefault&&\1\.reflect&&\w+===this\._\$Ej\?\.get\((\w+)\)&&!this\.hasAttribute\(\w+\._\$Eu\(\2,\1\)\)/g;
  const USE_DEFAULT_FROM_ATTRIBUTE = /(this\[(\w+)\]=(\w+))\?\?this\._\$Ej\?\.get\(\2\)\?\?\3/g;
  const USE_DEFAULT_RECORD =
    /\{useDefault:(\w+),reflect:(\w+),wrapped:(\w+)\},(\w+)\)\{\1&&!\(this\._\$Ej\?\?=new Map\)\.has\((\w+)\)&&\(this\._\$Ej\.set\(\5,\4\?\?\w+\?\?this\[\5\]\),!0!==\3\|\|void 0!==\4\)\|\|\(this\._\$AL\.has\(\5\)\|\|\(this\.hasUpdated\|\|\1\|\|/g;
  const WRAPPED_CREATE = /this\.prototype\.hasOwnProperty\((\w+)\)&&\(\((\w+)=Object\.create\(\2\)\)\.wrapped=!0\),/g;
  // A property's accessor that calls a get/set of the class's own, which no declared
  // property of the card's has (checked below, against src/StoryCard.ts).
  const OWN_ACCESSOR =
    /static getPropertyDescriptor\((\w+),(\w+),(\w+)\)\{const\{get:(\w+),set:(\w+)\}=\w+\(this\.prototype,\1\)\?\?\{get\(\)\{return this\[\2\]\},set\((\w+)\)\{this\[\2\]=\6\}\};return\{get:\4,set\((\w+)\)\{const (\w+)=\4\?\.call\(this\);\5\?\.call\(this,\7\),this\.requestUpdate\(\1,\8,\3\)\},/g;
  const WRAPPED_UPDATE =
    /const (\w+)=this\.constructor\.elementProperties;if\(\1\.size>0\)for\(const\[(\w+),(\w+)\]of \1\)\{const\{wrapped:(\w+)\}=\3,(\w+)=this\[\2\];!0!==\4\|\|this\._\$AL\.has\(\2\)\|\|void 0===\5\|\|this\.C\(\2,void 0,\3,\5\)\}/g;
  // A converter object (the card's one converter is a function) and a hasChanged option,
  // which no property of the card's has.
  const CONVERTER_OBJECT_TO = /\(void 0!==(\w+)\.converter\?\.toAttribute\?\1\.converter:(\w+)\)/g;
  const CONVERTER_OBJECT_FROM = /:void 0!==(\w+)\.converter\?\.fromAttribute\?\1\.converter:(\w+)/g;
  const HAS_CHANGED = /\((\w+)\.hasChanged\?\?(\w+)\)/g;
  // The default converter's Boolean, Object and Array cases for an attribute it writes,
  // and its Object and Array cases for one it reads: the card reflects only strings
  // (theme, layout), and reads no property of type Object or Array from an attribute.
  const REFLECTED_TYPES =
    /toAttribute\((\w+),(\w+)\)\{switch\(\2\)\{case Boolean:\1=\1\?\w+:null;break;case Object:case Array:\1=null==\1\?\1:JSON\.stringify\(\1\)\}return \1\}/g;
  // Templates compiled ahead of time (@lit-labs/compiler's {h, parts}), which the card
  // does not use: its templates are html`` literals, whose type is a number.
  const COMPILED_TEMPLATE =
    /"number"==typeof (\w+)\?(this\._\$AC\(\w+\)):\(void 0===\1\.el&&\(\1\.el=\w+\.createElement\(\w+\(\1\.h,\1\.h\[0\]\),this\.options\)\),\1\)/g;
  // The node to render before in the render root: the card empties its root before Lit
  // renders in it (StoryCard's createRenderRoot, for a server-rendered card), and its
  // styles are adopted, not <style> elements there, so it renders into an empty root.
  const RENDER_BEFORE_KEPT = /return this\.renderOptions\.renderBefore\?\?=(\w+)\.firstChild,\1\}/g;
  const RENDER_BEFORE_READ = /(\w+)\?\.renderBefore\?\?(\w+|null)(?=;)/g;
  // An event binding's listener object ({handleEvent, capture, once, passive}), which the
  // card's templates never bind: each of their listeners is a function (checked below).
  const LISTENER_OPTIONS = /\|\|(\w+)\.capture!==(\w+)\.capture\|\|\1\.once!==\2\.once\|\|\1\.passive!==\2\.passive/g;
  const LISTENER_OBJECT =
    /handleEvent\((\w+)\)\{"function"==typeof this\._\$AH\?(this\._\$AH\.call\(this\.options\?\.host\?\?this\.element,\1\)):this\._\$AH\.handleEvent\(\1\)\}/g;
  const JSON_ATTRIBUTE = /;case Object:case Array:try\{(\w+)=JSON\.parse\(\w+\)\}catch\(\w+\)\{\1=null\}/g;
  // Styles given otherwise than as the card gives them, a flat list of its own css``
  // literals, each once: nested lists, repeats, one style alone.
  const FINALIZE_STYLES =
    /static finalizeStyles\((\w+)\)\{const (\w+)=\[\];if\(Array\.isArray\(\1\)\)\{const (\w+)=new Set\(\1\.flat\(1\/0\)\.reverse\(\)\);for\(const \w+ of \3\)\2\.unshift\(\w+\(\w+\)\)\}else void 0!==\1&&\2\.push\(\w+\(\1\)\);return \2\}/g;
  // What Lit keeps for directives and their parts' users, which the card has none of: a
  // part's parentNode, startNode, endNode and tagName, whether it is connected, the list
  // of async directives below it, a scoped registry's creationScope; and the meaning of
  // state: true, which the card's one state spells out as attribute: false.
  const DIRECTIVE_API = [
    /get parentNode\(\)\{return this\._\$AM\.parentNode\}/g,
    /get parentNode\(\)\{let (\w+)=this\._\$AA\.parentNode;const (\w+)=this\._\$AM;return void 0!==\2&&11===\1\?\.nodeType&&\(\1=\2\.parentNode\),\1\}get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/g,
    /get tagName\(\)\{return this\.element\.tagName\}/g,
    /get _\$AU\(\)\{return this\._\$AM(?:\?\._\$AU\?\?this\._\$Cv|\._\$AU)\}/g,
    /,this\._\$Cv=\w+\?\.isConnected\?\?!0/g,
    /this\._\$AN=void 0,/g,
    /this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/g,
    /(\w+)\.state&&\(\1\.attribute=!1\),/g,
  ];
  const CREATION_SCOPE = /\(\w+\?\.creationScope\?\?(\w+)\)/g;
  const DECORATOR_READ =
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w+,\w+\]of \2\)this\.elementProperties\.set\(\w+,\w+\)\}/g;
  return {
    name: 'without-lit-hooks',
    transform(code, id) {
      if (!/node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      const output = new MagicString(code);
      for (const [pattern, replacement] of [
        [HOOK, '(void 0)'],
        [PROPERTY_PART, 'ctor:'],
        [ELEMENT_PART, ':0'],
        [ELEMENT_MARKER, ''],
        [SET_CONNECTED, ''],
        [DISCONNECTING, ''],
        [CONNECTED_CALLBACKS, ''],
        [RESOLVE_DIRECTIVE, (_, name, part, value) => `function ${name}(${part},${value}){return ${value}}`],
        [VERSIONS, '0'],
        [RAW_TEXT_BINDINGS, ''],
        [FOREIGN_OPEN, '""'],
        [FOREIGN_CLOSE, '""'],
        [FOREIGN_UNWRAP, '0'],
        [DECORATOR_GLOBALS, '0,0'],
        [DECORATOR_READ, ''],
        [INITIALIZERS, (match) => (match.startsWith('this.') ? '0' : '')],
        [REMOVE_CONTROLLER, ''],
        [USE_DEFAULT_OPTION, ''],
        [USE_DEFAULT_CHANGE, ''],
        [USE_DEFAULT_FROM_ATTRIBUTE, (_, assignment) => assignment],
        [
          USE_DEFAULT_RECORD,
          (_, useDefault, reflect, wrapped, value, name) =>
            `{reflect:${reflect}},${value}){(this._$AL.has(${name})||(this.hasUpdated||`,
        ],
        [WRAPPED_CREATE, ''],
        [WRAPPED_UPDATE, ''],
        [
          OWN_ACCESSOR,
          // (Names of their own in the setter: Lit's reuse the key's, which it reads.)
          (_, name, key, options) =>
            `static getPropertyDescriptor(${name},${key},${options}){return{get(){return this[${key}]},set($value){const $old=this[${key}];this[${key}]=$value,this.requestUpdate(${name},$old,${options})},`,
        ],
        [CONVERTER_OBJECT_TO, (_, options, standard) => standard],
        [CONVERTER_OBJECT_FROM, (_, options, standard) => `:${standard}`],
        [HAS_CHANGED, (_, options, notEqual) => notEqual],
        [REFLECTED_TYPES, (_, value) => `toAttribute(${value}){return ${value}}`],
        [JSON_ATTRIBUTE, ''],
        [LISTENER_OPTIONS, ''],
        [LISTENER_OBJECT, (_, event, call) => `handleEvent(${event}){${call}}`],
        [RENDER_BEFORE_KEPT, (_, root) => `return ${root}}`],
        [RENDER_BEFORE_READ, (_, options, otherwise) => otherwise],
        [COMPILED_TEMPLATE, (_, type, fromLiteral) => fromLiteral],
        ...DIRECTIVE_API.map((pattern) => [pattern, '']),
        [CREATION_SCOPE, (_, document) => document],
        [FINALIZE_STYLES, (_, styles) => `static finalizeStyles(${styles}){return ${styles}}`],
        [SYMBOL_PROPERTIES, (_, names, properties) => `[...${names}(${properties})]`],
      ])
        for (const match of code.matchAll(pattern))
          output.overwrite(
            match.index,
            match.index + match[0].length,
            typeof replacement == 'function' ? replacement(...match) : replacement
          );
      const left = output.toString().match(/_\$litDirective\$/);
      if (left) this.error(`Lit's directives changed: ${left[0]} is still in ${id}; update rollup.config.mjs`);
      return output.hasChanged() ? {code: output.toString(), map: output.generateMap({hires: true})} : null;
    },
    renderChunk(code) {
      // Lit wrote them another way: the patterns above need to learn it.
      const left = code.match(
        /\w*(?:Polyfill|Hydrate)Support|\.passive!==|renderBefore|this\.prototype,\w+\)\?\?|case Object:|\.h\[0\]|JSON\.stringify\(\w+\)\}return|useDefault|wrapped|_\$Ej\b|converter\?\.|flat\(1\/0\)|_\$A[UN]\b|_\$Cv\b|startNode|creationScope|\.state&&|\.hasChanged\?\?|litNonce|addInitializer|removeController|getOwnPropertySymbols|setConnected|\.test\(\w+\.tagName\)|this\.type=[36]\b|type:6\b|\w*(?:litHtml|reactiveElement|litElement)Versions|"<\/?(?:svg|math)>"|litPropertyMetadata|Symbol\.metadata/
      );
      if (left) this.error(`Lit's hooks changed: ${left[0]} is still in the bundle; update rollup.config.mjs`);
      // A template of ours that binds a property would need the part taken out above.
      const binding = code.match(/\s\.[a-z][\w-]*=\$\{/i);
      if (binding) this.error(`a template binds a property (${binding[0].trim()}): PROPERTY_PART must stay in`);
      // A declared property with a get or set of the class's own, which OWN_ACCESSOR and
      // WRAPPED_* would leave uncalled.
      const declared = [
        ...(
          readFileSync('src/StoryCard.ts', 'utf8').match(/static override properties = \{([\s\S]*?)\n {2}\};/)?.[1] ??
          ''
        ).matchAll(/^ {4}(\w+):/gm),
      ].map(([, name]) => name);
      const accessor = declared.find((name) => new RegExp(String.raw`\b[gs]et ${name}\(`).test(code));
      if (!declared.length || accessor)
        this.error(
          `a declared property has an accessor of the class's own (${accessor ?? 'none found'}): OWN_ACCESSOR must stay in`
        );
      // An event binding of the card's whose listener may be an object: LISTENER_OBJECT and
      // LISTENER_OPTIONS must stay in. (Its listeners are arrow functions or methods.)
      const listener = code.match(/@[\w-]+=\$\{(?!\s*(?:\([\w, ]*\)\s*=>|this\._on\w+\}|on\w+\}))[^}]*\}/);
      if (listener)
        this.error(`an event binding may bind a listener object (${listener[0]}): LISTENER_OBJECT must stay in`);
      // A property the converter cases taken out above would serve.
      const typed = code.match(
        /\{[^{}]*?(?:type:\s*(?:Object|Array)\b|reflect:\s*(?:true|!0)[^{}]*type:|type:[^{}]*reflect:\s*(?:true|!0))[^{}]*\}/
      );
      if (typed)
        this.error(
          `a property needs the default converter's cases (${typed[0]}): REFLECTED_TYPES and JSON_ATTRIBUTE must stay in`
        );
      const rawText = code.match(/<(?:script|style|textarea|title)\b[^<`]*\$\{/i);
      if (rawText) this.error(`a template binds text in ${rawText[0]}: RAW_TEXT_BINDINGS must stay in`);
      return null;
    },
  };
}

/**
 * Lit's css-tag module, sealed: the card's styles are its own css`` literals, adopted as
 * constructed style sheets (every engine the card supports adopts them: Chromium 73,
 * Firefox 101, Safari 16.4). Lit's module guards what a sealed bundle never meets: a CSSResult
 * made by hand, a value of a page's put in a css`` literal, the <style> elements of an
 * engine that cannot adopt a sheet. This one has the same exports and keeps none of that.
 */
function sealedCssTag() {
  const CSS_TAG = /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;
  let replaced = false;
  return {
    name: 'sealed-css-tag',
    load(id) {
      if (!CSS_TAG.test(id)) return null;
      replaced = true;
      return `export class CSSResult {
  constructor(cssText) {
    this.cssText = cssText;
  }
  get styleSheet() {
    if (!this.sheet) (this.sheet = new CSSStyleSheet()).replaceSync(this.cssText);
    return this.sheet;
  }
  toString() {
    return this.cssText;
  }
}
export const css = (strings, ...values) => new CSSResult(strings.reduce((text, string, i) => text + values[i - 1] + string));
export const unsafeCSS = (value) => new CSSResult(String(value));
export const supportsAdoptingStyleSheets = true;
export const getCompatibleStyle = (style) => style;
export const adoptStyles = (root, styles) => {
  root.adoptedStyleSheets = styles.map((style) => style.styleSheet);
};`;
    },
    buildEnd() {
      if (!replaced)
        this.error("Lit's css-tag.js moved: sealedCssTag found no module to replace; update rollup.config.mjs");
    },
  };
}

export default [
  // The file partners drop onto a page: one self-defining module with Lit inside.
  {
    input: 'src/story-card.ts',
    output: {file: 'dist/story-card.js', format: 'es', sourcemap: true},
    plugins: [
      typescript({declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src'}),
      // Unquoted attributes where HTML allows it; Lit reads unquoted bindings alike.
      minifyHTML({options: {minifyOptions: {removeAttributeQuotes: true}}}),
      nodeResolve(),
      sealedCssTag(),
      withoutLitHooks(),
      terser({
        ecma: 2021,
        module: true,
        // (unsafe_comps turns a < b into b > a, unsafe for operands with side effects in
        // valueOf, which the card's comparisons of numbers and strings have not.)
        compress: {
          passes: 3,
          unsafe: true,
          unsafe_arrows: true,
          unsafe_comps: true,
          unsafe_math: true,
          pure_getters: true,
          keep_fargs: false,
        },
        format: {comments: false},
        // Our private members (_index, _request…), the members the card's own controllers
        // share with it (names the bundle uses for nothing else: no public property, label
        // or DOM member it calls has them), the lifecycle members and controller hooks that
        // only Lit and the card's own classes call or read (willUpdate, hostConnected,
        // addController, createRenderRoot, a property's converter…: no page calls them; a
        // page may subclass Lit's elements, not this sealed one; hasUpdated, requestUpdate
        // and updateComplete, which a page may read,
        // stay; Lit's names read by string, "finalized" and "elementProperties", are not
        // in the list), the keys of a property's options and converter that only Lit and
        // the card's own property declarations name (state, reflect, fromAttribute…; not
        // attribute, which also names one of the card's sources, by string), members of the card's own data that no page reads (a srcset
        // candidate's descriptor, the autoplay's visibility observer, a reader's problem and
        // a refused URL's reason, a page's canonical URL and base URL, the parts of a page's
        // title, a shared request's promise, controller and users), and Lit's private
        // ones (_$AH, _$litPart$…). Lit keeps its own stable so that two copies of Lit
        // on a page can read each other's templates and parts; this copy is sealed in the
        // bundle and shares none of them.
        mangle: {
          properties: {
            regex:
              /^_[a-z]|^_\$|^(?:followsReader|viewerOpen|renderViewer|rotating|playing|enable|reset|load|isUpdatePending|renderOptions|enableUpdating|renderBefore|elementStyles|finalizeStyles|getPropertyDescriptor|createProperty|scheduleUpdate|performUpdate|getUpdateComplete|shouldUpdate|willUpdate|firstUpdated|hostConnected|hostDisconnected|hostUpdate|hostUpdated|addController|createRenderRoot|getPropertyOptions|shadowRootOptions|converter|reducedMotion|state|reflect|noAccessor|wrapped|finalize|useDefault|fromAttribute|toAttribute|descriptor|siteFirst|visibility|problem|refused|canonical|baseUrl|users|promise|controller|parts|strings|startNode|endNode)$/,
          },
        },
      }),
      shortInternalNames(),
      integrity(),
    ],
  },
  // For npm users with their own bundler: unbundled modules and type declarations,
  // with Lit left as a dependency so an app shares one copy.
  {
    input: ['src/index.ts', 'src/story-card.ts', 'src/server/render-story-card.ts'],
    external: [/^lit(\/|$)/, /^@lit-labs\//, 'linkedom'],
    output: {dir: 'lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src'},
    plugins: [typescript({outDir: 'lib', rootDir: 'src'})],
  },
];
