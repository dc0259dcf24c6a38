const t=globalThis,e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s=Symbol(),r=new WeakMap;let i=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=r.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&r.set(s,t))}return t}toString(){return this.cssText}};const o=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return(t=>new i("string"==typeof t?t:t+"",void 0,s))(e)})(t):t,{is:n,defineProperty:a,getOwnPropertyDescriptor:c,getOwnPropertyNames:l,getOwnPropertySymbols:h,getPrototypeOf:d}=Object,p=globalThis,u=p.trustedTypes,y=u?u.emptyScript:"",f=p.reactiveElementPolyfillSupport,$=(t,e)=>t,g={toAttribute(t,e){switch(e){case Boolean:t=t?y:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let s=t;switch(e){case Boolean:s=null!==t;break;case Number:s=null===t?null:Number(t);break;case Object:case Array:try{s=JSON.parse(t)}catch(t){s=null}}return s}},m=(t,e)=>!n(t,e),_={attribute:!0,type:String,converter:g,reflect:!1,useDefault:!1,hasChanged:m};Symbol.metadata??=Symbol("metadata"),p.litPropertyMetadata??=new WeakMap;let b=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=_){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),r=this.getPropertyDescriptor(t,s,e);void 0!==r&&a(this.prototype,t,r)}}static getPropertyDescriptor(t,e,s){const{get:r,set:i}=c(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:r,set(e){const o=r?.call(this);i?.call(this,e),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??_}static _$Ei(){if(this.hasOwnProperty($("elementProperties")))return;const t=d(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty($("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty($("properties"))){const t=this.properties,e=[...l(t),...h(t)];for(const s of e)this.createProperty(s,t[s])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const s=this._$Eu(t,e);void 0!==s&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const t of s)e.unshift(o(t))}else void 0!==t&&e.push(o(t));return e}static _$Eu(t,e){const s=e.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((s,r)=>{if(e)s.adoptedStyleSheets=r.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of r){const r=document.createElement("style"),i=t.litNonce;void 0!==i&&r.setAttribute("nonce",i),r.textContent=e.cssText,s.appendChild(r)}})(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),r=this.constructor._$Eu(t,s);if(void 0!==r&&!0===s.reflect){const i=(void 0!==s.converter?.toAttribute?s.converter:g).toAttribute(e,s.type);this._$Em=t,null==i?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(t,e){const s=this.constructor,r=s._$Eh.get(t);if(void 0!==r&&this._$Em!==r){const t=s.getPropertyOptions(r),i="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:g;this._$Em=r;const o=i.fromAttribute(e,t.type);this[r]=o??this._$Ej?.get(r)??o,this._$Em=null}}requestUpdate(t,e,s,r=!1,i){if(void 0!==t){const o=this.constructor;if(!1===r&&(i=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??m)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:r,wrapped:i},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==i||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),!0===r&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,s]of t){const{wrapped:t}=s,r=this[e];!0!==t||this._$AL.has(e)||void 0===r||this.C(e,void 0,s,r)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};b.elementStyles=[],b.shadowRootOptions={mode:"open"},b[$("elementProperties")]=new Map,b[$("finalized")]=new Map,f?.({ReactiveElement:b}),(p.reactiveElementVersions??=[]).push("2.1.2");const v=globalThis,A=t=>t,w=v.trustedTypes,x=w?w.createPolicy("lit-html",{createHTML:t=>t}):void 0,S="$lit$",E=`lit$${Math.random().toFixed(9).slice(2)}$`,k="?"+E,P=`<${k}>`,C=document,U=()=>C.createComment(""),O=t=>null===t||"object"!=typeof t&&"function"!=typeof t,T=Array.isArray,M="[ \t\n\f\r]",R=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,N=/-->/g,H=/>/g,j=RegExp(`>|${M}(?:([^\\s"'>=/]+)(${M}*=${M}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),z=/'/g,D=/"/g,L=/^(?:script|style|textarea|title)$/i,q=(t,...e)=>({_$litType$:1,strings:t,values:e}),B=Symbol.for("lit-noChange"),I=Symbol.for("lit-nothing"),W=new WeakMap,J=C.createTreeWalker(C,129);function F(t,e){if(!T(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==x?x.createHTML(e):e}const V=(t,e)=>{const s=t.length-1,r=[];let i,o=2===e?"<svg>":3===e?"<math>":"",n=R;for(let e=0;e<s;e++){const s=t[e];let a,c,l=-1,h=0;for(;h<s.length&&(n.lastIndex=h,c=n.exec(s),null!==c);)h=n.lastIndex,n===R?"!--"===c[1]?n=N:void 0!==c[1]?n=H:void 0!==c[2]?(L.test(c[2])&&(i=RegExp("</"+c[2],"g")),n=j):void 0!==c[3]&&(n=j):n===j?">"===c[0]?(n=i??R,l=-1):void 0===c[1]?l=-2:(l=n.lastIndex-c[2].length,a=c[1],n=void 0===c[3]?j:'"'===c[3]?D:z):n===D||n===z?n=j:n===N||n===H?n=R:(n=j,i=void 0);const d=n===j&&t[e+1].startsWith("/>")?" ":"";o+=n===R?s+P:l>=0?(r.push(a),s.slice(0,l)+S+s.slice(l)+E+d):s+E+(-2===l?e:d)}return[F(t,o+(t[s]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),r]};class Z{constructor({strings:t,_$litType$:e},s){let r;this.parts=[];let i=0,o=0;const n=t.length-1,a=this.parts,[c,l]=V(t,e);if(this.el=Z.createElement(c,s),J.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(r=J.nextNode())&&a.length<n;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(S)){const e=l[o++],s=r.getAttribute(t).split(E),n=/([.?@])?(.*)/.exec(e);a.push({type:1,index:i,name:n[2],strings:s,ctor:"."===n[1]?Y:"?"===n[1]?tt:"@"===n[1]?et:X}),r.removeAttribute(t)}else t.startsWith(E)&&(a.push({type:6,index:i}),r.removeAttribute(t));if(L.test(r.tagName)){const t=r.textContent.split(E),e=t.length-1;if(e>0){r.textContent=w?w.emptyScript:"";for(let s=0;s<e;s++)r.append(t[s],U()),J.nextNode(),a.push({type:2,index:++i});r.append(t[e],U())}}}else if(8===r.nodeType)if(r.data===k)a.push({type:2,index:i});else{let t=-1;for(;-1!==(t=r.data.indexOf(E,t+1));)a.push({type:7,index:i}),t+=E.length-1}i++}}static createElement(t,e){const s=C.createElement("template");return s.innerHTML=t,s}}function K(t,e,s=t,r){if(e===B)return e;let i=void 0!==r?s._$Co?.[r]:s._$Cl;const o=O(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),void 0===o?i=void 0:(i=new o(t),i._$AT(t,s,r)),void 0!==r?(s._$Co??=[])[r]=i:s._$Cl=i),void 0!==i&&(e=K(t,i._$AS(t,e.values),i,r)),e}class G{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,r=(t?.creationScope??C).importNode(e,!0);J.currentNode=r;let i=J.nextNode(),o=0,n=0,a=s[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new Q(i,i.nextSibling,this,t):1===a.type?e=new a.ctor(i,a.name,a.strings,this,t):6===a.type&&(e=new st(i,this,t)),this._$AV.push(e),a=s[++n]}o!==a?.index&&(i=J.nextNode(),o++)}return J.currentNode=C,r}p(t){let e=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class Q{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,r){this.type=2,this._$AH=I,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=K(this,t,e),O(t)?t===I||null==t||""===t?(this._$AH!==I&&this._$AR(),this._$AH=I):t!==this._$AH&&t!==B&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>T(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==I&&O(this._$AH)?this._$AA.nextSibling.data=t:this.T(C.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,r="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=Z.createElement(F(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(e);else{const t=new G(r,this),s=t.u(this.options);t.p(e),this.T(s),this._$AH=t}}_$AC(t){let e=W.get(t.strings);return void 0===e&&W.set(t.strings,e=new Z(t)),e}k(t){T(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,r=0;for(const i of t)r===e.length?e.push(s=new Q(this.O(U()),this.O(U()),this,this.options)):s=e[r],s._$AI(i),r++;r<e.length&&(this._$AR(s&&s._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=A(t).nextSibling;A(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class X{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,r,i){this.type=1,this._$AH=I,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=i,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=I}_$AI(t,e=this,s,r){const i=this.strings;let o=!1;if(void 0===i)t=K(this,t,e,0),o=!O(t)||t!==this._$AH&&t!==B,o&&(this._$AH=t);else{const r=t;let n,a;for(t=i[0],n=0;n<i.length-1;n++)a=K(this,r[s+n],e,n),a===B&&(a=this._$AH[n]),o||=!O(a)||a!==this._$AH[n],a===I?t=I:t!==I&&(t+=(a??"")+i[n+1]),this._$AH[n]=a}o&&!r&&this.j(t)}j(t){t===I?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class Y extends X{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===I?void 0:t}}class tt extends X{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==I)}}class et extends X{constructor(t,e,s,r,i){super(t,e,s,r,i),this.type=5}_$AI(t,e=this){if((t=K(this,t,e,0)??I)===B)return;const s=this._$AH,r=t===I&&s!==I||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==I&&(s===I||r);r&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class st{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){K(this,t)}}const rt=v.litHtmlPolyfillSupport;rt?.(Z,Q),(v.litHtmlVersions??=[]).push("3.3.3");const it=globalThis;class ot extends b{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,s)=>{const r=s?.renderBefore??e;let i=r._$litPart$;if(void 0===i){const t=s?.renderBefore??null;r._$litPart$=i=new Q(e.insertBefore(U(),t),t,void 0,s??{})}return i._$AI(t),i})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return B}}ot._$litElement$=!0,ot.finalized=!0,it.litElementHydrateSupport?.({LitElement:ot});const nt=it.litElementPolyfillSupport;nt?.({LitElement:ot}),(it.litElementVersions??=[]).push("4.2.2");const at=t=>`${t.path}: ${t.message}`,ct=/^(?:(?:photo(?:graph)?s?|pictures?|pics?|images?|credits?)(?:\s+by\b|\s*:)|©|\(c\)|copyright\b)\s*/i,lt=/^(.+?)\s*(?:\/|\||\s[-–—]\s|\svia\s|\sfor\s|,)\s*(.+)$/i,ht=/^(.+?)\s*\(([^()]+)\)$/,dt=/\b(?:images?|press|agency|photos|pictures|news|wire|stock|archives?|getty|reuters|afp|ap|epa|alamy|shutterstock)\b/i,pt=/^(.*?)\s*(?:\((\s*(?:(?:photo(?:graph)?s?|pictures?|images?|credits?)(?:\s+by\b|\s*:)|©)[^()]+)\)|(?<=[.!?])\s+((?:photo(?:graph)?s?|pictures?)(?:\s+by\b|\s*:)[^.]+))\s*\.?$/i,ut=t=>t.replace(/\s+/g," ").trim();function yt(t){const e=ut(ut(t).replace(ct,"")),[,s,r]=e.match(ht)??e.match(lt)??[];return s&&r?{photographer:ut(s),agency:ut(r)}:e?dt.test(e)||/^[A-Z]{2,6}$/.test(e)?{agency:e}:{photographer:e}:{}}function ft({photographer:t,agency:e,license:s}){const r=[t,e].filter(Boolean).join("/");return s?r?`${r}, ${s}`:s:r}const $t=t=>"object"==typeof t&&null!==t&&!Array.isArray(t),gt={photos:"image",src:"url",alt:"description",credit:"creditText",standfirst:"description",body:"articleBody",byline:"author",kicker:"articleSection"},mt=t=>$t(t)&&[t["@type"]].flat().some(t=>/Article$|^BlogPosting$|^Report$/.test(String(t))),_t=t=>[t].flat().map(t=>$t(t)?t.name:t).filter(t=>"string"==typeof t&&""!=t.trim()).join(" and ")||void 0,bt=t=>Array.isArray(t)?t[0]:t,vt=t=>{const e=$t(t)?t.value:t;return"string"==typeof e&&/^\s*\d/.test(e)?parseFloat(e):e};function At(t){if(!$t(t))return t;const e={photographer:_t(t.creator),agency:_t(t.copyrightHolder)},s=t.creditText;let r=s;if(e.photographer||e.agency){const t="string"==typeof s?yt(s):{};r={photographer:e.photographer??t.photographer,agency:e.agency??t.agency}}return{src:t.contentUrl??t.url,width:vt(t.width),height:vt(t.height),alt:t.description,caption:bt(t.caption),credit:r}}function wt(t,e){let s,r;try{r=new URL(e??"https://story-card.invalid/"),s=new URL(t,r)}catch{return{refused:"must be an http(s) or relative URL"}}return"https:"!=s.protocol&&"http:"!=s.protocol?{refused:`must be an http(s) or relative URL, not ${s.protocol}`}:/^[\x00-\x20]*[a-z][a-z\d+.\-\t\n\r]*:/i.test(t)||s.host==r.host?{url:e?s.href:t.trim()}:{refused:'must not be protocol-relative ("//host/…"); write https:// in full'}}const xt=/^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/,St=t=>t.replace(/\s+/g," ").trim(),Et=t=>t.split(/\s*\n\s*/).map(St).filter(Boolean),kt=t=>null===t?"null":Array.isArray(t)?"a list":"object"==typeof t?"an object":"a "+typeof t;function Pt(t){const e=t.trim();if(!e)return{problem:"is empty"};if(e.startsWith("<"))return{problem:"is HTML, not JSON: is the address right?"};try{return{value:JSON.parse(e)}}catch(t){return{problem:`is not valid JSON (${t.message})`}}}class Ct{constructor(t){this._host=t,this.state={status:"empty"},this._children=new MutationObserver(()=>this.load()),t.addController(this)}hostConnected(){this._children.observe(this._host,{childList:!0,subtree:!0,characterData:!0}),this.load()}hostDisconnected(){this._children.disconnect(),this._request&&(this._request.abort(),this._request=this._loadedFrom=void 0)}load(){const{story:t,storyJson:e,src:s}=this._host,r=this._host.querySelector(':scope > script[type="application/json"]')?.textContent,[i,o]=null!=t?["property",t]:null!=e?["attribute",e]:s?["src",s]:null!=r?["script",r]:[],n="string"==typeof o?`${i}:${o}`:o;n!==this._loadedFrom&&(this._loadedFrom=n,this._request?.abort(),this._request=void 0,i?"src"==i?this._fetch(o):this._accept(i,"string"==typeof o?Pt(o):{value:o},document.baseURI):this._set({status:"empty"}))}_fetch(t){const e=wt(t,document.baseURI);if(!("url"in e))return this._fail("src",e.refused);const s=e.url,r=this._request=new AbortController;this._set({status:"loading",source:"src"}),fetch(s,{signal:r.signal,headers:{accept:"application/json, application/ld+json"}}).then(async t=>{if(!t.ok)throw`${s} answered ${t.status} ${t.statusText}`.trim();const e=Pt(await t.text());r.signal.aborted||this._accept("src","problem"in e?{problem:`${s} ${e.problem}`}:e,t.url)}).catch(t=>{r.signal.aborted||this._fail("src","string"==typeof t?t:`${s} could not be fetched: the network failed, or the server does not allow this page to read it (CORS: it must send Access-Control-Allow-Origin)`)}).finally(()=>{this._request==r&&(this._request=void 0)})}_accept(t,e,s){if("problem"in e)return this._fail(t,e.problem);const r=function(t,{baseUrl:e}={}){const s=[],r=(i=t,(Array.isArray(i)?i:$t(i)&&Array.isArray(i["@graph"])?i["@graph"]:[i]).find(mt));var i;const o=r?(t=>{return{headline:t.headline??t.name,kicker:bt(t.articleSection),standfirst:t.description,byline:_t(t.author),datePublished:t.datePublished,url:(e=t.url??t.mainEntityOfPage,$t(e)?e["@id"]??e.url:e),body:t.articleBody,photos:void 0===t.image?void 0:[t.image].flat().map(At)};var e})(r):t,n=(t,e)=>s.push({path:r?t.replace(/[a-z]+/gi,t=>gt[t]??t):t,message:e});if(!$t(o))return{ok:!1,errors:[{path:"story",message:`must be a JSON object, got ${kt(o)}`}],warnings:s};const a=(t,e)=>{if("string"==typeof t)return St(t)||void 0;null!=t&&n(e,`must be text, got ${kt(t)}`)},c=(t,s,r="")=>{const i=a(t,s);if(void 0===i)return;const o=wt(i,e);if("url"in o)return o.url;n(s,o.refused+r)},l=o.headline;if("string"!=typeof l||!St(l))return{ok:!1,errors:[{path:"headline",message:null==l||"string"==typeof l?"required, and must not be empty":`must be text, got ${kt(l)}`}],warnings:s};const h={headline:St(l),body:[],photos:[]},d={kicker:a(o.kicker,"kicker"),standfirst:a(o.standfirst,"standfirst")??a(o.summary,"summary"),byline:a(o.byline,"byline"),datePublished:a(o.datePublished,"datePublished"),url:c(o.url,"url")};var p;!d.datePublished||(p=d.datePublished,xt.test(p)&&Date.parse(p)&&new Date(`${p.slice(0,10)}T00:00Z`).toISOString().startsWith(p.slice(0,10)))||(n("datePublished",`must be an ISO 8601 date such as 2018-07-03, got "${d.datePublished}"`),delete d.datePublished);for(const[t,e]of Object.entries(d))e&&(h[t]=e);const u=o.body;"string"==typeof u?h.body=Et(u):Array.isArray(u)?u.forEach((t,e)=>h.body.push(...Et(a(t,`body[${e}]`)??""))):null!=u&&n("body",`must be text or a list of paragraphs, got ${kt(u)}`);const y=o.photos,f=Array.isArray(y)?y:$t(y)?[y]:[];return null==y||f.length||n("photos",`must be a list of photos, got ${kt(y)}`),f.forEach((t,s)=>{const r=((t,s)=>{if(!$t(t))return void n(s,`must be an object with a src, got ${kt(t)}; photo left out`);if(null==t.src||""===t.src)return void n(`${s}.src`,"required; photo left out");const r=c(t.src,`${s}.src`,"; photo left out");if(!r)return;const i={src:r,alt:""},o=a(t.srcset,`${s}.srcset`);if(o){const t=[];let r;for(const s of o.split(/,\s+/)){const[i,o=""]=s.split(" "),n=/^(?:\d+w|\d+(?:\.\d+)?x)?$/.test(o)?wt(i,e):{refused:`"${s}" is not a URL followed by a width (800w) or a density (2x)`};"url"in n?t.push(`${n.url} ${o}`.trim()):r??=n.refused}r?n(`${s}.srcset`,`${r}; src is used alone`):i.srcset=t.join(", ")}const l=a(t.sizes,`${s}.sizes`);l&&(i.sizes=l);for(const e of["width","height"]){const r=t[e],o="string"==typeof r?Number(r):r;"number"==typeof o&&o>0&&o<1/0?i[e]=o:null!=r&&n(`${s}.${e}`,`must be a positive number of pixels, got ${JSON.stringify(r)}`)}"string"==typeof t.alt?i.alt=St(t.alt):n(`${s}.alt`,'missing; screen reader users will get only the caption. Describe the photo, or give "" if the caption says it all');const h=a(t.caption,`${s}.caption`),{caption:d,credit:p}=h?(t=>{const e=ut(t).match(pt),s=e&&(e[2]??e[3]);return s?{caption:e[1],credit:ut(s)}:{caption:ut(t)}})(h):{caption:void 0,credit:void 0};d&&(i.caption=d);const u=((t,e)=>{if("string"==typeof t)return St(t)?yt(t):void 0;if(!$t(t))return void a(t,e);const s={};for(const r of["photographer","agency","license"]){const i=a(t[r],`${e}.${r}`);i&&(s[r]=i)}const r=c(t.url,`${e}.url`);return r&&(s.url=r),s.photographer||s.agency||s.license?s:void 0})(t.credit,`${s}.credit`);u&&p&&ft(yt(p))!=ft(u)&&n(`${s}.caption`,`ends with a credit ("${p}") unlike the photo's credit; the credit is shown`);const y=u??(p?yt(p):void 0);return y&&(i.credit=y),i})("string"==typeof t?{src:t}:t,`photos[${s}]`);r&&h.photos.push(r)}),{ok:!0,story:h,warnings:s}}(e.value,{baseUrl:s});this._set(r.ok?{status:"ready",source:t,story:r.story,warnings:r.warnings}:{status:"error",source:t,...r})}_fail(t,e){this._set({status:"error",source:t,errors:[{path:Ut[t],message:e}],warnings:[]})}_set(t){this.state=t,this._host.requestUpdate()}}const Ut={property:"story property",attribute:"story attribute",src:"src",script:'<script type="application/json">'},Ot=((t,...e)=>{const r=1===t.length?t[0]:e.reduce((e,s,r)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[r+1],t[0]);return new i(r,t,s)})`
  :host {
    --story-card-font-body: Georgia, 'Times New Roman', serif;
    --story-card-font-headline: 'Helvetica Neue', Helvetica, Arial, system-ui, sans-serif;
    --story-card-color-text: #1a1a1a;
    --story-card-color-muted: #595959;
    --story-card-color-accent: #b3001b;
    --story-card-color-background: #fff;
    --story-card-color-border: #dcdcdc;
    --story-card-color-photo-background: #111;
    --story-card-radius: 4px;
    --story-card-space: 1.25rem;
    --story-card-max-width: 42rem;

    display: block;
    max-width: var(--story-card-max-width);
    /* What a host page sets on its body inherits into the card; reset what would
       change its design. */
    font: 400 1rem/1.55 var(--story-card-font-body);
    color: var(--story-card-color-text);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
  article {
    display: grid;
    gap: 0.75rem;
    padding: var(--story-card-space);
    background: var(--story-card-color-background);
    border: 1px solid var(--story-card-color-border);
    border-radius: var(--story-card-radius);
  }
  .kicker {
    font: 700 0.8125rem/1.2 var(--story-card-font-headline);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--story-card-color-accent);
  }
  h2 {
    font: 700 clamp(1.5rem, 1.1rem + 1.6vw, 2.125rem) / 1.15 var(--story-card-font-headline);
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .standfirst {
    font-size: 1.1875rem;
    line-height: 1.45;
    color: var(--story-card-color-muted);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    font: 0.875rem/1.4 var(--story-card-font-headline);
    color: var(--story-card-color-muted);
  }
  .byline span {
    font-weight: 700;
    color: var(--story-card-color-text);
  }
  .byline span + time::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  .slideshow {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 100%;
    align-items: start;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: none;
    border-radius: var(--story-card-radius);
  }
  .track::-webkit-scrollbar {
    display: none;
  }
  .slide {
    scroll-snap-align: start;
    scroll-snap-stop: always;
  }
  .frame {
    aspect-ratio: var(--story-card-photo-aspect-ratio, var(--_photo-aspect-ratio, 3 / 2));
    background: var(--story-card-color-photo-background);
    border-radius: var(--story-card-radius);
    overflow: hidden;
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .caption {
    padding-block-start: 0.5rem;
    font: 0.875rem/1.45 var(--story-card-font-headline);
  }
  .credit {
    font-size: 0.75rem;
    letter-spacing: 0.02em;
    color: var(--story-card-color-muted);
    white-space: nowrap;
  }
  .credit a {
    color: inherit;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    font: 600 0.875rem var(--story-card-font-headline);
    font-variant-numeric: tabular-nums;
  }
  button {
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 1px solid var(--story-card-color-border);
    border-radius: 50%;
    background: var(--story-card-color-background);
    color: var(--story-card-color-text);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  :focus-visible {
    outline: 3px solid var(--story-card-color-accent);
    outline-offset: 2px;
  }
  .body {
    display: grid;
    gap: 0.9em;
    font-size: 1.0625rem;
    max-width: 38em;
  }
  .link {
    justify-self: start;
    font: 700 0.9375rem var(--story-card-font-headline);
    color: var(--story-card-color-accent);
    text-underline-offset: 0.2em;
  }
  .error {
    display: grid;
    gap: 0.5rem;
    font: 0.9375rem/1.45 var(--story-card-font-headline);
  }
  .error ul {
    padding-inline-start: 1.25em;
    font-size: 0.8125rem;
    color: var(--story-card-color-muted);
  }
  .skeleton {
    border-radius: var(--story-card-radius);
    background: var(--story-card-color-border);
    height: 1rem;
  }
  .skeleton.headline {
    height: 2.25rem;
  }
  .skeleton.frame {
    height: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }
`,Tt=t=>q`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${t} stroke-linecap="round" stroke-linejoin="round" /></svg>`;class Mt extends ot{constructor(){super(),this._source=new Ct(this),this._requested=new Set,this._announcement="",this._index=0}get index(){return this._index}show(t){const e=this._photos,s=Math.max(0,Math.min(t,e.length-1));e.length&&s!=this._index&&(this._index=s,this._announcement=`Photo ${s+1} of ${e.length}`,this._track?.scrollTo({left:this._offsetOf(s)}))}get _photos(){const t=this._source.state;return"ready"==t.status?t.story.photos:[]}get _track(){return this.renderRoot?.querySelector(".track")}willUpdate(t){(t.has("story")||t.has("storyJson")||t.has("src"))&&this._source.load(),this._source.state!=this._reported&&(this._index=0,this._announcement="",this._requested.clear());for(const t of[this._index-1,this._index,this._index+1])this._requested.add(t)}updated(t){const e=this._source.state,s=this._track;if(e!=this._reported){if(this._reported=e,s&&"ready"==e.status){const t=e.story.photos.find(t=>t.width&&t.height);s.scrollLeft=0,t&&s.style.setProperty("--_photo-aspect-ratio",`${t.width} / ${t.height}`)}this._report()}else t.has("_index")&&this._emit("story-card-slide-change",{index:this._index,photo:this._photos[this._index]})}_report(){const t=this._source.state;if("ready"==t.status||"error"==t.status){const{source:e,warnings:s}=t;s.length&&console.warn(`<story-card>: ${s.length} problem(s) in the story from its ${e}; the rest is shown:\n${s.map(at).join("\n")}`)}"ready"==t.status?this._emit("story-card-load",{story:t.story,warnings:t.warnings,source:t.source}):"error"==t.status&&(console.error(`<story-card>: the story cannot be shown:\n${t.errors.map(at).join("\n")}`),this._emit("story-card-error",{errors:t.errors,source:t.source}))}_emit(t,e){this.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}_offsetOf(t){const e=this._track;return t*e.clientWidth*("rtl"==getComputedStyle(e).direction?-1:1)}_onScroll(t){const e=t.currentTarget;if(!e.clientWidth)return;const s=Math.round(Math.abs(e.scrollLeft)/e.clientWidth);Math.abs(e.scrollLeft-this._offsetOf(this._index))<1||s==this._index||Math.abs(Math.abs(e.scrollLeft)-s*e.clientWidth)<1&&(this._index=s,this._announcement="")}_onKeydown(t){const e="rtl"==getComputedStyle(this).direction,s={ArrowLeft:e?1:-1,ArrowRight:e?-1:1}[t.key],r=s?this._index+s:"Home"==t.key?0:"End"==t.key?this._photos.length-1:void 0;void 0!==r&&(t.preventDefault(),this.show(r))}render(){const t=this._source.state;if("empty"==t.status)return I;if("loading"==t.status)return q`<article part="card" aria-busy="true">
        <div class="skeleton"></div>
        <div class="skeleton headline"></div>
        <div class="skeleton frame"></div>
        <div class="skeleton"></div>
        <span class="visually-hidden" role="status">Loading story…</span>
      </article>`;if("error"==t.status)return q`<article part="card">
        <div class="error" part="error" role="alert">
          <p><strong>This story can’t be shown.</strong></p>
          <ul>
            ${t.errors.map(t=>q`<li>${at(t)}</li>`)}
          </ul>
        </div>
      </article>`;const{story:e}=t;return q`<article part="card" aria-labelledby="headline">
      ${e.kicker?q`<p class="kicker" part="kicker">${e.kicker}</p>`:I}
      <h2 id="headline" part="headline">${e.headline}</h2>
      ${e.standfirst?q`<p class="standfirst" part="standfirst">${e.standfirst}</p>`:I}
      ${e.byline||e.datePublished?q`<p class="byline" part="byline">
            ${e.byline?q`<span>${e.byline}</span>`:I}
            ${e.datePublished?q`<time datetime=${e.datePublished}>${this._formatDate(e.datePublished)}</time>`:I}
          </p>`:I}
      ${this._renderSlideshow(e)}
      ${e.body.length?q`<div class="body" part="body">${e.body.map(t=>q`<p>${t}</p>`)}</div>`:I}
      ${e.url?q`<a class="link" part="link" href=${e.url} rel="noopener noreferrer">Read the full story<span class="visually-hidden">: ${e.headline}</span></a>`:I}
    </article>`}_renderSlideshow({photos:t,headline:e}){if(!t.length)return I;const s=t.length,r=s-1;return q`<section class="slideshow" part="slideshow" aria-roledescription="carousel" aria-label=${`Photos: ${e}`} @keydown=${this._onKeydown}>
      <div class="track" tabindex="0" @scroll=${this._onScroll}>
        ${t.map((t,e)=>this._renderSlide(t,e,s))}
      </div>
      ${s>1?q`<div class="controls" part="controls">
              <button part="button previous" aria-label="Previous photo" aria-disabled=${0==this._index} @click=${()=>this.show(this._index-1)}>
                ${Tt("M15 5l-7 7 7 7")}
              </button>
              <span aria-hidden="true">${this._index+1} / ${s}</span>
              <button part="button next" aria-label="Next photo" aria-disabled=${this._index==r} @click=${()=>this.show(this._index+1)}>
                ${Tt("M9 5l7 7-7 7")}
              </button>
            </div>
            <p class="visually-hidden" aria-live="polite">${this._announcement}</p>`:I}
    </section>`}_renderSlide(t,e,s){const r=this._requested.has(e),i=t.credit&&ft(t.credit);return q`<div class="slide" role="group" aria-roledescription="slide" aria-label="${e+1} of ${s}" ?inert=${e!=this._index}>
      <div class="frame">
        <img
          part="photo"
          src=${r?t.src:I}
          srcset=${r&&t.srcset||I}
          sizes=${t.sizes??I}
          width=${t.width??I}
          height=${t.height??I}
          alt=${t.alt}
          loading=${e?"lazy":"eager"}
          fetchpriority=${e?"low":"high"}
          decoding="async"
        />
      </div>
      ${t.caption||i?q`<p class="caption" part="caption">
            ${t.caption??I}
            ${i?q`<span class="credit" part="credit">Photo: ${t.credit.url?q`<a href=${t.credit.url} rel="noopener noreferrer">${i}</a>`:i}</span>`:I}
          </p>`:I}
    </div>`}_formatDate(t){const e=this.closest("[lang]")?.getAttribute("lang")||void 0,s={dateStyle:"long",timeZone:10==t.length?"UTC":void 0};try{return new Intl.DateTimeFormat(e,s).format(new Date(t))}catch{return new Intl.DateTimeFormat(void 0,s).format(new Date(t))}}}Mt.styles=Ot,Mt.properties={story:{attribute:!1},storyJson:{attribute:"story"},src:{},_index:{state:!0}},customElements.get("story-card")||customElements.define("story-card",Mt);export{Mt as StoryCard};
//# sourceMappingURL=story-card.js.map
