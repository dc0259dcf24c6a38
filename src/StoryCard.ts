import {LitElement, html, nothing, type PropertyValues} from 'lit';
import type {Photo, Problem, Story, StoryInput} from './data/story.js';
import {formatProblem} from './data/story.js';
import {StorySourceController, type StorySource} from './controllers/story-source-controller.js';
import {PageSchemeController} from './controllers/page-scheme-controller.js';
import {Slideshow} from './slideshow/slideshow.js';
import {styles} from './story-card.styles.js';
import {slideshowStyles} from './slideshow/slideshow.styles.js';
import {AUTOPLAY_INTERVAL} from './defaults.js';
import {labelsFor, type Labels} from './i18n/labels.js';

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

// Events bubble and cross the shadow boundary, so that a page can listen anywhere above.
// (A function outside the class, so the manifest analyzer lists only the @fires events.)
const emit = <K extends keyof StoryCardEventMap>(
  target: EventTarget,
  type: K,
  detail: StoryCardEventMap[K]['detail']
) => target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));

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

/**
 * A news story card: kicker, headline, standfirst, byline and date, a photo slideshow in
 * which every photo keeps its caption and credit, the story text and a link to the full
 * story.
 *
 * The story comes from, in order of precedence: the `story` property, the `story`
 * attribute (JSON), `src` (a URL of JSON or of the publisher's article page), a `<script type="application/json">` child, or
 * a child `<article>`; a `<div class="story-card-embed">` on the page becomes a card when
 * the module loads. The story format and schema.org NewsArticle JSON-LD are both accepted.
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
  static override styles = [styles, slideshowStyles];

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
    _expanded: {state: true, attribute: false},
  };

  /** The story as an object (the format in story.schema.json, or NewsArticle JSON-LD). Wins over every other source. */
  declare story?: StoryInput | object;
  /** The `story` attribute: the story as inline JSON. */
  declare storyJson?: string | null;
  /** A URL to fetch the story from: JSON (the story format or JSON-LD), or the publisher's article page (README, "A publisher's article page as src"). Relative URLs in it are relative to it. */
  declare src?: string | null;
  /** Next after the last photo shows the first, and previous before the first the last. */
  declare loop: boolean;
  /** Photos change by themselves every `interval` ms (never under reduced motion unless the user starts it). */
  declare autoplay: boolean;
  /** Milliseconds between automatic changes. Default 5000. */
  declare interval: number;
  /** A strip of thumbnails in place of the dots. */
  declare thumbnails: boolean;
  /** `auto` (the default): the page's `color-scheme`, or the reader's where the page sets none; or `light` or `dark` whatever the page. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** `auto` (the default: by the card's own width), or `compact`, `standard` or `wide` whatever the width. */
  declare layout?: 'auto' | 'compact' | 'standard' | 'wide';
  /** Milliseconds to wait for `src`, body included, before giving up. Default 10000. */
  declare timeout: number;
  /** Send cookies and HTTP authentication with the request for `src` (they are left out by default). */
  declare withCredentials: boolean;
  /** The card's own words, overriding those of its language (English, Japanese and Russian are built in). */
  declare labels?: Partial<Labels>;

  /** The reader opened the whole text (Continue reading): the card is as tall as its story. */
  declare private _expanded: boolean;
  private readonly _source = new StorySourceController(this);
  private readonly _scheme = new PageSchemeController(this);
  private readonly _slideshow = new Slideshow(this, (index) =>
    emit(this, 'story-card-slide-change', {index, photo: this._slideshow.photos[index]})
  );
  private _lang?: string;
  private _t: Labels = labelsFor(undefined);
  private _reported?: object;

  constructor() {
    super();
    this._expanded = false;
    this.loop = this.autoplay = this.thumbnails = this.withCredentials = false;
    this.interval = AUTOPLAY_INTERVAL;
    this.timeout = 10000;
  }

  // A card rendered on the server (Declarative Shadow DOM, src/server/) arrives with its
  // shadow root filled. The card renders afresh in it, from the story the server put
  // beside it, in the same task that empties it, so no frame shows it empty or twice.
  // (Lit's hydration would reuse those nodes, for 2.1 KB more: README, "Render it on your server".)
  // The build counts on the root being empty here: Lit renders at its start
  // (RENDER_BEFORE_KEPT in rollup.config.mjs).
  protected override createRenderRoot() {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** The photo shown, counted from 0. */
  get index(): number {
    return this._slideshow.index;
  }

  /** Shows photo `index` (counted from 0), as the previous and next buttons do. */
  show(index: number) {
    this._slideshow.show(index);
  }

  protected override willUpdate(changed: PropertyValues) {
    // The page's language may change between updates: it is read each time.
    this._lang = this.closest<HTMLElement>('[lang]')?.lang || undefined;
    this._t = labelsFor(this._lang, this.labels);
    if (changed.has('story') || changed.has('storyJson') || changed.has('src')) this._source.load();
    const state = this._source.state;
    if (state != this._reported) {
      this._expanded = false;
      this._slideshow.reset(state.status == 'ready' ? state.story.photos : []);
    }
  }

  protected override updated() {
    const state = this._source.state;
    if (state != this._reported) {
      this._reported = state;
      this._report();
    }
  }

  private _report() {
    const state = this._source.state;
    if (state.status == 'ready' || state.status == 'error') {
      const {source, warnings} = state;
      if (warnings.length)
        console.warn(
          `<story-card>: ${warnings.length} problem(s) in the story from its ${source}; the rest is shown:\n${warnings.map(formatProblem).join('\n')}`
        );
      if (state.status == 'ready') {
        emit(this, 'story-card-load', {story: state.story, warnings, source});
      } else {
        console.error(`<story-card>: the story cannot be shown:\n${state.errors.map(formatProblem).join('\n')}`);
        emit(this, 'story-card-error', {errors: state.errors, source});
      }
    }
  }

  protected override render() {
    const state = this._source.state;
    if (state.status == 'empty') return nothing;
    // Loading, error or story, the card takes the same space: its layout's.
    const layout = `${['compact', 'standard', 'wide'].includes(this.layout!) ? this.layout : 'auto'} ${this._scheme.followsReader ? 'reader' : ''}`;
    if (state.status == 'loading') {
      return html`<article class=${layout} part="card" aria-busy="true">
        <div class="frame skeleton"></div>
        <span class="visually-hidden" role="status">${this._t.loading}</span>
      </article>`;
    }
    if (state.status == 'error') {
      return html`<article class=${layout} part="card">
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
    return html`<article class="${layout} ${expanded ? 'expanded' : ''}" part="card" aria-labelledby="headline">
      ${story.kicker ? html`<p class="kicker" part="kicker">${story.kicker}</p>` : nothing}
      <h2 id="headline" part="headline">${story.headline}</h2>
      ${story.standfirst ? html`<p class="standfirst" part="standfirst">${story.standfirst}</p>` : nothing}
      ${
        story.byline || story.datePublished
          ? html`<p class="byline" part="byline">
            ${story.byline ? html`<span>${story.byline}</span>` : nothing}
            ${story.datePublished ? html`<time datetime=${story.datePublished}>${this._formatDate(story.datePublished)}</time>` : nothing}
          </p>`
          : nothing
      }
      ${this._slideshow.render(story.headline, this._t)}
      ${story.body.length ? html`<div class="body" part="body" id="body">${story.body.map((paragraph) => html`<p>${paragraph}</p>`)}</div>` : nothing}
      ${
        story.body.length || story.url
          ? html`<div class="footer">
            ${
              story.body.length
                ? html`<button class="more" part="button more" aria-expanded=${expanded} aria-controls="body" @click=${() => (this._expanded = !expanded)}>
                  ${expanded ? this._t.showLess : this._t.continueReading}
                </button>`
                : nothing
            }
            ${
              story.url
                ? html`<a class="link" part="link" href=${story.url} rel="noopener noreferrer">${this._t.readMore}<span class="visually-hidden">: ${story.headline}</span></a>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${this._slideshow.renderViewer(story.headline, this._t)}
    </article>`;
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
  // Merged into the DOM's own map, so addEventListener knows the card's events: it declares nothing of its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends StoryCardEventMap {}
}
