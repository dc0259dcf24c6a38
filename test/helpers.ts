import {fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import '../src/story-card.js';
import type {StoryCard} from '../src/StoryCard.js';

export const SEED_URL = '/demo/stories/japan-fans-world-cup-2018.json';

export const fixtureUrl = (params: Record<string, string | number>) =>
  `/fixture?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

export const threePhotos = {
  kicker: 'World Cup 2018',
  headline: 'Japan fans tidy up',
  standfirst: 'After the final whistle.',
  byline: 'Jane Doe',
  datePublished: '2018-07-03',
  url: 'https://news.example/japan',
  body: ['First paragraph.', 'Second paragraph.'],
  photos: [1, 2, 3].map((n) => ({
    src: `/demo/images/japan-fans-rubbish-1-1024.jpg?photo=${n}`,
    width: 1024,
    height: 683,
    alt: `Photo number ${n}`,
    caption: `Caption ${n}. (Photo by Photographer ${n}/Getty Images)`,
  })),
};

export const shadow = (card: StoryCard) => card.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(card: StoryCard, selector: string) =>
  shadow(card).querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(card: StoryCard, selector: string) => [
  ...shadow(card).querySelectorAll<E>(selector),
];
export const text = (card: StoryCard, selector: string) => $(card, selector)?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Until a frame is rendered, a card keeps content-visibility's placeholder size: the
 * browser decides in that frame, before painting it, whether the card is near the
 * viewport. At the start of the frame after next, that frame has been rendered.
 */
export async function frameRendered() {
  await nextFrame();
  await nextFrame();
}

/** The slideshow's track, and whether it rests on photo `index`. */
export const track = (card: StoryCard) => $(card, '.track')!;
export const atPhoto = (card: StoryCard, index: number) =>
  Math.abs(Math.abs(track(card).scrollLeft) - index * track(card).clientWidth) < 2;
/** A button of the card's slideshow by its part name: previous, next, rotation, expand. */
export const slideshowButton = (card: StoryCard, name: string) =>
  $<HTMLButtonElement>(card, `.slideshow [part~=${name}]`)!;

/** Rotation pauses under the pointer: this puts it beside the card (at most 42rem wide), buttons released. */
export async function pointerBesideCard() {
  await resetMouse();
  await sendMouse({type: 'move', position: [innerWidth - 2, 2]});
}

export async function shown(card: StoryCard) {
  await waitUntil(() => $(card, 'h2') || $(card, '[part=error]'), 'the card never showed a story or an error');
  await card.updateComplete;
  await frameRendered();
  return card;
}

export async function mountWith(story: object) {
  const card = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
  return shown(card);
}

/** `count` photos with their own URLs (`tag` keeps one test's requests apart from another's). */
export const manyPhotos = (count: number, tag = 'p') =>
  Array.from({length: count}, (_, i) => ({
    src: `/demo/images/kagawa-dejected-1024.jpg?${tag}=${i}`,
    width: 1024,
    height: 683,
    alt: `Photo ${i + 1}`,
    caption: `Caption ${i + 1}.`,
    credit: `Photographer ${i + 1}/Agency`,
  }));

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Image requests made so far whose URL contains `part`. */
export const imageRequests = (part: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;

/** Calls to console.error/warn during `body`; `echo` lets them reach the console too. */
export async function consoleCalls(method: 'error' | 'warn', body: () => Promise<unknown>, echo = true) {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
    if (echo) original.apply(console, args);
  };
  try {
    await body();
  } finally {
    console[method] = original;
  }
  return calls;
}

/** The URL and AbortSignal of every fetch made during `body`. */
export async function fetchSignals(body: () => Promise<unknown>) {
  const signals: {url: string; signal: AbortSignal}[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    signals.push({url: String(input), signal: init!.signal!});
    return original(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return signals;
}

// Whatever goes wrong inside a card must never reach the host page as an uncaught
// exception or an unhandled rejection: every test in a file that uses these helpers
// fails on one.
const uncaught: unknown[] = [];
window.addEventListener('error', (event) => uncaught.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => uncaught.push(event.reason));
afterEach(function () {
  const found = uncaught.splice(0);
  // Runnable#error fails the test this hook runs after (it is missing from Mocha's types).
  const hook = this.test as unknown as {error(error: Error): void};
  if (found.length) hook.error(new Error(`uncaught on the host page: ${found.map(String).join('; ')}`));
});
