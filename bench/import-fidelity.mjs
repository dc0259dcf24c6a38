// What story-card-import (Node, linkedom) reads of the corpus's real pages, against the
// facts a careful editor finds on them: the table of bench/fidelity.mjs, for the story
// files a newsroom converts in Node rather than the cards a browser shows. Each story
// is loaded as a card loads story JSON (normalizeStory). Held-out pages give their totals
// only, never their misses.
//   node bench/import-fidelity.mjs                                          # test/corpus/facts.json
//   node bench/import-fidelity.mjs --facts test/corpus/unseen-facts.json   # the pages no rule was written from
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {checkFacts} from '../test/corpus/check-facts.mjs';
import {normalizeStory} from '../lib/data/normalize-story.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const {values} = parseArgs({options: {facts: {type: 'string'}}});
const {pages} = JSON.parse(readFileSync(values.facts ?? `${ROOT}test/corpus/facts.json`, 'utf8'));
if (!existsSync(`${ROOT}node_modules/.cache/corpus`))
  throw new Error('no corpus: run bash test/corpus/install-corpus.sh');
if (!existsSync(`${ROOT}lib/server/read-story.js`)) throw new Error('no lib/: run npm run build');

const KINDS = ['headline', 'photo', 'caption', 'credit', 'furniture left out', 'clean text'];
for (const heldOut of [false, true]) {
  const chosen = pages.filter((facts) => !!facts.heldOut == heldOut);
  if (!chosen.length) continue;
  const totals = Object.fromEntries(KINDS.map((kind) => [kind, [0, 0]]));
  let shown = 0;
  const misses = [];
  for (const facts of chosen) {
    const run = spawnSync(
      process.execPath,
      [`${ROOT}bin/story-card-import.mjs`, `${ROOT}node_modules/.cache/corpus/${facts.page}`],
      {encoding: 'utf8'}
    );
    let story;
    if (run.status == 0) {
      const result = normalizeStory(JSON.parse(run.stdout), {baseUrl: 'https://story-card.invalid/'});
      if (result.ok) story = result.story;
    }
    if (story) shown++;
    for (const verdict of checkFacts(facts, story)) {
      totals[verdict.kind][1]++;
      if (verdict.ok) totals[verdict.kind][0]++;
      else
        misses.push(
          `${facts.page}: ${verdict.kind} ${JSON.stringify(verdict.expected ?? '')}, found ${JSON.stringify(verdict.found)?.slice(0, 200)}`
        );
    }
  }
  console.log(
    `\nstory-card-import: ${chosen.length} ${heldOut ? 'held-out pages (no rule is fitted to them)' : 'pages the readers may be fitted to'}\n`
  );
  console.log('| what the page has | the story file has it |\n| --- | --- |');
  console.log(`| a story at all | ${shown} of ${chosen.length} |`);
  for (const kind of KINDS) console.log(`| ${kind} | ${totals[kind][0]} of ${totals[kind][1]} |`);
  if (misses.length && !heldOut) console.log(`\nMissed:\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
}
