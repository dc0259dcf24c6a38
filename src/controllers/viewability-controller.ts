import type {ReactiveController, ReactiveElement} from 'lit';

/** How long a card (or one photo in it) must stay viewable to count as seen: IAB/MRC's display rule. */
export const VIEWABLE_MS = 1000;
/** From this many pixels of area, 30 % of a card in view is enough, as the standard allows for large units. */
const LARGE_AREA = 242_500;
/** What `onSeen` is called with for the card itself; a photo is counted by its index. */
export const CARD = -1;

/** What the card shows now: its story (a new one is counted afresh), and the photo shown, if any. */
export type Shown = () => {story?: object; photo?: number};

/**
 * Tells when a card has been seen, by the IAB/MRC rule for a viewable impression: at
 * least half its area in the viewport (30 % for a card of 242,500 px² or more) for one
 * continuous second, while the page is visible. Once per story, `onSeen(CARD)` is called
 * for the card, and `onSeen(index)` once per photo, when that photo has been the one
 * shown in a viewable card for a second. A glimpse, a card mostly off screen and a
 * hidden tab never count.
 */
export class ViewabilityController implements ReactiveController {
  private _observer?: IntersectionObserver;
  private _inView = false;
  private _story?: object;
  private readonly _seen = new Set<number>();
  /** The counts under way: a second's timer for the card, and one for the photo shown. */
  private readonly _timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _shown: Shown,
    private readonly _onSeen: (what: number) => void
  ) {
    _host.addController(this);
  }

  hostConnected() {
    this._observer = new IntersectionObserver(
      ([{intersectionRatio, boundingClientRect: box}]) => {
        this._inView = intersectionRatio >= (box.width * box.height >= LARGE_AREA ? 0.3 : 0.5);
        this._check();
      },
      {threshold: [0, 0.3, 0.5]}
    );
    this._observer.observe(this._host);
    document.addEventListener('visibilitychange', this._check);
  }

  hostDisconnected() {
    this._observer!.disconnect();
    document.removeEventListener('visibilitychange', this._check);
    this._inView = false;
    this._check();
  }

  // Another story is counted afresh; another photo shown starts its own second.
  hostUpdated() {
    const {story} = this._shown();
    if (story != this._story) {
      this._story = story;
      this._seen.clear();
      this._timers.forEach(clearTimeout);
      this._timers.clear();
    }
    this._check();
  }

  private readonly _check = () => {
    const {story, photo} = this._shown();
    const wanted = this._inView && document.visibilityState == 'visible' && story ? [CARD, photo] : [];
    for (const [what, timer] of this._timers) {
      if (!wanted.includes(what)) {
        clearTimeout(timer);
        this._timers.delete(what);
      }
    }
    for (const what of wanted) {
      if (what !== undefined && !this._seen.has(what) && !this._timers.has(what)) {
        this._timers.set(
          what,
          setTimeout(() => {
            this._seen.add(what);
            this._onSeen(what);
          }, VIEWABLE_MS)
        );
      }
    }
  };
}
