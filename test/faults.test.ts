import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {StoryCard} from '../src/StoryCard.js';
import {$, $$, consoleCalls, fetchSignals, fixtureUrl, frameRendered, pause, shown, text} from './helpers.js';

const STORY = JSON.stringify({headline: 'Recovered', photos: [{src: 'img/a.jpg', alt: ''}]});
const crossOrigin = (url: string) => `http://127.0.0.1:${location.port}${url}`;

/** Mounts a card on `src`, captures what it logs and fires, and waits for its error. */
async function failing(src: string, attributes: {timeout?: number} = {}) {
  const errors: CustomEvent[] = [];
  let card!: StoryCard;
  const logged = await consoleCalls(
    'error',
    async () => {
      card = await fixture<StoryCard>(
        html`<story-card src=${src} timeout=${attributes.timeout ?? 10000} @story-card-error=${(e: CustomEvent) => errors.push(e)}></story-card>`
      );
      await waitUntil(() => $(card, '[part=error]'), `no error state for ${src}`, {timeout: 8000});
    },
    false
  );
  return {card, errors, logged, message: text(card, '[part=error] li')!};
}

describe('network faults', () => {
  const faults: [string, string, RegExp][] = [
    ['404', fixtureUrl({status: 404, body: 'gone'}), /answered 404 Not Found: is the address right\?$/],
    [
      '500',
      fixtureUrl({status: 500, body: 'oops'}),
      /answered 500 Internal Server Error: the server failed; try again later$/,
    ],
    [
      'an HTML error page',
      fixtureUrl({status: 200, type: 'text/html', body: '<!doctype html><h1>Sign in</h1>'}),
      /is an HTML page with no story in it .*: is the address right\?$/,
    ],
    [
      'invalid JSON',
      fixtureUrl({body: '{\n  "headline": "A",\n  "body": [1, 2,]\n}'}),
      /is not valid JSON: unexpected "\]" at line 3, column 17$/,
    ],
    ['an empty body', fixtureUrl({body: ''}), /is empty$/],
    ['a 10 MB body', fixtureUrl({fault: 'huge'}), /is larger than 4 MB: a story file must be smaller$/],
    [
      'a redirect to an HTML page',
      fixtureUrl({fault: 'redirect', to: fixtureUrl({type: 'text/html', body: '<p>Login'})}),
      /is an HTML page with no story in it/,
    ],
    [
      'a CORS refusal',
      crossOrigin(fixtureUrl({body: STORY})),
      /could not be fetched: .*CORS: it must send Access-Control-Allow-Origin\)$/,
    ],
    ['a connection reset', fixtureUrl({fault: 'reset'}), /could not be fetched: the network failed/],
    [
      'a reset in the middle of the body',
      fixtureUrl({fault: 'reset-mid-body'}),
      /broke off before the whole story arrived|is not valid JSON: it ends too early/,
    ],
  ];

  for (const [fault, src, expected] of faults) {
    it(`shows a clear error for ${fault}, logs it once, fires story-card-error, and retries`, async () => {
      const {card, errors, logged, message} = await failing(src);
      expect(message).to.match(/^src: /);
      expect(message).to.match(expected);
      expect(logged).to.have.length(1);
      expect(errors).to.have.length(1);
      expect($(card, '[part=error]')!.getAttribute('role')).to.equal('alert');
      await expect(card).to.be.accessible();
      const retry = $<HTMLButtonElement>(card, '[part~=retry]')!;
      expect(retry.textContent).to.equal('Try again');
      // Try again asks once more, and the fault, still there, is reported again.
      const again = await consoleCalls(
        'error',
        async () => {
          const calls = await fetchSignals(async () => {
            retry.click();
            await waitUntil(() => errors.length == 2, 'Try again did nothing', {timeout: 3000});
          });
          expect(calls.map((call) => new URL(call.url, location.href).href)).to.deep.equal([
            new URL(src, location.href).href,
          ]);
        },
        false
      );
      expect(again).to.have.length(1);
      expect(text(card, '[part=error] li')).to.match(expected);
    });
  }

  it('ends a response that never finishes at the timeout, and Retry loads it again', async () => {
    const {card, message} = await failing(fixtureUrl({fault: 'hang'}), {timeout: 300});
    expect(message).to.match(/did not answer within 0.3 s \(the timeout attribute sets how long to wait\)$/);
    card.timeout = 10000;
    const calls = await fetchSignals(async () => {
      $<HTMLButtonElement>(card, '[part~=retry]')!.click();
      await waitUntil(() => $(card, '[part=error]') == null, 'Retry made no request');
    });
    expect(calls.map((call) => call.url)).to.have.length(1);
    expect(calls[0].url).to.include('fault=hang');
  });

  it('shows the story when Retry succeeds', async () => {
    const {card} = await failing(fixtureUrl({status: 503, body: ''}));
    const original = window.fetch;
    window.fetch = () => original(fixtureUrl({body: STORY}));
    try {
      $<HTMLButtonElement>(card, '[part~=retry]')!.click();
      await waitUntil(() => text(card, 'h2') == 'Recovered', 'Retry did not bring the story');
    } finally {
      window.fetch = original;
    }
  });

  it('waits 10 s by default', async function () {
    this.timeout(15000);
    const errors: CustomEvent[] = [];
    const logged = await consoleCalls(
      'error',
      async () => {
        const card = await fixture<StoryCard>(
          html`<story-card src=${fixtureUrl({fault: 'hang', n: Date.now()})} @story-card-error=${(e: CustomEvent) => errors.push(e)}></story-card>`
        );
        await pause(9500);
        expect(errors, 'gave up before 10 s').to.have.length(0);
        expect($(card, '[aria-busy=true]'), 'no longer loading at 9.5 s').to.not.equal(null);
        await waitUntil(() => errors.length, 'still waiting after 11 s', {timeout: 1500});
        expect(text(card, '[part=error] li')).to.match(/did not answer within 10 s/);
      },
      false
    );
    expect(logged).to.have.length(1);
  });

  it('follows a redirect to a story, reading photo URLs against where it ended up', async () => {
    const target = `/demo/stories/japan-fans-world-cup-2018.json`;
    const card = await shown(
      await fixture<StoryCard>(html`<story-card src=${fixtureUrl({fault: 'redirect', to: target})}></story-card>`)
    );
    expect($<HTMLImageElement>(card, 'img')!.src).to.equal(
      new URL('/demo/images/japan-fans-rubbish-1-2048.jpg', location.href).href
    );
  });

  it('sends no cookies unless with-credentials asks for them', async () => {
    document.cookie = 'story-card-test=1; path=/';
    try {
      const without = await shown(
        await fixture<StoryCard>(html`<story-card src=${fixtureUrl({fault: 'cookie'})}></story-card>`)
      );
      expect(text(without, 'h2')).to.equal('Without cookie');
      const withCookie = await shown(
        await fixture<StoryCard>(html`<story-card with-credentials src=${fixtureUrl({fault: 'cookie'})}></story-card>`)
      );
      expect(text(withCookie, 'h2')).to.equal('With cookie');
    } finally {
      document.cookie = 'story-card-test=; path=/; max-age=0';
    }
  });

  it('lets the last of rapid src changes win, aborting the others, with no stale story shown', async () => {
    const shownHeadlines: string[] = [];
    const calls = await fetchSignals(async () => {
      const card = await fixture<StoryCard>(html`<story-card></story-card>`);
      const observer = new MutationObserver(() => {
        const headline = text(card, 'h2');
        if (headline && shownHeadlines[shownHeadlines.length - 1] != headline) shownHeadlines.push(headline);
      });
      observer.observe(card.shadowRoot!, {subtree: true, childList: true, characterData: true});
      for (let i = 0; i < 10; i++) {
        card.src = fixtureUrl({delay: 200 - i * 15, body: JSON.stringify({headline: `Story ${i}`})});
        await card.updateComplete;
      }
      await waitUntil(() => text(card, 'h2') == 'Story 9');
      await pause(300);
      observer.disconnect();
    });
    expect(shownHeadlines).to.deep.equal(['Story 9']);
    expect(calls.map((call) => call.signal.aborted)).to.deep.equal([...Array(9).fill(true), false]);
  });

  it('keeps the host page working through every fault', async () => {
    const cards = await fixture(html`<div>
      <story-card src=${fixtureUrl({fault: 'reset'})}></story-card>
      <story-card src=${fixtureUrl({status: 500})}></story-card>
      <story-card story="{not json"></story-card>
      <story-card src="javascript:alert(1)"></story-card>
    </div>`);
    const all = [...cards.querySelectorAll('story-card')];
    // Nothing a failing card does reaches the page as an error (the helpers fail the test
    // on any uncaught one too), steals its focus, or leaves its own box.
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const focused = document.activeElement;
    try {
      await waitUntil(() => all.every((card) => $(card, '[part=error]')), 'not every card showed its error', {
        timeout: 8000,
      });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(pageErrors).to.deep.equal([]);
    expect(document.activeElement).to.equal(focused);
    for (const card of all) {
      // Measured in view: an off-screen card is not laid out (content-visibility).
      card.scrollIntoView();
      await frameRendered();
      const box = card.getBoundingClientRect();
      const error = $(card, '[part=error]')!.getBoundingClientRect();
      expect(error.height).to.be.greaterThan(0);
      expect(
        error.top >= box.top - 0.5 && error.bottom <= box.bottom + 0.5,
        'the error spills out of its card'
      ).to.equal(true);
    }
    expect($$(all[0], '[part~=retry]')).to.have.length(1);
    expect($$(all[2], '[part~=retry]')).to.have.length(0);
  });
});
