import {css} from 'lit';

/**
 * The slideshow's own rules: the track of slides, each photo's frame, caption and
 * credit, the controls, the dots or thumbnails, and the full-screen view. They read the
 * card's private tokens (`--_accent`, `--_radius`, …), which src/story-card.styles.ts
 * takes from the public ones once.
 */
export const slideshowStyles = css`
  /* Flex boxes, not grids, inside the card wherever one column will do: a grid sizes its
     tracks from every item's content first (npm run bench, "Mount 100 cards"). */
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
    /* Safari before 18.2 knows only ::-webkit-scrollbar and shows its thin bar under the
       photos: that rule's bytes went to taking over server-rendered cards. */
    scrollbar-width: none;
    border-radius: var(--_radius);
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
    aspect-ratio: var(--_photo-aspect-ratio);
    background: var(--_photo-background);
    border-radius: var(--_radius);
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
    font: 0.875em var(--_font-headline);
    color: #d6d6d6;
  }
  .caption {
    padding-block-start: 0.5rem;
    font: 0.875em/1.45 var(--_font-headline);
    color: var(--_caption-color);
  }
  /* The credit is never folded away. */
  .caption .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .expanded .text,
  .viewer .text {
    -webkit-line-clamp: none;
  }
  .credit {
    display: block;
    font-size: 0.857em;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .credit a {
    color: inherit;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    font: 600 0.875em var(--_font-headline);
    font-variant-numeric: tabular-nums;
  }
  [part~='expand'],
  [part~='close'],
  .controls > :first-child:not(:only-child) {
    margin-inline-start: auto;
  }
  :host(:dir(rtl)) :is([part~='previous'], [part~='next']) svg {
    transform: scaleX(-1);
  }
  .dots,
  .thumbnails {
    display: flex;
  }
  .dots {
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
    border: 2px solid var(--_muted);
  }
  .dots [aria-current]::before {
    background: var(--_text);
    border-color: var(--_text);
  }
  .thumbnails {
    gap: 0.375rem;
    overflow-x: auto;
    padding: 0.25rem;
  }
  .thumbnails button {
    flex: none;
    width: 4.5rem;
    height: 3rem;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_photo-background);
  }
  .thumbnails img {
    object-fit: cover;
  }
  .thumbnails [aria-current] {
    outline: 3px solid var(--_accent);
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
    color: var(--_text);
    color-scheme: dark;
  }
  .viewer::backdrop {
    background: #000;
  }
  .viewer .frame {
    aspect-ratio: auto;
    height: min(calc(100vh - 12rem), 100%);
  }
  /* Printed, the photo shows with its whole caption and credit, and no controls. */
  @media print {
    .controls,
    .dots,
    .thumbnails,
    [part~='rotation'] {
      display: none;
    }
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
