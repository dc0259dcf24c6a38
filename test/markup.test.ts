import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {StoryCard} from '../src/StoryCard.js';
import {storyFromArticle} from '../src/markup/story-from-article.js';
import {normalizeStory} from '../src/data/normalize-story.js';
import {$, $$, fetchSignals, fixtureUrl, shown, text} from './helpers.js';

const ARTICLE = `<article>
  <p class="kicker">World Cup 2018</p>
  <h2><a href="https://news.example/japan">Japan fans tidy up</a></h2>
  <p class="standfirst">After the final whistle.</p>
  <p class="byline">Jane Doe, <time datetime="2018-07-03">3 July 2018</time></p>
  <figure>
    <img src="/demo/images/japan-fans-rubbish-1-1024.jpg" width="1024" height="683" alt="Fans in blue">
    <figcaption>Japan fans collect rubbish. <small>Photo by Catherine Ivill/Getty Images</small></figcaption>
  </figure>
  <figure>
    <img src="/demo/images/kagawa-dejected-1024.jpg" width="1024" height="683" alt="A player on the pitch">
    <figcaption>Shinji Kagawa lies on the pitch. (Photo by Laurence Griffiths/Getty Images)</figcaption>
  </figure>
  <p>First paragraph.</p>
  <p>Second <a href="https://elsewhere.example">paragraph</a>.</p>
</article>`;

describe('a story from the markup the card wraps', () => {
  it('reads every part of the article', () => {
    const article = Object.assign(document.createElement('div'), {innerHTML: ARTICLE}).firstElementChild!;
    const result = normalizeStory(storyFromArticle(article), {baseUrl: 'https://partner.example/page'});
    expect(result.ok && result.story).to.deep.equal({
      kicker: 'World Cup 2018',
      headline: 'Japan fans tidy up',
      standfirst: 'After the final whistle.',
      byline: 'Jane Doe',
      datePublished: '2018-07-03',
      url: 'https://news.example/japan',
      body: ['First paragraph.', 'Second paragraph.'],
      photos: [
        {
          src: 'https://partner.example/demo/images/japan-fans-rubbish-1-1024.jpg',
          width: 1024,
          height: 683,
          alt: 'Fans in blue',
          caption: 'Japan fans collect rubbish.',
          credit: {photographer: 'Catherine Ivill', agency: 'Getty Images'},
        },
        {
          src: 'https://partner.example/demo/images/kagawa-dejected-1024.jpg',
          width: 1024,
          height: 683,
          alt: 'A player on the pitch',
          caption: 'Shinji Kagawa lies on the pitch.',
          credit: {photographer: 'Laurence Griffiths', agency: 'Getty Images'},
        },
      ],
    });
    expect(result.warnings).to.deep.equal([]);
  });

  it('builds the card from the markup once the element upgrades, and hides the markup', async () => {
    const card = await shown(await fixture<StoryCard>(html`<story-card .innerHTML=${ARTICLE}></story-card>`));
    expect(text(card, 'h2')).to.equal('Japan fans tidy up');
    expect($$(card, '[part=credit]').map((c) => c.textContent)).to.deep.equal([
      'Photo: Catherine Ivill/Getty Images',
      'Photo: Laurence Griffiths/Getty Images',
    ]);
    expect(card.querySelector('article')!.getBoundingClientRect().height).to.equal(0);
    await expect(card).to.be.accessible();
  });

  it('follows edits to the markup', async () => {
    const card = await shown(await fixture<StoryCard>(html`<story-card .innerHTML=${ARTICLE}></story-card>`));
    card.querySelector('h2 a')!.textContent = 'Edited headline';
    await waitUntil(() => text(card, 'h2') == 'Edited headline');
  });

  it('comes last: a JSON script or src wins over it', async () => {
    const card = await shown(
      await fixture<StoryCard>(
        html`<story-card .innerHTML=${`<script type="application/json">{"headline": "From JSON"}</script>${ARTICLE}`}></story-card>`
      )
    );
    expect(text(card, 'h2')).to.equal('From JSON');
  });

  it('names a figure without an image source in its warning, and keeps the rest', async () => {
    const result = normalizeStory(
      storyFromArticle(
        Object.assign(document.createElement('div'), {
          innerHTML: '<article><h2>H</h2><figure><img alt="x"><figcaption>C</figcaption></figure></article>',
        }).firstElementChild!
      )
    );
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['photos[0].src']);
  });
});

describe('many cards on one page', () => {
  it('fetch a story they share once, and each shows it', async () => {
    const src = fixtureUrl({delay: 100, body: JSON.stringify({headline: 'Shared'})});
    let cards: StoryCard[] = [];
    const calls = await fetchSignals(async () => {
      const page = await fixture(html`<div>${[1, 2, 3].map(() => html`<story-card src=${src}></story-card>`)}</div>`);
      cards = [...page.querySelectorAll('story-card')];
      await Promise.all(cards.map(shown));
    });
    expect(cards.map((card) => text(card, 'h2'))).to.deep.equal(['Shared', 'Shared', 'Shared']);
    expect(calls).to.have.length(1);
  });

  it('keep a shared request for the cards that still want it when one leaves', async () => {
    const src = fixtureUrl({delay: 200, body: JSON.stringify({headline: 'Still wanted'})});
    const page = await fixture(
      html`<div><story-card src=${src}></story-card><story-card src=${src}></story-card></div>`
    );
    const [leaving, staying] = [...page.querySelectorAll('story-card')];
    leaving.remove();
    await shown(staying);
    expect(text(staying, 'h2')).to.equal('Still wanted');
  });

  it('work independently: one card’s slide, error or rotation leaves the others alone', async () => {
    const story = {
      headline: 'H',
      photos: [1, 2, 3].map((n) => ({src: `/demo/images/kagawa-dejected-1024.jpg?i=${n}`, alt: ''})),
    };
    const page = await fixture(
      html`<div><story-card .story=${story}></story-card><story-card .story=${story}></story-card><story-card story="{broken"></story-card></div>`
    );
    const [first, second, broken] = [...page.querySelectorAll('story-card')];
    await Promise.all([first, second, broken].map(shown));
    first.show(2);
    await first.updateComplete;
    expect([first.index, second.index]).to.deep.equal([2, 0]);
    expect($(broken, '[part=error]') != null).to.equal(true);
    expect($(second, '[part=error]') == null).to.equal(true);
  });
});
