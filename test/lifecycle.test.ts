import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {StoryCard} from '../src/StoryCard.js';
import {fixtureUrl, pause, shown, threePhotos} from './helpers.js';

/**
 * Counts what is alive: pending timeouts set by the card's own modules (the test
 * helpers keep timers of their own), listeners on window, document and media queries,
 * elements observed by any observer, and requests in flight. Wraps the globals until
 * `restore()`.
 */
function instrument() {
  const timers = new Set<number>();
  const listeners = new Map<string, number>();
  const observed = new Map<object, Set<Element | Node>>();
  const requests = new Set<AbortSignal>();
  const restores: (() => void)[] = [];

  function wrap<T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]) {
    const original = target[key];
    target[key] = make(original);
    restores.push(() => (target[key] = original));
  }

  wrap(
    window,
    'setTimeout',
    (original) =>
      ((callback: () => void, ms?: number) => {
        const id: number = original(() => {
          timers.delete(id);
          callback();
        }, ms);
        if (new Error().stack?.includes(`${location.origin}/src/`)) timers.add(id);
        return id;
      }) as typeof setTimeout
  );
  wrap(
    window,
    'clearTimeout',
    (original) =>
      ((id?: number) => {
        timers.delete(id!);
        original(id);
      }) as typeof clearTimeout
  );

  const countListeners = (target: EventTarget, name: string) => {
    wrap(
      target,
      'addEventListener',
      (original) =>
        function (this: EventTarget, type: string, ...rest: unknown[]) {
          listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) + 1);
          return (original as (...args: unknown[]) => void).call(this, type, ...rest);
        } as never
    );
    wrap(
      target,
      'removeEventListener',
      (original) =>
        function (this: EventTarget, type: string, ...rest: unknown[]) {
          listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) - 1);
          return (original as (...args: unknown[]) => void).call(this, type, ...rest);
        } as never
    );
  };
  countListeners(document, 'document');
  countListeners(window, 'window');
  countListeners(MediaQueryList.prototype, 'media query');

  for (const Observer of [IntersectionObserver, ResizeObserver, MutationObserver] as const) {
    const prototype = Observer.prototype as unknown as {
      observe(target: Node): void;
      unobserve?(target: Element): void;
      disconnect(): void;
    };
    wrap(
      prototype,
      'observe',
      (original) =>
        function (this: object, target: Node, ...rest: unknown[]) {
          if (!observed.has(this)) observed.set(this, new Set());
          observed.get(this)!.add(target);
          return (original as (...args: unknown[]) => void).call(this, target, ...rest);
        } as never
    );
    wrap(
      prototype,
      'disconnect',
      (original) =>
        function (this: object) {
          observed.get(this)?.clear();
          return (original as () => void).call(this);
        } as never
    );
    if (prototype.unobserve) {
      wrap(
        prototype,
        'unobserve',
        (original) =>
          function (this: object, target: Element) {
            observed.get(this)?.delete(target);
            return (original as (target: Element) => void).call(this, target);
          } as never
      );
    }
  }

  wrap(
    window,
    'fetch',
    (original) =>
      ((input: RequestInfo | URL, init?: RequestInit) => {
        const signal = init!.signal!;
        requests.add(signal);
        return original(input, init).finally(() => requests.delete(signal));
      }) as typeof fetch
  );

  return {
    counts() {
      return {
        timers: timers.size,
        listeners: [...listeners.entries()].filter(([, count]) => count != 0).map(([key, count]) => `${key}: ${count}`),
        observed: [...observed.values()].reduce((total, targets) => total + targets.size, 0),
        requests: [...requests].filter((signal) => !signal.aborted).length,
      };
    },
    restore() {
      restores.reverse().forEach((restore) => restore());
    },
  };
}

describe('lifecycle', () => {
  it('leaves no timer, listener, observer or request behind after 1000 connect/disconnect cycles and moves', async function () {
    this.timeout(30000);
    const [first, second] = [...(await fixture<HTMLDivElement>(html`<div><div></div><div></div></div>`)).children];
    const live = instrument();
    let busiest = {timers: 0, listeners: 0, observed: 0, requests: 0};
    try {
      const card = document.createElement('story-card') as StoryCard;
      card.autoplay = true;
      card.loop = true;
      card.interval = 20;
      card.src = fixtureUrl({delay: 5, body: JSON.stringify(threePhotos)});
      for (let cycle = 0; cycle < 1000; cycle++) {
        (cycle % 2 ? first : second).append(card);
        // Every tenth time, let it load, rotate and observe before it goes.
        if (cycle % 10 == 0) {
          await shown(card);
          await pause(30);
          const now = live.counts();
          busiest = {
            timers: Math.max(busiest.timers, now.timers),
            listeners: Math.max(busiest.listeners, now.listeners.length),
            observed: Math.max(busiest.observed, now.observed),
            requests: Math.max(busiest.requests, now.requests),
          };
        }
        if (cycle % 3 == 0) (cycle % 2 ? second : first).append(card);
        card.remove();
      }
      // A framework may still set properties on a card it has taken off the page.
      card.interval = 25;
      card.story = threePhotos;
      await pause(100);
      expect(live.counts()).to.deep.equal({timers: 0, listeners: [], observed: 0, requests: 0});
      // While connected the card did have all of these: the counts above could have failed.
      expect(busiest.listeners, 'listeners while connected').to.be.greaterThan(0);
      expect(busiest.observed, 'observed elements while connected').to.be.greaterThan(0);
      expect(busiest.timers, 'timers while rotating').to.be.greaterThan(0);
    } finally {
      live.restore();
    }
  });

  it('aborts a request in flight when the card is removed', async () => {
    const live = instrument();
    try {
      const card = await fixture<StoryCard>(
        html`<story-card src=${fixtureUrl({delay: 500, body: '{"headline": "Late"}'})}></story-card>`
      );
      await waitUntil(() => live.counts().requests == 1, 'no request started');
      card.remove();
      expect(live.counts().requests).to.equal(0);
      expect(live.counts().timers, 'the request timeout').to.equal(0);
    } finally {
      live.restore();
    }
  });
});
