// The README's embeds, pasted into real content pipelines (WordPress's own formatting,
// DOMPurify, sanitize-html, js-xss, markdown-it) as an editor would, then rendered as
// the site shows them: a page whose template loads the module and the space-holding
// <style>. Each comes out as a card, or as a story a reader can still read beside a
// console message that says what happened; never as a silently empty box.
import {expect, waitUntil} from '@open-wc/testing';
import DOMPurify from 'dompurify';
import {EMBED_SPACE_CSS} from '../src/embed/space.js';
import {SEED_URL, consoleCalls, pause} from './helpers.js';
import {upgradeEmbeds} from '../src/embed/upgrade-embeds.js';
import type {StoryCard} from '../src/StoryCard.js';

type Pipeline = (html: string) => Promise<string> | string;

/** Runs in Node (test/cms/pipelines.mjs), with the pipeline's own code. */
const inNode =
  (name: string): Pipeline =>
  async (html) => {
    const answer = await fetch(`/cms?pipeline=${encodeURIComponent(name)}`, {method: 'POST', body: html});
    if (!answer.ok) throw new Error(`${name}: ${answer.status} ${await answer.text()}`);
    return answer.text();
  };

const PIPELINES: Record<string, Pipeline> = {
  'WordPress classic editor, administrator': inNode('WordPress classic editor, administrator'),
  'WordPress classic editor, author (wp_kses_post)': inNode('WordPress classic editor, author (wp_kses_post)'),
  'DOMPurify, defaults': (html) => DOMPurify.sanitize(html),
  'DOMPurify, <story-card> allowed': (html) =>
    DOMPurify.sanitize(html, {
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: /^story-card$/,
        attributeNameCheck: /^(src|story|layout|theme|loop|autoplay|thumbnails)$/,
      },
    }),
  'sanitize-html, defaults': inNode('sanitize-html, defaults'),
  'xss, defaults': inNode('xss, defaults'),
  'markdown-it, html: true': inNode('markdown-it, html: true'),
};

/**
 * The README's HTML snippets, each as pasted whole and as the element alone (the site's
 * template has the script and the style). Its example hosts become this server's paths,
 * so that nothing leaves the machine: the story's URL the seed's, the rest a 404.
 */
async function readmeSnippets() {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map(([, block]) => block)
    .filter((block) => /story-card/.test(block));
  const local = (html: string) =>
    html
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/story-card@[^/]+\/dist\/story-card\.js/g, '/dist/story-card.js')
      .replaceAll('https://news.example/stories/japan-fans.json', SEED_URL)
      .replaceAll('https://news.example/', '/test/cms/not-here/');
  return blocks.flatMap((block) => {
    const alone = block.replace(/^<script type="module".*<\/script>\n|^<style>.*<\/style>\n/gm, '');
    const name = embedName(alone);
    return alone == block
      ? [[name, local(block)]]
      : [
          [`${name}, whole`, local(block)],
          [`${name}, element alone`, local(alone)],
        ];
  });
}

const embedName = (html: string) =>
  html.includes('class="story-card-embed"')
    ? 'markup embed'
    : html.includes('<article>')
      ? 'CMS HTML block'
      : html.includes('application/json')
        ? 'JSON script'
        : html.includes(' story=')
          ? 'story attribute'
          : 'src';

type Outcome = 'card' | 'readable' | 'lost' | 'empty box';

/** Shows `body` as the site would, and says what a reader gets from it. */
async function render(body: string): Promise<{outcome: Outcome; messages: string[]; page: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 900px; border: 0';
  // The console is recorded from before the module runs.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.messages = []; for (const m of ['warn', 'error']) console[m] = (...args) => messages.push(args.join(' '));</script>
<style>${EMBED_SPACE_CSS}</style><script type="module" src="/dist/story-card.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const page = frame.contentDocument!;
    const win = frame.contentWindow as Window & {messages: string[]};
    await waitUntil(() => win.customElements.get('story-card'), 'the module never ran', {timeout: 4000});
    const cards = () => [...page.querySelectorAll('story-card')];
    const settled = (card: Element) => card.shadowRoot?.querySelector('h2, [part=error]');
    // Until every card shows its story or an error, or has said why it has neither.
    await waitUntil(
      () => cards().every((card) => settled(card)) || win.messages.length,
      'a card neither settled nor spoke',
      {timeout: 4000}
    ).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const messages = [...win.messages];
    const visibleText = page.body.innerText;
    const shown = cards().some((card) =>
      /spotless dressing room/.test(card.shadowRoot?.querySelector('h2')?.textContent ?? '')
    );
    const silentlyEmpty = cards().some((card) => !settled(card)) && !messages.length;
    const outcome: Outcome = shown
      ? 'card'
      : silentlyEmpty
        ? 'empty box'
        : /spotless dressing room/.test(visibleText)
          ? 'readable'
          : 'lost';
    return {outcome, messages, page};
  } finally {
    frame.remove();
  }
}

