import type {Credit, PhotoInput} from './story.js';
import {parseCredit} from './credit.js';

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
  isObject(value) && [value['@type']].flat().some((type) => /Article$|^BlogPosting$|^Report$/.test(String(type)));

/**
 * Finds a schema.org article in JSON-LD as CMSs publish it: the object itself, an array
 * of objects, or an `@graph`. Returns undefined for anything else.
 */
export function findJsonLdArticle(value: unknown): JsonObject | undefined {
  const candidates = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : [value];
  return candidates.find(isArticle);
}

// schema.org lets most values be one thing or a list, a string or an object with a name.
const names = (value: unknown): string | undefined =>
  [value]
    .flat()
    .map((who) => (isObject(who) ? who.name : who))
    .filter((name): name is string => typeof name == 'string' && name.trim() != '')
    .join(' and ') || undefined;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// A length is a number, a string like "1600" or "1600 px", or a QuantitativeValue.
const length = (value: unknown) => {
  const raw = isObject(value) ? value.value : value;
  return typeof raw == 'string' && /^\s*\d/.test(raw) ? parseFloat(raw) : raw;
};

const link = (value: unknown) => (isObject(value) ? value['@id'] ?? value.url : value);

function photoFromImageObject(image: unknown): PhotoInput | unknown {
  if (!isObject(image)) return image;
  const structured: Credit = {photographer: names(image.creator), agency: names(image.copyrightHolder)};
  const creditText = image.creditText;
  let credit: Credit | unknown = creditText;
  if (structured.photographer || structured.agency) {
    const parsed = typeof creditText == 'string' ? parseCredit(creditText) : {};
    credit = {
      photographer: structured.photographer ?? parsed.photographer,
      agency: structured.agency ?? parsed.agency,
    };
  }
  return {
    src: image.contentUrl ?? image.url,
    width: length(image.width),
    height: length(image.height),
    alt: image.description,
    caption: first(image.caption),
    credit,
  };
}

/** Maps a schema.org NewsArticle (or any Article) onto the story format, field by field. */
export function storyFromJsonLd(article: JsonObject): JsonObject {
  return {
    headline: article.headline ?? article.name,
    kicker: first(article.articleSection),
    standfirst: article.description,
    byline: names(article.author),
    datePublished: article.datePublished,
    url: link(article.url ?? article.mainEntityOfPage),
    body: article.articleBody,
    photos: article.image === undefined ? undefined : [article.image].flat().map(photoFromImageObject),
  };
}
