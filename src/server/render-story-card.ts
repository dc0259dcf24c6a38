// Node only: a <story-card> rendered into HTML on a server or by a static site generator,
// with Lit's own server renderer. Its shadow root is Declarative Shadow DOM, so the card
// is on screen before (and without) any script; the module, when it runs, renders the
// card afresh in that root (StoryCard.createRenderRoot).
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {StoryCard} from '../StoryCard.js';
import {labelsFor, type Labels} from '../i18n/labels.js';
import type {Story} from '../data/story.js';
import {formatCredit} from '../data/credit.js';
import {PLACEHOLDER_BASE, readStory} from './read-story.js';

export interface RenderStoryCardOptions {
  /**
   * Where the story's relative URLs resolve: a URL, or a path on the site of the page the
   * card goes on (`/stories/`). Otherwise a saved page's canonical URL, or else the page.
   */
  baseUrl?: string;
  /** The language of the page the card goes on (the card's own words follow it). */
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'auto' | 'compact' | 'standard' | 'wide';
  loop?: boolean;
  autoplay?: boolean;
  interval?: number;
  thumbnails?: boolean;
  labels?: Partial<Labels>;
  /**
   * The card stands in the page's first screen: its first photo is asked for with the page
   * (a preload the browser's preload scanner sees, which the card's own image then uses)
   * and not lazily. Leave it off for cards further down, which then cost nothing until
   * the reader nears them.
   */
  firstScreen?: boolean;
  /** Told each thing the story lacks or got wrong (the rest is rendered). */
  onWarning?: (line: string) => void;
}

/** No story could be read from the input: `problems` says why, each as `path: message`. */
export class StoryCardRenderError extends Error {
  constructor(readonly problems: string[]) {
    super(`no story card can be rendered:\n${problems.join('\n')}`);
    this.name = 'StoryCardRenderError';
  }
}

// Until the module takes the card over, and for ever without JavaScript, what only a
// script can work is kept in its place but not shown, the text scrolls to its end in the
// room the card gives it (so the card is as tall as the live one), and the space that a
// page's README style keeps for a card still to come is not kept twice.
const WITHOUT_SCRIPT_CSS =
  '.controls,.dots,.thumbnails,.more,[part~=rotation]{visibility:hidden}' +
  '.body{overflow-y:auto;mask-image:none}' +
  ':host::before{display:none!important}';

/**
 * The HTML of one `<story-card>` for `input` (a story or NewsArticle JSON-LD object, its
 * JSON text, or a saved article page's HTML), its shadow root written as
 * `<template shadowrootmode="open">` with its styles. Inside the element, for the module
 * and for browsers without Declarative Shadow DOM, are the story as JSON and as a plain
 * article. Throws a StoryCardRenderError where the input holds no story.
 */
export async function renderStoryCard(input: unknown, options: RenderStoryCardOptions = {}): Promise<string> {
  // A base that is only a path ("/stories/") is one on the page's own site.
  const baseUrl = options.baseUrl && new URL(options.baseUrl, PAGE_BASE).href;
  const read = await readStory(input, {baseUrl, fallbackBase: PAGE_BASE});
  if (!read.ok) throw new StoryCardRenderError(read.errors);
  if (!read.headlineFound)
    throw new StoryCardRenderError(['headline: none found (no JSON-LD article, og:title, <title> or h1)']);
  read.lacks.forEach((line) => options.onWarning?.(line));
  defineServerCard();
  // Without an address for the story, its relative URLs stay relative: to the page it goes on.
  const story = JSON.parse(relativeAgain(JSON.stringify(read.story))) as Story;
  const {theme, layout, loop, autoplay, interval, thumbnails, labels} = options;
  // One line: whitespace between a tag's attributes would go to the page as written.
  // prettier-ignore
  const rendered = await collectResult(render(html`<story-card theme=${theme ?? nothing} layout=${layout ?? nothing} ?loop=${loop} ?autoplay=${autoplay} interval=${interval ?? nothing} ?thumbnails=${thumbnails} labels=${labels ? JSON.stringify(labels) : nothing} .pageLang=${options.lang} .story=${story}>${unsafeHTML(`<script type="application/json">${scriptSafeJson(story)}</script>`)}${plainArticle(story, labelsFor(options.lang, labels).credit)}</story-card>`));
  const card = forTheWire(rendered);
  return relativeAgain(options.firstScreen ? inFirstScreen(card, story) : card);
}

