import {html, nothing, type ReactiveController, type ReactiveElement} from 'lit';
import type {Photo} from '../data/story.js';
import {formatCredit} from '../data/credit.js';
import {AutoplayController} from './autoplay-controller.js';
import {ResizeController} from './resize-controller.js';
import {AUTOPLAY_INTERVAL} from '../defaults.js';
import {fill, type Labels} from '../i18n/labels.js';

/** What the slideshow reads of the element it is part of. */
export interface SlideshowHost extends ReactiveElement {
  loop: boolean;
  autoplay: boolean;
  interval: number;
  thumbnails: boolean;
}

const ICONS = {
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  play: 'M8 5v14l11-7z',
  pause: 'M8 5v14M16 5v14',
  expand: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  close: 'M6 6l12 12M18 6L6 18',
};

/** Beyond this many photos a dot each would crowd the controls; the counter says it all. */
const MAX_DOTS = 8;

// How near a photo's snap position the track must rest to be on it. Widths can be
// fractional while scroll positions are whole pixels (WebKit snaps 2 × 560.5 to 1121).
const SNAP_TOLERANCE = 2;

/** A mouse drag that moves the photo by more than this share of its width turns the page. */
const DRAG_THRESHOLD = 0.15;

/**
 * The story's photos as the WAI-ARIA carousel pattern has them: native scrolling with
 * scroll snap (swipe, trackpad, mouse drag), previous/next, a dot or thumbnail per photo,
 * arrow keys with Home and End, a counter and an announcement of each change, optional
 * rotation with a stop button that comes first, and a full-screen view. It renders into
 * its host's shadow root, loads photos as they are wanted, and reports each photo the
 * reader (or rotation) moves to through `onChange`.
 */
export class Slideshow implements ReactiveController {
  /** The photo shown, counted from 0. */
  index = 0;
  photos: Photo[] = [];
  viewerOpen = false;

  private readonly _autoplay: AutoplayController;
  /**
   * Photos whose image has been asked for: the first, and then each photo's neighbours
   * once it has arrived. The first photo loads lazily, so that a card below the fold
   * costs the host page nothing until the reader nears it; the others are only given a
   * src when wanted, and load at once although the track clips them.
   */
  private readonly _requested = new Set<number>();
  /** Photos whose image has arrived or failed. */
  private readonly _settled = new Set<number>();
  private readonly _failed = new Set<number>();
  /** A change the reader made, to be announced ("Photo 2 of 3"). */
  private _announced = false;
  private _reported = 0;
  /** The photo a button or key sent the track scrolling to, until it gets there. */
  private _scrollingTo?: number;
  private _drag?: {pointer: number; x: number; scrollLeft: number};
  /** Another story's photos were shown in the track: it starts again at the first. */
  private _rewind = false;

  constructor(
    private readonly _host: SlideshowHost,
    private readonly _onChange: (index: number) => void
  ) {
    _host.addController(this);
    this._autoplay = new AutoplayController(_host, () => this.show(this._wrap(this.index + 1)));
    // Keeps the current photo in place whenever a track changes size, and puts it there
    // when a track first gets a size (after being laid out in a hidden container).
    new ResizeController(_host, '.track', (track) =>
      track.scrollTo({left: this._offsetOf(this.index, track), behavior: 'instant'})
    );
  }

  /** Another story's photos, from the first. */
  reset(photos: Photo[]) {
    this._rewind = !!this.photos.length && !!photos.length;
    this.photos = photos;
    this.index = this._reported = 0;
    this._announced = false;
    this._scrollingTo = undefined;
    this._requested.clear();
    this._settled.clear();
    this._failed.clear();
  }

  /** Shows photo `index` (counted from 0), as the previous and next buttons do. */
  show(index: number) {
    const target = Math.max(0, Math.min(index, this.photos.length - 1));
    if (!this.photos.length || target == this.index) return;
    this._moveTo(target);
    const track = this._track;
    if (track) {
      this._scrollingTo = target;
      track.scrollTo({left: this._offsetOf(target, track)});
    }
  }

