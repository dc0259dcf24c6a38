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
  /** Milliseconds a request for `src` may take, body included. */
  timeout: number;
  /** Send cookies and HTTP authentication with the request for `src`. */
  withCredentials: boolean;
}

/** A story file larger than this is refused: no story needs it, and a page should not pay for it. */
export const MAX_STORY_BYTES = 4 * 1024 * 1024;

/** A failure to load `src`, worded for the partner who has to fix it. */
class LoadError extends Error {}

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
  private _request?: {abort(): void};
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

  /** Loads the story again from its source, whatever happened last time: the Retry button. */
  retry() {
    this._loadedFrom = undefined;
    this.load();
  }

  private async _fetch(src: string) {
    const checked = checkUrl(src, document.baseURI);
    if (!('url' in checked)) return this._fail('src', checked.refused);
    const url = checked.url;
    const controller = new AbortController();
    const {timeout, withCredentials} = this._host;
    let timedOut = false;
    let answered = false;
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
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: withCredentials ? 'include' : 'omit',
        headers: {accept: 'application/json, application/ld+json'},
      });
      answered = true;
      if (!response.ok) {
        const advice = response.status >= 500 ? 'the server failed; try again later' : response.status == 404 ? 'is the address right?' : 'the server refused it';
        throw new LoadError(`${url} answered ${response.status} ${response.statusText}`.trim() + `: ${advice}`);
      }
      const parsed = parseStoryJson(await readText(response, url));
      this._accept('src', 'problem' in parsed ? {problem: `${url} ${parsed.problem}`} : parsed, response.url);
    } catch (error) {
      if (controller.signal.aborted && !timedOut) return;
      this._fail(
        'src',
        timedOut
          ? `${url} did not answer within ${timeout / 1000} s (the timeout attribute sets how long to wait)`
          : error instanceof LoadError
            ? error.message
            : answered
              ? `${url} broke off before the whole story arrived: the connection failed; try again`
              : `${url} could not be fetched: the network failed, or the server does not allow this page to read it (CORS: it must send Access-Control-Allow-Origin)`
      );
    } finally {
      clearTimeout(timer);
      if (this._request == request) this._request = undefined;
    }
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

/** Reads a response body, refusing one larger than {@link MAX_STORY_BYTES} before it is all downloaded. */
async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = new LoadError(`${url} is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB: a story file must be smaller`);
  if (Number(response.headers.get('content-length')) > MAX_STORY_BYTES) throw tooLarge;
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length;
    if (size > MAX_STORY_BYTES) {
      reader!.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(chunk.value);
  }
  return new Blob(chunks).text();
}

// How each source is named in a problem's path, as a partner would write it.
const SOURCE_NAMES: Record<StorySource, string> = {
  property: 'story property',
  attribute: 'story attribute',
  src: 'src',
  script: '<script type="application/json">',
};
