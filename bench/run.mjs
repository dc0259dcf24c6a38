// npm run bench: story-card beside the peers, measured in one run, in Debian's Chromium
// (driven by playwright-core, which downloads nothing). Prints a table and writes
// bench/results.md. Each timing is a median over repeated fresh page loads.
import {spawnSync} from 'node:child_process';
import {createReadStream, readFileSync, statSync, writeFileSync, mkdirSync} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, totalmem, release} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {chromium} from 'playwright-core';
import {TRACE_CATEGORIES, breakdown} from './trace.mjs';
import {WIDTHS, layoutShift, lighthouseRun, partnerCases, partnerRoutes} from './partner-shift.mjs';
import {measureImport} from './import-pages.mjs';
import {FIRST_PHOTO_KINDS, PHONE, firstPhotoRoutes, firstPhotoTime} from './first-photo.mjs';
import {CHROME_PATH, CHROMIUM_ARGS} from '../test/browser-paths.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, 'bench/.build');
const QUICK = process.argv.includes('--quick');
const REPEAT = {
  firstCard: QUICK ? 3 : 15,
  mount100: QUICK ? 3 : 9,
  changes: QUICK ? 10 : 30,
  scale: QUICK ? 1 : 5,
  shift: QUICK ? 1 : 5,
  memory: QUICK ? 1 : 3,
  partner: QUICK ? 1 : 3,
  firstPhoto: QUICK ? 3 : 5,
};
const CHROME = CHROME_PATH;
const CYCLES = 1000;
const PARTNER_ONLY = process.argv.includes('--partner-only');
// --first-photo-only: section 11 alone, while working on it.
const FIRST_PHOTO_ONLY = process.argv.includes('--first-photo-only');
// --peers=story-card,shoelace narrows a run while working; the published results measure all.
const ONLY = process.argv
  .find((arg) => arg.startsWith('--peers='))
  ?.slice(8)
  .split(',');

// Each peer: the module that stands for its size (the library as an app would import
// it), the adapter the bench drives, and the CSS it needs.
const PEERS = [
  {id: 'story-card', name: 'story-card', package: null, size: null, css: []},
  {
    id: 'shoelace',
    name: 'Shoelace sl-carousel',
    package: '@shoelace-style/shoelace',
    size: `import '@shoelace-style/shoelace/dist/components/carousel/carousel.js'; import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';`,
    css: ['/node_modules/@shoelace-style/shoelace/dist/themes/light.css'],
  },
  // What a story slideshow needs of Swiper: the core, Navigation, Pagination, A11y, Keyboard.
  {
    id: 'swiper',
    name: 'Swiper (core + 4 modules)',
    package: 'swiper',
    size: `export {default} from 'swiper'; export {Navigation, Pagination, A11y, Keyboard} from 'swiper/modules';`,
    css: [
      '/node_modules/swiper/swiper.min.css',
      '/node_modules/swiper/modules/navigation.min.css',
      '/node_modules/swiper/modules/pagination.min.css',
      '/node_modules/swiper/modules/a11y.min.css',
    ],
  },
  // Swiper Element's bundle registers every module: the cost of the one-line embed.
  {
    id: 'swiper-element',
    name: 'Swiper Element (all modules)',
    package: 'swiper',
    size: `import {register} from 'swiper/element/bundle'; register();`,
    css: [],
  },
  {
    id: 'splide',
    name: 'Splide',
    package: '@splidejs/splide',
    size: `export {default} from '@splidejs/splide';`,
    css: ['/node_modules/@splidejs/splide/dist/css/splide.min.css'],
  },
  {
    id: 'glide',
    name: 'Glide',
    package: '@glidejs/glide',
    size: `export {default} from '@glidejs/glide';`,
    css: [
      '/node_modules/@glidejs/glide/dist/css/glide.core.min.css',
      '/node_modules/@glidejs/glide/dist/css/glide.theme.min.css',
    ],
  },
  {
    id: 'embla',
    name: 'Embla (engine only)',
    package: 'embla-carousel',
    size: `export {default} from 'embla-carousel';`,
    css: ['/bench/adapters/embla.css'],
  },
];

