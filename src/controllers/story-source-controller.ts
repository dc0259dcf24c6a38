import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {Problem, Story} from '../data/story.js';
import {normalizeStory} from '../data/normalize-story.js';
import {parseStoryJson} from '../data/parse-story-json.js';
import {checkUrl} from '../data/url.js';
import {storyFromArticle} from '../markup/story-from-article.js';
import {readPage} from '../markup/read-page.js';
import {decodeEntity} from '../markup/html-parser.js';
import {LoadError, requestStory} from '../network/story-request.js';
import {afterParsing} from '../embed/after-parsing.js';

/** Where a card's story came from, in order of precedence. */
export type StorySource = 'property' | 'attribute' | 'src' | 'script' | 'markup';

export type StoryState =
  | {status: 'empty'}
  | {status: 'loading'; source: 'src'}
  | {status: 'ready'; source: StorySource; story: Story; warnings: Problem[]}
  | {status: 'error'; source: StorySource; errors: Problem[]; warnings: Problem[]};

export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  story?: unknown;
  storyJson?: string | null;
  src?: string | null;
  /** Milliseconds a request for `src` may take, body included. */
  timeout: number;
  /** Send cookies and HTTP authentication with the request for `src`. */
  withCredentials: boolean;
}

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';
const ARTICLE_SELECTOR = ':scope > article';

/**
 * Finds the story from the highest-precedence source the host has (the `story`
 * property, the `story` attribute, `src`, a child JSON script, a child `<article>`), loads and normalises
 * it, and keeps it current: a changed source reloads, a request that is no longer
 * wanted (new `src`, element removed) is aborted, and an element put back on the
 * page loads again what was cut off.
 */
export class StorySourceController implements ReactiveController {
  state: StoryState = {status: 'empty'};

  private _loadedFrom?: unknown;
  private _request?: {abort(): void};
  // Lit's server renderer (src/server/) makes cards where no DOM observer exists, and
  // never connects them; in the browser's bundle isServer is false and this is the observer.
  private readonly _children = isServer ? (undefined as never) : new MutationObserver(() => this.load());
  private _checkedEmpty = false;

  constructor(private readonly _host: StorySourceHost) {
    _host.addController(this);
  }

  hostConnected() {
    this._children.observe(this._host, {childList: true, subtree: true, characterData: true});
    this.load();
    afterParsing(() => this._checkEmpty());
  }

  /**
   * A card still without a story once the page is parsed was most likely broken by what
   * a CMS did to its embed: it says so, once. Where the HTML parser closed the element
   * before its <article> (a <p> written around the card, as WordPress's wpautop does),
   * the article stands right after the card or its <p>, and the card takes it back.
   */
  private _checkEmpty() {
    const host = this._host;
    // Once per card, however often it is connected before the page is parsed.
    if (this._checkedEmpty) return;
    this._checkedEmpty = true;
    if (this.state.status != 'empty' || !host.isConnected) return;
    const parent = host.parentElement!;
    const beside = host.nextElementSibling ?? (parent.localName == 'p' ? parent.nextElementSibling : null);
    if (beside?.localName == 'article') {
      console.warn(
        `<story-card>: its <article> came after it, as a <p> was written around it; it was read from there. ${CMS_ADVICE}`
      );
      host.append(beside);
    } else {
      console.error(
        `<story-card>: no story, src, JSON script or <article> (a sanitiser may have removed it). ${CMS_ADVICE}`
      );
    }
  }

  hostDisconnected() {
    this._children.disconnect();
    if (this._request) {
      this._request.abort();
      this._request = this._loadedFrom = undefined;
    }
  }

