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
  next: (card) => card.shadowRoot.querySelector('[part~=next]').click(),
  index: (card) => card.index,
};
