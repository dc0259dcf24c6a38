// renderStoryCard (story-card/ssr) and story-card-render, run in Node as a partner's
// server or site generator runs them. How the HTML looks and behaves in the browsers is
// test/ssr.test.ts's.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseHTML} from 'linkedom';
import {renderStoryCard, StoryCardRenderError} from 'story-card/ssr';

const CLI = fileURLToPath(new URL('../../bin/story-card-render.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../demo/stories/japan-fans-world-cup-2018.json', import.meta.url));
const seed = JSON.parse(readFileSync(SEED, 'utf8'));
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], {input, encoding: 'utf8'});

/** The rendered card read back: the shadow root's template, the light DOM's JSON and article. */
function read(html) {
  const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const card = document.querySelector('story-card');
  const template = card.querySelector(':scope > template[shadowrootmode="open"]');
  return {
    card,
    shadow: template.content ?? template,
    json: JSON.parse(card.querySelector(':scope > script[type="application/json"]').textContent),
    article: card.querySelector(':scope > article'),
  };
}

test('renders the card as Declarative Shadow DOM, with its styles, and the story beside it as JSON and as an article', async () => {
  const {card, shadow, json, article} = read(await renderStoryCard(seed, {baseUrl: 'https://news.example/stories/'}));
  assert.match(shadow.querySelector('style').textContent, /--story-card-color-accent/);
  assert.equal(shadow.querySelector('h2').textContent.trim(), seed.headline);
  assert.equal(shadow.querySelectorAll('.slide').length, 3);
  assert.match(shadow.querySelector('.credit').textContent, /Catherine Ivill\/Getty Images/);
  // Every photo has its image for a reader who swipes without a script, lazily.
  for (const photo of shadow.querySelectorAll('.slide img')) {
    assert.match(photo.getAttribute('src'), /^https:\/\/news\.example\/images\//);
    assert.equal(photo.getAttribute('loading'), 'lazy');
  }
  assert.equal(shadow.querySelectorAll('[inert]').length, 0);
  assert.equal(json.headline, seed.headline);
  assert.equal(json.photos[0].src, 'https://news.example/images/japan-fans-rubbish-1-2048.jpg');
  assert.equal(article.querySelector('h2').textContent, seed.headline);
  assert.equal(article.querySelectorAll('figure').length, 3);
  assert.equal(card.outerHTML.includes('lit-part'), false, 'no hydration markers');
});

test('keeps relative URLs relative to the page the card goes on, where no base is given', async () => {
  const photos = [
    {src: 'img/a.jpg', alt: 'A'},
    {src: '/img/b.jpg', alt: 'B'},
  ];
  const {json, shadow} = read(await renderStoryCard({headline: 'H', photos}));
  assert.deepEqual(
    json.photos.map((photo) => photo.src),
    ['img/a.jpg', '/img/b.jpg']
  );
  assert.deepEqual(
    [...shadow.querySelectorAll('.slide img')].map((img) => img.getAttribute('src')),
    ['img/a.jpg', '/img/b.jpg']
  );
  // A base that is a path is one on the page's site.
  const onSite = read(await renderStoryCard({headline: 'H', photos}, {baseUrl: '/stories/'}));
  assert.deepEqual(
    [...onSite.shadow.querySelectorAll('.slide img')].map((img) => img.getAttribute('src')),
    ['/stories/img/a.jpg', '/img/b.jpg']
  );
});

test('escapes what the story says: no text can end the script or add markup', async () => {
  const headline = '</script><img src=x onerror=alert(1)> & "quotes"';
  const html = await renderStoryCard({headline, body: ['<b>not bold</b>']});
  const {shadow, json} = read(html);
  assert.equal(json.headline, headline);
  assert.equal(shadow.querySelector('h2').textContent.trim(), headline);
  assert.equal(shadow.querySelector('img[onerror]'), null);
  assert.equal(html.includes('</script><img'), false);
});

test('reads NewsArticle JSON-LD and a saved article page through the card’s readers', async () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Caf&eacute; owners cheer',
    image: {
      '@type': 'ImageObject',
      url: 'https://img.example/1.jpg',
      caption: 'The caf&eacute;.',
      creditText: 'Jane Roe/AP',
    },
    articleBody: 'One.',
  };
  const fromJsonLd = read(await renderStoryCard(JSON.stringify(jsonLd)));
  assert.equal(fromJsonLd.json.headline, 'Café owners cheer');
  assert.match(fromJsonLd.shadow.querySelector('.credit').textContent, /Jane Roe\/AP/);
  const page = `<!doctype html><html><head><title>A page’s headline</title><link rel="canonical" href="https://news.example/a/page"></head>
    <body><article><h1>A page’s headline</h1><figure><img src="../photo.jpg" alt="A photo"><figcaption>A caption. Photo: Ann Lee/Reuters</figcaption></figure>
    <p>${'Text of the story. '.repeat(6)}</p><p>${'More of it. '.repeat(8)}</p></article></body></html>`;
  const fromPage = read(await renderStoryCard(page));
  assert.equal(fromPage.json.headline, 'A page’s headline');
  assert.equal(fromPage.json.photos[0].src, 'https://news.example/photo.jpg');
});

test('passes the options on as the card’s attributes and words', async () => {
  const {card, shadow} = read(await renderStoryCard(seed, {lang: 'ja', layout: 'wide', loop: true, thumbnails: true}));
  assert.equal(card.getAttribute('layout'), 'wide');
  assert.equal(card.hasAttribute('loop'), true);
  assert.equal(card.hasAttribute('thumbnails'), true);
  assert.ok(shadow.querySelector('.thumbnails'));
  assert.match(shadow.querySelector('.credit').textContent, /写真/);
});

test('asks for the first photo with the page for a card in the first screen', async () => {
  const html = await renderStoryCard(seed, {baseUrl: 'https://news.example/stories/', firstScreen: true});
  assert.match(
    html,
    /^<link rel="preload" as="image" href="https:\/\/news\.example\/images\/japan-fans-rubbish-1-2048\.jpg" imagesrcset="[^"]+1024w[^"]+" imagesizes="[^"]+" fetchpriority="high"><story-card>/
  );
  const {shadow} = read(html.slice(html.indexOf('<story-card>')));
  assert.deepEqual(
    [...shadow.querySelectorAll('.slide img')].map((img) => img.getAttribute('loading')),
    ['eager', 'lazy', 'lazy']
  );
  assert.doesNotMatch(await renderStoryCard(seed), /rel="preload"/);
});

test('refuses input with no story, saying why', async () => {
  await assert.rejects(renderStoryCard('{"headline": '), (error) => {
    assert.ok(error instanceof StoryCardRenderError);
    assert.match(error.problems[0], /not valid JSON/);
    return true;
  });
  await assert.rejects(renderStoryCard({photos: []}), /headline/);
  await assert.rejects(
    renderStoryCard('<!doctype html><title></title><div></div>'),
    /no headline, photo or text found/
  );
});

test('story-card-render prints the card, and what the story lacks on stderr', () => {
  const result = run([SEED, '--base-url', 'https://news.example/stories/']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /^<story-card><template shadowrootmode="open"|^<story-card><template shadowroot="open" shadowrootmode="open">/
  );
  const lacking = run(['-'], JSON.stringify({headline: 'H', photos: [{src: 'https://img.example/1.jpg', alt: 'A'}]}));
  assert.equal(lacking.status, 0, lacking.stderr);
  assert.match(lacking.stderr, /photos\[0\]\.credit: none found/);
  const broken = run(['-'], '{"headline": 1}');
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /^story-card-render: headline/m);
  assert.equal(broken.stdout, '');
});
