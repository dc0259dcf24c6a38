import {css} from 'lit';
import {PHOTO_ASPECT_RATIO} from './defaults.js';

/**
 * The card's own rules: its tokens, themes and layouts, the story's text, the footer,
 * the loading and error states, and print. The slideshow's rules are its own
 * (src/slideshow/slideshow.styles.ts).
 */
export const styles = css`
  /* Each public token is read once, here, into a private one that the rules read. A
     token set anywhere above the card (on :root, a section, the element itself) reaches
     it by inheritance, the nearest winning; the default applies only where none is set.
     Each colour is a light and a dark value, picked by the card's color-scheme. */
  :host {
    --_font-body: var(--story-card-font-body, Georgia,serif);
    --_font-headline: var(--story-card-font-headline, 'Helvetica Neue',Arial,sans-serif);
    --_text: var(--story-card-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--story-card-color-muted, light-dark(#595959, #ababab));
    --_accent: var(--story-card-color-accent, light-dark(#b3001b, #ff7d87));
    --_background: var(--story-card-color-background, light-dark(#fff, #161616));
    --_border: var(--story-card-color-border, light-dark(#dcdcdc, #3d3d3d));
    --_photo-background: var(--story-card-color-photo-background, #111);
    --_caption-color: var(--story-card-caption-color, var(--_text));
    --_radius: var(--story-card-radius, 4px);
    --_space: var(--story-card-space, 1.25rem);
    --_font-size: var(--story-card-font-size, 1rem);
    --_border-width: var(--story-card-border-width, 1px);
    --_shadow: var(--story-card-shadow, none);
    --_photo-aspect-ratio: var(--story-card-photo-aspect-ratio, ${PHOTO_ASPECT_RATIO});

    display: block;
    max-width: var(--story-card-max-width, none);
    /* The card lays itself out by the width it is given, not the viewport's. A size
       container has no width of its own to offer, so where the page sizes it by its
       content (a flex row) it takes the room there is, and at least 18rem of it. (A
       shrink-to-fit box, a float or an auto grid column still needs a width from the
       page.) */
    container-type: inline-size;
    flex-grow: 1;
    min-inline-size: min(100%, 18rem);
    /* What a host page sets on its body inherits into the card; reset what would
       change its design. */
    font: 400 var(--_font-size) / 1.55 var(--_font-body);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="auto" (and no theme) inherits the page's color-scheme; where the page sets
     none, the card follows the reader's (.reader, set by PageSchemeController). */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .reader {
    color-scheme: light dark;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }

  /* The card's height follows from its width alone (and the photo frame's shape), never
     from how long the story is: a page can hold its space before the module or the story
     arrives (README, "Embed it"), with the same formula (src/embed/space.ts; the
     standard layout gives the text 38 lines, the wide one 12 beside photos 60 % wide),
     and nothing below it moves. The
     story's text takes the room left and opens in place on Continue reading; the photo
     frame, its caption and credit, the controls and the link stay whole.
     A card away from the viewport is not laid out or painted until the reader nears it
     (content-visibility). The colours are resolved here, not on :host, where the
     card's color-scheme is set. */
  article {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
    display: flex;
    flex-flow: column;
    gap: 0.75rem;
    height: var(--_height, calc(100cqw / (var(--_photo-aspect-ratio)) + 38 * var(--_font-size)));
    padding: calc(var(--_space) * var(--_space-scale, 1));
    color: var(--_text);
    background: var(--_background);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  /* The story's text gives up room first: the standfirst and captions show their first
     lines, the body what fits, until the reader opens the story. (A headline too long
     for any card is cut by the card's edge: content-visibility clips its paint.) */
  article > * {
    flex: none;
    min-width: 0;
  }
  .body {
    display: grid;
    align-content: start;
    gap: 0.9em;
    font-size: 1.0625em;
    max-width: 38em;
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
    mask-image: linear-gradient(#000 60%, #0000);
  }
  /* Layouts. Each has a switch, a custom property that is empty when the layout is on
     and unset when it is off, so that a value written \`var(--_wide) 2.5em\` is 2.5em in
     the wide layout and invalid (so a fallback) elsewhere. The container query and the
     layout attribute only turn the switch: each layout's values are written once.
     Narrow (a sidebar, a phone) tightens the partner's spacing rather than replace it.
     Wide (a hero) gives the photos the first column and the story the second; the
     card's height follows the photo column's width. */
  @container (width < 30rem) {
    .auto {
      --_compact: ;
    }
  }
  @container (width >= 56rem) {
    .auto {
      --_wide: ;
    }
  }
  .compact {
    --_compact: ;
  }
  .wide {
    --_wide: ;
  }
  /* Continue reading: the whole story, in one column, as tall as it is. */
  article.expanded {
    --_wide: initial;
    height: auto;
  }
  article {
    --_space-scale: var(--_compact) 0.7;
    --_headline-compact: var(--_compact) 1.375em;
    --_headline-wide: var(--_wide) 2.5em;
    --_height: var(--_wide) calc(60cqw / (var(--_photo-aspect-ratio)) + 12 * var(--_font-size));
    --_text-width: var(--_wide) calc(40% - 1rem);
    flex-wrap: var(--_wide) wrap;
    column-gap: 2rem;
  }
  article > * {
    width: var(--_text-width, auto);
  }
  /* In the wide layout, a column of its own, first. */
  article > .slideshow {
    width: calc(100% - 2rem - var(--_text-width, -2rem));
    flex-basis: var(--_wide) 100%;
    order: var(--_wide) -1;
  }
  .expanded .body {
    flex-basis: auto;
    mask-image: none;
  }
  .kicker {
    font: 700 0.8125em/1.2 var(--_font-headline);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  h2 {
    font: 700 var(--_headline-compact, var(--_headline-wide, 1.875em)) / 1.15 var(--_font-headline);
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .standfirst {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    font-size: 1.1875em;
    line-height: 1.45;
    color: var(--_muted);
  }
  .expanded .standfirst {
    -webkit-line-clamp: none;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    font: 0.875em/1.4 var(--_font-headline);
    color: var(--_muted);
  }
  .byline span {
    font-weight: 700;
    color: var(--_text);
  }
  /* After the name, so a wrapped byline never starts a line with it. */
  .byline span:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.5em;
    font-weight: 400;
    color: var(--_muted);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: max(44px, 2.75rem);
    min-height: max(44px, 2.75rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }
  .link {
    font: 700 0.9375em var(--_font-headline);
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  .error {
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
    display: grid;
    align-content: start;
    gap: 0.5rem;
    font: 0.9375em/1.45 var(--_font-headline);
  }
  .error ul {
    padding-inline-start: 1.25em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .retry,
  .more {
    justify-self: start;
    padding-inline: 1.25rem;
    font: 600 0.875em var(--_font-headline);
  }
  .skeleton {
    background: var(--_border);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Printed (a reader's "Save as PDF"), the card is a clean article: dark on white
     whatever the theme and whatever tokens the page sets (the rules read only the
     private ones, set again here), the whole story, and no buttons. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #444;
      --_accent: #000;
      --_background: #fff;
      --_caption-color: #000;
    }
    article {
      content-visibility: visible;
      height: auto;
      box-shadow: none;
    }
    .body {
      flex-basis: auto;
      mask-image: none;
    }
    .footer button {
      display: none;
    }
    .standfirst {
      -webkit-line-clamp: none;
    }
  }
`;
