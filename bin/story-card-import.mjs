#!/usr/bin/env node
// story-card-import: newsroom text, or publishers' saved article pages, in; story JSON out.
//   npx story-card-import story.txt [--headline "…"] [--photo URL]… > story.json
//   npx story-card-import page.html > story.json
//   npx story-card-import pages/*.html --out stories/
// What a story still lacks (a headline, photo URLs, alt texts, captions, credits) goes to
// stderr; for many pages, a table of them goes to stdout, and the run fails if any page
// has no story.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, dirname, extname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {storyFromNewsroomText} from '../lib/data/newsroom-text.js';
import {normalizeStory} from '../lib/data/normalize-story.js';
import {PLACEHOLDER_BASE, readStory} from '../lib/server/read-story.js';

const usage = `usage: story-card-import FILE|- [--headline TEXT] [--photo URL]… > story.json
       story-card-import PAGE.html > story.json
       story-card-import PAGE.html… --out DIR`;
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      headline: {type: 'string'},
      photo: {type: 'string', multiple: true},
      out: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
} catch (error) {
  console.error(`story-card-import: ${error.message}\n${usage}`);
  process.exit(2);
}
const {values, positionals} = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!positionals.length || (positionals.length > 1 && !values.out)) {
  console.error(positionals.length > 1 ? `story-card-import: several pages need --out DIR\n${usage}` : usage);
  process.exit(2);
}

if (values.out) await importPages(positionals, values.out);
else await importOne(positionals[0]);

/** A file's text as the card reads a page: valid UTF-8 is UTF-8, else the encoding its <meta charset> names. */
function readText(file) {
  const bytes = readFileSync(file == '-' ? 0 : file);
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const charset = bytes
      .subarray(0, 1024)
      .toString('latin1')
      .match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return new TextDecoder().decode(bytes);
    }
  }
}

async function importOne(file) {
  let text;
  try {
    text = readText(file);
  } catch (error) {
    console.error(`story-card-import: cannot read ${file}: ${error.message}`);
    process.exit(1);
  }
  if (!/^\s*</.test(text)) return importNewsroomText(text);
  const {story, errors, lacks} = await readPageOrExit(text);
  if (errors) {
    for (const line of errors) console.error(`story-card-import: ${line}`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  for (const line of lacks) console.error(`story-card-import: ${line}`);
}

function importNewsroomText(text) {
  const {headline, photo: photoUrls = []} = values;
  const story = storyFromNewsroomText(text, {headline, photoUrls});
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  // Check the result as the card will, relative URLs allowed, and say what to fill in. A
  // missing headline stops the card before it looks further, so it is checked apart.
  if (!story.headline) console.error('story-card-import: headline: required, and must not be empty');
  const result = normalizeStory({...story, headline: story.headline || 'headline'}, {baseUrl: PLACEHOLDER_BASE});
  for (const problem of result.warnings) console.error(`story-card-import: ${problem.path}: ${problem.message}`);
}

/**
 * Many saved pages, one story file each in `out` (named after the page), and a table of
 * what each page lacks. A page that cannot be read, or holds no story, is a row of the
 * table and a non-zero exit, never the end of the run.
 */
async function importPages(files, out) {
  mkdirSync(out, {recursive: true});
  const rows = [];
  const names = storyNames(files);
  let storyless = 0;
  for (const file of files) {
    let result;
    try {
      const text = readText(file);
      result = /^\s*</.test(text) ? await readPage(text) : {errors: ['not an HTML page']};
    } catch (error) {
      result = {errors: [`cannot be read: ${error.message}`]};
    }
    const name = names.get(file);
    if (result.story) writeFileSync(join(out, name), `${JSON.stringify(result.story, null, 2)}\n`);
    else storyless++;
    const {story} = result;
    rows.push([
      file,
      story ? name : '—',
      story ? String(story.photos.length) : '—',
      result.errors
        ? `no story: ${result.errors.join('; ')}`
        : result.lacks.map((line) => line.split(':')[0]).join(', ') || '—',
    ]);
  }
  printTable(['page', 'story', 'photos', 'lacks'], rows);
  console.log(`${files.length - storyless} of ${files.length} pages gave a story, written to ${out}`);
  if (storyless) process.exit(1);
}

/** Each page's story file: its own name, or with its folder's where two pages share a name (test-pages/aclu/source.html). */
function storyNames(files) {
  const base = (file) => basename(file, extname(file));
  const count = new Map();
  for (const file of files) count.set(base(file), (count.get(base(file)) ?? 0) + 1);
  const names = new Map();
  const taken = new Set();
  for (const file of files) {
    const plain = count.get(base(file)) > 1 ? `${basename(dirname(resolve(file)))}-${base(file)}` : base(file);
    let name = plain;
    for (let n = 2; taken.has(name); n++) name = `${plain}-${n}`;
    taken.add(name);
    names.set(file, `${name}.json`);
  }
  return names;
}

function printTable(head, rows) {
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i == cells.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log([line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
}

/**
 * The story of a saved page, read as the card reads one given as src (README, "A
 * publisher's article page as src"), and what it lacks; `errors` where it has none. A
 * page without a headline keeps its story, to be given one.
 */
async function readPage(html) {
  const result = await readStory(html);
  if (!result.ok) return {errors: result.errors};
  const {story, lacks, headlineFound} = result;
  if (!headlineFound) delete story.headline;
  return {story, lacks};
}

/** readPage, for one page: a missing linkedom is said once and ends the run. */
async function readPageOrExit(html) {
  try {
    return await readPage(html);
  } catch (error) {
    console.error(`story-card-import: ${error.message}`);
    process.exit(1);
  }
}
