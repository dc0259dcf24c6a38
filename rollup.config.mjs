import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Collapses the white space that indentation leaves in Lit's html`` and css`` templates,
 * and CSS comments. Only the literal text between expressions changes. Runs on the
 * compiled modules of our own source, which hold no regular expression with a quote
 * or a backtick in it (the scanner below does not read regular expressions).
 */
function minifyTemplates() {
  const minifyCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/;}/g, '}')
      .replace(/(--[\w-]+): /g, '$1:')
      // A declaration's name follows { or ; (a selector's pseudo-class has no space after it).
      .replace(/([{;(][a-z-]+): /g, '$1:');
  // A run of white space with a line break is indentation: between two tags it goes,
  // elsewhere (text, attributes) one space keeps its meaning.
  const minifyHtml = (text) => text.replace(/(>?)\s*\n\s*(<?)/g, (_, close, open) => (close && open ? close + open : `${close} ${open}`));

  function transformTemplates(code) {
    let out = '';
    let i = 0;
    // Copies code up to the end of the template starting at code[i] == '`'.
    const template = (minify) => {
      let chunk = '';
      out += code[i++];
      while (i < code.length && code[i] != '`') {
        if (code[i] == '\\') {
          chunk += code[i] + code[i + 1];
          i += 2;
        } else if (code[i] == '$' && code[i + 1] == '{') {
          out += (minify ? minify(chunk) : chunk) + '${';
          chunk = '';
          i += 2;
          expression();
          out += code[i++];
        } else chunk += code[i++];
      }
      out += (minify ? minify(chunk) : chunk) + code[i++];
    };
    // Copies code up to the closing brace of an expression (code[i] is left on it).
    const expression = () => {
      let depth = 0;
      while (i < code.length && !(code[i] == '}' && depth == 0)) {
        if (code[i] == '{') depth++;
        if (code[i] == '}') depth--;
        if (code[i] == '`') {
          const tag = /\b(html|css)\s*$/.exec(out)?.[1];
          template(tag == 'css' ? minifyCss : tag == 'html' ? minifyHtml : undefined);
        } else if (code[i] == "'" || code[i] == '"') {
          const quote = code[i];
          out += code[i++];
          while (i < code.length && code[i] != quote) {
            if (code[i] == '\\') out += code[i++];
            out += code[i++];
          }
          out += code[i++];
        } else if (code[i] == '/' && (code[i + 1] == '/' || code[i + 1] == '*')) {
          const end = code.indexOf(code[i + 1] == '/' ? '\n' : '*/', i);
          i = end < 0 ? code.length : end + (code[i + 1] == '/' ? 0 : 2);
        } else out += code[i++];
      }
    };
    while (i < code.length) {
      expression();
      if (i < code.length) out += code[i++];
    }
    return out;
  }

  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|css)\s*`/.test(code)) return null;
      return {code: transformTemplates(code), map: null};
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
      minifyTemplates(),
      nodeResolve(),
      terser({
        ecma: 2021,
        module: true,
        compress: {passes: 2, unsafe_arrows: true},
        format: {comments: false},
        // Our private members (_index, _request…); Lit's own start with _$ and keep their names.
        mangle: {properties: {regex: /^_[a-z]/}},
      }),
    ],
  },
  // For npm users with their own bundler: unbundled modules and type declarations,
  // with Lit left as a dependency so an app shares one copy.
  {
    input: ['src/index.ts', 'src/story-card.ts'],
    external: [/^lit(\/|$)/],
    output: {dir: 'lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src'},
    plugins: [typescript({outDir: 'lib', rootDir: 'src'})],
  },
];
