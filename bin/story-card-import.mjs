#!/usr/bin/env node
// story-card-import: newsroom text in, story JSON out.
//   npx story-card-import story.txt [--headline "…"] [--photo URL]… > story.json
// What the story still lacks (a headline, photo URLs, alt texts) goes to stderr.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {storyFromNewsroomText} from '../lib/data/newsroom-text.js';
import {normalizeStory} from '../lib/data/normalize-story.js';

const usage = 'usage: story-card-import FILE|- [--headline TEXT] [--photo URL]… > story.json';
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
  text = readFileSync(file == '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`story-card-import: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
const story = storyFromNewsroomText(text, {headline, photoUrls});
process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);

// Check the result as the card will, relative URLs allowed, and say what to fill in. A
// missing headline stops the card before it looks further, so it is checked apart.
if (!story.headline) console.error('story-card-import: headline: required, and must not be empty');
const result = normalizeStory({...story, headline: story.headline || 'headline'}, {baseUrl: 'https://story-card.invalid/'});
for (const problem of result.warnings) console.error(`story-card-import: ${problem.path}: ${problem.message}`);
