import {StoryCard} from './StoryCard.js';

// A page may load the card twice, or next to another copy: the first definition stands.
if (!customElements.get('story-card')) customElements.define('story-card', StoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'story-card': StoryCard;
  }
}

export {StoryCard};
