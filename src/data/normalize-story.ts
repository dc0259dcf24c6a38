import type {Credit, NormalizeResult, Photo, Problem, Story} from './story.js';
import {formatCredit, parseCredit, splitCaptionCredit, tidy} from './credit.js';
import {
  JSON_LD_NAMES,
  findJsonLdArticle,
  isObject,
  jsonLdNodes,
  storyFromJsonLd,
  type EntityDecoder,
} from './json-ld.js';
import {checkUrl} from './url.js';
import {normalizeDate} from './date.js';
import {parseSrcset} from './srcset.js';

export interface NormalizeOptions {
  /** What relative URLs in the story are relative to: the story file's own URL, or the page's. */
  baseUrl?: string;
  /** Reads the named HTML entities in a JSON-LD story's text (see EntityDecoder). */
  decodeEntity?: EntityDecoder;
}

const paragraphs = (text: string) =>
  text
    .split(/\s*\n\s*/)
    .map(tidy)
    .filter(Boolean);

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value == 'object'
        ? 'an object'
        : `a ${typeof value}`;

/**
 * Turns whatever a partner supplied into a story the card can show safely, keeping every
 * valid part. The story format and schema.org NewsArticle JSON-LD are both accepted.
 *
 * Only a missing headline (or input that is not a story at all) is an error. Anything
 * else that is wrong is left out with a warning, so that one broken photo never costs
 * the reader the rest of the story. Every problem names its path in the input as written.
 */