describe('an embed through a CMS', function () {
  this.timeout(120000);

  it('never leaves a silently empty card; markup embeds stay readable everywhere and are cards in most pipelines', async () => {
    const snippets = await readmeSnippets();
    expect(snippets.length, 'the README’s snippets').to.be.at.least(6);
    const matrix: Record<string, Record<string, Outcome>> = {};
    const failures: string[] = [];
    for (const [name, snippet] of snippets) {
      matrix[name] = {};
      for (const [pipeline, run] of Object.entries(PIPELINES)) {
        const {outcome, messages} = await render(await run(snippet));
        matrix[name][pipeline] = outcome;
        if (outcome == 'empty box') failures.push(`${name} through ${pipeline}: a silently empty card`);
        // Story markup that a reader could read before the pipeline is readable after it.
        else if (snippet.includes('<article>') && outcome == 'lost')
          failures.push(`${name} through ${pipeline}: the story is lost (${messages.join(' | ')})`);
      }
    }
    console.log(
      [
        '| snippet | ' + Object.keys(PIPELINES).join(' | ') + ' |',
        '| --- '.repeat(Object.keys(PIPELINES).length + 1) + '|',
      ]
        .concat(Object.entries(matrix).map(([name, row]) => `| ${name} | ${Object.values(row).join(' | ')} |`))
        .join('\n')
    );
    const markupEmbeds = Object.entries(matrix).filter(([name]) => name.startsWith('markup embed'));
    expect(markupEmbeds.length, 'the README’s markup embed').to.be.at.least(1);
    for (const [name, row] of markupEmbeds) {
      if (Object.values(row).filter((outcome) => outcome == 'card').length < 5)
        failures.push(`${name} is a card in fewer than 5 pipelines`);
    }
    expect(failures).to.deep.equal([]);
  });
});

const ARTICLE =
  '<article><h2>Japan leave a spotless dressing room</h2><p>The biggest sports tournament in the world.</p></article>';

describe('a card a CMS broke', () => {
  it('takes back the <article> that a <p> around it pushed out, and says why', async () => {
    // What wpautop writes around a CMS HTML block: the parser closes the card at </p>.
    const {outcome, messages} = await render(
      `<p><story-card></p>${ARTICLE}<p></story-card></p><p id="after">After.</p>`
    );
    expect(outcome).to.equal('card');
    expect(messages, messages.join(' | ')).to.have.length(1);
    expect(messages[0]).to.match(/<article> came after it, as a <p> was written around it.*story-card-embed/);
  });

  it('says once, naming the likely cause and the fix, when it is left without a story', async () => {
    const {outcome, messages} = await render(`<story-card></story-card><p>${ARTICLE}</p>`);
    expect(outcome).to.equal('readable');
    expect(messages).to.deep.equal([
      '<story-card>: no story, src, JSON script or <article> (a sanitiser may have removed it). In a CMS, use <div class="story-card-embed"> (README, "In your CMS").',
    ]);
  });

  it('says nothing of a card that a script gives its story right after adding it', async () => {
    const calls = await consoleCalls('error', async () => {
      const card = document.createElement('story-card') as StoryCard;
      document.body.append(card);
      card.story = {headline: 'Given by a framework'};
      await pause(50);
      card.remove();
    });
    expect(calls).to.deep.equal([]);
  });
});

describe('the markup embed', () => {
  it('becomes a <story-card> in its place, with its data-* attributes as the card’s', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<p>Before.</p><div class="story-card-embed" data-layout="compact" data-loop="" data-onclick="window.clicked = true" data-style="display: none">${ARTICLE}</div><p>After.</p>`;
    document.body.append(host);
    try {
      upgradeEmbeds();
      const card = host.querySelector('story-card') as StoryCard;
      expect(host.querySelector('.story-card-embed')).to.equal(null);
      expect([card.previousElementSibling!.textContent, card.nextElementSibling!.textContent]).to.deep.equal([
        'Before.',
        'After.',
      ]);
      expect([card.layout, card.loop]).to.deep.equal(['compact', true]);
      // What sanitisers keep because it is inert stays inert: no handler, no style.
      expect(card.getAttributeNames().sort()).to.deep.equal(['layout', 'loop']);
      await waitUntil(() => card.shadowRoot?.querySelector('h2'), 'no story');
      expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Japan leave a spotless dressing room');
    } finally {
      host.remove();
    }
  });

  it('can name a src instead of carrying the story', async () => {
    const {outcome} = await render(`<div class="story-card-embed" data-src="${SEED_URL}"></div>`);
    expect(outcome).to.equal('card');
  });
});
