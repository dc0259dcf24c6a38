import type {ReactiveController, ReactiveElement} from 'lit';

/** How long a card (or one photo in it) must stay viewable to count as seen: IAB/MRC's display rule. */
export const VIEWABLE_MS = 1000;
/** From this many pixels of area, 30 % of a card in view is enough, as the standard allows for large units. */
const LARGE_AREA = 242_500;

/** What the card shows now: its story (a new one is counted afresh), and the photo shown (-1 for none). */
export type Shown = () => {story?: object; photo: number};

// One observer for every card on the page; the ratios the rule turns on are reported.
const watched = new Map<Element, ViewabilityController>();
let observer: IntersectionObserver | undefined;

/**
 * Tells when a card has been seen, by the IAB/MRC rule for a viewable impression: at
 * least half its area in the viewport (30 % for a card of 242,500 px² or more) for one
 * continuous second, while the page is visible. Once per story, `onSeen()` is called
 * with no index for the card, and once per photo with the photo's index, when that photo
 * has been the one shown in a viewable card for a second. A glimpse, a card mostly off
 * screen and a hidden tab never count.
 */
export class ViewabilityController implements ReactiveController {
  private _inView = false;
  private _story?: object;
  private _counted = new Set<number | undefined>();
  private _cardTimer?: ReturnType<typeof setTimeout>;
  private _photoTimer?: ReturnType<typeof setTimeout>;
  private _timedPhoto?: number;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _shown: Shown,
    private readonly _onSeen: (photo?: number) => void
  ) {
    _host.addController(this);
  }

  hostConnected() {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const {target, intersectionRatio, boundingClientRect: box} of entries) {
          const controller = watched.get(target);
          if (controller) {
            controller._inView = intersectionRatio >= (box.width * box.height >= LARGE_AREA ? 0.3 : 0.5);
            controller._check();
          }
        }
      },
      {threshold: [0, 0.3, 0.5]}
    );
    watched.set(this._host, this);
    observer.observe(this._host);
    document.addEventListener('visibilitychange', this._check);
  }

  hostDisconnected() {
    watched.delete(this._host);
    observer!.unobserve(this._host);
    if (!watched.size) {
      observer!.disconnect();
      observer = undefined;
    }
    document.removeEventListener('visibilitychange', this._check);
    this._inView = false;
    this._check();
  }

  // Another story is counted afresh; another photo shown starts its own second.
  hostUpdated() {
    const {story} = this._shown();
    if (story != this._story) {
      this._story = story;
      this._counted.clear();
      clearTimeout(this._cardTimer);
      this._cardTimer = undefined;
    }
    this._check();
  }

  private readonly _check = () => {
    const viewable = this._inView && document.visibilityState == 'visible' && !!this._story;
    const {photo} = this._shown();
    if (!viewable || photo != this._timedPhoto) {
      clearTimeout(this._photoTimer);
      this._photoTimer = this._timedPhoto = undefined;
    }
    if (!viewable) {
      clearTimeout(this._cardTimer);
      this._cardTimer = undefined;
      return;
    }
    this._cardTimer ??= this._after(undefined);
    if (photo >= 0 && this._photoTimer === undefined) {
      this._timedPhoto = photo;
      this._photoTimer = this._after(photo);
    }
  };

  /** Counts the card (no index) or a photo once it has stayed viewable for a second. */
  private _after(photo: number | undefined) {
    return this._counted.has(photo)
      ? undefined
      : setTimeout(() => {
          this._counted.add(photo);
          this._onSeen(photo);
        }, VIEWABLE_MS);
  }
}