const TERSER = {ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}};
const virtual = (id, code) => ({
  name: 'virtual',
  resolveId: (source) => (source == id ? id : null),
  load: (source) => (source == id ? code : null),
});

async function bundle(input, file, plugins = []) {
  const build = await rollup({
    input,
    plugins: [...plugins, nodeResolve({browser: true}), terser(TERSER)],
    onwarn: () => undefined,
  });
  await build.write({file, format: 'es', inlineDynamicImports: true});
  await build.close();
}

const sizes = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, {level: 9}).length,
  brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});

async function build() {
  console.log('building story-card…');
  const built = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
  if (built.status) process.exit(built.status);
  mkdirSync(join(BUILD, 'size'), {recursive: true});
  console.log('bundling the peers (rollup + terser, one ES module each)…');
  for (const peer of PEERS) {
    await bundle(join(ROOT, `bench/adapters/${peer.id}.js`), join(BUILD, `${peer.id}.js`));
    if (peer.size)
      await bundle(`size:${peer.id}`, join(BUILD, 'size', `${peer.id}.js`), [virtual(`size:${peer.id}`, peer.size)]);
  }
}

/**
 * Text (HTML, scripts, JSON, CSS) goes out gzipped where the browser accepts it, as every
 * CDN and web server sends it: the bytes on the throttled link are the bytes a reader gets.
 * Each text response is ended with its whole body (response.end), which is compressed here.
 */
function compressAsACdnDoes(request, response) {
  if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return;
  const writeHead = response.writeHead.bind(response);
  const end = response.end.bind(response);
  let compress = false;
  response.writeHead = (status, headers = {}) => {
    const type = Object.entries(headers).find(([name]) => name.toLowerCase() == 'content-type')?.[1] ?? '';
    compress = /^(text|application\/json)/.test(type);
    return writeHead(status, compress ? {...headers, 'content-encoding': 'gzip', vary: 'accept-encoding'} : headers);
  };
  response.end = (body, ...rest) => (compress && body != null ? end(gzipSync(body), ...rest) : end(body, ...rest));
}

async function serve() {
  const {EMBED_SPACE_CSS} = await import(join(ROOT, 'lib/embed/space.js'));
  const partner = partnerRoutes(ROOT, EMBED_SPACE_CSS);
  const firstPhoto = await firstPhotoRoutes(ROOT);
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.jpg': 'image/jpeg',
    '.svg': 'image/svg+xml',
  };
  const server = createServer(async (request, response) => {
    compressAsACdnDoes(request, response);
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // /__delay/<ms>/path: the same file, held back, for photos that arrive late.
    const delayed = path.match(/^\/__delay\/(\d+)(\/.*)$/);
    if (delayed) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
      path = delayed[2];
    }
    const query = new URL(request.url, 'http://x').searchParams;
    if (partner(path, query, response) || firstPhoto(path, query, response)) return;
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || !statSync(file, {throwIfNoEntry: false})?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (/^(text|application\/json)/.test(types[extname(file)] ?? '')) response.end(readFileSync(file));
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  n: values.length,
});

