import {LitElement, html, nothing, type PropertyValues} from 'lit';
import type {Photo, Problem, Story, StoryInput} from './data/story.js';
import {formatProblem} from './data/story.js';
import {formatCredit} from './data/credit.js';
import {StorySourceController, type StorySource} from './controllers/story-source-controller.js';
import {AutoplayController} from './controllers/autoplay-controller.js';
import {ResizeController} from './controllers/resize-controller.js';
import {styles} from './story-card.styles.js';
import {fill, labelsFor, type Labels} from './i18n/labels.js';

export interface StoryCardLoadDetail {
  story: Story;
  warnings: Problem[];
  source: StorySource;
}

export interface StoryCardErrorDetail {
  errors: Problem[];
  source: StorySource;
}

export interface StoryCardSlideChangeDetail {
  index: number;
  photo: Photo;
}

const ICONS = {
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  play: 'M8 5v14l11-7z',
  pause: 'M8 5v14M16 5v14',
  expand: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  close: 'M6 6l12 12M18 6L6 18',
};

// Events bubble and cross the shadow boundary, so that a page can listen anywhere above.
// (A function outside the class, so the manifest analyzer lists only the @fires events.)
const emit = (target: EventTarget, type: string, detail: unknown) => target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));

// Making a DateTimeFormat costs far more than using one: a page of cards shares them.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {dateStyle: 'long', timeZone};
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options); // A lang attribute that is no language.
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** Beyond this many photos a dot each would crowd the controls; the counter says it all. */
const MAX_DOTS = 8;

// How near a photo's snap position the track must rest to be on it. Widths can be
// fractional while scroll positions are whole pixels (WebKit snaps 2 × 560.5 to 1121).
const SNAP_TOLERANCE = 2;

/** A mouse drag that moves the photo by more than this share of its width turns the page. */
const DRAG_THRESHOLD = 0.15;

/**
 * A news story card: kicker, headline, standfirst, byline and date, a photo slideshow in
 * which every photo keeps its caption and credit, the story text and a link to the full
 * story.
 *
 * The story comes from, in order of precedence: the `story` property, the `story`
 * attribute (JSON), `src` (a URL of JSON), or a `<script type="application/json">` child.
 * The story format and schema.org NewsArticle JSON-LD are both accepted.
 *
 * @fires story-card-load - The story is shown. `detail`: `{story, warnings, source}`.
 * @fires story-card-error - The story cannot be shown; the card shows why. `detail`: `{errors, source}`.
 * @fires story-card-slide-change - Another photo is shown. `detail`: `{index, photo}`.
 *
 * The slideshow follows the WAI-ARIA carousel pattern: native scrolling with scroll snap
 * (swipe, trackpad, mouse drag), previous/next, a dot or thumbnail per photo, arrow keys
 * with Home and End, a counter and an announcement of each change, an optional
 * rotation with a stop button that comes first, and a full-screen view.
 *
 * @csspart card - The card's frame, around everything.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline.
 * @csspart standfirst - The summary below the headline.
 * @csspart byline - Author and date.
 * @csspart slideshow - The photos with their controls.
 * @csspart photo - Each photo (an img).
 * @csspart caption - Each photo's caption, credit included.
 * @csspart credit - Each photo's credit.
 * @csspart controls - Previous, position, next, full screen.
 * @csspart button - Each button (also `previous`, `next`, `rotation`, `expand`, `close`, `retry`, `more`).
 * @csspart dots - The row of dots, one button per photo (up to 8 photos).
 * @csspart thumbnails - The strip of thumbnails, when the `thumbnails` attribute is set.
 * @csspart viewer - The full-screen view (a modal dialog).
 * @csspart body - The story text.
 * @csspart link - The link to the full story.
 * @csspart error - What the card shows when the story cannot be shown.
 *
 * @cssprop --story-card-font-body - Text face. Default: Georgia, serif.
 * @cssprop --story-card-font-headline - Headline, kicker, captions and controls. Default: Helvetica Neue, Arial, sans-serif.
 * @cssprop --story-card-color-text - Default: light-dark(#1a1a1a, #ececec).
 * @cssprop --story-card-color-muted - Standfirst, byline, credits. Default: light-dark(#595959, #ababab).
 * @cssprop --story-card-color-accent - Kicker, link, focus ring. Default: light-dark(#b3001b, #ff7d87).
 * @cssprop --story-card-color-background - Default: light-dark(#fff, #161616).
 * @cssprop --story-card-color-border - Default: light-dark(#dcdcdc, #3d3d3d).
 * @cssprop --story-card-color-photo-background - Behind photos that do not fill the frame. Default: #111.
 * @cssprop --story-card-radius - Corners of the card, photos and buttons. Default: 4px.
 * @cssprop --story-card-space - Padding inside the card. Default: 1.25rem.
 * @cssprop --story-card-max-width - Default: none (the container's width).
 * @cssprop --story-card-font-size - The text's size; the rest scales from it. Default: 1rem.
 * @cssprop --story-card-border-width - Default: 1px.
 * @cssprop --story-card-shadow - The card's box-shadow. Default: none.
 * @cssprop --story-card-caption-color - Default: the text colour.
 * @cssprop --story-card-photo-aspect-ratio - The photo frame's shape, and so the card's height. Default: 3 / 2.
 */
