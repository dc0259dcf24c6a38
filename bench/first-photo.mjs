// "First photo on screen": the partner page of section 8 on a throttled phone, each embed
// kind beside the same article as static HTML with no script. The page's first photo is
// on screen when it has arrived, is laid out in the first screen, and a frame has been
// painted since (the clock reads the frame after the one that first had it). The same
// probe, run from the page's first script, times every kind.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {articleMarkup, embedMarkup, partnerPage} from './partner-page.mjs';

const MODULE_DELAY = 300;
const STORY_DELAY = 500;
const PHOTO_DELAY = 1000;
/** A mid-range phone on slow 4G, as Lighthouse's mobile run has it. */
export const PHONE = {width: 412, height: 823, deviceScaleFactor: 2.625, cpuSlowdown: 4};
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export const FIRST_PHOTO_KINDS = [
  {name: 'static article, no script', kind: 'static'},
  {name: 'story-card, server-rendered', kind: 'ssr'},
  {name: 'story-card, CMS HTML block (article)', kind: 'article'},
  {name: 'story-card, markup embed', kind: 'markup'},
  {name: 'story-card, src', kind: 'src'},
];

// Runs before anything of the page: every frame, looks for the first photo of the page
// (in the card's shadow root, or the article's own) and keeps the time of the frame
// after the first one in which it was complete and in the first screen.
const PROBE = `<script>
  (function () {
    var seen = false;
    function firstPhoto() {
      var card = document.querySelector('story-card');
      var root = card && card.shadowRoot;
      return (root && root.querySelector('.slide img')) || document.querySelector('article img');
    }
    requestAnimationFrame(function look(now) {
      if (seen) { window.firstPhotoAt = now; return; }
      var img = firstPhoto();
      if (img && img.currentSrc && img.complete && img.naturalWidth > 0) {
        var box = img.getBoundingClientRect();
        seen = box.width > 0 && box.top < innerHeight;
      }
      requestAnimationFrame(look);
    });
  })();
</script>`;

/** The story with its photos (and, for `src`, itself) held back as from a real CDN. */
function lateStory(root) {
  const seed = JSON.parse(readFileSync(join(root, 'demo/stories/japan-fans-world-cup-2018.json'), 'utf8'));
  const late = (url) => url.replaceAll('../images/', `/__delay/${PHOTO_DELAY}/demo/images/`);
  return {...seed, photos: seed.photos.map((photo) => ({...photo, src: late(photo.src), srcset: late(photo.srcset)}))};
}

/** Answers /first-photo?kind=… (and its story); false for any other path. Needs the built lib/ for the server-rendered kind. */
export async function firstPhotoRoutes(root) {
  const story = lateStory(root);
  const {renderStoryCard} = await import(join(root, 'lib/server/render-story-card.js'));
  const rendered = await renderStoryCard(story);
  return (path, query, response) => {
    if (path == '/__first-photo-story.json') {
      response
        .writeHead(200, {'content-type': 'application/json', 'cache-control': 'no-store'})
        .end(JSON.stringify(story));
      return true;
    }
    if (path != '/first-photo') return false;
    const kind = query.get('kind');
    const html = partnerPage({
      module: kind == 'static' ? null : `/__delay/${MODULE_DELAY}/dist/story-card.js`,
      embed:
        kind == 'static'
          ? articleMarkup(story)
          : kind == 'ssr'
            ? rendered
            : embedMarkup(kind, story, `/__delay/${STORY_DELAY}/__first-photo-story.json`),
      spaceCss: null,
      extraHead: `${PROBE}<style>article img{max-width:100%;height:auto}</style>`,
    });
    response.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'}).end(html);
    return true;
  };
}

/** Milliseconds from navigation until the first photo is on screen, on the throttled phone. */
export async function firstPhotoTime(browser, url) {
  const context = await browser.newContext({
    viewport: {width: PHONE.width, height: PHONE.height},
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: PHONE.cpuSlowdown});
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.firstPhotoAt, null, {timeout: 60_000, polling: 100});
    return await page.evaluate(() => window.firstPhotoAt);
  } finally {
    await context.close();
  }
}