  hostUpdate() {
    const host = this._host;
    this._autoplay.enable(host.autoplay);
    this._autoplay.interval = host.interval > 0 ? host.interval : AUTOPLAY_INTERVAL;
    this._requested.add(this.index);
    if (this._settled.has(this.index)) {
      for (const near of [this.index - 1, this.index + 1]) this._requested.add(host.loop ? this._wrap(near) : near);
    }
  }

  hostUpdated() {
    // Writing scrollLeft forces a layout, which a page of many cards cannot afford: only
    // a track that showed another story's photos is rewound.
    if (this._rewind) {
      this._rewind = false;
      const track = this._track;
      if (track) track.scrollLeft = 0;
    }
    if (this.index != this._reported) this._onChange((this._reported = this.index));
  }

  // A card taken off the page takes its full-screen view with it.
  hostDisconnected() {
    if (this.viewerOpen) {
      document.removeEventListener('fullscreenchange', this._onFullscreenChange);
      this.viewerOpen = false;
    }
  }

  private _moveTo(index: number) {
    this.index = index;
    this._announced = true;
    this._host.requestUpdate();
  }

  /** The track in view: the full-screen one while it is open. */
  private get _track(): HTMLElement | null {
    return this._host.renderRoot?.querySelector<HTMLElement>(this.viewerOpen ? 'dialog .track' : '.track');
  }

  private _wrap(index: number) {
    const count = this.photos.length;
    return this._host.loop || this._autoplay.rotating ? (index + count) % count : index;
  }

  /** Navigation by the user: it ends automatic rotation, as the pattern requires. */
  private _navigate(index: number) {
    this._autoplay.stop();
    this.show(this._wrap(index));
  }

  // Scroll positions run negative in a right-to-left scroller.
  private _offsetOf(index: number, track: HTMLElement) {
    return index * track.clientWidth * (getComputedStyle(track).direction == 'rtl' ? -1 : 1);
  }

  // Lit calls a listener with its host as `this`: the handlers are arrow functions.
  private readonly _onScroll = (event: Event) => {
    const track = event.currentTarget as HTMLElement;
    const width = track.clientWidth;
    if (!width || this._drag) return;
    const position = Math.abs(track.scrollLeft) / width;
    const settled = Math.round(position);
    // A scroll a button started passes the photos in between: the index already says
    // where it ends. Otherwise a swipe moved the track, and the photo it rests on counts.
    if (this._scrollingTo !== undefined) {
      if (Math.abs(position - this._scrollingTo) * width < SNAP_TOLERANCE) this._scrollingTo = undefined;
      return;
    }
    if (settled != this.index && Math.abs(position - settled) * width < SNAP_TOLERANCE) {
      this._autoplay.stop();
      this._moveTo(settled);
    }
  };

  // A finger or a wheel takes over from a scroll a button started.
  private readonly _onManualScroll = {
    handleEvent: () => (this._scrollingTo = undefined),
    passive: true,
  };

  // Touch, pen and trackpad scroll the track natively. A mouse has no such gesture, so
  // its drag moves the track by hand, and on release the nearest photo in the direction
  // of the drag is shown.
  private readonly _onPointerDown = (event: PointerEvent) => {
    if (event.pointerType != 'mouse' || event.button) return;
    const track = event.currentTarget as HTMLElement;
    this._scrollingTo = undefined;
    this._drag = {pointer: event.pointerId, x: event.clientX, scrollLeft: track.scrollLeft};
    track.setPointerCapture(event.pointerId);
    track.classList.add('dragging');
  };

  private readonly _onPointerMove = (event: PointerEvent) => {
    if (event.pointerId != this._drag?.pointer) return;
    (event.currentTarget as HTMLElement).scrollLeft = this._drag.scrollLeft - (event.clientX - this._drag.x);
  };

