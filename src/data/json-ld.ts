import type {Credit, PhotoInput} from './story.js';
import {parseCredit} from './credit.js';
import {isDecorative, photoKey} from './photo-identity.js';

type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

/**
 * How the story format's fields are called in schema.org, so that a problem in a
 * JSON-LD story is reported under the name its author wrote (`image[1].url`).
 */
export const JSON_LD_NAMES: Record<string, string> = {
  photos: 'image',
  src: 'url',
  alt: 'description',
  credit: 'creditText',
  standfirst: 'description',
  body: 'articleBody',
  byline: 'author',
  kicker: 'articleSection',
};

const isArticle = (value: unknown): value is JsonObject =>
  isObject(value) && [value['@type']].flat().some((type) => /Article$|BlogPosting$|^Report$/.test(String(type)));

/**
 * Every node of JSON-LD as pages publish it, in order: one object, a list of blocks,
 * `@graph`s and `@list`s, nested in each other.
 */
export function jsonLdNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  const inner = value['@graph'] ?? value['@list'];
  return inner ? jsonLdNodes(inner) : [value];
}

/** The first schema.org article in JSON-LD (see {@link jsonLdNodes}), or undefined. */
export const findJsonLdArticle = (value: unknown): JsonObject | undefined => jsonLdNodes(value).find(isArticle);

/**
 * Reads a named HTML entity (`&eacute;`, given whole) as its text, or gives it back as it
 * is. HTML names over two thousand: the card asks the browser's own parser
 * (`decodeEntity`, src/markup/html-parser.ts), the import command linkedom's. Without
 * one, named entities are left as written (numeric ones are always read).
 */
export type EntityDecoder = (entity: string) => string;

/**
 * Text as JSON-LD carries it, often HTML: tags out (a paragraph or line break becomes a
 * line break), entities (`&amp;`, `&#039;`, `&eacute;`) read.
 */
export const plainText = (value: unknown, decodeEntity: EntityDecoder = String) =>
  typeof value == 'string'
    ? value
        .replace(/<\/?(?:p|br|div|li|h\d)\b[^>]*>/gi, '\n')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/&(#x?)?(\w+);/gi, (entity, number, name) =>
          number
            ? String.fromCodePoint(Math.min(parseInt(name, number.length > 1 ? 16 : 10) || 65533, 1114111))
            : decodeEntity(entity)
        )
    : value;

/**
 * Maps a schema.org NewsArticle (or any Article) onto the story format, field by field.
 * `nodes` are the page's other JSON-LD nodes, for the `@id` references an `@graph` makes
 * (`"image": {"@id": "#primaryimage"}`) and for the site's name; `decodeEntity` reads
 * the named entities in its text.
 */
export function storyFromJsonLd(
  article: JsonObject,
  nodes: JsonObject[] = [],
  decodeEntity?: EntityDecoder
): JsonObject {
  const text = (value: unknown) => plainText(value, decodeEntity);
  // schema.org lets most values be one thing or a list (or an @list), an object or a
  // reference to one, a string or {"@value": …}.
  const all = (value: unknown): unknown[] =>
    [value].flat().flatMap((item) => {
      if (!isObject(item)) return item == null ? [] : [item];
      if (item['@list']) return all(item['@list']);
      if ('@value' in item) return [item['@value']];
      const id = item['@id'];
      const node = Object.keys(item).length == 1 && id ? nodes.find((node) => node['@id'] == id) : undefined;
      return [node ?? item];
    });
  const first = (value: unknown) => text(all(value)[0]);
  const names = (value: unknown): string | undefined =>
    all(value)
      .map((who) => text(isObject(who) ? who.name : who))
      .filter((name): name is string => typeof name == 'string' && name.trim() != '')
      .join(' and ') || undefined;
  // A length is a number, a string like "1600" or "1600px", or a QuantitativeValue.
  const length = (value: unknown) => {
    const raw = first(isObject(value) ? value.value : value);
    return typeof raw == 'string' && /^\s*\d/.test(raw) ? parseFloat(raw) : raw;
  };
  const link = (value: unknown) => {
    const target = all(value)[0];
    return isObject(target) ? (target['@id'] ?? target.url) : target;
  };

  const photo = (image: unknown): PhotoInput | unknown => {
    if (!isObject(image)) return image;
    const structured: Credit = {
      photographer: names(image.creator ?? image.author),
      agency: names(image.copyrightHolder),
    };
    // A holder named alone is often the whole credit line, read as one: "© Alba
    // Pacheco/Agencia LOF/dpa" (ZEIT ONLINE).
    const creditText =
      first(image.creditText ?? image.copyrightNotice) ?? (!structured.photographer && structured.agency);
    let credit: Credit | unknown = creditText;
    if (structured.photographer || (structured.agency && structured.agency != creditText)) {
      const parsed = typeof creditText == 'string' ? parseCredit(creditText) : {};
      credit = {
        photographer: structured.photographer ?? parsed.photographer,
        agency: structured.agency ?? parsed.agency,
      };
    }
    return {
      src: link(image.contentUrl ?? image.url),
      width: length(image.width),
      height: length(image.height),
      alt: first(image.description),
      caption: first(image.caption),
      credit,
    };
  };

  // The same photo listed as several renditions or crops is shown once; a logo or an
  // avatar among them is no photo of the story.
  const seen = new Set<string>();
  const images = all(article.image ?? article.thumbnailUrl)
    .concat(all(article.associatedMedia).filter((media) => isObject(media) && /Image/.test(String(media['@type']))))
    .map(photo);
  const photos = images.filter((image) => {
    const {src, width, height} = (isObject(image) ? image : {src: image}) as {
      src: unknown;
      width?: number;
      height?: number;
    };
    if (typeof src != 'string') return true;
    const key = photoKey(src);
    const keep = !seen.has(key) && !isDecorative(src, width, height);
    seen.add(key);
    return keep;
  });

  // A name is the headline's stand-in only when it is not the site's own; a headline
  // that ends with the site's name (" - Medium", " | The Verge") is given without it.
  const sites = all(article.publisher)
    .concat(nodes.filter((node) => /WebSite|Organization/.test(String(node['@type']))))
    .map((site) => isObject(site) && text(site.name))
    .filter((name): name is string => typeof name == 'string' && name != '');
  let headline =
    first(article.headline) ?? (sites.includes(first(article.name) as string) ? undefined : first(article.name));
  for (const site of sites) {
    if (typeof headline == 'string' && headline.endsWith(site) && headline != site)
      headline = headline.slice(0, -site.length).replace(/\s+[-–—|·:]\s*$/, '');
  }

  return {
    headline,
    kicker: first(article.articleSection),
    standfirst: first(article.description),
    byline: names(article.author),
    datePublished: first(article.datePublished ?? article.dateCreated),
    url: link(article.url ?? article.mainEntityOfPage),
    body: first(article.articleBody),
    photos: article.image === undefined && article.thumbnailUrl === undefined && !photos.length ? undefined : photos,
  };
}
