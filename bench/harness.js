// Runs in the bench page. Each measurement is a function the runner calls once per page
// load (bench/run.mjs), so that no measurement inherits another's warm caches or heap.
import {photos} from './adapters/common.js';

const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// After the next frame has been produced: its rAF callback, then the task after it.
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function stylesheets(hrefs) {
  return Promise.all(
    hrefs.map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href, onload: resolve, onerror: reject});
          document.head.append(link);
        })
    )
  );
}

async function untilReady(adapter, element) {
  while (!adapter.ready(element)) await frame();
}

async function prepare(peer, css) {
  await stylesheets(css);
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

const imageLoads = (run) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`run=${run}`));

window.bench = {
  /** From inserting the script (and its CSS) to the frame that shows the headline and the first photo's frame. */
  async firstCard(peer, css) {
    const start = performance.now();
    const adapter = await prepare(peer, css);
    const element = adapter.mount(stage, photos(3, 'first'));
    await untilReady(adapter, element);
    return performance.now() - start;
  },

  /** 100 cards of 3 photos: scripting, style and layout until all are laid out. */
  async mount100(peer, css) {
    const adapter = await prepare(peer, css);
    await frame();
    const start = performance.now();
    const elements = [];
    for (let i = 0; i < 100; i++) elements.push(adapter.mount(stage, photos(3, `m${i}`)));
    await Promise.all(elements.map((element) => adapter.settled(element)));
    document.body.getBoundingClientRect();
    return performance.now() - start;
  },

  /** Next, then the next painted frame: one figure per change. */
  async slideChanges(peer, css, changes) {
    const adapter = await prepare(peer, css);
    const element = adapter.mount(stage, photos(changes + 1, 'slide'));
    await untilReady(adapter, element);
    await sleep(300);
    const times = [];
    for (let i = 0; i < changes; i++) {
      const before = adapter.index(element);
      const start = performance.now();
      adapter.next(element);
      await painted();
      times.push(performance.now() - start);
      // Let the transition end: some libraries ignore Next while one runs (Glide's is 400 ms).
      await sleep(500);
      if (adapter.index(element) == before) throw new Error(`${peer}: Next did not change the photo (change ${i + 1})`);
    }
    return times;
  },

  /** One card of `count` photos: mount time, DOM nodes, and the image requests and bytes of its load. */
  async scale(peer, css, count) {
    const adapter = await prepare(peer, css);
    await frame();
    const run = `scale${count}`;
    const start = performance.now();
    const element = adapter.mount(stage, photos(count, run));
    await adapter.settled(element);
    document.body.getBoundingClientRect();
    const mount = performance.now() - start;
    await sleep(1500);
    const loads = imageLoads(run);
    return {mount, nodes: countNodes(stage), requests: loads.length, bytes: loads.reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize), 0)};
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
    await untilReady(adapter, element);
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
    await frame();
  },

  async warmUp(peer, css) {
    await prepare(peer, css);
  },
};