export class StoryCard extends LitElement {
  static override styles = styles;

  static override properties = {
    story: {attribute: false},
    storyJson: {attribute: 'story'},
    src: {},
    loop: {type: Boolean},
    autoplay: {type: Boolean},
    interval: {type: Number},
    thumbnails: {type: Boolean},
    theme: {reflect: true},
    layout: {reflect: true},
    timeout: {type: Number},
    labels: {
      // A broken labels attribute must not throw into the host page: it is ignored, with a warning.
      converter: (value: string | null) => {
        try {
          return value == null ? undefined : JSON.parse(value);
        } catch {
          console.warn(`<story-card>: the labels attribute is not valid JSON; the built-in labels are used`);
          return undefined;
        }
      },
    },
    withCredentials: {type: Boolean, attribute: 'with-credentials'},
    // attribute: false is what state means to Lit; it is spelled out for the manifest analyzer.
    /** @internal */
    _index: {state: true, attribute: false},
    /** @internal */
    _viewerOpen: {state: true, attribute: false},
    /** @internal */
    _expanded: {state: true, attribute: false},
  };

  /** The story as an object (the format in story.schema.json, or NewsArticle JSON-LD). Wins over every other source. */
  declare story?: StoryInput | object;
  /** The `story` attribute: the story as inline JSON. */
  declare storyJson?: string | null;
  /** A URL to fetch the story from as JSON. Relative photo URLs in it are relative to it. */
  declare src?: string | null;
  /** Next after the last photo shows the first, and previous before the first the last. */
  declare loop: boolean;
  /** Photos change by themselves every `interval` ms (never under reduced motion unless the user starts it). */
  declare autoplay: boolean;
  /** Milliseconds between automatic changes. Default 5000. */
  declare interval: number;
  /** A strip of thumbnails in place of the dots. */
  declare thumbnails: boolean;
  /** `light` (the default), `dark`, or `auto` to follow the reader's colour scheme. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** `auto` (the default: by the card's own width), or `compact`, `standard` or `wide` whatever the width. */
  declare layout?: 'auto' | 'compact' | 'standard' | 'wide';
  /** Milliseconds to wait for `src`, body included, before giving up. Default 10000. */
  declare timeout: number;
  /** Send cookies and HTTP authentication with the request for `src` (they are left out by default). */
  declare withCredentials: boolean;
  /** The card's own words, overriding those of its language (English, Japanese and Russian are built in). */
  declare labels?: Partial<Labels>;

  declare private _index: number;
  declare private _viewerOpen: boolean;
  /** The reader opened the whole text (Continue reading): the card is as tall as its story. */
  declare private _expanded: boolean;
  private readonly _source = new StorySourceController(this);
  private readonly _autoplay = new AutoplayController(this, () => this.show(this._wrap(this._index + 1)));
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
  private _announcement = '';
  private _lang?: string;
  private _t: Labels = labelsFor(undefined);
  /** The photo a button or key sent the track scrolling to, until it gets there. */
  private _scrollingTo?: number;
  private _drag?: {pointer: number; x: number; scrollLeft: number};
  private _reported?: object;

