// The fidelity table over the corpus of real publishers' pages (test/corpus/): how many of
// the facts a careful editor finds on them (facts.json) a card shows, in Chromium, for
// two embeds: the page itself as src, and the page's own <article> wrapped in the card
// (the markup embed). Any bundle can be measured, so that a change can be compared with
// the release before it:
//
//   node bench/fidelity.mjs                       # dist/story-card.js
//   node bench/fidelity.mjs --facts test/corpus/unseen-facts.json   # the pages no rule was written from
//   git show v0.1.0:dist/story-card.js > /tmp/before.js && node bench/fidelity.mjs --bundle /tmp/before.js
//
// Held-out pages give their totals only, never their misses. The pages come from bash
// test/corpus/install-corpus.sh. Serves them on loopback only.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {factTable} from '../test/corpus/check-facts.mjs';
import {CHROME_PATH, CHROMIUM_ARGS} from '../test/browser-paths.mjs';

const {values} = parseArgs({
  options: {
    bundle: {type: 'string', default: 'dist/story-card.js'},
    facts: {type: 'string'},
  },
});
const CORPUS = new URL('../node_modules/.cache/corpus/', import.meta.url);
const {pages} = JSON.parse(
  await readFile(values.facts ?? new URL('../test/corpus/facts.json', import.meta.url), 'utf8')
);
const bundle = await readFile(values.bundle);

// The partner's page: the card, made from the corpus page by the route asked for.
const PARTNER = `<!doctype html><meta charset="utf-8"><script type="module" src="/story-card.js"></script><body><script type="module">
  const params = new URLSearchParams(location.search);
  const src = '/corpus/' + params.get('page');
  const card = document.createElement('story-card');
  if (params.get('embed') == 'src') card.setAttribute('src', src);
  else {
    const page = new DOMParser().parseFromString(await (await fetch(src)).text(), 'text/html');
    const article = [...page.querySelectorAll('article')].find((a) => !a.parentElement.closest('article'));
    if (!article) { window.result = {none: 'no <article> on the page'}; throw 0; }
    card.append(document.importNode(article, true));
  }
  const done = (result) => (window.result ??= result);
  card.addEventListener('story-card-load', (e) => done({story: e.detail.story}));
  card.addEventListener('story-card-error', (e) => done({errors: e.detail.errors}));
  setTimeout(() => done({errors: [{message: 'no story-card-load or story-card-error within 10 s'}]}), 10000);
  document.body.append(card);
</script>`;

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  try {
    if (url.pathname == '/story-card.js')
      return response.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
    if (url.pathname == '/partner') return response.writeHead(200, {'content-type': 'text/html'}).end(PARTNER);
    if (url.pathname.startsWith('/corpus/')) {
      const file = new URL(decodeURIComponent(url.pathname.slice(8)), CORPUS);
      if (!file.href.startsWith(CORPUS.href)) throw new Error('outside the corpus');
      // (Read before the head is written: a page's image that is not in the corpus is a 404.)
      const page = await readFile(file);
      return response.writeHead(200, {'content-type': 'text/html'}).end(page);
    }
  } catch {
    // Falls through to 404.
  }
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROMIUM_ARGS,
});

try {
  for (const [embed, heldOut] of [
    ['src', false],
    ['src', true],
    ['markup', false],
    ['markup', true],
  ]) {
    const results = [];
    for (const facts of pages.filter((facts) => !!facts.heldOut == heldOut)) {
      const page = await browser.newPage();
      // No request leaves the machine: the pages' photos and scripts live elsewhere.
      await page.route(
        (url) => !url.href.startsWith(origin),
        (route) => route.abort()
      );
      await page.goto(`${origin}/partner?embed=${embed}&page=${encodeURIComponent(facts.page)}`);
      const result = await page.waitForFunction(() => window.result).then((handle) => handle.jsonValue());
      await page.close();
      if (!result.none)
        results.push({facts, story: result.story, note: result.errors?.map((e) => e.message).join('; ')});
    }
    if (!results.length) continue;
    const embedded = embed == 'src' ? 'src (the page itself)' : 'the page’s own <article> wrapped in the card';
    const pagesOf = heldOut ? 'held-out pages (no rule is fitted to them)' : 'pages the readers may be fitted to';
    console.log(
      factTable(
        `${values.bundle}, embedded as ${embedded}: ${results.length} ${pagesOf}`,
        'the card shows it',
        results,
        {
          listMisses: !heldOut,
        }
      )
    );
  }
} finally {
  await browser.close();
  server.close();
}
