import {
  findJsonLdArticle,
  isObject,
  jsonLdNodes,
  plainText,
  storyFromJsonLd,
  type EntityDecoder,
} from '../data/json-ld.js';
import {isDecorative, maySharePhoto} from '../data/photo-identity.js';
import {chooseHeadline, titleWithoutSite, visibleText, wordShare} from './read-markup.js';
import {photosIn, storyFromArticle} from './story-from-article.js';

type Fields = Record<string, unknown>;

/**
 * Reads the story of a publisher's article page, as a careful editor would: the
 * metadata from its JSON-LD article (every block, `@graph` and `@id` followed), the
 * headline, photos, captions and credits from its markup where the JSON-LD has none,
 * and its Open Graph tags for what both lack. Returns story input and the page's
 * canonical URL, against which its relative URLs resolve. `decodeEntity` reads the
 * named entities left in JSON-LD and meta text.
 */
export function storyFromPage(page: Document, decodeEntity?: EntityDecoder): {story: Fields; canonical?: string} {
  // Meta tags are often written with their entities escaped twice ("Boomer &amp;amp; Craig"),
  // and now and then with value= for content=.
  const meta = (name: string, tag = page.querySelector(`meta[property="${name}"],meta[name="${name}"]`)) =>
    (plainText((tag?.getAttribute('content') ?? tag?.getAttribute('value'))?.trim(), decodeEntity) as string) ||
    undefined;
  const nodes = jsonLdNodes(
    [...page.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
      try {
        return JSON.parse(script.textContent!);
      } catch {
        return undefined; // A broken block of the page's is not the story's problem.
      }
    })
  );
  const article = findJsonLdArticle(nodes);
  const linked: Fields = article ? storyFromJsonLd(article, nodes, decodeEntity) : {};
  // (An older CMS's <meta name=title> has the headline that its <title> begins with the
  // site's name: "DailyTech - Google Announces…", DailyTech.)
  const titles = [linked.headline, meta('og:title'), meta('twitter:title'), meta('title'), page.title].filter(
    (title): title is string => typeof title == 'string' && !!title.trim()
  );
  const site = meta('og:site_name');
  // A page that names no title gives its headline only in its markup: its first
  // <article> is the story there, not a teaser.
  const heading = chooseHeadline(titles[0] ? page.body : (page.querySelector('article') ?? page.body), titles, site);
  // A link in the headline with no word of any title is a label beside it: Engadget's
  // category, "<h1>Any.DO announces Cal… (video) <a href="/topics/mobile/">Mobile</a></h1>".
  const label = [...(heading?.querySelectorAll('a') ?? [])].find((link) =>
    titles.every((title) => !wordShare(visibleText(link)!, title))
  );
  const paragraphs = (element: Element) =>
    [...element.querySelectorAll('p')].filter((p) => p.textContent!.length > 80).length;
  // The fullest <article>: with no headline to start from, the story (a page's first may
  // be a feature box above it, Geek.com).
  const fullest = [...page.querySelectorAll('article')].sort(
    (a, b) => b.textContent!.length - a.textContent!.length
  )[0];
  // The story's markup: the article around its headline, or the nearest box around the
  // headline that holds paragraphs of text, or the fullest <article> where that box holds
  // it with its paragraphs: a headline above the story's <article> (in a header, a
  // breadcrumb, a roll-up bar) leaves the story in it, and in the box around both an
  // <article> is read as a teaser (TMZ's h1 in its breadcrumb left its card without a
  // paragraph).
  let box = heading?.closest('article') ?? heading;
  while (box && box.localName != 'article' && box.parentElement && paragraphs(box) < 3) box = box.parentElement;
  if (box?.localName != 'article' && fullest && box?.contains(fullest) && paragraphs(fullest) > 2) box = fullest;
  const marked = storyFromArticle(
    box ?? fullest ?? page.querySelector('[itemprop=articleBody],main') ?? page.body,
    heading ?? null
  );

  // Photos: the JSON-LD's first, each with the caption and credit of the same photo in
  // the markup (perhaps another rendition of it) where the JSON-LD gives none; then the
  // markup's other photos.
  const fromMarkup = (marked.photos as Fields[]).filter((photo) => photo.src);
  // A lead photo often stands beside the story's box, not in it (in a header above it,
  // The Telegraph's): the page's own rendition of a photo named apart brings its caption
  // and credit. (The page's photos are read only when one is named apart.)
  let inPage: Fields[] | undefined;
  const besideBox = (src: unknown) =>
    typeof src == 'string' &&
    (inPage ??= photosIn(page.body)).find((photo) => photo.src && maySharePhoto(photo.src as string, src));
  const photos: unknown[] = ((linked.photos as unknown[] | undefined) ?? []).map((photo) => {
    const given = isObject(photo) ? photo : {src: photo};
    const same =
      typeof given.src == 'string'
        ? fromMarkup.findIndex((candidate) => maySharePhoto(candidate.src as string, given.src as string))
        : -1;
    return same < 0
      ? {...besideBox(given.src), ...defined(given)}
      : {...fromMarkup.splice(same, 1)[0], ...defined(given)};
  });
  photos.push(...fromMarkup);
  // Where the JSON-LD names no photo, the one the publisher chose to share the story with
  // leads, unless it is one of those already found, perhaps under another rendition's name.
  // (Or the one it chose for Twitter: MedPage Today's lead photo, in an aside, is only there.)
  const image = !(linked.photos as unknown[] | undefined)?.length && (meta('og:image') ?? meta('twitter:image'));
  const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href') ?? meta('og:url');
  if (
    image &&
    !isDecorative(image) &&
    !photos.some((photo) => maySharePhoto(String(isObject(photo) ? photo.src : photo), image))
  )
    photos.unshift(besideBox(image) || {src: image, alt: ''});

  // A caption and credit the page keeps only in a script's data: an object of its gallery's
  // that names a photo without a caption by a number in its address (Hearst's CMS:
  // {"id":4930467,"caption":"…","credit":"Photo By Majdi Mohammed"} for …/4930467/3/150x150.jpg).
  // (The page's text, not its markup: no element or attribute is read, nor serialised.)
  for (const data of page.documentElement.textContent!.match(/\{[^{}]*"caption":[^{}]*\}/g) ?? [])
    try {
      const {id, caption, credit} = JSON.parse(data);
      Object.assign(
        // (A number of a few digits may be any folder's. A photo the JSON-LD names by its
        // address alone has no src to name it by.)
        (photos as Fields[]).find((photo) => id > 999 && !photo.caption && `${photo.src}`.includes(`/${id}/`))!,
        {
          caption,
          credit,
        }
      );
    } catch {
      // Not JSON, or no photo of the story's.
    }

  return {
    story: {
      ...marked,
      ...defined(linked),
      // The headline the reader sees, not the JSON-LD's, which is often an SEO copy: the
      // title with a kicker before it ("Nach Gaetz-Rückzug: Trump-Anwältin…", ORF), another
      // wording, cut short with "…" (The Sun), or the page's <title>, site's name and all
      // (USNewsRank.com). A headline written twice over (SouthCoastToday's) is read once.
      headline:
        visibleText(heading, label)?.replace(/^(.+) \1$/, '$1') ||
        (linked.headline != page.title && linked.headline) ||
        titleWithoutSite(titles[0] ?? '', site),
      // Some sites describe every page by their own name.
      standfirst:
        linked.standfirst ??
        marked.standfirst ??
        [meta('og:description'), meta('description')].find((text) => text != site),
      datePublished: linked.datePublished ?? marked.datePublished ?? meta('article:published_time'),
      url: linked.url ?? canonical,
      photos,
    },
    canonical,
  };
}

const defined = (fields: Fields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