  constructor() {
    super();
    // Keeps the current photo in place whenever a track changes size, and puts it there
    // when a track first gets a size (after being laid out in a hidden container).
    new ResizeController(this, '.track', (track) => track.scrollTo({left: this._offsetOf(this._index, track), behavior: 'instant'}));
    this._index = 0;
    this._viewerOpen = this._expanded = false;
    this.loop = this.autoplay = this.thumbnails = this.withCredentials = false;
    this.interval = 5000;
    this.timeout = 10000;
  }

  /** The photo shown, counted from 0. */
  get index(): number {
    return this._index;
  }

  /** Shows photo `index` (counted from 0), as the previous and next buttons do. */
  show(index: number) {
    const target = Math.max(0, Math.min(index, this._photos.length - 1));
    if (!this._photos.length || target == this._index) return;
    this._index = target;
    this._announce();
    const track = this._track;
    if (track) {
      this._scrollingTo = target;
      track.scrollTo({left: this._offsetOf(target, track)});
    }
  }

  private get _photos(): Photo[] {
    const state = this._source.state;
    return state.status == 'ready' ? state.story.photos : [];
  }

  /** The track in view: the full-screen one while it is open. */
  private get _track(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>(this._viewerOpen ? 'dialog .track' : '.track');
  }

  private _wrap(index: number) {
    const count = this._photos.length;
    return this.loop || this._autoplay.rotating ? (index + count) % count : index;
  }

  private _announce() {
    this._announcement = fill(this._t.position, {n: this._index + 1, count: this._photos.length});
  }

  /** Navigation by the user: it ends automatic rotation, as the pattern requires. */
  private _navigate(index: number) {
    this._autoplay.stop();
    this.show(this._wrap(index));
  }

  protected override willUpdate(changed: PropertyValues) {
    // The page's language may change between updates: it is read each time.
    this._lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    this._t = labelsFor(this._lang, this.labels);
    if (changed.has('story') || changed.has('storyJson') || changed.has('src')) this._source.load();
    if (changed.has('autoplay')) this._autoplay.enable(this.autoplay);
    this._autoplay.interval = this.interval > 0 ? this.interval : 5000;
    if (this._source.state != this._reported) {
      this._index = 0;
      this._expanded = false;
      this._announcement = '';
      this._scrollingTo = undefined;
      this._requested.clear();
      this._settled.clear();
      this._failed.clear();
    }
    this._requested.add(this._index);
    if (this._settled.has(this._index)) {
      for (const near of [this._index - 1, this._index + 1]) this._requested.add(this.loop ? this._wrap(near) : near);
    }
  }

  protected override updated(changed: PropertyValues) {
    const state = this._source.state;
    if (state != this._reported) {
      const previous = this._reported as {status?: string} | undefined;
      this._reported = state;
      const track = this._track;
      // A new story in a track that showed another starts at its first photo. Only then:
      // writing scrollLeft forces a layout, which a page of many cards cannot afford.
      if (track && state.status == 'ready' && previous?.status == 'ready') track.scrollLeft = 0;
      this._report();
    } else if (changed.has('_index')) {
      this._emit('story-card-slide-change', {index: this._index, photo: this._photos[this._index]});
    }
  }

  private _report() {
    const state = this._source.state;
    if (state.status == 'ready' || state.status == 'error') {
      const {source, warnings} = state;
      if (warnings.length) console.warn(`<story-card>: ${warnings.length} problem(s) in the story from its ${source}; the rest is shown:\n${warnings.map(formatProblem).join('\n')}`);
    }
    if (state.status == 'ready') {
      this._emit('story-card-load', {story: state.story, warnings: state.warnings, source: state.source});
    } else if (state.status == 'error') {
      console.error(`<story-card>: the story cannot be shown:\n${state.errors.map(formatProblem).join('\n')}`);
      this._emit('story-card-error', {errors: state.errors, source: state.source});
    }
  }

  private _emit<K extends keyof StoryCardEventMap>(type: K, detail: StoryCardEventMap[K]['detail']) {
    emit(this, type, detail);
  }

