// Runs in browsers started with the reader's preference for reduced motion (see
// test/browsers.mjs): the preference comes from the browser, as it would from the system.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {StoryCard} from '../../src/StoryCard.js';
import {
  atPhoto,
  mountWith,
  pause,
  pointerBesideCard,
  shown,
  slideshowButton as button,
  threePhotos,
} from '../helpers.js';

before(() => {
  expect(
    matchMedia('(prefers-reduced-motion: reduce)').matches,
    'this browser was started without the reduced-motion preference'
  ).to.equal(true);
});

// Rotation pauses under the pointer: it rests beside the card.
beforeEach(pointerBesideCard);

describe('slideshow under prefers-reduced-motion', () => {
  it('moves to the next photo at once, without scrolling through', async () => {
    const card = await mountWith(threePhotos);
    button(card, 'next').click();
    await card.updateComplete;
    expect(atPhoto(card, 1)).to.equal(true);
  });

  it('never starts rotating by itself, until the reader presses start', async () => {
    const card = await shown(
      await fixture<StoryCard>(html`<story-card autoplay interval="300" .story=${threePhotos}></story-card>`)
    );
    expect(button(card, 'rotation').getAttribute('aria-label')).to.equal('Start automatic slide show');
    await pause(1000);
    expect(card.index).to.equal(0);
    button(card, 'rotation').click();
    await waitUntil(() => card.index > 0, 'start did not rotate', {timeout: 3000});
  });
});
