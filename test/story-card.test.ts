import {expect, fixture, html, waitUntil, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {StoryCard} from '../src/StoryCard.js';
import {
  $,
  $$,
  SEED_URL,
  consoleCalls,
  fetchSignals,
  fixtureUrl,
  mountWith,
  pause,
  shadow,
  shown,
  text,
  threePhotos,
} from './helpers.js';

describe('<story-card>', () => {
  describe('the story', () => {
    it('renders kicker, headline, standfirst, byline, date, body and link', async () => {
      const card = await mountWith(threePhotos);
      expect(text(card, '[part=kicker]')).to.equal('World Cup 2018');
      expect(text(card, 'h2[part=headline]')).to.equal('Japan fans tidy up');
      expect(text(card, '[part=standfirst]')).to.equal('After the final whistle.');
      expect(text(card, '[part=byline] span')).to.equal('Jane Doe');
      expect($(card, '[part=byline] time')!.getAttribute('datetime')).to.equal('2018-07-03');
      expect($$(card, '[part=body] p').map((p) => p.textContent)).to.deep.equal([
        'First paragraph.',
        'Second paragraph.',
      ]);
      const link = $<HTMLAnchorElement>(card, 'a[part=link]')!;
      expect(link.href).to.equal('https://news.example/japan');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.equal('Read the full story: Japan fans tidy up');
      await expect(card).to.be.accessible();
    });

    it('reads every named HTML entity in a JSON-LD story, by the browser’s parser', async () => {
      const card = await mountWith({
        '@type': 'NewsArticle',
        headline: 'Caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e',
        articleBody: 'Na&iuml;ve &hearts;',
      });
      expect(text(card, 'h2')).to.equal('Café & crème brûlée');
      expect(text(card, '[part=body] p')).to.equal('Naïve ♥');
    });

    it('formats the date with Intl in the language of the page around it', async () => {
      const wrapper = await fixture(
        html`<div lang="de"><story-card .story=${{headline: 'H', datePublished: '2018-07-03'}}></story-card></div>`
      );
      const card = await shown(wrapper.querySelector('story-card')!);
      expect(text(card, 'time')).to.equal('3. Juli 2018');
    });

    it('leaves out every box and separator a story does not fill', async () => {
      const card = await mountWith({headline: 'Only a headline'});
      expect($$(card, 'article > *').map((e) => e.localName)).to.deep.equal(['h2']);
    });

    it('shows a byline without a date, and a date without a byline, with no stray separator', async () => {
      const byline = await mountWith({headline: 'H', byline: 'Jane Doe'});
      expect(text(byline, '[part=byline]')).to.equal('Jane Doe');
      const dated = await mountWith({headline: 'H', datePublished: '2018-07-03'});
      expect($(dated, '[part=byline] span') == null).to.equal(true);
      expect(getComputedStyle($(byline, '[part=byline] span')!, '::after').content).to.equal('none');
      const both = await mountWith({headline: 'H', byline: 'Jane Doe', datePublished: '2018-07-03'});
      expect(getComputedStyle($(both, '[part=byline] span')!, '::after').content).to.match(/·/);
    });

    it('shows each photo’s caption and its credit once, the credit apart', async () => {
      const card = await mountWith(threePhotos);
      const captions = $$(card, '[part=caption]');
      expect(captions).to.have.length(3);
      expect(captions[0].querySelector('[part=credit]')!.textContent).to.equal('Photo: Photographer 1/Getty Images');
      expect(captions[0].textContent!.match(/Photographer 1/g)).to.have.length(1);
      expect(captions[0].textContent).to.match(/^\s*Caption 1\.\s+Photo:/);
    });
  });

  describe('a card of a fixed height, opened by the reader', () => {
    const longStory = {
      ...threePhotos,
      standfirst: 'A standfirst. '.repeat(30),
      body: Array.from({length: 12}, (_, i) => `Paragraph ${i + 1}. `.repeat(12)),
    };

    it('shows the opening in its height, and the whole story, captions included, on Continue reading', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 412px"><story-card .story=${longStory}></story-card></div>`
      );
      const card = await shown(container.querySelector('story-card')!);
      const body = $(card, '[part=body]')!;
      const standfirst = $(card, '[part=standfirst]')!;
      const height = card.getBoundingClientRect().height;
      expect(body.scrollHeight, 'the body is not folded').to.be.greaterThan(body.clientHeight + 10);
      expect(standfirst.scrollHeight, 'the standfirst is not folded').to.be.greaterThan(standfirst.clientHeight + 10);
      // Folded text stays in the document for screen readers.
      expect(body.textContent).to.include('Paragraph 12.');
      const more = $<HTMLButtonElement>(card, '[part~=more]')!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.focus();
      await sendKeys({press: 'Enter'});
      await card.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent!.trim()).to.equal('Show less');
      expect(card.getBoundingClientRect().height).to.be.greaterThan(height + 200);
      expect(body.scrollHeight).to.be.at.most(body.clientHeight + 1);
      expect(standfirst.scrollHeight).to.be.at.most(standfirst.clientHeight + 1);
      const caption = $(card, '[part=caption] .text')!;
      expect(caption.scrollHeight).to.be.at.most(caption.clientHeight + 1);
      await expect(card).to.be.accessible();
      more.click();
      await card.updateComplete;
      expect(Math.abs(card.getBoundingClientRect().height - height)).to.be.below(1);
    });

    it('keeps every credit whole and in view while the story is folded', async () => {
      const credited = {
        headline: 'H',
        body: ['Text.'],
        photos: [
          {
            src: '/demo/images/kagawa-dejected-1024.jpg',
            alt: '',
            caption: 'A caption. '.repeat(20),
            credit: 'A Very Long Photographer Name/An Agency With A Long Name',
          },
        ],
      };
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><story-card .story=${credited}></story-card></div>`
      );
      const card = await shown(container.querySelector('story-card')!);
      const credit = $(card, '[part=credit]')!;
      const box = credit.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      expect(credit.scrollWidth).to.be.at.most(credit.clientWidth + 1);
      expect(box.bottom).to.be.at.most(cardBox.bottom);
      expect(box.right).to.be.at.most(cardBox.right);
      expect(credit.textContent).to.equal('Photo: A Very Long Photographer Name/An Agency With A Long Name');
      // Painted where it is, not folded away under the fold of the caption.
      const hit = shadow(card).elementFromPoint(box.left + 4, box.bottom - 3);
      expect(hit && credit.contains(hit), 'the credit is covered or clipped').to.equal(true);
    });
  });

  describe('where the story comes from', () => {
    it('reads the story attribute as JSON', async () => {
      const card = await shown(
        await fixture<StoryCard>(html`<story-card story='{"headline": "From the attribute"}'></story-card>`)
      );
      expect(text(card, 'h2')).to.equal('From the attribute');
    });

    it('fetches src, and resolves the story’s photo URLs against the story file', async () => {
      const card = await shown(await fixture<StoryCard>(html`<story-card src=${SEED_URL}></story-card>`));
      expect(text(card, 'h2')).to.match(/^Japan leave a spotless dressing room/);
      expect($<HTMLImageElement>(card, 'img')!.src).to.equal(
        new URL('/demo/images/japan-fans-rubbish-1-2048.jpg', location.href).href
      );
    });

    it('fetches a src on another origin that allows it', async () => {
      const src = `http://127.0.0.1:${location.port}${fixtureUrl({cors: 1, body: '{"headline": "From afar"}'})}`;
      const card = await shown(await fixture<StoryCard>(html`<story-card src=${src}></story-card>`));
      expect(text(card, 'h2')).to.equal('From afar');
    });

    it('reads a child <script type="application/json">, and follows changes to it', async () => {
      const card = await shown(
        await fixture<StoryCard>(
          html`<story-card><script type="application/json">{"headline": "From the script"}</script></story-card>`
        )
      );
      expect(text(card, 'h2')).to.equal('From the script');
      card.querySelector('script')!.textContent = '{"headline": "Edited"}';
      await waitUntil(() => text(card, 'h2') == 'Edited');
    });

    it('takes the property over the attribute over src over the script, and falls back in that order', async () => {
      const card = await fixture<StoryCard>(html`<story-card
        .story=${{headline: 'property'}}
        story='{"headline": "attribute"}'
        src=${fixtureUrl({body: '{"headline": "src"}'})}
        ><script type="application/json">{"headline": "script"}</script></story-card
      >`);
      await shown(card);
      expect(text(card, 'h2')).to.equal('property');
      card.story = undefined;
      await waitUntil(() => text(card, 'h2') == 'attribute');
      card.removeAttribute('story');
      await waitUntil(() => text(card, 'h2') == 'src');
      card.removeAttribute('src');
      await waitUntil(() => text(card, 'h2') == 'script');
    });

    it('keeps the card’s space, and says it is loading, while src loads', async () => {
      const card = await fixture<StoryCard>(
        html`<story-card src=${fixtureUrl({delay: 400, body: '{"headline": "Late"}'})}></story-card>`
      );
      await card.updateComplete;
      const article = $(card, 'article[aria-busy=true]')!;
      expect(article.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(text(card, '[role=status]')).to.equal('Loading story…');
      await expect(card).to.be.accessible();
      await shown(card);
      expect(text(card, 'h2')).to.equal('Late');
    });

    it('aborts the earlier request when src changes, and shows only the last story', async () => {
      let card!: StoryCard;
      const headlines: string[] = [];
      const signals = await fetchSignals(async () => {
        card = await fixture<StoryCard>(
          html`<story-card src=${fixtureUrl({delay: 300, body: '{"headline": "Stale"}'})}></story-card>`
        );
        card.addEventListener('story-card-load', (event) => headlines.push(event.detail.story.headline));
        card.src = fixtureUrl({body: '{"headline": "Fresh"}'});
        await waitUntil(() => text(card, 'h2') == 'Fresh');
      });
      expect(signals.map((s) => s.signal.aborted)).to.deep.equal([true, false]);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(text(card, 'h2')).to.equal('Fresh');
      expect(headlines).to.deep.equal(['Fresh']);
    });

    it('aborts its request when it leaves the page, and loads again when put back', async () => {
      const url = fixtureUrl({delay: 300, body: '{"headline": "Back again"}'});
      let card!: StoryCard;
      const signals = await fetchSignals(async () => {
        card = await fixture<StoryCard>(html`<story-card src=${url}></story-card>`);
        const parent = card.parentElement!;
        card.remove();
        parent.append(card);
        await shown(card);
      });
      expect(signals.map((s) => s.signal.aborted)).to.deep.equal([true, false]);
      expect(text(card, 'h2')).to.equal('Back again');
    });

    it('asks for a src story’s first photo as the story arrives, in the first screen only, and once', async () => {
      const tag = `${Date.now()}-${Math.random()}`;
      const photo = (where: string) => `/demo/images/japan-fans-rubbish-1-1024.jpg?early=${tag}-${where}`;
      const src = (where: string) =>
        fixtureUrl({body: JSON.stringify({headline: 'H', photos: [{src: photo(where), alt: ''}]})});
      const loadedAt: Record<string, number> = {};
      const loaded = (where: string) => () => (loadedAt[where] = performance.now());
      // The cards' own lazy images are kept from loading (an image out of the layout never
      // comes near the viewport), so any request for a photo is the early one.
      await fixture(
        html`<div>
          <style>
            story-card::part(photo) {
              display: none;
            }
          </style>
          <story-card src=${src('top')} @story-card-load=${loaded('top')}></story-card>
          <div style="height: 300vh"></div>
          <story-card src=${src('below')} @story-card-load=${loaded('below')}></story-card>
        </div>`
      );
      await waitUntil(() => loadedAt.top && loadedAt.below, 'the stories did not arrive');
      // The photos' own requests, not the stories' (whose URLs hold the photos' escaped).
      const requests = (where: string) =>
        performance.getEntriesByType('resource').filter((e) => e.name.endsWith(photo(where)));
      const entry = () => requests('top')[0];
      await waitUntil(entry, 'the first photo was never asked for');
      await pause(300);
      expect(requests('top'), 'asked for once').to.have.length(1);
      expect(requests('below'), 'a card further down waits for the reader').to.have.length(0);
    });
  });

  describe('when the story cannot be shown', () => {
    async function failing(template: ReturnType<typeof html>) {
      const errors: CustomEvent[] = [];
      let card!: StoryCard;
      const logged = await consoleCalls('error', async () => {
        card = await fixture<StoryCard>(
          html`<div @story-card-error=${(e: CustomEvent) => errors.push(e)}>${template}</div>`
        ).then((div) => div.querySelector('story-card')!);
        await shown(card);
      });
      return {card, errors, logged};
    }

    it('shows a visible, accessible error for invalid JSON, logs it once and fires story-card-error', async () => {
      const {card, errors, logged} = await failing(html`<story-card story='{"headline": '></story-card>`);
      const error = $(card, '[part=error][role=alert]')!;
      expect(error.textContent).to.match(/This story can’t be shown\./);
      expect(error.textContent).to.match(/story attribute: is not valid JSON/);
      expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(logged).to.have.length(1);
      expect(String(logged[0][0])).to.match(
        /^<story-card>: the story cannot be shown:\nstory attribute: is not valid JSON/
      );
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.deep.include({source: 'attribute'});
      expect(errors[0].composed && errors[0].bubbles).to.equal(true);
      await expect(card).to.be.accessible();
    });

    it('names the status of a failed src', async () => {
      const {card} = await failing(html`<story-card src=${fixtureUrl({status: 404, body: 'gone'})}></story-card>`);
      expect(text(card, '[part=error] li')).to.match(
        /^src: http:\/\/.+\/fixture\?.* answered 404 Not Found: is the address right\?$/
      );
    });

    it('recognises an HTML page served where the story should be', async () => {
      const {card} = await failing(
        html`<story-card src=${fixtureUrl({type: 'text/html', body: '<!doctype html><p>Sign in'})}></story-card>`
      );
      expect(text(card, '[part=error] li')).to.match(/is an HTML page with no story in it/);
    });

    it('explains a src on another origin that does not allow this page to read it', async () => {
      const src = `http://127.0.0.1:${location.port}${fixtureUrl({body: '{"headline": "Private"}'})}`;
      const {card} = await failing(html`<story-card src=${src}></story-card>`);
      expect(text(card, '[part=error] li')).to.match(
        /could not be fetched: .*CORS: it must send Access-Control-Allow-Origin/
      );
    });

    it('refuses a src that is not http(s)', async () => {
      const {card} = await failing(html`<story-card src="javascript:alert(1)"></story-card>`);
      expect(text(card, '[part=error] li')).to.equal('src: must be an http(s) or relative URL, not javascript:');
    });

    it('says which field is missing', async () => {
      const {card, errors} = await failing(html`<story-card story='{"kicker": "No headline"}'></story-card>`);
      expect(text(card, '[part=error] li')).to.equal('headline: required, and must not be empty');
      expect(errors[0].detail.errors).to.deep.equal([{path: 'headline', message: 'required, and must not be empty'}]);
    });

    it('shows the valid part of a story with a broken photo, warns once and reports the warnings', async () => {
      const story = {
        ...threePhotos,
        photos: [threePhotos.photos[0], {src: 'javascript:alert(1)', alt: ''}, threePhotos.photos[2]],
      };
      const loads: CustomEvent[] = [];
      let card!: StoryCard;
      const warned = await consoleCalls('warn', async () => {
        card = await shown(
          await fixture<StoryCard>(
            html`<story-card .story=${story} @story-card-load=${(e: CustomEvent) => loads.push(e)}></story-card>`
          )
        );
      });
      expect($$<HTMLImageElement>(card, 'img').map((img) => img.alt)).to.deep.equal([
        'Photo number 1',
        'Photo number 3',
      ]);
      expect(warned).to.have.length(1);
      expect(String(warned[0][0])).to.include(
        'photos[1].src: must be an http(s) or relative URL, not javascript:; photo left out'
      );
      expect(loads).to.have.length(1);
      expect(loads[0].detail.warnings).to.deep.equal([
        {path: 'photos[1].src', message: 'must be an http(s) or relative URL, not javascript:; photo left out'},
      ]);
    });
  });

  describe('the slideshow', () => {
    const slides = (card: StoryCard) => $$(card, '.slide');
    const counter = (card: StoryCard) => text(card, '[part=controls] span');
    const announced = (card: StoryCard) => text(card, '[aria-live=polite]');

    it('is a labelled carousel of slides named "N of M"', async () => {
      const card = await mountWith(threePhotos);
      const slideshow = $(card, 'section[part=slideshow]')!;
      expect(slideshow.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(slideshow.getAttribute('aria-label')).to.equal('Photos: Japan fans tidy up');
      expect(
        slides(card).map((s) => [
          s.getAttribute('role'),
          s.getAttribute('aria-roledescription'),
          s.getAttribute('aria-label'),
        ])
      ).to.deep.equal([
        ['group', 'slide', '1 of 3'],
        ['group', 'slide', '2 of 3'],
        ['group', 'slide', '3 of 3'],
      ]);
    });

    it('announces "Photo 2 of 3" after Next, and makes the other photos inert', async () => {
      const changes: number[] = [];
      const card = await mountWith(threePhotos);
      card.addEventListener('story-card-slide-change', (e) => changes.push(e.detail.index));
      expect(counter(card)).to.equal('1 / 3');
      expect(announced(card)).to.equal('');
      $(card, '[part~=next]')!.click();
      await card.updateComplete;
      expect(counter(card)).to.equal('2 / 3');
      expect(announced(card)).to.equal('Photo 2 of 3');
      expect(slides(card).map((s) => s.inert)).to.deep.equal([true, false, true]);
      expect(changes).to.deep.equal([1]);
      await expect(card).to.be.accessible();
    });

    it('marks Previous disabled on the first photo and Next on the last, and keeps them focusable', async () => {
      const card = await mountWith(threePhotos);
      const previous = $<HTMLButtonElement>(card, '[part~=previous]')!;
      const next = $<HTMLButtonElement>(card, '[part~=next]')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.click();
      await card.updateComplete;
      expect(card.index).to.equal(0);
      next.focus();
      next.click();
      next.click();
      await card.updateComplete;
      expect(card.index).to.equal(2);
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(card).activeElement).to.equal(next);
    });

    it('moves with the arrow keys, Home and End', async () => {
      const card = await mountWith(threePhotos);
      $(card, '.track')!.focus();
      await sendKeys({press: 'ArrowRight'});
      expect(card.index).to.equal(1);
      await sendKeys({press: 'End'});
      expect(card.index).to.equal(2);
      await sendKeys({press: 'ArrowLeft'});
      expect(card.index).to.equal(1);
      await sendKeys({press: 'Home'});
      expect(card.index).to.equal(0);
      await card.updateComplete;
      expect(counter(card)).to.equal('1 / 3');
    });

    it('scrolls the photo into view when the index changes', async () => {
      const card = await mountWith(threePhotos);
      const track = $(card, '.track')!;
      card.show(2);
      await waitUntil(() => Math.abs(track.scrollLeft - 2 * track.clientWidth) < 2, 'the track never reached photo 3');
    });

    it('follows a swipe: the photo scrolled to becomes the current one', async () => {
      const card = await mountWith(threePhotos);
      const track = $(card, '.track')!;
      track.style.scrollBehavior = 'auto';
      track.scrollLeft = track.clientWidth * 2;
      await waitUntil(() => card.index == 2, 'the index never followed the scroll');
      await card.updateComplete;
      expect(counter(card)).to.equal('3 / 3');
      expect(announced(card)).to.equal('Photo 3 of 3');
    });

    it('asks for the first photo first, at high priority, then its neighbour, and the rest as they near', async () => {
      // As first rendered, before any photo can have arrived.
      const card = await fixture<StoryCard>(html`<story-card .story=${threePhotos}></story-card>`);
      await card.updateComplete;
      const images = $$<HTMLImageElement>(card, 'img');
      expect(images.map((img) => img.hasAttribute('src'))).to.deep.equal([true, false, false]);
      expect(images.map((img) => img.getAttribute('fetchpriority'))).to.deep.equal(['high', 'low', 'low']);
      expect(images.map((img) => img.loading)).to.deep.equal(['lazy', 'eager', 'eager']);
      await waitUntil(() => images[1].hasAttribute('src'), 'the neighbour was never asked for');
      expect(images.map((img) => img.hasAttribute('src'))).to.deep.equal([true, true, false]);
      card.show(1);
      await waitUntil(() => images[2].hasAttribute('src'), 'the next neighbour was never asked for');
    });

    it('gives every photo the same frame before it arrives, 3 / 2 or the partner’s shape, and fits the photo inside', async () => {
      const story = {
        headline: 'H',
        photos: [{src: fixtureUrl({delay: 2000, type: 'image/jpeg'}), width: 1600, height: 900, alt: ''}],
      };
      const card = await mountWith(story);
      const frame = $(card, '.frame')!.getBoundingClientRect();
      expect(frame.height).to.be.closeTo((frame.width * 2) / 3, 1);
      card.style.setProperty('--story-card-photo-aspect-ratio', '16 / 9');
      const wide = $(card, '.frame')!.getBoundingClientRect();
      expect(wide.height).to.be.closeTo((wide.width * 9) / 16, 1);
      expect(getComputedStyle($(card, 'img')!).objectFit).to.equal('contain');
    });

    it('has nothing to page through for a single photo, and still offers full screen', async () => {
      const card = await mountWith({headline: 'H', photos: [threePhotos.photos[0]]});
      expect($$(card, '.slideshow button').map((b) => b.getAttribute('part'))).to.deep.equal(['button expand']);
      expect($(card, '.counter') == null).to.equal(true);
      await expect(card).to.be.accessible();
    });

    it('starts again from the first photo when the story changes', async () => {
      const card = await mountWith(threePhotos);
      card.show(2);
      await card.updateComplete;
      card.story = {...threePhotos, headline: 'Another story'};
      await waitUntil(() => text(card, 'h2') == 'Another story');
      expect(card.index).to.equal(0);
      expect(counter(card)).to.equal('1 / 3');
      expect($(card, '.track')!.scrollLeft).to.equal(0);
    });
  });

  it('renders the seed story from its JSON file with nothing for axe to find', async () => {
    const card = await shown(await fixture<StoryCard>(html`<story-card src=${SEED_URL}></story-card>`));
    expect($$(card, '[part=credit]').map((c) => c.textContent)).to.deep.equal([
      'Photo: Catherine Ivill/Getty Images',
      'Photo: Carl Court/Getty Images',
      'Photo: Laurence Griffiths/Getty Images',
    ]);
    expect($$(card, '[part=body] p')).to.have.length(5);
    await nextFrame();
    await expect(card).to.be.accessible();
  });
});
