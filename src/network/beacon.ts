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

/** Events wait this long for others to go with them, unless the page is hidden or left first. */
export const BEACON_BATCH_MS = 2000;

const queues = new Map<string, BeaconEvent[]>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

const onHidden = () => document.visibilityState == 'hidden' && flushBeacons();

/**
 * Queues an event for the collector at `url`. Events are sent in batches, a few seconds
 * apart, and at once when the page is hidden or left: as JSON (an object, or an array of
 * several) in a `text/plain` POST, which needs no CORS preflight, without cookies or a
 * referrer, and `keepalive` so that a page being left still sends. (`sendBeacon` would
 * send the collector's cookies.) Nothing waits for the answer: a failing or slow
 * collector costs the card and the page nothing.
 */
export function queueBeacon(url: string, event: BeaconEvent) {
  const queue = queues.get(url) ?? [];
  queues.set(url, [...queue, event]);
  if (!flushTimer) {
    flushTimer = setTimeout(flushBeacons, BEACON_BATCH_MS);
    document.addEventListener('visibilitychange', onHidden);
    addEventListener('pagehide', flushBeacons);
  }
}

/** Sends every queued event now. */
export function flushBeacons() {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  document.removeEventListener('visibilitychange', onHidden);
  removeEventListener('pagehide', flushBeacons);
  for (const [url, events] of queues) {
    fetch(url, {
      method: 'POST',
      body: JSON.stringify(events.length > 1 ? events : events[0]),
      headers: {'content-type': 'text/plain'},
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined);
  }
  queues.clear();
}
