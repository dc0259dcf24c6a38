import {StoryCard} from './StoryCard.js';
import {afterParsing} from './embed/after-parsing.js';
import {upgradeEmbeds} from './embed/upgrade-embeds.js';

// A page may load the card twice, or next to another copy: the first definition stands.
if (!customElements.get('story-card')) customElements.define('story-card', StoryCard);
// The embeds a sanitiser lets through (README, "In your CMS") become cards.
afterParsing(upgradeEmbeds);

declare global {
  interface HTMLElementTagNameMap {
    'story-card': StoryCard;
  }
}

export {StoryCard};