async function main() {
  await build();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});

  async function inPage(call) {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/page.html`);
    await page.waitForFunction(() => window.bench);
    try {
      return await call(page);
    } finally {
      await page.close();
    }
  }
  const times = (count, run) =>
    Array.from({length: count}).reduce(async (all) => [...(await all), await inPage(run)], Promise.resolve([]));

  if (FIRST_PHOTO_ONLY) {
    const lines = [];
    firstPhotoTable(await measureFirstPhoto(browser, origin), (...table) => lines.push(...markdownTable(...table)));
    await browser.close();
    server.close();
    console.log(lines.join('\n'));
    return;
  }
  const results = {};
  // --partner-only: sections 8 and 9 alone, while working on them.
  for (const peer of PEERS.filter((peer) => (!ONLY || ONLY.includes(peer.id)) && !PARTNER_ONLY)) {
    console.log(`measuring ${peer.name}…`);
    const file = peer.size ? join(BUILD, 'size', `${peer.id}.js`) : join(ROOT, 'dist/story-card.js');
    const css = Buffer.concat(peer.css.map((href) => readFileSync(join(ROOT, href))));
    const r = (results[peer.id] = {bytes: sizes(readFileSync(file)), cssGzip: css.length ? sizes(css).gzip : 0});
    const args = (extra) => [peer.id, peer.css, extra];
    r.firstCard = summary(
      await times(REPEAT.firstCard, (page) => page.evaluate(([id, css]) => window.bench.firstCard(id, css), args()))
    );
    // Every card laid out and painted, with Chromium's own accounting of the same span
    // from a trace; then, in other page loads, until the cards in the first screen are painted.
    const mounts = await times(REPEAT.mount100, async (page) => {
      await browser.startTracing(page, {categories: TRACE_CATEGORIES});
      const mount = await page.evaluate(([id, css]) => window.bench.mount100(id, css, true), args());
      const {traceEvents} = JSON.parse(await browser.stopTracing());
      if (mount.rendered != 100)
        throw new Error(`${peer.name}: ${mount.rendered} of 100 cards rendered when the clock stopped`);
      return {...mount, ...breakdown(traceEvents, 'bench:start', 'bench:end')};
    });
    r.mount100 = summary(mounts.map((mount) => mount.time));
    r.mount100Parts = Object.fromEntries(
      ['script', 'style', 'layout', 'paint'].map((part) => [part, median(mounts.map((mount) => mount[part]))])
    );
    const firstScreen = await times(REPEAT.mount100, (page) =>
      page.evaluate(([id, css]) => window.bench.mount100(id, css, false), args())
    );
    r.mount100FirstScreen = summary(firstScreen.map((mount) => mount.time));
    r.mount100Rendered = median(firstScreen.map((mount) => mount.rendered));
    // Real clicks on Next, one after another once the last change has come to rest.
    const changes = await inPage(async (page) => {
      const next = await page.evaluate(
        ([id, css, n]) => window.bench.prepareSlideChanges(id, css, n),
        args(REPEAT.changes + 1)
      );
      const all = [];
      for (let i = 0; i < REPEAT.changes; i++) {
        await page.evaluate(() => window.bench.armSlideChange());
        await page.mouse.click(next.x, next.y);
        all.push(await page.evaluate(() => window.bench.change));
        await page.waitForTimeout(100);
      }
      return all;
    });
    r.slidePaint = summary(changes.map((change) => change.paint));
    r.slideRest = summary(changes.map((change) => change.rest));
    r.scale = {};
    for (const count of [3, 30, 300]) {
      const runs = await times(REPEAT.scale, (page) =>
        page.evaluate(([id, css, n]) => window.bench.scale(id, css, n), args(count))
      );
      r.scale[count] = {
        mount: summary(runs.map((run) => run.mount)),
        nodes: median(runs.map((run) => run.nodes)),
        requests: median(runs.map((run) => run.requests)),
        bytes: median(runs.map((run) => run.bytes)),
      };
    }
    r.layoutShift = summary(
      await times(REPEAT.shift, (page) =>
        page.evaluate(([id, css, delay]) => window.bench.layoutShift(id, css, delay), args(600))
      )
    );
    r.heapGrowth = summary(
      await times(REPEAT.memory, async (page) => {
        const cdp = await page.context().newCDPSession(page);
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        await page.evaluate(([id, css]) => window.bench.warmUp(id, css), args());
        const before = await heap();
        await page.evaluate(([id, css, n]) => window.bench.cycles(id, css, n), args(CYCLES));
        return (await heap()) - before;
      })
    );
  }
  const partner = await measurePartnerPages(browser, origin);
  partner.firstPhoto = await measureFirstPhoto(browser, origin);
  const version = browser.version();
  await browser.close();
  server.close();
  report(results, version, partner);
}

/** Section 11: each embed kind's first photo on the throttled phone, beside the static article, in the same run. */
async function measureFirstPhoto(browser, origin) {
  const times = {};
  for (const {name, kind} of FIRST_PHOTO_KINDS) {
    console.log(`first photo on screen: ${name}…`);
    const runs = [];
    for (let i = 0; i < REPEAT.firstPhoto; i++)
      runs.push(await firstPhotoTime(browser, `${origin}/first-photo?kind=${kind}&port=${new URL(origin).port}`));
    times[name] = summary(runs);
  }
  return times;
}

function firstPhotoTable(times, table) {
  const ms = (value) => `${Math.round(value)} ms`;
  const baseline = times[FIRST_PHOTO_KINDS[0].name].median;
  table(
    '11. First photo on screen',
    `The partner page of section 8 on a phone (${PHONE.width} × ${PHONE.height} at ${PHONE.deviceScaleFactor}×, CPU ${PHONE.cpuSlowdown}× slower, slow 4G: 150 ms, 1.6 Mbps, by Chromium's own throttling), the module 300 ms late, the story 500 ms late, the photos (1024w/2048w JPEGs) 1 s late, the cache off. The clock stops at the frame after the first one in which the page's first photo had arrived and stood in the first screen (a probe that runs before anything else of the page, the same for every row). Median (min–max) of ${REPEAT.firstPhoto} page loads each, and the ratio to the same article as static HTML with no script.`,
    ['', 'first photo', '/ static article'],
    Object.entries(times).map(([name, s]) => [
      name,
      `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`,
      `${(s.median / baseline).toFixed(2)}×`,
    ])
  );
}

async function measurePartnerPages(browser, origin) {
  const cases = partnerCases(PEERS.filter((peer) => !ONLY || ONLY.includes(peer.id)));
  const shifts = {};
  for (const {name, query} of cases) {
    console.log(`layout shift on a partner page: ${name}…`);
    shifts[name] = {};
    for (const width of WIDTHS) {
      const runs = [];
      for (let i = 0; i < REPEAT.partner; i++)
        runs.push(await layoutShift(browser, `${origin}/partner?${query}`, width));
      shifts[name][width] = summary(runs);
    }
  }
  // Lighthouse on the demo and on the partner page: the card with and without the style, the article embed, the peers.
  const pages = [
    {name: 'demo/ (story-card)', url: `${origin}/demo/index.html`},
    ...cases
      .filter(({name}) => !name.includes('404') && !/(story|json) embed$/.test(name))
      .map(({name, query}) => ({name: `partner page: ${name}`, url: `${origin}/partner?${query}`})),
  ];
  const lighthouse = {};
  for (const {name, url} of pages) {
    console.log(`lighthouse: ${name}…`);
    lighthouse[name] = await lighthouseRun(url, CHROME);
  }
  return {shifts, lighthouse};
}

/** A section of the results: its title, what it measures, and its table, as Markdown lines. */
const markdownTable = (title, note, header, rows) => [
  `### ${title}`,
  '',
  note,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
];

function report(results, chromiumVersion, partner) {
  const ours = results['story-card'];
  const measured = PEERS.filter((peer) => results[peer.id]);
  const peers = measured.filter((peer) => peer.id != 'story-card');
  const ms = (value) => `${value.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—');
  const range = (s, unit = ms) => `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
  const versionOf = (name) =>
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

  const lines = [];
  const table = (...table) => lines.push(...markdownTable(...table));
  const all = measured.map((peer) => [peer, results[peer.id]]);
  table(
    '1. Bytes',
    'JS bundled with rollup + terser into one ES module; gzip -9 and brotli 11. CSS the library needs, gzipped, apart.',
    ['', 'minified', 'gzip', 'brotli', 'CSS gzip', 'story-card / peer (gzip, JS + CSS)'],
    all.map(([peer, r]) => [
      peer.name,
      kb(r.bytes.min),
      kb(r.bytes.gzip),
      kb(r.bytes.brotli),
      r.cssGzip ? kb(r.cssGzip) : '—',
      peer.id == 'story-card' ? '' : ratio(ours.bytes.gzip + ours.cssGzip, r.bytes.gzip + r.cssGzip),
    ])
  );
  table(
    '2. Time to first card',
    `From inserting the script (and CSS) to the frame showing the headline and the first photo's frame; images served locally. Median (min–max) of ${REPEAT.firstCard} page loads.`,
    ['', 'time', 'story-card / peer'],
    all.map(([peer, r]) => [
      peer.name,
      range(r.firstCard),
      peer.id == 'story-card' ? '' : ratio(ours.firstCard.median, r.firstCard.median),
    ])
  );
  table(
    '3a. Mount 100 cards, every card laid out and painted',
    `100 instances of 3 photos each in a 640 px column, from the first mount until all 100 are laid out and a frame showing them has been painted. story-card is made to lay out its off-screen cards too (\`story-card::part(card) { content-visibility: visible }\`), so that every library does the same work. Median (min–max) of ${REPEAT.mount100} page loads; beside it, the medians of the self time Chromium's trace attributes to script, style, layout and paint (raster and compositing threads left out) over the same span. story-card's style work shows under layout: with container queries, Chromium computes the styles inside a container while it lays the container out.`,
    ['', 'time', 'script', 'style', 'layout', 'paint', 'story-card / peer'],
    all.map(([peer, r]) => [
      peer.name,
      range(r.mount100),
      ms(r.mount100Parts.script),
      ms(r.mount100Parts.style),
      ms(r.mount100Parts.layout),
      ms(r.mount100Parts.paint),
      peer.id == 'story-card' ? '' : ratio(ours.mount100.median, r.mount100.median),
    ])
  );
  table(
    '3b. Mount 100 cards, until the cards in the first screen are painted',
    `The same 100 cards, as a page gets them by default: the clock stops at the first painted frame in which every card in the first screen (1280 × 900) is laid out and rendered. story-card defers the cards below (content-visibility: auto) and lays each out when the reader nears it; the peers lay out all 100 before that frame. Median (min–max) of ${REPEAT.mount100} page loads; "rendered" is how many cards were rendered when the clock stopped.`,
    ['', 'time', 'rendered', 'story-card / peer'],
    all.map(([peer, r]) => [
      peer.name,
      range(r.mount100FirstScreen),
      r.mount100Rendered,
      peer.id == 'story-card' ? '' : ratio(ours.mount100FirstScreen.median, r.mount100FirstScreen.median),
    ])
  );
  table(
    '4. Slide change',
    `A real mouse click on Next (Chromium's input pipeline), ${REPEAT.changes} changes in a row. "Input to next paint": from the pointerdown's timestamp to the frame after the click's handlers, what INP counts (a frame is 16.7 ms). "At rest": from the same input until the new photo is reported as the index and its slide sits aligned with the viewport for two frames running, so the library's scroll or transition has ended. Medians (min–max).`,
    ['', 'input to next paint', 'story-card / peer', 'at rest', 'story-card / peer'],
    all.map(([peer, r]) => [
      peer.name,
      range(r.slidePaint),
      peer.id == 'story-card' ? '' : ratio(ours.slidePaint.median, r.slidePaint.median),
      range(r.slideRest),
      peer.id == 'story-card' ? '' : ratio(ours.slideRest.median, r.slideRest.median),
    ])
  );
  table(
    '5. Scale with photos',
    `One card of 3, 30 and 300 photos: mount until the card is laid out and painted (median of ${REPEAT.scale}), DOM nodes (shadow roots included), and image requests and bytes in the 1.5 s after mounting.`,
    ['', 'photos', 'mount', 'DOM nodes', 'image requests', 'image bytes'],
    all.flatMap(([peer, r]) =>
      [3, 30, 300].map((n) => [
        peer.name,
        n,
        range(r.scale[n].mount),
        r.scale[n].nodes,
        r.scale[n].requests,
        kb(r.scale[n].bytes),
      ])
    )
  );
  table(
    '6. Layout shift',
    `Cumulative layout shift while the three photos arrive 600 ms late. Median (min–max) of ${REPEAT.shift}.`,
    ['', 'CLS'],
    all.map(([peer, r]) => [peer.name, range(r.layoutShift, (v) => v.toFixed(3))])
  );
  table(
    '7. Memory',
    `JS heap after ${CYCLES} mount/unmount cycles, minus before (both after a forced GC). Median (min–max) of ${REPEAT.memory}.`,
    ['', 'heap growth'],
    all.map(([peer, r]) => [peer.name, range(r.heapGrowth, kb)])
  );

  table(
    '8. Layout shift on a partner page',
    `A partner's article (bench/partner-page.mjs): a heading, a paragraph, the embed as the README gives it, the rest of the article; the card in the first screen (823 px tall). The module arrives 300 ms late, the story 500 ms late, the photos 1 s late. The sum of Chromium's layout-shift entries (what Lighthouse and Search Console add up), median (min–max) of ${REPEAT.partner} page loads per width. The peers get the same page with a carousel of the same three photos, mounted when their module arrives. Google calls over 0.1 "needs improvement", over 0.25 "poor".`,
    ['', ...WIDTHS.map((width) => `${width} px`)],
    Object.entries(partner.shifts).map(([name, byWidth]) => [
      name,
      ...WIDTHS.map((width) => range(byWidth[width], (v) => v.toFixed(3))),
    ])
  );
  table(
    '9. Lighthouse (mobile)',
    `Lighthouse ${versionOf('lighthouse')}'s performance category with its mobile defaults (a mid-range phone, simulated slow 4G), one run per page, driving the same Chromium: the demo, and the partner page of section 8.`,
    ['', 'Performance', 'CLS', 'LCP', 'TBT'],
    Object.entries(partner.lighthouse).map(([name, r]) => [
      name,
      r.performance.toFixed(2),
      r.cls.toFixed(3),
      `${(r.lcp / 1000).toFixed(1)} s`,
      `${Math.round(r.tbt)} ms`,
    ])
  );

  console.log('converting 1,000 saved pages with story-card-import…');
  const imported = measureImport({repeat: QUICK ? 1 : 3});
  table(
    '10. Converting saved pages',
    `story-card-import PAGE.html… --out DIR on ${imported.count} saved article pages (the corpus's real pages, copied under distinct names: bench/import-pages.mjs), on one core (taskset -c 0), Node and linkedom. Median (min–max) of ${imported.repeat} runs; the pages without a story are the corpus's own (a text file, embeds).`,
    ['', 'pages', 'time', 'per page', 'stories written'],
    [
      [
        'story-card-import',
        imported.count,
        range(imported, (v) => `${v.toFixed(1)} s`),
        `${((imported.median / imported.count) * 1000).toFixed(1)} ms`,
        imported.stories,
      ],
    ]
  );

  firstPhotoTable(partner.firstPhoto, table);

  const machine = [
    `- Run: ${new Date().toISOString()}${QUICK ? ' (--quick: fewer repetitions)' : ''}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}`,
    `- Node ${process.version}, Chromium ${chromiumVersion} (headless, Debian's), playwright-core ${versionOf('playwright-core')}`,
    `- lit ${versionOf('lit')}, ${[...new Set(peers.map((peer) => peer.package))].map((name) => `${name} ${versionOf(name)}`).join(', ')}`,
  ];
  const markdown = [
    '# npm run bench',
    '',
    'Written by `npm run bench` (bench/run.mjs). Every figure comes from the same run on the same machine.',
    '',
    ...machine,
    '',
    ...lines,
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results.md'), markdown);
  console.log(`\n${markdown}`);
}

await main();
