import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Problem, Story} from '../data/story.js';
import {normalizeStory} from '../data/normalize-story.js';
import {parseStoryJson} from '../data/parse-story-json.js';
import {checkUrl} from '../data/url.js';

/** Where a card's story came from, in order of precedence. */
export type StorySource = 'property' | 'attribute' | 'src' | 'script';

export type StoryState =
  | {status: 'empty'}
  | {status: 'loading'; source: 'src'}
  | {status: 'ready'; source: StorySource; story: Story; warnings: Problem[]}
  | {status: 'error'; source: StorySource; errors: Problem[]; warnings: Problem[]};

export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  story?: unknown;
  storyJson?: string | null;
  src?: string | null;
}

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Finds the story from the highest-precedence source the host has (the `story`
 * property, the `story` attribute, `src`, a child JSON script), loads and normalises
 * it, and keeps it current: a changed source reloads, a request that is no longer
 * wanted (new `src`, element removed) is aborted, and an element put back on the
 * page loads again what was cut off.
 */
export class StorySourceController implements ReactiveController {
  state: StoryState = {status: 'empty'};

  private _loadedFrom?: unknown;
  private _request?: AbortController;
  private readonly _children = new MutationObserver(() => this.load());

  constructor(private readonly _host: StorySourceHost) {
    _host.addController(this);
  }

  hostConnected() {
    this._children.observe(this._host, {childList: true, subtree: true, characterData: true});
    this.load();
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
    const [source, given]: [StorySource, unknown] | [] =
      story != null ? ['property', story] : storyJson != null ? ['attribute', storyJson] : src ? ['src', src] : script != null ? ['script', script] : [];
    // A string names its source too, so the same text arriving by another route reloads.
    const from = typeof given == 'string' ? `${source}:${given}` : given;
    if (from === this._loadedFrom) return;
    this._loadedFrom = from;
    this._request?.abort();
    this._request = undefined;

    if (!source) this._set({status: 'empty'});
    else if (source == 'src') this._fetch(given as string);
    else this._accept(source, typeof given == 'string' ? parseStoryJson(given) : {value: given}, document.baseURI);
  }

  private _fetch(src: string) {
    const checked = checkUrl(src, document.baseURI);
    if (!('url' in checked)) return this._fail('src', checked.refused);
    const url = checked.url;
    const request = (this._request = new AbortController());
    this._set({status: 'loading', source: 'src'});
    fetch(url, {signal: request.signal, headers: {accept: 'application/json, application/ld+json'}})
      .then(async (response) => {
        if (!response.ok) throw `${url} answered ${response.status} ${response.statusText}`.trim();
        const parsed = parseStoryJson(await response.text());
        if (!request.signal.aborted) this._accept('src', 'problem' in parsed ? {problem: `${url} ${parsed.problem}`} : parsed, response.url);
      })
      .catch((reason: unknown) => {
        if (request.signal.aborted) return;
        this._fail(
          'src',
          typeof reason == 'string'
            ? reason
            : `${url} could not be fetched: the network failed, or the server does not allow this page to read it (CORS: it must send Access-Control-Allow-Origin)`
        );
      })
      .finally(() => {
        if (this._request == request) this._request = undefined;
      });
  }

  private _accept(source: StorySource, parsed: {value: unknown} | {problem: string}, baseUrl: string) {
    if ('problem' in parsed) return this._fail(source, parsed.problem);
    const result = normalizeStory(parsed.value, {baseUrl});
    this._set(result.ok ? {status: 'ready', source, story: result.story, warnings: result.warnings} : {status: 'error', source, ...result});
  }

  private _fail(source: StorySource, message: string) {
    this._set({status: 'error', source, errors: [{path: SOURCE_NAMES[source], message}], warnings: []});
  }

  private _set(state: StoryState) {
    this.state = state;
    this._host.requestUpdate();
  }
}

// How each source is named in a problem's path, as a partner would write it.
const SOURCE_NAMES: Record<StorySource, string> = {
  property: 'story property',
  attribute: 'story attribute',
  src: 'src',
  script: '<script type="application/json">',
};
