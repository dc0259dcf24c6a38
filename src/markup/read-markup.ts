import {isCredit, splitCaptionCredit, tidy} from '../data/credit.js';
import {isDecorative} from '../data/photo-identity.js';
import type {PhotoInput} from '../data/story.js';
import {parseSrcset} from '../data/srcset.js';

/**
 * The small decisions a reader of publishers' markup makes, each on its own: which
 * elements belong to the story, which heading is its headline, which image is the photo,
 * which text is a caption and which a credit.
 */

// What sits inside a story's markup without being the story: a teaser or related story
// (an <article> of its own), an aside (not an item of microdata: USA TODAY writes its
// lead photo as an <aside itemscope itemtype=…/ImageObject>), a share bar, navigation,
// a comment form (not the <form> that ASP.NET wraps a whole page in, headline and all,
// with its __VIEWSTATE); a related story's box, but not the story's own "relatedPhoto"
// (Reuters).
const NOT_THE_STORY =
  'article,aside:not([itemscope]),nav,footer,form:not(:has(h1,[name=__VIEWSTATE])),[class*=related i]:not([class*=photo i]),[class*=share i],[class*=social i],[class*=promo i],[class*=comment i],[class*=newsletter i]';

/** Whether `element` is inside something within `root` that is not the story (see NOT_THE_STORY). */
export function outsideStory(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node != root; node = node.parentElement)
    if (node.matches(NOT_THE_STORY)) return true;
  return false;
}

// Text no sighted reader sees, or that is no part of the text: visually hidden labels
// ("Image", "Credit", "Media caption" for screen readers), buttons ("Close", ESPN's
// "[+] Enlarge" link around a photo), scripts, a <noscript> read as text.
const UNSEEN =
  '[class*=hidden i],[class*=sr-only i],[class*=screen-reader i],[class*=off-screen i],[class*=offscreen i],[class*=close-button i],[class*=enlarge i],button,script,style,template,noscript';

/**
 * The text a reader sees in `element`, without `left out` (a credit read apart), with
 * a space between blocks (paragraphs inside a figcaption).
 */
