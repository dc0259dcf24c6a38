// "Layout shift on a partner page": the page a partner publishes (bench/partner-page.mjs)
// with the card in its first screen, the module 300 ms late, the story 500 ms late and
// the photos 1 s late, as from a real CDN. Chromium's layout-shift entries, added up as
// Lighthouse and Search Console do (leaving out those after input), and Lighthouse's
// own mobile run of the same pages.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {EMBED_KINDS, embedMarkup, partnerPage} from './partner-page.mjs';
import {CHROMIUM_ARGS} from '../test/browser-paths.mjs';

export const WIDTHS = [360, 412, 768, 1280];
export const MODULE_DELAY = 300;
export const STORY_DELAY = 500;
export const PHOTO_DELAY = 1000;

/** The seed story with its photos held back by the bench server (served as /__story.json). */
export function lateStory(root) {
  const seed = JSON.parse(readFileSync(join(root, 'demo/stories/japan-fans-world-cup-2018.json'), 'utf8'));
  const late = (url) => url.replace('../images/', `/__delay/${PHOTO_DELAY}/demo/images/`);
  return {
    ...seed,
    photos: seed.photos.map((photo) => ({
      ...photo,
      src: late(photo.src),
      srcset: photo.srcset.replaceAll('../images/', `/__delay/${PHOTO_DELAY}/demo/images/`),
    })),
  };
}

/** Answers the partner pages' URLs; false for any other path. */
export function partnerRoutes(root, spaceCss) {
  const seed = lateStory(root);
  return (path, query, response) => {
    if (path == '/__story.json') {
      response
        .writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          // The first-photo pages read it from another origin, as a newsroom serves it.
          'access-control-allow-origin': '*',
        })
        .end(JSON.stringify(seed));
      return true;
    }
    if (path != '/partner') return false;
    const kind = query.get('kind');
    const peer = query.get('peer');
    let html;
    if (peer) {
      // A peer's carousel of the same three photos, mounted by its module when that arrives.
      const mount = `<script type="module">setTimeout(async () => {
        const {photos} = await import('/bench/adapters/common.js');
        const adapter = (await import('/bench/.build/${peer}.js')).default;
        for (const href of ${JSON.stringify(JSON.parse(query.get('css') ?? '[]'))}) document.head.append(Object.assign(document.createElement('link'), {rel: 'stylesheet', href}));
        adapter.mount(document.getElementById('embed'), photos(3, 'partner').map((photo) => ({...photo, src: '/__delay/${PHOTO_DELAY}' + photo.src})));
      }, ${MODULE_DELAY});</script>`;
      html = partnerPage({
        module: null,
        embed: '<div id="embed" class="bench-card-slot"></div>',
        spaceCss: null,
        extraHead: `<style>.bench-card img{display:block;width:100%;height:auto}</style>${mount}`,
      });
    } else {
      const src = query.get('error')
        ? `/__delay/${STORY_DELAY}/missing-story.json`
        : `/__delay/${STORY_DELAY}/__story.json`;
      html = partnerPage({
        module: `/__delay/${MODULE_DELAY}/dist/story-card.js`,
        embed: embedMarkup(kind, seed, src),
        spaceCss: query.get('space') == '0' ? null : spaceCss,
      });
    }
    response.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'}).end(html);
    return true;
  };
}

/** The rows measured: each embed kind with the README's style, the shortest snippet without it, an error, and each peer. */
export function partnerCases(peers) {
  return [
    ...EMBED_KINDS.map((kind) => ({name: `story-card, ${kind} embed`, query: `kind=${kind}`})),
    {name: 'story-card, src embed without the <style>', query: 'kind=src&space=0'},
    {name: 'story-card, src embed, the story is a 404', query: 'kind=src&error=1'},
    ...peers
      .filter((peer) => peer.id != 'story-card')
      .map((peer) => ({name: peer.name, query: `peer=${peer.id}&css=${encodeURIComponent(JSON.stringify(peer.css))}`})),
  ];
}

/** The page's layout shift total, once everything has arrived and settled. */
export async function layoutShift(browser, url, width) {
  const context = await browser.newContext({viewport: {width, height: 823}});
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(url);
  await page.waitForTimeout(MODULE_DELAY + STORY_DELAY + PHOTO_DELAY + 1200);
  const shift = await page.evaluate(() => window.__shift);
  await context.close();
  return shift;
}

/** Lighthouse's mobile run (its defaults: a mid-range phone, simulated slow 4G) of `url`. */
export async function lighthouseRun(url, chromePath) {
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const {lhr} = await lighthouse(url, {port: chrome.port, onlyCategories: ['performance'], logLevel: 'error'});
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      performance: lhr.categories.performance.score,
      cls: audit('cumulative-layout-shift'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
    };
  } finally {
    await chrome.kill();
  }
}
