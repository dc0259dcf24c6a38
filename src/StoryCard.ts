import {LitElement, html, nothing, type PropertyValues} from 'lit';
import type {Photo, Problem, Story, StoryInput} from './data/story.js';
import {formatProblem} from './data/story.js';
import {formatCredit} from './data/credit.js';
import {StorySourceController, type StorySource} from './controllers/story-source-controller.js';
import {styles} from './story-card.styles.js';

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

const chevron = (points: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${points} stroke-linecap="round" stroke-linejoin="round" /></svg>`;

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
 * @csspart card - The card's frame, around everything.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline.
 * @csspart standfirst - The summary below the headline.
 * @csspart byline - Author and date.
 * @csspart slideshow - The photos with their controls.
 * @csspart photo - Each photo (an img).
 * @csspart caption - Each photo's caption, credit included.
 * @csspart credit - Each photo's credit.
 * @csspart controls - Previous, position, next.
 * @csspart button - Each slideshow button (also `previous` or `next`).
 * @csspart body - The story text.
 * @csspart link - The link to the full story.
 * @csspart error - What the card shows when the story cannot be shown.
 *
 * @cssprop --story-card-font-body - Text face. Default: Georgia, serif.
 * @cssprop --story-card-font-headline - Headline, kicker, captions and controls. Default: Helvetica Neue, Arial, sans-serif.
 * @cssprop --story-card-color-text - Default: #1a1a1a.
 * @cssprop --story-card-color-muted - Standfirst, byline, credits. Default: #595959.
 * @cssprop --story-card-color-accent - Kicker, link, focus ring. Default: #b3001b.
 * @cssprop --story-card-color-background - Default: #fff.
 * @cssprop --story-card-color-border - Default: #dcdcdc.
 * @cssprop --story-card-color-photo-background - Behind photos that do not fill the frame. Default: #111.
 * @cssprop --story-card-radius - Corners of the card, photos and buttons. Default: 4px.
 * @cssprop --story-card-space - Padding inside the card. Default: 1.25rem.
 * @cssprop --story-card-max-width - Default: 42rem.
 * @cssprop --story-card-photo-aspect-ratio - The photo frame's shape. Default: the first photo's width / height, else 3 / 2.
 */
export class StoryCard extends LitElement {
  static override styles = styles;

  static override properties = {
    story: {attribute: false},
    storyJson: {attribute: 'story'},
    src: {},
    _index: {state: true},
  };

  /** The story as an object (the format in story.schema.json, or NewsArticle JSON-LD). Wins over every other source. */
  declare story?: StoryInput | object;
  /** The `story` attribute: the story as inline JSON. */
  declare storyJson?: string | null;
  /** A URL to fetch the story from as JSON. Relative photo URLs in it are relative to it. */
  declare src?: string | null;

  declare private _index: number;
  private readonly _source = new StorySourceController(this);
  /** Photos whose image has been asked for: the shown one and its neighbours, once reached. */
  private _requested = new Set<number>();
  private _announcement = '';
  private _reported?: object;

  constructor() {
    super();
    this._index = 0;
  }

  /** The photo shown, counted from 0. */
  get index(): number {
    return this._index;
  }

  /** Shows photo `index` (counted from 0), as the previous and next buttons do. */
  show(index: number) {
    const photos = this._photos;
    const target = Math.max(0, Math.min(index, photos.length - 1));
    if (!photos.length || target == this._index) return;
    this._index = target;
    this._announcement = `Photo ${target + 1} of ${photos.length}`;
    this._track?.scrollTo({left: this._offsetOf(target)});
  }

  private get _photos(): Photo[] {
    const state = this._source.state;
    return state.status == 'ready' ? state.story.photos : [];
  }

  private get _track(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.track');
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('story') || changed.has('storyJson') || changed.has('src')) this._source.load();
    if (this._source.state != this._reported) {
      this._index = 0;
      this._announcement = '';
      this._requested.clear();
    }
    for (const near of [this._index - 1, this._index, this._index + 1]) this._requested.add(near);
  }

  protected override updated(changed: PropertyValues) {
    const state = this._source.state;
    const track = this._track;
    if (state != this._reported) {
      this._reported = state;
      if (track && state.status == 'ready') {
        const sized = state.story.photos.find((photo) => photo.width && photo.height);
        track.scrollLeft = 0;
        if (sized) track.style.setProperty('--_photo-aspect-ratio', `${sized.width} / ${sized.height}`);
      }
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
    this.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
  }

  // Scroll positions run negative in a right-to-left scroller.
  private _offsetOf(index: number) {
    const track = this._track!;
    return index * track.clientWidth * (getComputedStyle(track).direction == 'rtl' ? -1 : 1);
  }

  private _onScroll(event: Event) {
    const track = event.currentTarget as HTMLElement;
    if (!track.clientWidth) return;
    const settled = Math.round(Math.abs(track.scrollLeft) / track.clientWidth);
    // Only a swipe moves the index here; a scroll the buttons started passes through
    // the photos in between, and the index already points at where it will stop.
    if (Math.abs(track.scrollLeft - this._offsetOf(this._index)) < 1 || settled == this._index) return;
    if (Math.abs(Math.abs(track.scrollLeft) - settled * track.clientWidth) < 1) {
      this._index = settled;
      this._announcement = '';
    }
  }

  private _onKeydown(event: KeyboardEvent) {
    const rtl = getComputedStyle(this).direction == 'rtl';
    const step = {ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1}[event.key];
    const target = step ? this._index + step : event.key == 'Home' ? 0 : event.key == 'End' ? this._photos.length - 1 : undefined;
    if (target === undefined) return;
    event.preventDefault();
    this.show(target);
  }

  protected override render() {
    const state = this._source.state;
    if (state.status == 'empty') return nothing;
    if (state.status == 'loading') {
      return html`<article part="card" aria-busy="true">
        <div class="skeleton"></div>
        <div class="skeleton headline"></div>
        <div class="skeleton frame"></div>
        <div class="skeleton"></div>
        <span class="visually-hidden" role="status">Loading story…</span>
      </article>`;
    }
    if (state.status == 'error') {
      return html`<article part="card">
        <div class="error" part="error" role="alert">
          <p><strong>This story can’t be shown.</strong></p>
          <ul>
            ${state.errors.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
          </ul>
        </div>
      </article>`;
    }
    const {story} = state;
    return html`<article part="card" aria-labelledby="headline">
      ${story.kicker ? html`<p class="kicker" part="kicker">${story.kicker}</p>` : nothing}
      <h2 id="headline" part="headline">${story.headline}</h2>
      ${story.standfirst ? html`<p class="standfirst" part="standfirst">${story.standfirst}</p>` : nothing}
      ${story.byline || story.datePublished
        ? html`<p class="byline" part="byline">
            ${story.byline ? html`<span>${story.byline}</span>` : nothing}
            ${story.datePublished ? html`<time datetime=${story.datePublished}>${this._formatDate(story.datePublished)}</time>` : nothing}
          </p>`
        : nothing}
      ${this._renderSlideshow(story)}
      ${story.body.length ? html`<div class="body" part="body">${story.body.map((paragraph) => html`<p>${paragraph}</p>`)}</div>` : nothing}
      ${story.url
        ? html`<a class="link" part="link" href=${story.url} rel="noopener noreferrer">Read the full story<span class="visually-hidden">: ${story.headline}</span></a>`
        : nothing}
    </article>`;
  }

  private _renderSlideshow({photos, headline}: Story) {
    if (!photos.length) return nothing;
    const count = photos.length;
    const last = count - 1;
    return html`<section class="slideshow" part="slideshow" aria-roledescription="carousel" aria-label=${`Photos: ${headline}`} @keydown=${this._onKeydown}>
      <div class="track" tabindex="0" @scroll=${this._onScroll}>
        ${photos.map((photo, i) => this._renderSlide(photo, i, count))}
      </div>
      ${count > 1
        ? html`<div class="controls" part="controls">
              <button part="button previous" aria-label="Previous photo" aria-disabled=${this._index == 0} @click=${() => this.show(this._index - 1)}>
                ${chevron('M15 5l-7 7 7 7')}
              </button>
              <span aria-hidden="true">${this._index + 1} / ${count}</span>
              <button part="button next" aria-label="Next photo" aria-disabled=${this._index == last} @click=${() => this.show(this._index + 1)}>
                ${chevron('M9 5l7 7-7 7')}
              </button>
            </div>
            <p class="visually-hidden" aria-live="polite">${this._announcement}</p>`
        : nothing}
    </section>`;
  }

  private _renderSlide(photo: Photo, i: number, count: number) {
    const requested = this._requested.has(i);
    const credit = photo.credit && formatCredit(photo.credit);
    // A slide is a plain group, not a figure: a figure is named by its caption, and the
    // caption would then be read twice.
    return html`<div class="slide" role="group" aria-roledescription="slide" aria-label="${i + 1} of ${count}" ?inert=${i != this._index}>
      <div class="frame">
        <img
          part="photo"
          src=${requested ? photo.src : nothing}
          srcset=${(requested && photo.srcset) || nothing}
          sizes=${photo.sizes ?? nothing}
          width=${photo.width ?? nothing}
          height=${photo.height ?? nothing}
          alt=${photo.alt}
          loading=${i ? 'lazy' : 'eager'}
          fetchpriority=${i ? 'low' : 'high'}
          decoding="async"
        />
      </div>
      ${photo.caption || credit
        ? html`<p class="caption" part="caption">
            ${photo.caption ?? nothing}
            ${credit
              ? html`<span class="credit" part="credit">Photo: ${photo.credit!.url ? html`<a href=${photo.credit!.url} rel="noopener noreferrer">${credit}</a>` : credit}</span>`
              : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private _formatDate(date: string) {
    const lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    // A date without a time means that day everywhere: read and show it in UTC.
    const options: Intl.DateTimeFormatOptions = {dateStyle: 'long', timeZone: date.length == 10 ? 'UTC' : undefined};
    try {
      return new Intl.DateTimeFormat(lang, options).format(new Date(date));
    } catch {
      return new Intl.DateTimeFormat(undefined, options).format(new Date(date));
    }
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
