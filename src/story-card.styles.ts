import {css} from 'lit';

export const styles = css`
  /* Each colour is a light and a dark value; the theme attribute picks between them
     through color-scheme. */
  :host {
    --story-card-font-body: Georgia, serif;
    --story-card-font-headline: 'Helvetica Neue', Arial, sans-serif;
    --story-card-color-text: light-dark(#1a1a1a, #ececec);
    --story-card-color-muted: light-dark(#595959, #ababab);
    --story-card-color-accent: light-dark(#b3001b, #ff7d87);
    --story-card-color-background: light-dark(#fff, #161616);
    --story-card-color-border: light-dark(#dcdcdc, #3d3d3d);
    --story-card-color-photo-background: #111;
    color-scheme: light;
    --story-card-radius: 4px;
    --story-card-space: 1.25rem;
    --story-card-max-width: none;
    --story-card-font-size: 1rem;
    --story-card-border-width: 1px;
    --story-card-shadow: none;
    --story-card-caption-color: var(--story-card-color-text);

    display: block;
    max-width: var(--story-card-max-width);
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
    font: 400 var(--story-card-font-size) / 1.55 var(--story-card-font-body);
    color: var(--story-card-color-text);
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
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }

  /* The card's height follows from its width alone (and the photo frame's shape), never
     from how long the story is: a page can hold its space before the module or the story
     arrives (README, "Embed it"), with the same formula, and nothing below it moves. The
     story's text takes the room left and opens in place on Continue reading; the photo
     frame, its caption and credit, the controls and the link stay whole.
     A card away from the viewport is not laid out or painted until the reader nears it
     (content-visibility). */
  article {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
    display: flex;
    flex-flow: column;
    gap: 0.75rem;
    height: var(--_height, calc(100cqw / (var(--story-card-photo-aspect-ratio, 3 / 2)) + 38 * var(--story-card-font-size)));
    padding: calc(var(--story-card-space) * var(--_space-scale, 1));
    background: var(--story-card-color-background);
    border: var(--story-card-border-width) solid var(--story-card-color-border);
    border-radius: var(--story-card-radius);
    box-shadow: var(--story-card-shadow);
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
    --_height: var(--_wide) calc(60cqw / (var(--story-card-photo-aspect-ratio, 3 / 2)) + 12 * var(--story-card-font-size));
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
    font: 700 0.8125em/1.2 var(--story-card-font-headline);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--story-card-color-accent);
  }
  h2 {
    font: 700 var(--_headline-compact, var(--_headline-wide, 1.875em)) / 1.15 var(--story-card-font-headline);
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .standfirst {
    font-size: 1.1875em;
    line-height: 1.45;
    color: var(--story-card-color-muted);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    font: 0.875em/1.4 var(--story-card-font-headline);
    color: var(--story-card-color-muted);
  }
  .byline span {
    font-weight: 700;
    color: var(--story-card-color-text);
  }
  /* After the name, so a wrapped byline never starts a line with it. */
  .byline span:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.5em;
    font-weight: 400;
    color: var(--story-card-color-muted);
  }
  /* Flex boxes, not grids, inside the card wherever one column will do: a grid sizes its
     tracks from every item's content first (npm run bench, "Mount 100 cards"). The
     card itself stays a grid: WebKit lets an unbreakable headline overflow a flex
     column. */
  .slideshow {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part~='rotation'] {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    z-index: 1;
  }
  /* The track's width is the card's, never its photos': containment keeps a row of
     captions from widening the card, and spares the browser sizing every slide to
     find out. */
  .track {
    display: flex;
    align-items: start;
    contain: inline-size;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: none;
    border-radius: var(--story-card-radius);
  }
  .track::-webkit-scrollbar {
    display: none;
  }
  .track.dragging {
    scroll-snap-type: none;
    scroll-behavior: auto;
    cursor: grabbing;
  }
  .slide {
    flex: none;
    width: 100%;
    scroll-snap-align: start;
    scroll-snap-stop: always;
  }
  .frame {
    aspect-ratio: var(--story-card-photo-aspect-ratio, 3 / 2);
    background: var(--story-card-color-photo-background);
    border-radius: var(--story-card-radius);
    overflow: hidden;
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .frame.failed {
    display: grid;
    place-items: center;
  }
  .failed img {
    grid-area: 1 / 1;
    opacity: 0;
  }
  .unavailable {
    grid-area: 1 / 1;
    font: 0.875em var(--story-card-font-headline);
    color: #d6d6d6;
  }
  .caption {
    padding-block-start: 0.5rem;
    font: 0.875em/1.45 var(--story-card-font-headline);
    color: var(--story-card-caption-color);
  }
  /* The credit is never folded away. */
  .caption .text,
  .standfirst {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .standfirst {
    -webkit-line-clamp: 3;
  }
  .expanded :is(.standfirst, .text),
  .viewer .text {
    -webkit-line-clamp: none;
  }
  .credit {
    display: block;
    font-size: 0.857em;
    letter-spacing: 0.02em;
    color: var(--story-card-color-muted);
  }
  .credit a {
    color: inherit;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    font: 600 0.875em var(--story-card-font-headline);
    font-variant-numeric: tabular-nums;
  }
  [part~='expand'],
  [part~='close'] {
    margin-inline-start: auto;
  }
  .controls > :first-child:not(:only-child) {
    margin-inline-start: auto;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: max(44px, 2.75rem);
    min-height: max(44px, 2.75rem);
    padding: 0;
    border: 1px solid var(--story-card-color-border);
    border-radius: 999px;
    background: var(--story-card-color-background);
    color: var(--story-card-color-text);
    font: inherit;
    cursor: pointer;
  }
  :host(:dir(rtl)) :is([part~='previous'], [part~='next']) svg {
    transform: scaleX(-1);
  }
  .dots,
  .thumbnails {
    display: flex;
    justify-content: center;
    flex-wrap: wrap;
  }
  .dots button {
    border: 0;
    background: none;
  }
  .dots button::before {
    content: '';
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    border: 2px solid var(--story-card-color-muted);
  }
  .dots [aria-current]::before {
    background: var(--story-card-color-text);
    border-color: var(--story-card-color-text);
  }
  .thumbnails {
    flex-wrap: nowrap;
    justify-content: start;
    gap: 0.375rem;
    overflow-x: auto;
    padding: 0.25rem;
  }
  .thumbnails button {
    flex: none;
    width: 4.5rem;
    height: 3rem;
    overflow: hidden;
    border-radius: var(--story-card-radius);
    background: var(--story-card-color-photo-background);
  }
  .thumbnails img {
    object-fit: cover;
  }
  .thumbnails [aria-current] {
    outline: 3px solid var(--story-card-color-accent);
    outline-offset: 1px;
  }
  .viewer {
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 1rem;
    border: 0;
    background: #000;
    color: var(--story-card-color-text);
    color-scheme: dark;
  }
  .viewer::backdrop {
    background: #000;
  }
  .viewer .frame {
    aspect-ratio: auto;
    height: min(calc(100vh - 12rem), 100%);
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
    outline: 3px solid var(--story-card-color-accent);
    outline-offset: 2px;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }
  .link {
    font: 700 0.9375em var(--story-card-font-headline);
    color: var(--story-card-color-accent);
    text-underline-offset: 0.2em;
  }
  .error {
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
    display: grid;
    align-content: start;
    gap: 0.5rem;
    font: 0.9375em/1.45 var(--story-card-font-headline);
  }
  .error ul {
    padding-inline-start: 1.25em;
    font-size: 0.8125em;
    color: var(--story-card-color-muted);
  }
  .retry,
  .more {
    justify-self: start;
    padding-inline: 1.25rem;
    font: 600 0.875em var(--story-card-font-headline);
  }
  .skeleton {
    background: var(--story-card-color-border);
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
     whatever the theme (a partner's own colours included), the whole story, the photo
     shown with its caption and credit, and no controls. */
  @media print {
    :host {
      --story-card-color-text: #000 !important;
      --story-card-color-muted: #444 !important;
      --story-card-color-accent: #000 !important;
      --story-card-color-background: #fff !important;
      --story-card-caption-color: #000 !important;
      color-scheme: light;
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
    .controls,
    .dots,
    .thumbnails,
    .footer button,
    [part~='rotation'] {
      display: none;
    }
    .standfirst,
    .text {
      -webkit-line-clamp: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }
`;
