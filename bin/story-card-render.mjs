#!/usr/bin/env node
// story-card-render: a story (JSON), NewsArticle JSON-LD or a saved article page in; the
// HTML of a server-rendered <story-card> out, to paste into a page or a template
// (README, "Render it on your server").
//   npx story-card-render story.json [--base-url URL] [--lang ja] > card.html
// What the story lacks (photos, captions, credits…) goes to stderr, as story-card-import says it.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

const usage =
  'usage: story-card-render FILE|- [--base-url URL] [--lang LANG] [--layout compact|standard|wide] > card.html';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'base-url': {type: 'string'},
      lang: {type: 'string'},
      layout: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
} catch (error) {
  console.error(`story-card-render: ${error.message}\n${usage}`);
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

let renderStoryCard, StoryCardRenderError;
try {
  ({renderStoryCard, StoryCardRenderError} = await import('../lib/server/render-story-card.js'));
} catch (error) {
  console.error(
    `story-card-render: rendering needs Lit's server renderer: npm install @lit-labs/ssr linkedom (${error.message})`
  );
  process.exit(1);
}

const [file] = positionals;
let text;
try {
  text = readFileSync(file == '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`story-card-render: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
try {
  const html = await renderStoryCard(text, {
    baseUrl: values['base-url'],
    lang: values.lang,
    layout: values.layout,
    onWarning: (line) => console.error(`story-card-render: ${line}`),
  });
  process.stdout.write(`${html}\n`);
} catch (error) {
  if (!(error instanceof StoryCardRenderError)) throw error;
  for (const line of error.problems) console.error(`story-card-render: ${line}`);
  process.exit(1);
}