  /** Loads the story again unless the source it would come from is unchanged. */
  load() {
    const {story, storyJson, src} = this._host;
    const script = this._host.querySelector(SCRIPT_SELECTOR)?.textContent;
    const article = this._host.querySelector(ARTICLE_SELECTOR);
    const [source, given]: [StorySource, unknown] | [] =
      story != null
        ? ['property', story]
        : storyJson != null
          ? ['attribute', storyJson]
          : src
            ? ['src', src]
            : script != null
              ? ['script', script]
              : article
                ? ['markup', article.outerHTML]
                : [];
    // A string names its source too, so the same text arriving by another route reloads.
    const from = typeof given == 'string' ? `${source}:${given}` : given;
    if (from === this._loadedFrom) return;
    this._loadedFrom = from;
    this._request?.abort();
    this._request = undefined;

    if (!source) this._set({status: 'empty'});
    else if (source == 'src') this._fetch(given as string);
    else if (source == 'markup') this._accept(source, {value: storyFromArticle(article!)}, this._host.baseURI);
    else this._accept(source, typeof given == 'string' ? parseStoryJson(given) : {value: given}, this._host.baseURI);
  }

  /** Loads the story again from its source, whatever happened last time: the Retry button. */
  retry() {
    this._loadedFrom = undefined;
    this.load();
  }

  private async _fetch(src: string) {
    const checked = checkUrl(src, this._host.baseURI);
    if (!('url' in checked)) return this._fail('src', checked.refused);
    const url = checked.url;
    const controller = new AbortController();
    const {timeout, withCredentials} = this._host;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    // Whoever abandons the request (a new source, the card leaving) ends its timer too.
    const request = (this._request = {
      abort() {
        clearTimeout(timer);
        controller.abort();
      },
    });
    this._set({status: 'loading', source: 'src'});
    let loaded;
    try {
      loaded = await requestStory(url, withCredentials, controller.signal);
    } catch (error) {
      if (controller.signal.aborted && !timedOut) return;
      return this._fail(
        'src',
        timedOut
          ? `${url} did not answer within ${timeout / 1000} s (the timeout attribute sets how long to wait)`
          : error instanceof LoadError
            ? error.message
            : `${url} could not be fetched: the network failed, or the server does not allow this page to read it (CORS: it must send Access-Control-Allow-Origin)`
      );
    } finally {
      clearTimeout(timer);
      if (this._request == request) this._request = undefined;
    }
    // A story file, or the publisher's article page itself.
    let parsed;
    try {
      parsed = /^\s*</.test(loaded.text) ? readPage(loaded.text, loaded.url) : parseStoryJson(loaded.text);
    } catch (error) {
      // A page no reader foresaw must still end in an answer, not a card loading for ever.
      parsed = {problem: `could not be read (${error})`};
    }
    this._accept(
      'src',
      'problem' in parsed ? {problem: `${url} ${parsed.problem}`} : parsed,
      (parsed as {baseUrl?: string}).baseUrl ?? loaded.url
    );
  }

  private _accept(source: StorySource, parsed: {value: unknown} | {problem: string}, baseUrl: string) {
    if ('problem' in parsed) return this._fail(source, parsed.problem);
    const result = normalizeStory(parsed.value, {baseUrl, decodeEntity});
    // A story from src that a card in the first screen waited for: its first photo is
    // asked for now, as a static page's preload scanner would, not after the render and
    // the layout that the photo's lazy image waits for. An image given its src here
    // loads before the render (which comes after it), and the photo's own image then
    // takes the same rendition from the browser's memory cache. Further down, the photo
    // waits for the reader. (No photo: an image without a src, which asks for nothing.)
    if (result.ok && source == 'src' && this._host.getBoundingClientRect().top < innerHeight)
      Object.assign(new Image(), result.story.photos[0], {fetchPriority: 'high'});
    this._set(
      result.ok
        ? {status: 'ready', source, story: result.story, warnings: result.warnings}
        : {status: 'error', source, ...result}
    );
  }

  private _fail(source: StorySource, message: string) {
    this._set({status: 'error', source, errors: [{path: SOURCE_NAMES[source], message}], warnings: []});
  }

  private _set(state: StoryState) {
    this.state = state;
    this._host.requestUpdate();
  }
}

const CMS_ADVICE = 'In a CMS, use <div class="story-card-embed"> (README, "In your CMS").';

// How each source is named in a problem's path, as a partner would write it.
const SOURCE_NAMES: Record<StorySource, string> = {
  property: 'story property',
  attribute: 'story attribute',
  src: 'src',
  script: '<script type="application/json">',
  markup: '<article>',
};
