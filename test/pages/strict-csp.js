// Runs in strict-csp.html: records every CSP violation, loads story-card twice and a second
// Lit beside it, exercises the cards, and reports to the test page that framed it.
const violations = [];
const uncaught = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`)
);
window.addEventListener('error', (event) => uncaught.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

const quietly = console.error;
console.error = () => undefined; // The broken card's one error message is expected.

await import('/dist/story-card.js');
await import('/dist/story-card.js?again');
const {LitElement, html} = await import('lit');
customElements.define(
  'other-lit-element',
  class extends LitElement {
    render() {
      return html`<p>another Lit</p>`;
    }
  }
);
document.body.append(document.createElement('other-lit-element'));

const cards = [...document.querySelectorAll('story-card')];
const shown = (card) =>
  new Promise((resolve) => {
    const check = () => (card.shadowRoot?.querySelector('h2, [part=error]') ? resolve() : setTimeout(check, 20));
    check();
  });
await Promise.all(cards.map(shown));
await cards[0].updateComplete;
cards[0].shadowRoot.querySelector('[part~=next]').click();
cards[0].shadowRoot.querySelector('[part~=expand]').click();
await new Promise((resolve) => setTimeout(resolve, 300));
console.error = quietly;

parent.postMessage(
  {
    violations,
    uncaught,
    // The headline, or the error's blocks (its message, then each problem) one after another.
    headlines: cards.map((card) =>
      [...card.shadowRoot.querySelectorAll('h2, [part=error] p, [part=error] li')]
        .map((block) => block.textContent.replace(/\s+/g, ' ').trim())
        .join(' ')
    ),
    viewerOpen: !!cards[0].shadowRoot.querySelector('dialog[open]'),
    otherLit: document.querySelector('other-lit-element').shadowRoot.textContent,
    trustedTypes: 'trustedTypes' in window,
  },
  '*'
);
