import {PHOTO_ASPECT_RATIO} from '../defaults.js';

/**
 * The CSS a page puts beside its <story-card> so that nothing on it moves when the card
 * arrives: before the module runs, the element already takes the card's height, which
 * follows from its width (and the photo frame's shape) by the same formula as the card's
 * own (src/story-card.styles.ts, `article`). Markup inside the element (the <article>
 * embed) is shown in that space, scrolling if it is longer. A `.story-card-embed` (the
 * markup embed that sanitisers keep) is a card not yet defined, and holds the same space.
 *
 * It is the `<style>` of the README's snippets and of the builder's output; a test checks
 * that the README carries it as written here. Not part of the bundle.
 */
// The card's own formulas (src/story-card.styles.ts, `article`), with the page's tokens or the card's defaults.
const ratio = `var(--story-card-photo-aspect-ratio,${PHOTO_ASPECT_RATIO})`;
const height = {
  standard: `calc(100cqw / (${ratio}) + 38 * var(--story-card-font-size,1rem))`,
  wide: `calc(60cqw / (${ratio}) + 12 * var(--story-card-font-size,1rem))`,
};

export const EMBED_SPACE_CSS =
  'story-card,.story-card-embed{display:block;container-type:inline-size}' +
  ':is(story-card:not(:defined),.story-card-embed){position:relative}' +
  `:is(story-card:not(:defined),.story-card-embed)::before{content:"";display:block;height:${height.standard}}` +
  ':is(story-card:not(:defined),.story-card-embed)>*{position:absolute;inset:0;overflow:auto}' +
  `@container (width>=56rem){:is(story-card:not(:defined),.story-card-embed)::before{height:${height.wide}}}`;