  // Scroll positions run negative in a right-to-left scroller.
  private _offsetOf(index: number, track: HTMLElement) {
    return index * track.clientWidth * (getComputedStyle(track).direction == 'rtl' ? -1 : 1);
  }

  private _onScroll(event: Event) {
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
    if (settled != this._index && Math.abs(position - settled) * width < SNAP_TOLERANCE) {
      this._autoplay.stop();
      this._index = settled;
      this._announce();
    }
  }

  // A finger or a wheel takes over from a scroll a button started.
  private readonly _onManualScroll = {
    handleEvent: () => (this._scrollingTo = undefined),
    passive: true,
  };

  // Touch, pen and trackpad scroll the track natively. A mouse has no such gesture, so
  // its drag moves the track by hand, and on release the nearest photo in the direction
  // of the drag is shown.
  private _onPointerDown(event: PointerEvent) {
    if (event.pointerType != 'mouse' || event.button) return;
    const track = event.currentTarget as HTMLElement;
    this._scrollingTo = undefined;
    this._drag = {pointer: event.pointerId, x: event.clientX, scrollLeft: track.scrollLeft};
    track.setPointerCapture(event.pointerId);
    track.classList.add('dragging');
  }

  private _onPointerMove(event: PointerEvent) {
    if (event.pointerId != this._drag?.pointer) return;
    (event.currentTarget as HTMLElement).scrollLeft = this._drag.scrollLeft - (event.clientX - this._drag.x);
  }

  private _onPointerUp(event: PointerEvent) {
    const drag = this._drag;
    if (event.pointerId != drag?.pointer) return;
    const track = event.currentTarget as HTMLElement;
    // Read the distance before snapping comes back on: WebKit snaps at once.
    const moved = (Math.abs(track.scrollLeft) - Math.abs(drag.scrollLeft)) / track.clientWidth;
    const step = Math.abs(moved) > DRAG_THRESHOLD ? Math.sign(moved) : 0;
    this._drag = undefined;
    track.classList.remove('dragging');
    if (step) this._navigate(this._index + step);
    else track.scrollTo({left: this._offsetOf(this._index, track)});
  }

  private _onKeydown(event: KeyboardEvent) {
    if (event.target instanceof HTMLButtonElement && (event.key == ' ' || event.key == 'Enter')) return;
    const rtl = getComputedStyle(this).direction == 'rtl';
    const step = {ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1}[event.key];
    const target = step ? this._index + step : event.key == 'Home' ? 0 : event.key == 'End' ? this._photos.length - 1 : undefined;
    if (target === undefined) return;
    event.preventDefault();
    this._navigate(target);
  }

  private _onImageSettled(index: number, failed: boolean) {
    this._settled.add(index);
    if (failed) this._failed.add(index);
    this.requestUpdate();
  }

  private _toggleRotation() {
    if (this._autoplay.playing) this._autoplay.stop();
    else this._autoplay.start();
  }

  // The full-screen view is a modal dialog, so the page behind it is inert, Escape
  // closes it and focus goes back where it was. Where the Fullscreen API is there it
  // also fills the screen; where it is not (iPhone Safari) the dialog covers the window.
  private async _openViewer() {
    this._viewerOpen = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    // The card may have left the page, or lost its story, while the view was rendered.
    if (!dialog?.isConnected || dialog.open) return;
    dialog.showModal();
    document.addEventListener('fullscreenchange', this._onFullscreenChange);
    dialog.requestFullscreen?.().catch(() => undefined);
  }

  private _closeViewer() {
    if (document.fullscreenElement && this.renderRoot.contains(document.fullscreenElement)) document.exitFullscreen().catch(() => undefined);
    this.renderRoot.querySelector('dialog')?.close();
  }

  private _onViewerClosed() {
    document.removeEventListener('fullscreenchange', this._onFullscreenChange);
    this._viewerOpen = false;
    // The photo may have changed in the view: the card shows the same one, and focus
    // returns to the button that opened the view.
    this.updateComplete.then(() => {
      const track = this._track;
      track?.scrollTo({left: this._offsetOf(this._index, track), behavior: 'instant'});
      this.renderRoot.querySelector<HTMLElement>('[part~=expand]')?.focus();
    });
  }

