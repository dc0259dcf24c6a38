// Printed from a partner's article (a reader's "Save as PDF"), the card is a clean
// article: dark text on white whatever the theme, no controls, the whole story, and the
// photo with its caption and credit.
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {StoryCard} from '../src/StoryCard.js';
import {$, $$, shown, threePhotos} from './helpers.js';

const LONG = {
  ...threePhotos,
  body: Array.from({length: 30}, (_, i) => `Paragraph ${i + 1} of a story longer than the card.`),
};

describe('a printed card', () => {
  // Only Chromium's protocol emulates a media type here: Firefox through puppeteer's
  // WebDriver BiDi and WebKit's WebDriver have no such command (the runner's call throws
  // and logs its stack), so print is tested in Chromium.
  const chromium = /Chrome\//.test(navigator.userAgent);
  before(async function () {
    if (!chromium) this.skip();
    await emulateMedia({media: 'print'});
  });
  after(async () => {
    if (chromium) await emulateMedia({media: 'screen'});
  });

  afterEach(() => document.documentElement.style.removeProperty('--story-card-color-background'));

  it('is dark on white with no controls, its whole text and its photo’s credit', async () => {
    // Tokens from :root and from the element, and a dark theme: none reaches the print.
    document.documentElement.style.setProperty('--story-card-color-background', '#303');
    const card = await fixture<StoryCard>(
      html`<story-card theme="dark" style="--story-card-color-text: #eee; --story-card-color-background: #222" .story=${LONG}></story-card>`
    );
    await shown(card);
    expect(matchMedia('print').matches, 'print is emulated').to.equal(true);
    const article = $(card, 'article')!;
    expect(getComputedStyle(article).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(card, 'h2')!).color).to.equal('rgb(0, 0, 0)');
    for (const selector of ['.controls', '.dots', '.footer button']) {
      expect($(card, selector)!.getBoundingClientRect().height, selector).to.equal(0);
    }
    const body = $(card, '.body')!;
    expect(body.scrollHeight - body.clientHeight, 'the text is cut').to.be.at.most(1);
    expect($$(card, '.body p')).to.have.length(30);
    const credit = $(card, '.slide:first-child [part=credit]')!;
    expect(credit.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(credit).color).to.equal('rgb(68, 68, 68)');
  });
});