export function visibleText(element: Element | null | undefined, leftOut?: Element | null): string | undefined {
  if (!element) return undefined;
  let text = '';
  const read = (node: Node) => {
    if (node.nodeType == 3) text += node.nodeValue;
    // What is unseen still parts the words it stands between, and a separator hidden
    // for screen readers is read as they read it: "Kicker<span
    // class=visually-hidden>: </span>Title" (ZEIT ONLINE, taz).
    else if ((node as Element).matches?.(UNSEEN)) text += /^[\s:|]+$/.test(node.textContent!) ? node.textContent : ' ';
    else if (node.nodeType == 1 && node != leftOut) {
      node.childNodes.forEach(read);
      if (/^(?:p|div|br|li|h\d|figcaption)$/i.test(node.nodeName)) text += ' ';
    }
  };
  read(element);
  return tidy(text);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The share of `part`'s words that `whole` has: how far a heading is the page's title. */
export function wordShare(part: string, whole: string): number {
  const own = words(part);
  const known = new Set(words(whole));
  return own.filter((word) => known.has(word)).length / (own.length || 1);
}

// "Headline | Site", "Site - Headline", "Headline -- Section :: Site"; the separators kept.
const TITLE_PARTS = /(\s+(?:[|–—«»·:]|-{1,2}|::)\s+)/;

/** A page title's parts, and whether the site's name comes first: only where the page names its site so ("TechCrunch | …"). */
function titleParts(title: string, site?: string): {parts: string[]; siteFirst: boolean} {
  const parts = title.trim().split(TITLE_PARTS);
  return {parts, siteFirst: parts[0] == site};
}

/** The site's name in a page title ("Headline - Section | Site"), or '' for a title of one part. `site`: the name the page gives its site (og:site_name). */
export function siteInTitle(title: string, site?: string): string {
  const {parts, siteFirst} = titleParts(title, site);
  return parts.length < 3 ? '' : parts[siteFirst ? 0 : parts.length - 1];
}

/**
 * A page title without the site's name (see siteInTitle), nor a section's name of one word
 * before it, parted as the site's is: "Headline | News | Geek.com", but "Headline -- STOLEN!!! | TMZ.com".
 */
export function titleWithoutSite(title: string, site?: string): string {
  const {parts, siteFirst} = titleParts(title, site);
  return (
    parts.length < 3
      ? parts
      : siteFirst
        ? parts.slice(2)
        : parts.slice(
            0,
            parts[parts.length - 2] == parts[parts.length - 4] && /^\S+$/.test(parts[parts.length - 3]) ? -4 : -2
          )
  ).join('');
}

/**
 * The story's headline in `root`: an `[itemprop=headline]`, else an `h1`, before any other
 * heading, and never one of a teaser or an aside. Where the page's titles are known (its
 * <title>, og:title, JSON-LD), the `h1` must be one of them, wherever it is: a page's
 * other `h1`s are the site's name, a section or a teaser ("ArsTechnica", "Risk
 * Assessment"). Undefined if none is. `site`: the name the page gives its site.
 */
export function chooseHeadline(root: Element, titles: string[] = [], site?: string): Element | undefined {
  const own = (selector: string) =>
    [...root.querySelectorAll(selector)].filter(
      (heading) => visibleText(heading) && (titles.length || !outsideStory(heading, root))
    );
  // Most of the heading's words are in a title, and it is not the site's name there.
  const isTitle = (heading: Element) =>
    !titles.length ||
    titles.some(
      (title) =>
        wordShare(visibleText(heading)!, title) > 0.5 && wordShare(visibleText(heading)!, siteInTitle(title, site)) < 1
    );
  const h1s = own('h1');
  const fullestTitle = (headings: Element[]) =>
    headings.filter(isTitle).sort((a, b) => visibleText(b)!.length - visibleText(a)!.length)[0];
  // Three words or more: no section's name ("sports", "Latest Headlines"); and never the
  // comments' "Send a comment" (Boing Boing).
  const isSentence = (heading: Element) =>
    /\s\S+\s/.test(visibleText(heading)!) && !heading.closest('[class*=comment i]');
  const sentences = h1s.filter(isSentence);
  // (Of those, the one in an <article> where others are not: "See Fewer Ads" in a banner
  // beside Atlas Obscura's story.)
  const inArticle = sentences.filter((h1) => h1.closest('article'));
  // Of the headings that are a title, the fullest: a section's name ("MMA News") may be
  // in the title too. Else an h2 that is a title, under a lone h1 that is a section's
  // name ("Diabetes Health Center" above "FDA Panel Votes…", WebMD). Else a page's one
  // h1 of three words or more is its headline even where the SEO title is another ("Cancer
  // Vaccines Get a Price Cut…" under "Prices Cut for HPV…"), beside an h1 of a word or two
  // too: the site's, ma.hu's "Kezdőlap" (home).
  return (
    fullestTitle([...own('[itemprop=headline]'), ...h1s]) ??
    ((h1s.length == 1 && fullestTitle(own('h2').filter(isSentence))) ||
      (sentences.length == 1
        ? sentences[0]
        : inArticle.length == 1
          ? inArticle[0]
          : titles.length
            ? undefined
            : own('h2,h3,h4,h5,h6')[0]))
  );
}

// Where lazy loaders keep the real photo's address until it is wanted.
const LAZY_SOURCES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-hi-res-src', 'data-full-src'];

/** The widest candidate of a srcset. */
const widest = (srcset: string | undefined) =>
  srcset &&
  parseSrcset(srcset).sort((a, b) => parseFloat(b.descriptor || '1') - parseFloat(a.descriptor || '1'))[0]?.url;

/** A photo's image, as story input: the caption and credit are read apart. */
export type ImageMarkup = Omit<PhotoInput, 'caption' | 'credit'>;

/**
 * The photo in a figure or caption's surroundings, as lazy loaders and CMSs write it:
 * the real address from `data-src` and kin, `srcset` or `data-srcset` without a `src`,
 * a `<picture>`'s `<source>`, or the `<img>` in a `<noscript>`; never a placeholder, a
 * blurred preview or page furniture (see isDecorative).
 */
export function imageIn(unit: Element): ImageMarkup | undefined {
  for (const img of unit.localName == 'img' ? [unit] : unit.querySelectorAll('img')) {
    const attribute = (name: string) => img.getAttribute(name)?.trim() || undefined;
    const source = img.closest('picture')?.querySelector('source[srcset],source[data-srcset]');
    const srcset =
      [
        attribute('data-srcset'),
        attribute('srcset'),
        source?.getAttribute('data-srcset') ?? source?.getAttribute('srcset'),
      ].find((set) => set && !isDecorative(set)) ?? undefined;
    const size = (name: string) => Number(attribute(name)) || undefined;
    const given = attribute('src');
    const src = [...LAZY_SOURCES.map(attribute), given, widest(srcset)].find((url) => url && !isDecorative(url));
    // The size written on a placeholder is the placeholder's.
    const [width, height] = src == given ? [size('width'), size('height')] : [];
    if (src && !isDecorative(src, width, height))
      return {src, srcset, sizes: attribute('sizes'), width, height, alt: img.getAttribute('alt') ?? undefined};
  }
  // In a page the browser parsed, <noscript> holds text, not elements.
  for (const fallback of unit.querySelectorAll('noscript')) {
    const src = fallback.textContent?.match(/<img\s[^>]*?src=["']?([^"'\s>]+)/i)?.[1];
    if (src && !isDecorative(src)) return {src: src.replace(/&amp;/g, '&')};
  }
  return undefined;
}

// A credit, by the names CMSs give it.
const CREDIT =
  '[class*=credit i],[id*=credit i],[class*=copyright i],[class*=attribution i],[class*=photographer i],[class*=source i],[itemprop=creator],[itemprop=copyrightHolder],[itemprop=creditText],[itemprop=author],small,cite';

/**
 * A photo's caption and credit from its figure (or what surrounds a caption): the credit
 * is the element CMSs mark as one (class names and itemprops), wherever it is; the caption
 * is the figcaption's or caption's visible text without it, or the box's own short text
 * where there is no caption element. A figcaption that holds only a credit gives no caption.
 */
export function captionAndCredit(unit: Element, caption: Element | null): {caption?: string; credit?: string} {
  // Not the caption's own box, where its class names both ("ingCaptionCredit").
  // Else a line of the box, or of the caption, that a credit's label begins: "<span
  // class="byline photo-byline">Photo by Syria Lejau</span>" beside the caption (Mother
  // Jones); or that is only a photographer's name and an agency's: "<span class="fs13
  // c-gray600">Leah Millis/The Chronicle</span>" after the caption's text in its
  // figcaption (San Francisco Chronicle).
  const credit =
    [...unit.querySelectorAll(CREDIT)].find((element) => visibleText(element) && !element.contains(caption)) ??
    [...unit.children, ...(caption?.querySelectorAll('*') ?? [])].find(
      (element) =>
        element != caption && (isCredit(visibleText(element)!) || element.matches('figcaption [class*=author i]'))
    );
  // Without a caption element, the photo's own box says the rest: "<div><img><p
  // class=photo_credit>UTL Scientific</p><div><p>Readings from…" (a box of a few lines,
  // never a column of the story). A caption some CMSs begin with the photo's file name
  // ("BOTTLES09_19593.JPG Glass baby bottles…") or a label ("图注：", gmw.cn) begins after it.
  // "(Credit: Marguerite Reardon/CNET)", "| FoxNews.com"
  const creditText = visibleText(credit)
    ?.replace(/^\((.*)\)$/, '$1')
    .replace(/^[/|•·–-]\s*/, '');
  let text = visibleText(caption ?? unit, credit)!.replace(/^(?:\S+\.(jpe?g|png|gif) |图注：)/i, '');
  // A cutline that begins with its credit, and ends with it again in the credit's own
  // element, begins after it: "CAPE COD TIMES FILE Sunscreens' effectiveness fades…<span
  // class=photoCredit>CAPE COD TIMES FILE</span>" (a Saxotech newspaper's). Not a credit of
  // one word, which is as often the caption's subject: "Twitter Lite estará…" (CNET).
  if (creditText?.includes(' ') && text.startsWith(creditText)) text = text.slice(creditText.length).trim();
  // A credit's box that holds the caption too, where the photo's box says nothing else:
  // "<span class=photographer><span>Palestinian protesters…</span>Photo: REUTERS/Ammar
  // Awad</span>" (The Jerusalem Post). It is read as a caption that ends with its credit.
  if (!caption && text.length >= 400 && splitCaptionCredit(creditText ?? '').credit) return {caption: creditText};
  return {
    // WordPress's galleries keep a photo's caption on its image alone, as HTML at times
    // (its white space is tidied with the story's).
    caption:
      ((caption || text.length < 400) && text) ||
      unit
        .querySelector('img[data-caption]')
        ?.getAttribute('data-caption')!
        .replace(/<[^>]*>/g, ' ') ||
      undefined,
    credit: creditText,
  };
}
