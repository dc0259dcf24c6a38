// Node only: what the card reads in the browser (the story format, NewsArticle JSON-LD,
// a publisher's saved article page), read on a server or at build time, in the DOM that
// Node has not: linkedom's (an optional peer dependency).
import {formatProblem, type Problem, type Story} from '../data/story.js';
import type {EntityDecoder} from '../data/json-ld.js';
import {normalizeStory} from '../data/normalize-story.js';
import {parseStoryJson} from '../data/parse-story-json.js';
import {storyFromPage} from '../markup/story-from-page.js';

/** Where relative URLs go when nothing gives the story an address of its own. */
export const PLACEHOLDER_BASE = 'https://story-card.invalid/';

export interface NodeReader {
  parse(html: string): Document;
  decodeEntity: EntityDecoder;
}

let reader: Promise<NodeReader> | undefined;

// What a browser's parser keeps in <head> when a page leaves its tags out: these, and the
// white space and comments between them, until the first other node.
const HEAD_CONTENT = /^(?:base|link|meta|noscript|script|style|template|title)$/;

/**
 * The page's nodes as a browser's parser puts them, in <html>, its <head> and one <body>,
 * where linkedom leaves them as written: a page without its <html>, <head> or <body> tags
 * (HTML lets them be left out) had the first element for its root and nothing in its body,
 * and one with nodes between </head> and <body> (DailyTech's scripts, The Week's <div>s)
 * an empty <body> there, its own beside it, out of document.body's reach.
 */
function asBrowserParses(page: Document): Document {
  const [ELEMENT, COMMENT, DOCTYPE] = [1, 8, 10];
  let root = page.documentElement;
  if (root?.localName != 'html') {
    root = page.createElement('html');
    root.append(...[...page.childNodes].filter((node) => node.nodeType != DOCTYPE));
    page.append(root);
  }
  const children = [...root.childNodes];
  const head = (children.find((node) => node.nodeName == 'HEAD') as Element) ?? page.createElement('head');
  const body = (children.filter((node) => node.nodeName == 'BODY').pop() as Element) ?? page.createElement('body');
  // What comes before the page's <body> goes at its start, what comes after it at its end.
  const before: Node[] = [];
  const after: Node[] = [];
  let pastBody = false;
  let inBody = false;
  for (const node of children) {
    if (node == head) continue;
    if (node == body) {
      pastBody = inBody = true;
    } else if (node.nodeName == 'BODY') {
      before.push(...node.childNodes);
      node.remove();
      inBody = true;
    } else if (
      !inBody &&
      (node.nodeType == ELEMENT
        ? HEAD_CONTENT.test((node as Element).localName)
        : node.nodeType == COMMENT || !node.textContent!.trim())
    ) {
      head.append(node);
    } else {
      (pastBody ? after : before).push(node);
      inBody = true;
    }
  }
  root.prepend(head);
  root.append(body);
  body.prepend(...before);
  body.append(...after);
  return page;
}

/** linkedom's parser, and named entities read by it as the card reads them by the browser's. */
export function nodeReader(): Promise<NodeReader> {
  return (reader ??= import('linkedom').then(
    ({DOMParser, HTMLAnchorElement}) => {
      // A link's address with a malformed escape (an ad server's "…&ord=%n" in a Bloomberg
      // page of 2013) makes linkedom's href throw a URIError, where a browser
      // gives the address as written: one link must not lose the page its story.
      const href = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'href')!;
      Object.defineProperty(HTMLAnchorElement.prototype, 'href', {
        ...href,
        get(this: Element) {
          try {
            return href.get!.call(this);
          } catch {
            return this.getAttribute('href') ?? '';
          }
        },
      });
      const parse = (html: string) =>
        asBrowserParses(new DOMParser().parseFromString(html, 'text/html') as unknown as Document);
      // A page repeats its few entities: each is parsed once.
      const decoded = new Map<string, string>();
      const decodeEntity = (entity: string) => {
        if (!decoded.has(entity)) decoded.set(entity, parse(`<p>${entity}</p>`).querySelector('p')!.textContent!);
        return decoded.get(entity)!;
      };
      return {parse, decodeEntity};
    },
    () => {
      reader = undefined;
      throw new Error('reading an HTML page or its entities in Node needs linkedom: npm install linkedom');
    }
  ));
}

export type ReadResult =
  | {ok: true; story: Story; warnings: Problem[]; lacks: string[]; headlineFound: boolean}
  | {ok: false; errors: string[]};

/**
 * The story in `input`: a story or JSON-LD object, its JSON text, or the HTML of a saved
 * article page. `lacks` says what an editor should fill in (a headline, photos, dates,
 * captions, credits) and every warning. A page without a headline still gives its story,
 * with `headlineFound` false (its headline is the placeholder "headline"). Relative URLs
 * resolve against `baseUrl`, or else a saved page's canonical URL, or else `fallbackBase`.
 */
export async function readStory(
  input: unknown,
  {baseUrl, fallbackBase = PLACEHOLDER_BASE}: {baseUrl?: string; fallbackBase?: string} = {}
): Promise<ReadResult> {
  const {parse, decodeEntity} = await nodeReader();
  let value = input;
  let base = baseUrl ?? fallbackBase;
  let headlineFound = true;
  if (typeof input == 'string' && /^\s*</.test(input)) {
    const {story: found, canonical} = storyFromPage(parse(input), decodeEntity);
    if (!baseUrl && canonical && URL.canParse(canonical)) base = canonical;
    headlineFound = !!found.headline;
    value = {...found, headline: found.headline || 'headline'};
  } else if (typeof input == 'string') {
    const parsed = parseStoryJson(input);
    if ('problem' in parsed) return {ok: false, errors: [`the story ${parsed.problem}`]};
    value = parsed.value;
  }
  const result = normalizeStory(value, {baseUrl: base, decodeEntity});
  if (!result.ok) return {ok: false, errors: result.errors.map(formatProblem)};
  const {story, warnings} = result;
  // A page with neither a headline nor anything else of a story is none.
  if (!headlineFound && !story.photos.length && !story.body.length)
    return {
      ok: false,
      errors: ['no headline, photo or text found (no JSON-LD article, og:title, <title>, h1, figure or paragraph)'],
    };
  const lacks = [
    !headlineFound && 'headline: none found (no JSON-LD article, og:title, <title> or h1)',
    !story.photos.length && 'photos: none found',
    !story.datePublished && 'datePublished: none found',
    !story.byline && 'byline: none found',
    ...story.photos.flatMap((photo, i) => [
      !photo.caption && `photos[${i}].caption: none found`,
      !photo.credit && `photos[${i}].credit: none found`,
    ]),
    ...warnings.map(formatProblem),
  ].filter((line): line is string => !!line);
  return {ok: true, story, warnings, lacks, headlineFound};
}