// A base no story's own address can be: what is under it was relative to the page, and
// what is under its origin only, to the page's site.
const PLACEHOLDER_ORIGIN = new URL(PLACEHOLDER_BASE).origin + '/';
const PAGE_BASE = `${PLACEHOLDER_ORIGIN}relative-to-the-page/`;
const relativeAgain = (text: string) => text.replaceAll(PAGE_BASE, '').replaceAll(PLACEHOLDER_ORIGIN, '/');

/**
 * The card as the server renders it: the story it is given is all there is (no children
 * to read, no page around it), and every photo has its image, lazily, for a reader who
 * swipes without a script. Registered once, under the card's own name, in Lit's
 * server-side registry.
 */
function defineServerCard() {
  if (customElements.get('story-card')) return;
  class ServerStoryCard extends StoryCard {
    /** The language of the page the card goes on, set (as a property) by the template below. */
    declare pageLang?: string;
    override closest() {
      return (this.pageLang ? {lang: this.pageLang} : null) as never;
    }
    override querySelector() {
      return null;
    }
    override get baseURI() {
      return PAGE_BASE;
    }
    protected override willUpdate(changed: Map<PropertyKey, unknown>) {
      super.willUpdate(changed);
      const slideshow = (this as unknown as {_slideshow: {photos: unknown[]; _requested: Set<number>}})._slideshow;
      slideshow.photos.forEach((_, i) => slideshow._requested.add(i));
    }
  }
  customElements.define('story-card', ServerStoryCard);
}

/** The story inside a `<script>`: no `</script>` can end it early. */
const scriptSafeJson = (story: Story) => JSON.stringify(story).replace(/</g, '\\u003c');

/** The story as a plain article: what a browser without Declarative Shadow DOM shows. */
const plainArticle = (story: Story, creditLabel: string) =>
  html`<article>
    <h2>${story.headline}</h2>
    ${story.standfirst ? html`<p>${story.standfirst}</p>` : nothing}
    ${story.byline ? html`<p>${story.byline}</p>` : nothing}
    ${story.photos.map(
      (photo) =>
        html`<figure>
          <img src=${photo.src} srcset=${photo.srcset ?? nothing} sizes=${photo.sizes ?? nothing} width=${photo.width ?? nothing} height=${photo.height ?? nothing} alt=${photo.alt} loading="lazy" />
          ${photo.caption || photo.credit ? html`<figcaption>${[photo.caption, photo.credit && `${creditLabel} ${formatCredit(photo.credit)}`].filter(Boolean).join(' ')}</figcaption>` : nothing}
        </figure>`
    )}
    ${story.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${story.url ? html`<p><a href=${story.url}>${story.url}</a></p>` : nothing}
  </article>`;

/**
 * Lit's output made ready to send: without the markers that only its hydration reads
 * (the module renders afresh), with the styles compacted and the rules for a card
 * without its script added; slides other than the first are not inert (their captions'
 * links work, a screen reader reaches them) and their photos wait to be scrolled to.
 * Every text and attribute value in it was escaped by Lit, so none can look like these.
 */
function forTheWire(rendered: string) {
  return rendered
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g, '')
    .replace(/^<story-card[^>]*>/, (tag) => tag.replace(/\s+(?=[\s>])/g, ''))
    .replace(/<style>([\s\S]*?)<\/style>/, (_, css: string) => `<style>${compactCss(css)}${WITHOUT_SCRIPT_CSS}</style>`)
    .replace(/(<div class="slide"[^>]*?) inert(?=[ >])/g, '$1')
    .replace(/loading="eager"/g, 'loading="lazy"');
}

/**
 * The first photo asked for as the page is parsed: the browser's preload scanner does not
 * look inside a template, so a preload before the element names it (with the srcset and
 * sizes the card's image uses, so that the same file is chosen), and it is no longer lazy.
 */
function inFirstScreen(card: string, story: Story) {
  const photo = story.photos[0];
  if (!photo) return card;
  const attribute = (name: string, value: string | undefined) =>
    value ? ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';
  const preload = `<link rel="preload" as="image"${attribute('href', photo.src)}${attribute('imagesrcset', photo.srcset)}${attribute('imagesizes', photo.sizes)} fetchpriority="high">`;
  return preload + card.replace(/loading="lazy"(\s+fetchpriority="high")/, 'loading="eager"$1');
}

/** Comments and the whitespace that means nothing in CSS, left out. */
const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
