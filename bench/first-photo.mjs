// "First photo on screen": the partner page of section 8 on a throttled phone, each embed
// kind beside the same article as static HTML with no script. The page's first photo is
// on screen when it has arrived, is laid out in the first screen, and a frame has been
// painted since (the clock reads the frame after the one that first had it). The same
// probe, run from the page's first script, times every kind.
import {join} from 'node:path';
import {embedMarkup, escapeHtml, partnerPage} from './partner-page.mjs';
import {MODULE_DELAY, STORY_DELAY, lateStory} from './partner-shift.mjs';

// The partner page's story, as section 8 serves it (partnerRoutes), and as late.
const STORY_URL = `/__delay/${STORY_DELAY}/__story.json`;
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
  // A preload of the story in the snippet (README, "Load it fast"), which the card's
  // request takes over: to another origin both ask without cookies, as "same-origin".
  {name: 'story-card, src with a fetch preload of the story', kind: 'src-preload'},
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
      if (seen) { window.firstPhotoAt = now; console.log('first photo on screen'); return; }
      var img = firstPhoto();
      if (img && img.currentSrc && img.complete && img.naturalWidth > 0) {
        var box = img.getBoundingClientRect();
        seen = box.width > 0 && box.top < innerHeight;
      }
      requestAnimationFrame(look);
    });
  })();
</script>`;

/**
 * The same article as a well-made static page: each photo with the story's srcset and
 * sizes (so it downloads what the card's photo downloads), the first photo marked as the
 * page's most important image, the photos after it lazy.
 */
function staticArticle(story) {
  const figures = story.photos
    .map(
      (photo, i) =>
        `<figure><img src="${escapeHtml(photo.src)}" srcset="${escapeHtml(photo.srcset)}" sizes="${escapeHtml(photo.sizes)}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(photo.alt)}"${i ? ' loading="lazy"' : ' fetchpriority="high"'}><figcaption>${escapeHtml(photo.caption)}</figcaption></figure>`
    )
    .join('');
  return `<article><p class="kicker">${escapeHtml(story.kicker)}</p><h2>${escapeHtml(story.headline)}</h2><p class="standfirst">${escapeHtml(story.standfirst)}</p>${figures}${story.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>`;
}

/** Answers /first-photo?kind=…; false for any other path. Needs the built lib/ for the server-rendered kind. */
export async function firstPhotoRoutes(root) {
  const story = lateStory(root);
  const {renderStoryCard} = await import(join(root, 'lib/server/render-story-card.js'));
  // The card is in the partner page's first screen, and the partner's server says so.
  const rendered = await renderStoryCard(story, {firstScreen: true});
  return (path, query, response) => {
    if (path != '/first-photo') return false;
    const preload = query.get('kind') == 'src-preload';
    const kind = preload ? 'src' : query.get('kind');
    // A newsroom serves the story from its own origin, not the partner's: the same server
    // under the other loopback name.
    const storyUrl = `http://localhost:${query.get('port')}${STORY_URL}`;
    const html = partnerPage({
      module: kind == 'static' ? null : `/__delay/${MODULE_DELAY}/dist/story-card.js`,
      embed:
        kind == 'static'
          ? staticArticle(story)
          : kind == 'ssr'
            ? rendered
            : embedMarkup(kind, story, kind == 'src' ? storyUrl : STORY_URL),
      spaceCss: null,
      extraHead: `${preload ? `<link rel="preload" as="fetch" href="${storyUrl}" crossorigin="anonymous">` : ''}${PROBE}<style>article img{max-width:100%;height:auto}</style>`,
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
  const firstPhotoRequests = [];
  page.on('requestfinished', (request) => {
    if (!/rubbish-1-|story-card\.js|story\.json|first-photo\?/.test(request.url())) return;
    const t = request.timing();
    firstPhotoRequests.push(
      `${request.url().split('/').pop()} ${Math.round(t.startTime % 100000)}+${Math.round(t.responseEnd)}`
    );
  });
  try {
    // The probe says so on the console: polling for it (waitForFunction) would put
    // Playwright's own script of some 330 KB into the page while it loads, a fifth of a
    // second of the throttled main thread that held up every kind whose photo waits for
    // a script (seen in a trace between the story's arrival and the card's reading it).
    const onScreen = page.waitForEvent('console', {
      predicate: (message) => message.text() == 'first photo on screen',
      timeout: 60_000,
    });
    await page.goto(url);
    await onScreen;
    const at = await page.evaluate(() => window.firstPhotoAt);
    if (process.env.DEBUG_FIRST_PHOTO) console.log(url, Math.round(at), firstPhotoRequests);
    return at;
  } finally {
    await context.close();
  }
}
