// Pages with server-rendered cards, rendered on request by the package's own renderer
// (lib/server/, built by npm run build), from the test run's loopback server.
//
//   /ssr/page.html?story=PATH&module=1&tag=T&layout=…   one rendered card (module: with the bundle)
//   /ssr/live.html?story=PATH&tag=T&layout=…            the same story in a live card, for comparison
//   /ssr/requests?tag=T                                 how often each photo tagged T was asked for
//
// PATH is a story file of the repository. Its photos' URLs get ?tag=T, so that each test's
// photos are its own (never in the browser's cache from an earlier test) and counted.
import {readFileSync} from 'node:fs';
import {renderStoryCard} from '../../lib/server/render-story-card.js';

const requests = new Map();

// Counts every request of a rendered story's photo by its tag, then lets it be served.
export async function renderedPages(context, next) {
  const tag = context.query.tag;
  if (context.path.startsWith('/demo/images/') && tag) {
    const key = `${tag} ${context.path}`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    return next();
  }
  if (context.path == '/ssr/requests') {
    context.type = 'application/json';
    context.body = JSON.stringify(
      Object.fromEntries(
        [...requests].filter(([key]) => key.startsWith(`${tag} `)).map(([key, count]) => [key.split(' ')[1], count])
      )
    );
    return;
  }
  if (context.path != '/ssr/page.html' && context.path != '/ssr/live.html') return next();
  const {story: path = 'demo/stories/japan-fans-world-cup-2018.json', module, layout, lang = 'en'} = context.query;
  const story = taggedPhotos(JSON.parse(readFileSync(path, 'utf8')), tag);
  const baseUrl = new URL(`/${path}`, `http://${context.host}`).href;
  const card =
    context.path == '/ssr/page.html'
      ? await renderStoryCard(story, {baseUrl, layout, lang})
      : `<story-card${layout ? ` layout="${layout}"` : ''}><script type="application/json">${JSON.stringify(
          story
        ).replace(/</g, '\\u003c')}</script></story-card>`;
  const withModule = context.path == '/ssr/live.html' || module == '1';
  context.type = 'text/html';
  context.body = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A rendered card</title>
<style>body { margin: 0; padding: 8px; font: 16px/1.4 sans-serif; }</style>
<script>
  // What each frame shows, from before the module runs: how many headlines the card's
  // shadow root holds (0: empty, 2: content twice) and where its photo frame is.
  // WebKit attaches a declarative shadow root at its <template> tag and may run a frame
  // before the parser has reached the headline in it: such a frame is marked as parsing,
  // since a module script runs only once the parser is done.
  window.framesSeen = [];
  requestAnimationFrame(function look() {
    const root = document.querySelector('story-card')?.shadowRoot;
    const frame = root?.querySelector('.frame')?.getBoundingClientRect();
    window.framesSeen.push({parsing: document.readyState == 'loading', headlines: root ? root.querySelectorAll('h2').length : -1, frameTop: frame?.top, frameHeight: frame?.height});
    if (window.framesSeen.length < 600) requestAnimationFrame(look);
  });
</script>
</head>
<body>
<main>${card}</main>
${withModule ? '<script type="module" src="/dist/story-card.js"></script>' : ''}
</body>
</html>`;
}

function taggedPhotos(story, tag) {
  if (!tag) return story;
  const tagged = (url) => (url.includes('?') ? `${url}&tag=${tag}` : `${url}?tag=${tag}`);
  return {
    ...story,
    photos: story.photos.map((photo) => ({
      ...photo,
      src: tagged(photo.src),
      ...(photo.srcset && {
        srcset: photo.srcset
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, tagged))
          .join(', '),
      }),
    })),
  };
}