  private readonly _onPointerUp = (event: PointerEvent) => {
    const drag = this._drag;
    if (event.pointerId != drag?.pointer) return;
    const track = event.currentTarget as HTMLElement;
    // Read the distance before snapping comes back on: WebKit snaps at once.
    const moved = (Math.abs(track.scrollLeft) - Math.abs(drag.scrollLeft)) / track.clientWidth;
    const step = Math.abs(moved) > DRAG_THRESHOLD ? Math.sign(moved) : 0;
    this._drag = undefined;
    track.classList.remove('dragging');
    if (step) this._navigate(this.index + step);
    else track.scrollTo({left: this._offsetOf(this.index, track)});
  };

  private readonly _onKeydown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLButtonElement && (event.key == ' ' || event.key == 'Enter')) return;
    const rtl = getComputedStyle(this._host).direction == 'rtl';
    const step = {ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1}[event.key];
    const target = step
      ? this.index + step
      : event.key == 'Home'
        ? 0
        : event.key == 'End'
          ? this.photos.length - 1
          : undefined;
    if (target === undefined) return;
    event.preventDefault();
    this._navigate(target);
  };

  private _onImageSettled(index: number, failed: boolean) {
    this._settled.add(index);
    if (failed) this._failed.add(index);
    this._host.requestUpdate();
  }

  // The full-screen view is a modal dialog, so the page behind it is inert, Escape
  // closes it and focus goes back where it was. Where the Fullscreen API is there it
  // also fills the screen; where it is not (iPhone Safari) the dialog covers the window.
  private async _openViewer() {
    this.viewerOpen = true;
    this._host.requestUpdate();
    await this._host.updateComplete;
    const dialog = this._host.renderRoot.querySelector('dialog');
    // The card may have left the page, or lost its story, while the view was rendered.
    if (!dialog?.isConnected || dialog.open) return;
    dialog.showModal();
    document.addEventListener('fullscreenchange', this._onFullscreenChange);
    dialog.requestFullscreen?.().catch(() => undefined);
  }

  private _closeViewer() {
    const root = this._host.renderRoot;
    if (document.fullscreenElement && root.contains(document.fullscreenElement))
      document.exitFullscreen().catch(() => undefined);
    root.querySelector('dialog')?.close();
  }

  private readonly _onViewerClosed = () => {
    document.removeEventListener('fullscreenchange', this._onFullscreenChange);
    this.viewerOpen = false;
    this._host.requestUpdate();
    // The photo may have changed in the view: the card shows the same one, and focus
    // returns to the button that opened the view.
    this._host.updateComplete.then(() => {
      const track = this._track;
      track?.scrollTo({left: this._offsetOf(this.index, track), behavior: 'instant'});
      this._host.renderRoot.querySelector<HTMLElement>('[part~=expand]')?.focus();
    });
  };

  // Leaving full screen with the browser's own Escape leaves the view as a whole.
  private readonly _onFullscreenChange = () => {
    if (!document.fullscreenElement && this.viewerOpen) this._closeViewer();
  };

  /** The slideshow in the card, or nothing for a story without photos. */
  render(headline: string, t: Labels) {
    return this._render(headline, t, false);
  }

  /** The full-screen view, while it is open. */
  renderViewer(headline: string, t: Labels) {
    return this.viewerOpen
      ? html`<dialog class="viewer" part="viewer" aria-label=${headline} @close=${this._onViewerClosed}>${this._render(headline, t, true)}</dialog>`
      : nothing;
  }

  private _render(headline: string, t: Labels, inViewer: boolean) {
    const {photos, index} = this;
    const count = photos.length;
    if (!count) return nothing;
    const several = count > 1;
    const loop = this._host.loop;
    const playing = this._autoplay.playing;
    // The icon is drawn in the button's own template: a nested one per icon would cost
    // every card on the page three more template instances.
    const button = (name: string, icon: keyof typeof ICONS, label: string, onClick: () => void, disabled = false) =>
      html`<button part="button ${name}" aria-label=${label} aria-disabled=${disabled ? 'true' : nothing} @click=${onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[icon]} /></svg>
      </button>`;
    const label = fill(inViewer ? t.fullScreenPhotos : t.photos, {headline});
    return html`<section class="slideshow" part="slideshow" aria-roledescription="carousel" aria-label=${label} @keydown=${this._onKeydown}>
      ${several && this._host.autoplay ? button('rotation', playing ? 'pause' : 'play', playing ? t.stop : t.start, () => (playing ? this._autoplay.stop() : this._autoplay.start())) : nothing}
      <div
        class="track"
        tabindex="0"
        @scroll=${this._onScroll}
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerUp}
        @pointercancel=${this._onPointerUp}
        @touchstart=${this._onManualScroll}
        @wheel=${this._onManualScroll}
      >
        ${photos.map((photo, i) => this._renderSlide(photo, i, t))}
      </div>
      <div class="controls" part="controls">
        ${
          several
            ? html`${button('previous', 'previous', t.previous, () => this._navigate(this.index - 1), !loop && index == 0)}
              <span class="counter" aria-hidden="true">${index + 1} / ${count}</span>
              ${button('next', 'next', t.next, () => this._navigate(this.index + 1), !loop && index == count - 1)}`
            : nothing
        }
        ${inViewer ? button('close', 'close', t.close, () => this._closeViewer()) : button('expand', 'expand', t.expand, () => this._openViewer())}
      </div>
      ${several ? this._renderPicker(t) : nothing}
      <p class="visually-hidden" aria-live=${this._autoplay.rotating ? 'off' : 'polite'}>${this._announced ? fill(t.position, {n: index + 1, count}) : ''}</p>
    </section>`;
  }

  private _renderPicker(t: Labels) {
    const {photos} = this;
    if (this._host.thumbnails) {
      return html`<div class="thumbnails" part="thumbnails">
        ${photos.map(
          (
            photo,
            i
          ) => html`<button aria-label=${fill(t.dot, {n: i + 1})} aria-current=${i == this.index ? 'true' : nothing} @click=${() => this._navigate(i)}>
            <img src=${photo.src} srcset=${photo.srcset ?? nothing} sizes="96px" alt="" loading="lazy" decoding="async" draggable="false" />
          </button>`
        )}
      </div>`;
    }
    if (photos.length > MAX_DOTS) return nothing;
    return html`<div class="dots" part="dots">
      ${photos.map((_, i) => html`<button aria-label=${fill(t.dot, {n: i + 1})} aria-current=${i == this.index ? 'true' : nothing} @click=${() => this._navigate(i)}></button>`)}
    </div>`;
  }

  private _renderSlide(photo: Photo, i: number, t: Labels) {
    const requested = this._requested.has(i);
    const credit = photo.credit && formatCredit(photo.credit);
    const failed = this._failed.has(i);
    // A slide is a plain group, not a figure: a figure is named by its caption, and the
    // caption would then be read twice.
    return html`<div class="slide" role="group" aria-roledescription="slide" aria-label=${fill(t.slide, {n: i + 1, count: this.photos.length})} ?inert=${i != this.index}>
      <div class="frame ${failed ? 'failed' : ''}">
        <img
          part="photo"
          loading=${i ? 'eager' : 'lazy'}
          fetchpriority=${i ? 'low' : 'high'}
          sizes=${photo.sizes ?? nothing}
          srcset=${(requested && photo.srcset) || nothing}
          src=${requested ? photo.src : nothing}
          width=${photo.width ?? nothing}
          height=${photo.height ?? nothing}
          alt=${photo.alt}
          decoding="async"
          draggable="false"
          @load=${() => this._onImageSettled(i, false)}
          @error=${() => this._onImageSettled(i, true)}
        />
        ${failed ? html`<span class="unavailable" aria-hidden="true">${t.unavailable}</span>` : nothing}
      </div>
      ${
        photo.caption || credit
          ? html`<p class="caption" part="caption">
            ${photo.caption ? html`<span class="text">${photo.caption}</span>` : nothing}
            ${credit ? html`<span class="credit" part="credit">${t.credit} ${photo.credit!.url ? html`<a href=${photo.credit!.url} rel="noopener noreferrer">${credit}</a>` : credit}</span>` : nothing}
          </p>`
          : nothing
      }
    </div>`;
  }
}
