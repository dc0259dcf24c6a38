// What a syndicating newsroom learns: viewable impressions by the IAB/MRC rule, photo
// views, reads and link follows, as events on the card and as JSON POSTs to a collector
// on the run's own loopback server (test/collector.mjs).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {$, pause, shown, threePhotos} from './helpers.js';

interface Received {
  body: string;
  type?: string;
  cookie?: string;
  referer?: string;
}

let runs = 0;
const newRun = () => `views-${Date.now()}-${runs++}`;
const received = async (run: string): Promise<Received[]> => (await fetch(`/collector/${run}`)).json();
/** Every event the collector got, batches opened. */
const sentEvents = async (run: string) =>
  (await received(run)).flatMap((request) => [JSON.parse(request.body)].flat() as Record<string, unknown>[]);

const TYPES = ['story-card-impression', 'story-card-photo-view', 'story-card-read', 'story-card-link'] as const;

/**
 * A card fixed at the viewport's bottom edge, as far up as the share of it to be in view
 * (Firefox leaves an ancestor's overflow clip out of the ratio, so the card is moved, as
 * scrolling would). `width` 200 px makes a small card (50 % rule), 600 px a large one
 * (over 242,500 px²: 30 % rule).
 */
async function cardInView(fraction: number, {width = 200, beacon = '', story = threePhotos as object} = {}) {
  const page = await fixture(html`<div
    style="position: fixed; left: 0; top: calc(100vh + 10px); z-index: 10; width: ${width}px"
  >
    <story-card style="--story-card-font-size: ${width < 400 ? 6 : 12}px" beacon=${beacon} .story=${story}></story-card>
  </div>`);
  const box = page as HTMLElement;
  const card = box.querySelector('story-card')!;
  const events: CustomEvent[] = [];
  for (const type of TYPES) card.addEventListener(type, (event) => events.push(event as CustomEvent));
  await shown(card);
  const show = (share: number) => (box.style.top = `${innerHeight + (share ? -card.offsetHeight * share : 10)}px`);
  show(fraction);
  return {card, events, show, count: (type: string) => events.filter((event) => event.type == type).length};
}

function hideTab(hidden: boolean) {
  if (hidden) Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
  else delete (document as {visibilityState?: string}).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('counting views', function () {
  this.timeout(15000);

  it('counts no impression for a glimpse of half a second', async () => {
    const run = newRun();
    const {show, events} = await cardInView(1, {beacon: `/collector/${run}`});
    await pause(500);
    show(0);
    await pause(1500);
    expect(events.map((event) => event.type)).to.deep.equal([]);
    await pause(1000);
    expect(await received(run)).to.deep.equal([]);
  });

  it('counts the card and its first photo after 1.2 s in view, and tells the collector only what the README says', async () => {
    const run = newRun();
    document.cookie = 'story-card-views=1; path=/';
    try {
      const {events, count} = await cardInView(1, {beacon: `/collector/${run}`});
      await pause(1200);
      expect(count('story-card-impression')).to.equal(1);
      expect(events[0].detail.story.headline).to.equal('Japan fans tidy up');
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(count('story-card-photo-view')).to.equal(1);
      expect(events[1].detail.index).to.equal(0);
      expect(events[1].detail.photo.alt).to.equal('Photo number 1');
      await pause(1500);
      expect(count('story-card-impression'), 'counted once per story').to.equal(1);

      await waitUntil(async () => (await received(run)).length, 'the collector got nothing', {timeout: 5000});
      const [request, ...more] = await received(run);
      expect(more).to.have.length(0);
      // Both events in one batch, as text/plain (no preflight), with no cookie and no referrer.
      expect(request.type).to.match(/^text\/plain/);
      expect(request.cookie).to.equal(undefined);
      expect(request.referer).to.equal(undefined);
      const page = location.origin + location.pathname;
      expect(JSON.parse(request.body)).to.deep.equal([
        {event: 'impression', story: 'https://news.example/japan', page},
        {event: 'photo-view', story: 'https://news.example/japan', page, photo: 0},
      ]);
    } finally {
      document.cookie = 'story-card-views=; path=/; max-age=0';
    }
  });

  it('counts nothing for a card 20 % in view for 2 s', async () => {
    const {events} = await cardInView(0.2);
    await pause(2000);
    expect(events).to.have.length(0);
  });

  it('takes 30 % in view as enough for a card of 242,500 px² or more, and not 25 %', async () => {
    const large = await cardInView(0.25, {width: 600});
    expect(large.card.offsetWidth * large.card.offsetHeight).to.be.at.least(242_500);
    await pause(1300);
    expect(large.count('story-card-impression'), '25 %').to.equal(0);
    large.show(0.35);
    await pause(1300);
    expect(large.count('story-card-impression'), '35 %').to.equal(1);
  });

  it('counts nothing while the tab is hidden, and counts once it is shown again', async () => {
    const run = newRun();
    hideTab(true);
    let view;
    try {
      view = await cardInView(1, {beacon: `/collector/${run}`});
      await pause(2000);
      expect(view.events).to.have.length(0);
    } finally {
      hideTab(false);
    }
    await pause(1200);
    expect(view.count('story-card-impression')).to.equal(1);
  });

  it('counts each photo once, when it has been the one shown in a seen card for a second', async () => {
    const {card, events, count} = await cardInView(1);
    await pause(1200);
    card.show(1);
    await pause(1200);
    card.show(2);
    await pause(300);
    card.show(0);
    await pause(1200);
    expect(count('story-card-impression')).to.equal(1);
    expect(
      events.filter((event) => event.type == 'story-card-photo-view').map((event) => event.detail.index)
    ).to.deep.equal([0, 1]);
  });

  it('reports Continue reading and a followed link, to the attribute’s collector and the story’s', async () => {
    const [attributeRun, storyRun] = [newRun(), newRun()];
    const story = {...threePhotos, beacon: `/collector/${storyRun}`};
    const {card, events} = await cardInView(0, {beacon: `/collector/${attributeRun}`, story});
    $(card, '[part~=more]')!.click();
    $(card, '[part~=more]')!.click(); // Closing the text again is no read.
    // The test page stays where it is: the card's own listener has run by then.
    card.addEventListener('click', (event) => event.preventDefault());
    $(card, 'a[part=link]')!.click();
    expect(events.map((event) => event.type)).to.deep.equal(['story-card-read', 'story-card-link']);
    expect(events[0].detail.story.headline).to.equal('Japan fans tidy up');
    expect(events[1].detail).to.deep.equal({url: 'https://news.example/japan'});
    for (const run of [attributeRun, storyRun]) {
      await waitUntil(async () => (await sentEvents(run)).length == 2, `the collector ${run} got no batch`, {
        timeout: 5000,
      });
      expect((await sentEvents(run)).map((sent) => [sent.event, sent.url])).to.deep.equal([
        ['read', undefined],
        ['link', 'https://news.example/japan'],
      ]);
    }
  });

  it('is not disturbed by a failing, a slow or an unreachable collector', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const views = await Promise.all(
        ['/collector/failing?status=500', '/collector/slow?delay=8000', 'http://127.0.0.1:9/collector'].map((beacon) =>
          cardInView(1, {beacon})
        )
      );
      await pause(1200);
      for (const view of views) expect(view.count('story-card-impression')).to.equal(1);
      hideTab(true); // Sends now.
      hideTab(false);
      await pause(500);
      const [{card}] = views;
      card.show(1);
      await card.updateComplete;
      expect(card.index).to.equal(1);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(rejections).to.deep.equal([]);
  });
});
