// The embed builder: pasted text, JSON or JSON-LD in; a live card, its warnings and a
// snippet out. The conversion is the package's own (lib/, built by npm start).
import '../dist/story-card.js';
import {storyFromNewsroomText} from '../lib/data/newsroom-text.js';
import {EMBED_SPACE_CSS} from '../lib/embed/space.js';

const input = document.getElementById('input');
const headline = document.getElementById('headline');
const preview = document.getElementById('preview');
const problems = document.getElementById('problems');
const snippet = document.getElementById('snippet');
// The module, and the style that holds the card's space so the page does not move when it arrives.
const SCRIPT = `<script type="module" src="https://cdn.jsdelivr.net/npm/story-card@0.1.0/dist/story-card.js" integrity="sha384-CA16o6Jf4VZ33d6LzinnB5s3o2UqEazj9LkLdoy+3XyCUxwRJ6Uo0gDz31xH3zFH" crossorigin="anonymous"></script>\n<style>${EMBED_SPACE_CSS}</style>`;

const EXAMPLE_TEXT = `Japan fans collect rubbish from the stands following their side's defeat in the 2018 FIFA World Cup Russia Round of 16 match between Belgium and Japan at Rostov Arena on July 2, 2018 in Rostov-on-Don, Russia. (Photo by Catherine Ivill/Getty Images)

Shinji Kagawa of Japan lies on the pitch dejected following the match at Rostov Arena on July 2, 2018 in Rostov-on-Don, Russia. (Photo by Laurence Griffiths/Getty Images)

Japan were up 2–0 with 25 minutes left over the heavily favoured Belgium team. In those 25 minutes, Belgium scored three times.

Devastated fans also took time to clean up the trash in the arena, leaving virtually nothing behind.`;

const examples = {
  text: async () => EXAMPLE_TEXT,
  // Pasted JSON is read relative to this page, not to the story file it came from.
  json: async () =>
    (await (await fetch('stories/japan-fans-world-cup-2018.json')).text()).replaceAll('../images/', 'images/'),
  'json-ld': async () =>
    JSON.stringify(
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Japan fans clean the stands',
        description: 'After the final whistle at Rostov Arena.',
        image: [
          {
            '@type': 'ImageObject',
            contentUrl: 'images/japan-fans-rubbish-1-1024.jpg',
            width: 1024,
            height: 683,
            description: 'Fans gathering rubbish',
            caption: 'Japan fans collect rubbish from the stands.',
            creditText: 'Catherine Ivill/Getty Images',
          },
        ],
        articleBody: 'Devastated fans also took time to clean up the trash in the arena.',
      },
      null,
      2
    ),
};

function storyFromInput() {
  const text = input.value.trim();
  if (/^[[{]/.test(text)) return JSON.parse(text);
  const photoUrls = [
    'images/japan-fans-rubbish-1-1024.jpg',
    'images/kagawa-dejected-1024.jpg',
    'images/japan-fans-rubbish-2-1024.jpg',
  ];
  return storyFromNewsroomText(text, {headline: headline.value, photoUrls});
}

function update() {
  problems.replaceChildren();
  try {
    preview.story = storyFromInput();
  } catch (error) {
    preview.story = undefined;
    showProblems([`Not valid JSON: ${error.message}`]);
  }
}

function showProblems(lines) {
  if (!lines.length) return problems.replaceChildren();
  const list = document.createElement('ul');
  for (const line of lines) list.append(Object.assign(document.createElement('li'), {textContent: line}));
  problems.replaceChildren(Object.assign(document.createElement('p'), {textContent: 'Left out or to fix:'}), list);
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The HTML a CMS can paste: the same story, readable before and without JavaScript.
// Inside <story-card>, or (`markup`) in the div that sanitisers keep, for a site whose
// template loads the module: unindented and without blank lines, so Markdown keeps it.
function articleHtml(story, markup) {
  const [open, close, indent] = markup
    ? ['<div class="story-card-embed">', '</div>', '']
    : ['<story-card>', '</story-card>', '  '];
  const inside = [];
  if (story.kicker) inside.push(`<p class="kicker">${escapeHtml(story.kicker)}</p>`);
  const title = escapeHtml(story.headline);
  inside.push(`<h2>${story.url ? `<a href="${escapeHtml(story.url)}">${title}</a>` : title}</h2>`);
  if (story.standfirst) inside.push(`<p class="standfirst">${escapeHtml(story.standfirst)}</p>`);
  if (story.byline || story.datePublished) {
    const date = story.datePublished ? `<time datetime="${story.datePublished}">${story.datePublished}</time>` : '';
    inside.push(`<p class="byline">${escapeHtml(story.byline ?? '')}${story.byline && date ? ', ' : ''}${date}</p>`);
  }
  for (const photo of story.photos) {
    const size = photo.width && photo.height ? ` width="${photo.width}" height="${photo.height}"` : '';
    const credit = photo.credit
      ? ` <small>Photo: ${escapeHtml([photo.credit.photographer, photo.credit.agency].filter(Boolean).join('/'))}</small>`
      : '';
    inside.push(
      '<figure>',
      `${indent}<img src="${escapeHtml(photo.src)}"${size} alt="${escapeHtml(photo.alt)}">`,
      `${indent}<figcaption>${escapeHtml(photo.caption ?? '')}${credit}</figcaption>`,
      '</figure>'
    );
  }
  for (const paragraph of story.body) inside.push(`<p>${escapeHtml(paragraph)}</p>`);
  return [
    open,
    `${indent}<article>`,
    ...inside.map((line) => indent.repeat(2) + line),
    `${indent}</article>`,
    close,
  ].join('\n');
}

let shown;
function showSnippet() {
  if (!shown) return (snippet.textContent = '');
  const kind = document.querySelector('[name=kind]:checked').value;
  if (kind == 'markup') return (snippet.textContent = articleHtml(shown, true));
  snippet.textContent = `${SCRIPT}\n${kind == 'html' ? articleHtml(shown) : `<story-card story="${escapeHtml(JSON.stringify(preview.story))}"></story-card>`}`;
}

preview.addEventListener('story-card-load', (event) => {
  shown = event.detail.story;
  showProblems(event.detail.warnings.map((w) => `${w.path}: ${w.message}`));
  showSnippet();
});
preview.addEventListener('story-card-error', (event) => {
  shown = undefined;
  showProblems(event.detail.errors.map((e) => `${e.path}: ${e.message}`));
  showSnippet();
});

let timer;
for (const field of [input, headline])
  field.addEventListener('input', () => (clearTimeout(timer), (timer = setTimeout(update, 250))));
for (const radio of document.querySelectorAll('[name=kind]')) radio.addEventListener('change', showSnippet);
for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', async () => {
    input.value = await examples[button.dataset.example]();
    update();
  });
}
document.getElementById('copy').addEventListener('click', async () => {
  await navigator.clipboard.writeText(snippet.textContent).then(
    () => (document.getElementById('copied').textContent = 'Copied.'),
    () => (document.getElementById('copied').textContent = 'Select the snippet and copy it by hand.')
  );
});

input.value = EXAMPLE_TEXT;
update();
