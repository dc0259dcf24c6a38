// Theming as partners' design systems do it: tokens on :root, on a section or on the
// element, and the page's own dark mode through color-scheme.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {StoryCard} from '../src/StoryCard.js';
import {$, shown, threePhotos} from './helpers.js';

const DEFAULT_ACCENT = 'rgb(179, 0, 27)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(22, 22, 22)';

const accent = (card: StoryCard) => getComputedStyle($(card, '.kicker')!).color;
const background = (card: StoryCard) => getComputedStyle($(card, 'article')!).backgroundColor;
const root = document.documentElement;

async function cardIn(template: ReturnType<typeof html>) {
  const page = await fixture(template);
  return shown(page.querySelector('story-card')!);
}

describe('theming', () => {
  afterEach(() => {
    root.style.removeProperty('--story-card-color-accent');
    root.style.removeProperty('--story-card-radius');
    root.style.removeProperty('color-scheme');
    root.classList.remove('night');
  });

  describe('design tokens', () => {
    it('takes a token set on the element itself', async () => {
      const card = await cardIn(
        html`<div><story-card style="--story-card-color-accent: rgb(0, 160, 0)" .story=${threePhotos}></story-card></div>`
      );
      expect(accent(card)).to.equal('rgb(0, 160, 0)');
    });

    it('takes a token set on an ancestor section', async () => {
      const card =
        await cardIn(html`<section style="--story-card-color-accent: rgb(0, 160, 0); --story-card-color-background: rgb(250, 240, 220)">
        <div><story-card .story=${threePhotos}></story-card></div>
      </section>`);
      expect(accent(card)).to.equal('rgb(0, 160, 0)');
      expect(background(card)).to.equal('rgb(250, 240, 220)');
    });

    it('takes a token set on :root, as design systems set theirs', async () => {
      root.style.setProperty('--story-card-color-accent', 'rgb(0, 160, 0)');
      root.style.setProperty('--story-card-radius', '0px');
      const card = await cardIn(html`<div><story-card .story=${threePhotos}></story-card></div>`);
      expect(accent(card)).to.equal('rgb(0, 160, 0)');
      expect(getComputedStyle($(card, 'article')!).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle($(card, '.frame')!).borderTopLeftRadius).to.equal('0px');
    });

    it('lets the nearest setting win, and keeps its defaults where nothing is set', async () => {
      root.style.setProperty('--story-card-color-accent', 'rgb(200, 0, 200)');
      const page = await fixture(html`<div>
        <section style="--story-card-color-accent: rgb(0, 160, 0)">
          <story-card .story=${threePhotos}></story-card>
          <story-card style="--story-card-color-accent: rgb(0, 0, 200)" .story=${threePhotos}></story-card>
        </section>
        <story-card .story=${threePhotos}></story-card>
      </div>`);
      const [inSection, ownToken, outside] = await Promise.all([...page.querySelectorAll('story-card')].map(shown));
      expect(accent(inSection)).to.equal('rgb(0, 160, 0)');
      expect(accent(ownToken)).to.equal('rgb(0, 0, 200)');
      expect(accent(outside)).to.equal('rgb(200, 0, 200)');
      root.style.removeProperty('--story-card-color-accent');
      expect(accent(outside)).to.equal(DEFAULT_ACCENT);
      expect(background(outside)).to.equal(LIGHT_BACKGROUND);
    });
  });

  describe('the page’s colour scheme', () => {
    it('is dark on a page that sets color-scheme: dark on <html>, with no attribute on the card', async () => {
      root.style.setProperty('color-scheme', 'dark');
      const card = await cardIn(html`<div><story-card .story=${threePhotos}></story-card></div>`);
      expect(background(card)).to.equal(DARK_BACKGROUND);
      await expect(card).to.be.accessible();
    });

    it('switches with the page’s own dark-mode class, while it is open', async () => {
      const page = await fixture(html`<div>
        <style>
          html.night {
            color-scheme: dark;
          }
        </style>
        <story-card .story=${threePhotos}></story-card>
      </div>`);
      const card = await shown(page.querySelector('story-card')!);
      root.classList.add('night');
      await waitUntil(() => background(card) == DARK_BACKGROUND, 'the card stayed light');
      root.classList.remove('night');
      await waitUntil(() => background(card) == LIGHT_BACKGROUND, 'the card stayed dark');
    });

    it('is dark in a dark section, and light where the page says light', async () => {
      const page = await fixture(html`<div>
        <section style="color-scheme: dark"><story-card .story=${threePhotos}></story-card></section>
        <section style="color-scheme: light"><story-card .story=${threePhotos}></story-card></section>
      </div>`);
      const [dark, light] = await Promise.all([...page.querySelectorAll('story-card')].map(shown));
      expect(background(dark)).to.equal(DARK_BACKGROUND);
      expect(background(light)).to.equal(LIGHT_BACKGROUND);
    });

    it('keeps theme="light" and theme="dark" whatever the page sets', async () => {
      root.style.setProperty('color-scheme', 'dark');
      const card = await cardIn(html`<div><story-card theme="light" .story=${threePhotos}></story-card></div>`);
      expect(background(card)).to.equal(LIGHT_BACKGROUND);
      root.style.setProperty('color-scheme', 'light');
      card.theme = 'dark';
      await waitUntil(() => background(card) == DARK_BACKGROUND, 'theme="dark" did not win over the page');
      card.theme = 'auto';
      await waitUntil(() => background(card) == LIGHT_BACKGROUND, 'theme="auto" did not follow the page again');
    });

    it('follows the reader’s preference where the page sets no colour scheme', async () => {
      const card = await cardIn(html`<div><story-card .story=${threePhotos}></story-card></div>`);
      expect(getComputedStyle($(card, 'article')!).colorScheme).to.equal('light dark');
    });

    it('is dark for a reader who prefers dark, on a page that sets nothing (Chromium)', async function () {
      // Only Chromium's protocol emulates prefers-color-scheme here (as print.test.ts says
      // of media types); the other engines' check is the computed scheme above.
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const card = await cardIn(html`<div><story-card .story=${threePhotos}></story-card></div>`);
      expect(background(card)).to.equal(LIGHT_BACKGROUND);
      await emulateMedia({colorScheme: 'dark'});
      try {
        expect(background(card)).to.equal(DARK_BACKGROUND);
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });
  });

  it('takes a partner’s ::part rules beside the tokens', async () => {
    const card = await cardIn(html`<div>
      <style>
        .branded story-card {
          --story-card-font-size: 20px;
        }
        .branded story-card::part(headline) {
          text-transform: uppercase;
        }
      </style>
      <div class="branded"><story-card .story=${threePhotos}></story-card></div>
    </div>`);
    expect(getComputedStyle($(card, '.body')!).fontSize).to.equal('21.25px');
    expect(getComputedStyle($(card, 'h2')!).textTransform).to.equal('uppercase');
  });
});
