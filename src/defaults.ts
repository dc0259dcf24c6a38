import {css} from 'lit';

/**
 * The card's defaults that more than one file needs, each written once: the element,
 * its styles, the slideshow and the embed's reserved space (src/embed/space.ts) read
 * them from here.
 */

/** Milliseconds between automatic changes of photo, unless `interval` says otherwise. */
export const AUTOPLAY_INTERVAL = 5000;

/**
 * The photo frame's shape, unless `--story-card-photo-aspect-ratio` says otherwise: CSS,
 * for the card's styles, and text (`String(PHOTO_ASPECT_RATIO)`) for the embed's.
 */
export const PHOTO_ASPECT_RATIO = css`3 / 2`;
