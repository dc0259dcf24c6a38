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
import {factTable} from '../test/corpus/check-facts.mjs';
import {normalizeStory} from '../lib/data/normalize-story.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const {values} = parseArgs({options: {facts: {type: 'string'}}});
const {pages} = JSON.parse(readFileSync(values.facts ?? `${ROOT}test/corpus/facts.json`, 'utf8'));
if (!existsSync(`${ROOT}node_modules/.cache/corpus`))
  throw new Error('no corpus: run bash test/corpus/install-corpus.sh');
if (!existsSync(`${ROOT}lib/server/read-story.js`)) throw new Error('no lib/: run npm run build');

for (const heldOut of [false, true]) {
  const chosen = pages.filter((facts) => !!facts.heldOut == heldOut);
  if (!chosen.length) continue;
  const results = chosen.map((facts) => {
    const run = spawnSync(
      process.execPath,
      [`${ROOT}bin/story-card-import.mjs`, `${ROOT}node_modules/.cache/corpus/${facts.page}`],
      {encoding: 'utf8'}
    );
    const read = run.status == 0 && normalizeStory(JSON.parse(run.stdout), {baseUrl: 'https://story-card.invalid/'});
    return {facts, story: read?.ok ? read.story : undefined, note: run.status == 0 ? undefined : run.stderr.trim()};
  });
  const pagesOf = heldOut ? 'held-out pages (no rule is fitted to them)' : 'pages the readers may be fitted to';
  console.log(
    factTable(`story-card-import: ${chosen.length} ${pagesOf}`, 'the story file has it', results, {
      listMisses: !heldOut,
    })
  );
}