export function normalizeStory(input: unknown, {baseUrl, decodeEntity}: NormalizeOptions = {}): NormalizeResult {
  const warnings: Problem[] = [];
  const article = findJsonLdArticle(input);
  const raw = article ? storyFromJsonLd(article, jsonLdNodes(input), decodeEntity) : input;
  const warn = (path: string, message: string) =>
    warnings.push({path: article ? path.replace(/[a-z]+/gi, (name) => JSON_LD_NAMES[name] ?? name) : path, message});

  if (!isObject(raw)) {
    return {ok: false, errors: [{path: 'story', message: `must be a JSON object, got ${describe(raw)}`}], warnings};
  }

  const text = (value: unknown, path: string): string | undefined => {
    if (typeof value == 'string') return tidy(value) || undefined;
    if (value != null) warn(path, `must be text, got ${describe(value)}`);
    return undefined;
  };

  // A URL is trimmed but not tidied: white space inside it is the URL parser's to judge.
  const url = (value: unknown, path: string, consequence = ''): string | undefined => {
    const given = typeof value == 'string' ? value.trim() : text(value, path);
    if (!given) return undefined;
    const checked = checkUrl(given, baseUrl);
    if ('url' in checked) return checked.url;
    warn(path, checked.refused + consequence);
    return undefined;
  };

  const headline = raw.headline;
  if (typeof headline != 'string' || !tidy(headline)) {
    const message =
      headline == null || typeof headline == 'string'
        ? 'required, and must not be empty'
        : `must be text, got ${describe(headline)}`;
    return {ok: false, errors: [{path: 'headline', message}], warnings};
  }

  const story: Story = {headline: tidy(headline), body: [], photos: []};
  const optional = {
    kicker: text(raw.kicker, 'kicker'),
    standfirst: text(raw.standfirst, 'standfirst') ?? text(raw.summary, 'summary'),
    byline: text(raw.byline, 'byline'),
    datePublished: text(raw.datePublished, 'datePublished'),
    url: url(raw.url, 'url'),
  };
  if (optional.datePublished) {
    const date = normalizeDate(optional.datePublished);
    if (!date) warn('datePublished', `must be an ISO 8601 date such as 2018-07-03, got "${optional.datePublished}"`);
    optional.datePublished = date;
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value) (story as unknown as Record<string, string>)[key] = value;
  }

  const body = raw.body;
  if (typeof body == 'string') story.body = paragraphs(body);
  else if (Array.isArray(body))
    body.forEach((paragraph, i) => story.body.push(...paragraphs(text(paragraph, `body[${i}]`) ?? '')));
  else if (body != null) warn('body', `must be text or a list of paragraphs, got ${describe(body)}`);

  const photos = raw.photos;
  const list = Array.isArray(photos) ? photos : isObject(photos) ? [photos] : [];
  // An empty list is no story without photos: only what is no list at all is warned about.
  if (photos != null && !Array.isArray(photos) && !list.length)
    warn('photos', `must be a list of photos, got ${describe(photos)}`);
  list.forEach((item, i) => {
    const photo = normalizePhoto(typeof item == 'string' ? {src: item} : item, `photos[${i}]`);
    if (photo) story.photos.push(photo);
  });

  function normalizePhoto(item: unknown, path: string): Photo | undefined {
    if (!isObject(item)) {
      warn(path, `must be an object with a src, got ${describe(item)}; photo left out`);
      return undefined;
    }
    if (item.src == null || item.src === '') {
      warn(`${path}.src`, 'required; photo left out');
      return undefined;
    }
    const src = url(item.src, `${path}.src`, '; photo left out');
    if (!src) return undefined;
    const photo: Photo = {src, alt: ''};

    const srcset = text(item.srcset, `${path}.srcset`);
    if (srcset) {
      const resolved: string[] = [];
      let refused: string | undefined;
      for (const {url: given, descriptor} of parseSrcset(srcset)) {
        const checked = /^(?:\d+w|\d+(?:\.\d+)?x)?$/.test(descriptor)
          ? checkUrl(given, baseUrl)
          : {refused: `"${given} ${descriptor}" is not a URL followed by a width (800w) or a density (2x)`};
        if ('url' in checked) resolved.push(`${checked.url} ${descriptor}`.trim());
        else refused ??= checked.refused;
      }
      if (refused) warn(`${path}.srcset`, `${refused}; src is used alone`);
      else photo.srcset = resolved.join(', ');
    }
    const sizes = text(item.sizes, `${path}.sizes`);
    if (sizes) photo.sizes = sizes;

    for (const side of ['width', 'height'] as const) {
      const value = item[side];
      const number = typeof value == 'string' ? Number(value) : value;
      if (typeof number == 'number' && number > 0 && number < Infinity) photo[side] = number;
      else if (value != null)
        warn(`${path}.${side}`, `must be a positive number of pixels, got ${JSON.stringify(value)}`);
    }

    if (typeof item.alt == 'string') photo.alt = tidy(item.alt);
    else
      warn(
        `${path}.alt`,
        `missing; screen reader users will get only the caption. Describe the photo, or give "" if the caption says it all`
      );

    const given = text(item.caption, `${path}.caption`);
    const {caption, credit: creditInCaption} = given
      ? splitCaptionCredit(given)
      : {caption: undefined, credit: undefined};
    if (caption) photo.caption = caption;

    const credit = normalizeCredit(item.credit, `${path}.credit`);
    if (credit && creditInCaption && formatCredit(parseCredit(creditInCaption)) != formatCredit(credit)) {
      warn(
        `${path}.caption`,
        `ends with a credit ("${creditInCaption}") unlike the photo's credit; the credit is shown`
      );
    }
    const shown = credit ?? (creditInCaption ? parseCredit(creditInCaption) : undefined);
    if (shown) photo.credit = shown;
    return photo;
  }

  function normalizeCredit(credit: unknown, path: string): Credit | undefined {
    if (typeof credit == 'string') return tidy(credit) ? parseCredit(credit) : undefined;
    if (!isObject(credit)) {
      text(credit, path);
      return undefined;
    }
    const result: Credit = {};
    for (const key of ['photographer', 'agency', 'license'] as const) {
      const value = text(credit[key], `${path}.${key}`);
      if (value) result[key] = value;
    }
    const link = url(credit.url, `${path}.url`);
    if (link) result.url = link;
    return result.photographer || result.agency || result.license ? result : undefined;
  }

  return {ok: true, story, warnings};
}
