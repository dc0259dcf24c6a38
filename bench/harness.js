// Runs in the bench page. Each measurement is a function the runner calls once per page
// load (bench/run.mjs), so that no measurement inherits another's warm caches or heap.
//
// A timing stops when what its caption names is on screen: the frame that shows it has
// been produced (its animation-frame callbacks, style, layout and paint, then the task
// after it), for story-card and every peer alike.
import {photos} from './adapters/common.js';

const stage = document.getElementById('stage');
// After the next frame has been produced: its rAF callback, then the task after it.
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The timed work runs in a task of the page's own (a timer), not in the runner's
// Runtime.evaluate, so that Chromium's trace counts it as script like any other task.
const inTask = (work) => new Promise((resolve) => setTimeout(() => resolve(work())));

// The marks bound the span that bench/run.mjs reads from Chromium's trace.
const SPAN = {start: 'bench:start', end: 'bench:end'};

function stylesheets(hrefs) {
  return Promise.all(
    hrefs.map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), {
            rel: 'stylesheet',
            href,
            onload: resolve,
            onerror: reject,
          });
          document.head.append(link);
        })
    )
  );
}

/** story-card defers the layout of off-screen cards; with this sheet it lays them all out, like the peers. */
function layOutEveryCard() {
  const style = document.createElement('style');
  style.textContent = 'story-card::part(card) { content-visibility: visible; }';
  document.head.append(style);
}

// Shown: laid out with a height (what the adapter checks) and, where the library defers
// rendering (story-card's content-visibility), actually rendered.
const shown = (adapter, element) => adapter.ready(element) && (adapter.rendered?.(element) ?? true);
const inFirstScreen = (element) => element.getBoundingClientRect().top < innerHeight;

/** Frames until every element is shown, then the time since `start`. */
async function untilPainted(adapter, elements, start) {
  do await painted();
  while (!elements.every((element) => shown(adapter, element)));
  return performance.now() - start;
}

async function prepare(peer, css, {everyCard = false} = {}) {
  await stylesheets(css);
  if (everyCard) layOutEveryCard();
  return (await import(`/bench/.build/${peer}.js`)).default;
}

function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

const imageLoads = (run) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`run=${run}`));

/** Until `card` shows photo `target` at rest: index reported, and the slide aligned with the viewport for two frames running. */
async function untilAtRest(adapter, card, target) {
  let aligned = 0;
  let since;
  const deadline = performance.now() + 5000;
  while (aligned < 2) {
    await painted();
    if (performance.now() > deadline) throw new Error(`Next did not bring photo ${target + 1} to rest within 5 s`);
    const slide = adapter.slide(card, target).getBoundingClientRect();
    const viewport = adapter.viewport(card).getBoundingClientRect();
    if (adapter.index(card) == target && Math.abs(slide.left - viewport.left) < 1) {
      since ??= performance.now();
      aligned++;
    } else {
      since = undefined;
      aligned = 0;
    }
  }
  return since;
}

window.bench = {
  /** From inserting the script (and its CSS) to the frame that shows the headline and the first photo's frame. */
  async firstCard(peer, css) {
    const start = performance.now();
    const adapter = await prepare(peer, css);
    const element = adapter.mount(stage, photos(3, 'first'));
    return untilPainted(adapter, [element], start);
  },

  /**
   * 100 cards of 3 photos. `every`: until all 100 are laid out and painted (story-card made
   * to lay out off-screen cards too); otherwise until the cards in the first screen are.
   */
  async mount100(peer, css, every) {
    const adapter = await prepare(peer, css, {everyCard: every});
    await painted();
    performance.mark(SPAN.start);
    const start = performance.now();
    const elements = await inTask(() => Array.from({length: 100}, (_, i) => adapter.mount(stage, photos(3, `m${i}`))));
    await Promise.all(elements.map((element) => adapter.settled(element)));
    const time = await untilPainted(adapter, every ? elements : elements.filter(inFirstScreen), start);
    performance.mark(SPAN.end);
    const rendered = elements.filter((element) => shown(adapter, element)).length;
    return {time, rendered};
  },

  /**
   * Arms the next slide change for a real click the runner makes on Next: from the input
   * (the pointerdown's timestamp) to the next frame after the click's handlers (what INP
   * counts), and to the new photo at rest.
   */
  async armSlideChange() {
    const {adapter, element} = this.slideshow;
    const target = adapter.index(element) + 1;
    this.change = new Promise((resolve) => {
      let input;
      addEventListener('pointerdown', (event) => (input = event.timeStamp), {capture: true, once: true});
      addEventListener(
        'click',
        () =>
          requestAnimationFrame(() =>
            setTimeout(async () => {
              const paint = performance.now() - input;
              const rest = (await untilAtRest(adapter, element, target)) - input;
              resolve({paint, rest});
            })
          ),
        {once: true}
      );
    });
  },

  /** Mounts the slideshow for slide changes; returns the centre of its Next button. */
  async prepareSlideChanges(peer, css, count) {
    const adapter = await prepare(peer, css);
    const element = adapter.mount(stage, photos(count, 'slide'));
    await untilPainted(adapter, [element], 0);
    await sleep(300);
    this.slideshow = {adapter, element};
    const button = adapter.nextButton(element);
    button.scrollIntoView({block: 'center'});
    const {left, top, width, height} = button.getBoundingClientRect();
    return {x: left + width / 2, y: top + height / 2};
  },

  /** One card of `count` photos: mount until painted, DOM nodes, and the image requests and bytes of its load. */
  async scale(peer, css, count) {
    const adapter = await prepare(peer, css);
    await painted();
    const run = `scale${count}`;
    const start = performance.now();
    const element = await inTask(() => adapter.mount(stage, photos(count, run)));
    await adapter.settled(element);
    const mount = await untilPainted(adapter, [element], start);
    await sleep(1500);
    const loads = imageLoads(run);
    return {
      mount,
      nodes: countNodes(stage),
      requests: loads.length,
      bytes: loads.reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize), 0),
    };
  },

  /** Cumulative layout shift while the card's photos arrive late (the server holds them). */
  async layoutShift(peer, css, delay) {
    const adapter = await prepare(peer, css);
    let shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
    }).observe({type: 'layout-shift', buffered: false});
    const late = photos(3, 'cls').map((photo) => ({...photo, src: `/__delay/${delay}${photo.src}`}));
    const element = adapter.mount(stage, late);
    await untilPainted(adapter, [element], 0);
    await sleep(delay + 800);
    return shift;
  },

  /** Mount and remove one card `cycles` times (the runner reads the heap around this). */
  async cycles(peer, css, count) {
    const adapter = await prepare(peer, css);
    const story = photos(3, 'cycle');
    for (let i = 0; i < count; i++) {
      const element = adapter.mount(stage, story);
      await adapter.settled(element);
      adapter.unmount?.(element);
      stage.replaceChildren();
    }
    await painted();
  },

  async warmUp(peer, css) {
    await prepare(peer, css);
  },
};
