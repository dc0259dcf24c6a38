import {expect, fixture, html, waitUntil} from '@open-wc/testing';

// The file partners load: dist/story-card.js, built by `npm test` before the suite runs.
const BUNDLE = '/dist/story-card.js';

describe('dist/story-card.js', () => {
  it('is one self-contained module: no imports left', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code).not.to.match(/\bimport(?:\s*[{*"'(]|\s+[\w$])/);
    expect(code).not.to.match(/\bexport\s*\{[^}]*\}\s*from/);
  });

  it('defines <story-card> once, however often it and other copies are loaded', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ BUNDLE);
      const first = customElements.get('story-card');
      expect(first).to.be.a('function');
      await import(/* @vite-ignore */ `${BUNDLE}?loaded=twice`);
      await import('../src/story-card.js');
      expect(customElements.get('story-card')).to.equal(first);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('puts nothing on the page’s window: no list of Lit versions, no decorator metadata', async () => {
    // A page of its own, which no other copy of Lit has touched.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">
      const before = new Set(Object.getOwnPropertyNames(window));
      const metadata = Symbol.metadata;
      await import('${new URL(BUNDLE, location.href)}');
      parent.postMessage({
        added: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)),
        sameMetadata: Symbol.metadata === metadata,
      }, '*');
    </script>`;
    const reported = new Promise<{added: string[]; sameMetadata: boolean}>((resolve) =>
      window.addEventListener('message', (event) => resolve(event.data), {once: true})
    );
    document.body.append(frame);
    try {
      expect(await reported).to.deep.equal({added: [], sameMetadata: true});
    } finally {
      frame.remove();
    }
  });

  it('renders the seed story from a src URL', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const card = await fixture(html`<story-card src="/demo/stories/japan-fans-world-cup-2018.json"></story-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('h2'), 'no headline');
    expect(card.shadowRoot!.querySelectorAll('[part=credit]')).to.have.length(3);
    await expect(card).to.be.accessible();
  });
});