  // Leaving full screen with the browser's own Escape leaves the view as a whole.
  private readonly _onFullscreenChange = () => {
    if (!document.fullscreenElement && this._viewerOpen) this._closeViewer();
  };

  // A card taken off the page takes its full-screen view with it.
  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this._viewerOpen) {
      document.removeEventListener('fullscreenchange', this._onFullscreenChange);
      this._viewerOpen = false;
    }
  }

  protected override render() {
    const state = this._source.state;
    if (state.status == 'empty') return nothing;
    // Loading, error or story, the card takes the same space: its layout's.
    const layout = ['compact', 'standard', 'wide'].includes(this.layout!) ? this.layout : 'auto';
    if (state.status == 'loading') {
      return html`<article class=${layout!} part="card" aria-busy="true">
        <div class="frame skeleton"></div>
        <span class="visually-hidden" role="status">${this._t.loading}</span>
      </article>`;
    }
    if (state.status == 'error') {
      return html`<article class=${layout!} part="card">
        <div class="error" part="error" role="alert">
          <p><strong>${this._t.error}</strong></p>
          <ul>
            ${state.errors.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
          </ul>
          ${state.source == 'src' ? html`<button class="retry" part="button retry" @click=${() => this._source.retry()}>${this._t.retry}</button>` : nothing}
        </div>
      </article>`;
    }
    const {story} = state;
    const expanded = this._expanded;
    return html`<article class="${layout!} ${expanded ? 'expanded' : ''}" part="card" aria-labelledby="headline">
      ${story.kicker ? html`<p class="kicker" part="kicker">${story.kicker}</p>` : nothing}
      <h2 id="headline" part="headline">${story.headline}</h2>
      ${story.standfirst ? html`<p class="standfirst" part="standfirst">${story.standfirst}</p>` : nothing}
      ${story.byline || story.datePublished
        ? html`<p class="byline" part="byline">
            ${story.byline ? html`<span>${story.byline}</span>` : nothing}
            ${story.datePublished ? html`<time datetime=${story.datePublished}>${this._formatDate(story.datePublished)}</time>` : nothing}
          </p>`
        : nothing}
      ${this._renderSlideshow(story, false)}
      ${story.body.length ? html`<div class="body" part="body" id="body">${story.body.map((paragraph) => html`<p>${paragraph}</p>`)}</div>` : nothing}
      ${story.body.length || story.url
        ? html`<div class="footer">
            ${story.body.length
              ? html`<button class="more" part="button more" aria-expanded=${expanded} aria-controls="body" @click=${() => (this._expanded = !expanded)}>
                  ${expanded ? this._t.showLess : this._t.continueReading}
                </button>`
              : nothing}
            ${story.url
              ? html`<a class="link" part="link" href=${story.url} rel="noopener noreferrer">${this._t.readMore}<span class="visually-hidden">: ${story.headline}</span></a>`
              : nothing}
          </div>`
        : nothing}
      ${this._viewerOpen
        ? html`<dialog class="viewer" part="viewer" aria-label=${story.headline} @close=${this._onViewerClosed}>${this._renderSlideshow(story, true)}</dialog>`
        : nothing}
    </article>`;
  }

  private _renderSlideshow({photos, headline}: Story, inViewer: boolean) {
    const count = photos.length;
    if (!count) return nothing;
    const index = this._index;
    const several = count > 1;
    const rotating = this._autoplay.rotating;
    // The icon is drawn in the button's own template: a nested one per icon would cost
    // every card on the page three more template instances.
    const button = (name: string, icon: keyof typeof ICONS, label: string, onClick: () => void, disabled = false) =>
      html`<button part="button ${name}" aria-label=${label} aria-disabled=${disabled ? 'true' : nothing} @click=${onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[icon]} /></svg>
      </button>`;
    const t = this._t;
    const playing = this._autoplay.playing;
    const label = fill(inViewer ? t.fullScreenPhotos : t.photos, {headline});
    return html`<section class="slideshow" part="slideshow" aria-roledescription="carousel" aria-label=${label} @keydown=${this._onKeydown}>
      ${several && this.autoplay ? button('rotation', playing ? 'pause' : 'play', playing ? t.stop : t.start, () => this._toggleRotation()) : nothing}
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
        ${photos.map((photo, i) => this._renderSlide(photo, i, count))}
      </div>
      <div class="controls" part="controls">
        ${several
          ? html`${button('previous', 'previous', t.previous, () => this._navigate(this._index - 1), !this.loop && index == 0)}
              <span class="counter" aria-hidden="true">${index + 1} / ${count}</span>
              ${button('next', 'next', t.next, () => this._navigate(this._index + 1), !this.loop && index == count - 1)}`
          : nothing}
        ${inViewer ? button('close', 'close', t.close, () => this._closeViewer()) : button('expand', 'expand', t.expand, () => this._openViewer())}
      </div>
      ${several ? this._renderPicker(photos) : nothing}
      <p class="visually-hidden" aria-live=${rotating ? 'off' : 'polite'}>${this._announcement}</p>
    </section>`;
  }

  private _renderPicker(photos: Photo[]) {
    if (this.thumbnails) {
      return html`<div class="thumbnails" part="thumbnails">
        ${photos.map(
          (photo, i) => html`<button aria-label=${fill(this._t.dot, {n: i + 1})} aria-current=${i == this._index ? 'true' : nothing} @click=${() => this._navigate(i)}>
            <img src=${photo.src} srcset=${photo.srcset ?? nothing} sizes="96px" alt="" loading="lazy" decoding="async" draggable="false" />
          </button>`
        )}
      </div>`;
    }
    if (photos.length > MAX_DOTS) return nothing;
    return html`<div class="dots" part="dots">
      ${photos.map((_, i) => html`<button aria-label=${fill(this._t.dot, {n: i + 1})} aria-current=${i == this._index ? 'true' : nothing} @click=${() => this._navigate(i)}></button>`)}
    </div>`;
  }

  private _renderSlide(photo: Photo, i: number, count: number) {
    const requested = this._requested.has(i);
    const credit = photo.credit && formatCredit(photo.credit);
    // A slide is a plain group, not a figure: a figure is named by its caption, and the
    // caption would then be read twice.
    const failed = this._failed.has(i);
    return html`<div class="slide" role="group" aria-roledescription="slide" aria-label=${fill(this._t.slide, {n: i + 1, count})} ?inert=${i != this._index}>
      <div class="frame ${failed ? 'failed' : ''}">
        <img
          part="photo"
          src=${requested ? photo.src : nothing}
          srcset=${(requested && photo.srcset) || nothing}
          sizes=${photo.sizes ?? nothing}
          width=${photo.width ?? nothing}
          height=${photo.height ?? nothing}
          alt=${photo.alt}
          loading=${i ? 'eager' : 'lazy'}
          fetchpriority=${i ? 'low' : 'high'}
          decoding="async"
          draggable="false"
          @load=${() => this._onImageSettled(i, false)}
          @error=${() => this._onImageSettled(i, true)}
        />
        ${failed ? html`<span class="unavailable" aria-hidden="true">${this._t.unavailable}</span>` : nothing}
      </div>
      ${photo.caption || credit
        ? html`<p class="caption" part="caption">
            ${photo.caption ? html`<span class="text">${photo.caption}</span>` : nothing}
            ${credit
              ? html`<span class="credit" part="credit">${this._t.credit} ${photo.credit!.url ? html`<a href=${photo.credit!.url} rel="noopener noreferrer">${credit}</a>` : credit}</span>`
              : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private _formatDate(date: string) {
    // A date without a time means that day everywhere: read and show it in UTC.
    return dateFormat(this._lang, date.length == 10 ? 'UTC' : undefined).format(new Date(date));
  }
}

export interface StoryCardEventMap {
  'story-card-load': CustomEvent<StoryCardLoadDetail>;
  'story-card-error': CustomEvent<StoryCardErrorDetail>;
  'story-card-slide-change': CustomEvent<StoryCardSlideChangeDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends StoryCardEventMap {}
}
