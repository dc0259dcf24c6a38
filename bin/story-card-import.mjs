#!/usr/bin/env node
// story-card-import: newsroom text, or a publisher's saved article page, in; story JSON out.
//   npx story-card-import story.txt [--headline "…"] [--photo URL]… > story.json
//   npx story-card-import page.html > story.json
// What the story still lacks (a headline, photo URLs, alt texts, captions, credits) goes to stderr.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {storyFromNewsroomText} from '../lib/data/newsroom-text.js';
import {normalizeStory} from '../lib/data/normalize-story.js';
import {storyFromPage} from '../lib/markup/story-from-page.js';

const PLACEHOLDER_BASE = 'https://story-card.invalid/';

const usage =
  'usage: story-card-import FILE|- [--headline TEXT] [--photo URL]… > story.json\n       story-card-import PAGE.html > story.json';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {headline: {type: 'string'}, photo: {type: 'string', multiple: true}, help: {type: 'boolean', short: 'h'}},
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
if (positionals.length != 1) {
  console.error(usage);
  process.exit(2);
}
const [file] = positionals;
const {headline, photo: photoUrls = []} = values;

let text;
try {
  const bytes = readFileSync(file == '-' ? 0 : file);
  // As the card reads a page: valid UTF-8 is UTF-8, else the encoding its <meta charset> names.
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const charset = bytes
      .subarray(0, 1024)
      .toString('latin1')
      .match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
    try {
      text = new TextDecoder(charset).decode(bytes);
    } catch {
      text = new TextDecoder().decode(bytes);
    }
  }
} catch (error) {
  console.error(`story-card-import: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
if (/^\s*</.test(text)) await importPage(text);
else importNewsroomText(text);

function importNewsroomText(text) {
  const story = storyFromNewsroomText(text, {headline, photoUrls});
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  // Check the result as the card will, relative URLs allowed, and say what to fill in. A
  // missing headline stops the card before it looks further, so it is checked apart.
  if (!story.headline) console.error('story-card-import: headline: required, and must not be empty');
  const result = normalizeStory({...story, headline: story.headline || 'headline'}, {baseUrl: PLACEHOLDER_BASE});
  for (const problem of result.warnings) console.error(`story-card-import: ${problem.path}: ${problem.message}`);
}

// A saved article page is read as the card reads one given as src (README, "A
// publisher's article page as src"), in a DOM that Node has not: linkedom's.
async function importPage(html) {
  let DOMParser;
  try {
    ({DOMParser} = await import('linkedom'));
  } catch {
    console.error('story-card-import: reading an HTML page needs linkedom: npm install linkedom');
    process.exit(1);
  }
  // Named entities left in the page's JSON-LD text, read by linkedom's parser as the card reads them by the browser's.
  const decodeEntity = (entity) =>
    new DOMParser().parseFromString(`<p>${entity}</p>`, 'text/html').querySelector('p').textContent;
  const {story: found, canonical} = storyFromPage(new DOMParser().parseFromString(html, 'text/html'), decodeEntity);
  const base = canonical && URL.canParse(canonical) ? canonical : PLACEHOLDER_BASE;
  const result = normalizeStory({...found, headline: found.headline || 'headline'}, {baseUrl: base, decodeEntity});
  if (!result.ok) {
    for (const problem of result.errors) console.error(`story-card-import: ${problem.path}: ${problem.message}`);
    process.exit(1);
  }
  const {story} = result;
  if (!found.headline) delete story.headline;
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  // What the page did not give, for the editor to fill in.
  const missing = [
    !found.headline && 'headline: none found (no JSON-LD article, og:title, <title> or h1)',
    !story.photos.length && 'photos: none found',
    !story.datePublished && 'datePublished: none found',
    !story.byline && 'byline: none found',
    ...story.photos.flatMap((photo, i) => [
      !photo.caption && `photos[${i}].caption: none found`,
      !photo.credit && `photos[${i}].credit: none found`,
    ]),
  ].filter(Boolean);
  for (const line of [...missing, ...result.warnings.map((problem) => `${problem.path}: ${problem.message}`)])
    console.error(`story-card-import: ${line}`);
}
