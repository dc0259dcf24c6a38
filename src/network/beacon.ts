/** What the card tells a newsroom's collector, and nothing else (README, "Counting views"). */
export interface BeaconEvent {
  event: 'impression' | 'photo-view' | 'read' | 'link';
  /** The story's URL, or its headline where it has none. */
  story: string;
  /** The partner page's origin and path: no query, no fragment. */
  page: string;
  /** The photo seen, counted from 0 (photo-view). */
  photo?: number;
  /** Where the reader went (link). */
  url?: string;
}

/** Events wait this long for others to go with them, unless the page is hidden first. */
export const BEACON_BATCH_MS = 2000;

const queues = new Map<string, BeaconEvent[]>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

// A page being left is hidden first, in every engine: its events go then.
const onHidden = () => document.visibilityState == 'hidden' && flush();

/**
 * Sends every queued event: as JSON (an object, or an array of several) in a
 * `text/plain` POST, which needs no CORS preflight, without cookies or a referrer, and
 * `keepalive` so that a page being left still sends (`sendBeacon` would send the
 * collector's cookies). Nothing waits for the answer: a failing or slow collector costs
 * the card and the page nothing.
 */
function flush() {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  document.removeEventListener('visibilitychange', onHidden);
  queues.forEach((events, url) =>
    fetch(url, {
      method: 'POST',
      body: JSON.stringify(events[1] ? events : events[0]),
      headers: {'content-type': 'text/plain'},
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined)
  );
  queues.clear();
}

/** Queues an event for the collector at `url`; events go in batches, a few seconds apart. */
export function queueBeacon(url: string, event: BeaconEvent) {
  queues.set(url, [...(queues.get(url) ?? []), event]);
  if (!flushTimer) {
    flushTimer = setTimeout(flush, BEACON_BATCH_MS);
    document.addEventListener('visibilitychange', onHidden);
  }
}
