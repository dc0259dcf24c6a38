import {expect, fixture, html} from '@open-wc/testing';
import type {StoryCard, StoryCardLoadDetail} from '../src/StoryCard.js';
import {formatCredit} from '../src/data/credit.js';
import {$$, text} from './helpers.js';

// Real publishers' article pages (test/corpus/: where they come from, their licences),
// each named by a partner's card as its src, and what a careful editor finds on each
// (test/corpus/facts.json, written from the pages). Every fact is checked on the card.
interface PhotoFact {
  src: string;
  caption?: string;
  credit?: string;
}
interface PageFacts {
  page: string;
  site: string;
  headline: string;
  photos: PhotoFact[];
  notPhotos?: string[];
}
const {pages}: {pages: PageFacts[]} = await (await fetch('/test/corpus/facts.json')).json();

// What no reader should see: an entity or a tag shown as written.
const UNREAD_MARKUP = /&(?:#\d+|#x[\da-f]+|[a-z]+);|<\/?[a-z][^>]*>/i;

async function cardFor(page: string) {
  const card = await fixture<StoryCard>(html`<story-card src=${`/corpus/${page}`}></story-card>`);
  const detail = await new Promise<StoryCardLoadDetail>((resolve, reject) => {
    card.addEventListener('story-card-load', (event) => resolve(event.detail), {once: true});
    card.addEventListener('story-card-error', (event) => reject(new Error(event.detail.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))), {once: true});
  });
  await card.updateComplete;
  return {card, story: detail.story};
}

describe('real publishers’ article pages as src', function () {
  this.timeout(20000);
  for (const facts of pages) {
    describe(`${facts.site} (${facts.page})`, () => {
      let loaded: Awaited<ReturnType<typeof cardFor>>;
      before(async () => {
        loaded = await cardFor(facts.page);
      });

      it('shows the headline as the publisher wrote it', () => {
        expect(loaded.story.headline).to.equal(facts.headline);
        expect(text(loaded.card, 'h2')).to.equal(facts.headline);
      });

      for (const photo of facts.photos) {
        it(`shows the photo ${photo.src}${photo.caption ? ', its caption' : ''}${photo.credit ? ', its credit' : ''}`, () => {
          const {story, card} = loaded;
          const index = story.photos.findIndex((shown) => shown.src.includes(photo.src));
          expect(index, `among ${story.photos.map((p) => p.src).join(' ')}`).to.be.at.least(0);
          const slide = $$(card, '.track .slide')[index];
          if (photo.caption) {
            expect(story.photos[index].caption).to.match(new RegExp(`^${photo.caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
            expect(slide.querySelector('.caption .text')!.textContent).to.equal(story.photos[index].caption);
          }
          if (photo.credit) {
            expect(story.photos[index].credit && formatCredit(story.photos[index].credit!)).to.equal(photo.credit);
            expect(slide.querySelector('[part=credit]')!.textContent).to.include(photo.credit);
          }
        });
      }

      if (facts.notPhotos) {
        it('leaves out the page’s furniture', () => {
          for (const furniture of facts.notPhotos!) expect(loaded.story.photos.map((p) => p.src).join(' ')).not.to.include(furniture);
        });
      }

      it('shows clean text: no entity or tag as written', () => {
        const {story} = loaded;
        const texts = [story.headline, story.standfirst, ...story.body, ...story.photos.flatMap((p) => [p.caption, p.credit && formatCredit(p.credit)])];
        for (const shown of texts) if (shown) expect(shown).not.to.match(UNREAD_MARKUP);
      });
    });
  }
});
