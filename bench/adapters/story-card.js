import '../../dist/story-card.js';
import {HEADLINE, laidOut} from './common.js';

export default {
  mount(container, photos) {
    const card = document.createElement('story-card');
    card.story = {headline: HEADLINE, photos};
    container.append(card);
    return card;
  },
  ready: (card) => laidOut(card.shadowRoot?.querySelector('h2')) && laidOut(card.shadowRoot.querySelector('.frame')),
  settled: (card) => card.updateComplete,
  nextButton: (card) => card.shadowRoot.querySelector('[part~=next]'),
  viewport: (card) => card.shadowRoot.querySelector('.track'),
  slide: (card, i) => card.shadowRoot.querySelectorAll('.track > .slide')[i],
  // Off-screen cards skip the layout and paint of their contents (content-visibility: auto
  // on the card part) until scrolled near: the headline inside tells whether it was rendered.
  rendered: (card) => !!card.shadowRoot?.querySelector('h2')?.checkVisibility({contentVisibilityAuto: true}),
  index: (card) => card.index,
};
