import type {Credit} from './story.js';

// The words newsrooms put before a credit, in English and the other languages of the
// pages the card was tried on: "Photo by", "Photographs:", "All photos:" (Atlas Obscura),
// "Credit:", "Source:", "Bild:", "Foto:", "Fotó:", "Fot." (Polish), "Crédits photo :",
// "写真:", "사진 출처 =" (Korean, MBN), "Фото:", "снимка:" (Bulgarian).
const LABEL_WORD = String.raw`(?:(?:all )?photo(?:graph)?s?|pictures?|pics?|images?|source|bild|fot(?:[oó]s?|\.)|cr[ée]dits?|ảnh|写真|사진|출처|фото|снимк[аи])`;
// Label words ("Photo credit", "Crédits photo") with "by", "courtesy of", a colon or "=" after
// them, so that a name like "Picasso" is left whole; "Fot." ends in its own full stop.
const LABELLED = String.raw`(?:${LABEL_WORD}\s*)+(?:by\b|courtesy(?: of)?\b|[:=]|(?<=\.))`;

// "©", "(c)", "Copyright", or a label; in a credit's own text, "Credit" alone too ("Credit
// Khin Maung Win / AP", NPR), which ends no caption ("… Credit markets fell.").
// Both at times: "© снимка: БГНЕС".
const LABEL = new RegExp(String.raw`^(?:(?:${LABELLED}|credit\b|©|\(c\)|copyright\b)\s*)+`, 'iu');

// Between photographer and agency: "/", "|", a dash set off by spaces, " via ", " for ", ",";
// both a slash and "for" ("David Butow / For The Times", the Los Angeles Times).
// "Prakash Mathema. AFP": a full stop before an agency's capitals.
const SEPARATOR = /^(.+?)\s*(?:\/(?:\s*[Ff]or\s)?|\||\s[-–—]\s|\s[Vv]ia\s|\s[Ff]or\s|,|\.\s(?=[A-Z]{2,}\b))\s*(.+)$/;

// "Carl Court (Getty Images)"
const PARENTHESISED_AGENCY = /^(.+?)\s*\(([^()]+)\)$/;

const AGENCY_FIRST = new RegExp(String.raw`^(?!©|${LABEL_WORD})(.+?) ${LABELLED}\s*(.+)`, 'iu');

// A lone name is an agency when it reads like one; otherwise it is a person.
const AGENCY_WORDS =
  /\b(?:images?|press|agency|photos|pictures|news|wire|stock|archives?|getty|reuters|afp|ap|epa|alamy|shutterstock|supplied|handout|courtesy)\b/i;

// A credit the newsroom appended to a caption: in brackets ("… Russia. (Photo by Carl
// Court/Getty Images)", "(Bild: Hersteller)", "(Photo Prakash Mathema. AFP)", Fast
// Company's "[Photo: Flickr user WOCinTech Chat]"), after the
// last sentence ("… Russia. Photo: Carl Court/Getty Images", "… kardját. MTI Fotó: Nemes
// János", the agency first) or as the whole caption ("Photo by Kevin"), after a
// "©" ("… Борисов © снимка: БГНЕС") or a dash ("… 2024. — Picture by Yusof Mat Isa", Malay
// Mail), or in capitals after a
// slash, as Spanish papers write it ("… madrileño. / GORKA LEJARCEGI"), or after a bar.
const CAPTION_CREDIT = new RegExp(
  String.raw`^(.*?)\s*(?:[([](\s*(?:${LABELLED}|©)[^()[\]]+)[)\]]|\(\s*${LABEL_WORD}\s+([^()]+)\)|(?:^|(?<=[.!?])\s+|\s(?=©)|\s[—–]\s)((?:\p{Lu}+\s)?(?:${LABELLED}|©)[^.]+))\s*\.?$`,
  'iu'
);
// Or after a full-width equals sign, as Japanese papers write it: "…（ソウルで、３日）＝ＡＰ"
// (読売新聞); not a time there ("…評価検討会＝１３日午後１０時３１分", 中日新聞).
const CAPITALS_CREDIT = /^(.*?)(?:\s\/\s(\p{Lu}[\p{Lu} .]+)|＝([^＝\d０-９]+))$/u;
// A caption that is only a credit in brackets: "(Al Dukes Photography)"; or one that ends
// in brackets that name a photographer and agency, or an agency: "… on June 6, 2013.
// (David Crane/Los Angeles Daily News)", "… since 2011. (AP Photo)", "(USATSI)".
const BRACKETED_CREDIT =
  /^(.*?)\s*\(((?<=^\()[^()]+|[^()]*(?:\/|\b(?:AP|Reuters|Getty|Photo|Press)\b)[^()]*|[A-Z]{3,8})\)$/;
// Before a bar: "Photo credit: AP | In this Nov. 22, 2010, file photo…" (Newsday).
const LEADING_CREDIT = new RegExp(String.raw`^(${LABELLED}[^|]+?)\s\|\s(.+)`, 'iu');
// After a bar: "… electoral votes. | AP Photo".
const BAR_CREDIT = /^(.*?)\s\|\s(.*\b(?:photo|images?|getty|ap|afp|reuters|epa)\b.*)$/i;

// A person's name, a slash and an agency's: "Devindra Hardawar/AOL", not "Paris / London".
const NAME_SLASH_AGENCY = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}.'-]*)+\/\p{Lu}[\p{L}.' &-]*$/u;

// A line of a caption's that only a credit is: after a slash or bar ("/ Lorenzo Marina",
// Mallorca Zeitung), in brackets ("(Edu Luque)", ABC), or names joined by slashes
// ("Uncredited/AP/dpa", Mitteldeutsche Zeitung).
const CREDIT_LINE = /^(?:[/|]\s*\p{Lu}.*|\([^()]+\)|[\p{L}.-]+(?:\/[\p{L}. -]+)+)$/u;

/**
 * Whether a text is a credit: it begins with a credit's label ("Photo by", "Credit:", "©"),
 * or is only a photographer's name and an agency's ("Leah Millis/The Chronicle").
 */
export const isCredit = (text: string) => LABEL.test(text) || NAME_SLASH_AGENCY.test(text) || CREDIT_LINE.test(text);

/** Runs of white space as one space, none at the ends, and no invisible characters (soft hyphens, zero-width spaces). */
export const tidy = (text: string) =>
  text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads a credit line the way newsrooms write it. "Photo by Catherine Ivill/Getty Images",
 * "Catherine Ivill / Getty Images" and "Photo: Carl Court (Getty Images)" all become a
 * photographer and an agency; a lone name becomes whichever of the two it reads as.
 */
export function parseCredit(text: string): Credit {
  // The agency before its label: "WBAL Photo by Scott Wykoff", "Star Tribune photo by …",
  // "MTI Fotó: Nemes János".
  const [, by, photographer] = tidy(text).match(AGENCY_FIRST) ?? [];
  if (photographer) return {photographer, agency: by};
  // Without its label, also a "Credit" run into the name with the screen reader's copy
  // of it, whose hidden label no class name tells (the NYT's "CreditCreditJeon
  // Heon-Kyun/EPA"); without a date after it ("Pavel Novak / May 14, 2013") or a link
  // written out ("Flickr/Eric Hauser http://www.flickr.com/photos/…", VentureBeat).
  const credit = tidy(
    tidy(text)
      .replace(/^(?:Credit)+(?=\p{Lu})/u, '')
      .replace(LABEL, '')
      .replace(/\s*\/\s*\w+ \d+, \d{4}$|\s*https?:\/\/\S+/g, '')
  );
  const [, person, agency] = credit.match(PARENTHESISED_AGENCY) ?? credit.match(SEPARATOR) ?? [];
  if (person && agency) return {photographer: tidy(person), agency: tidy(agency)};
  if (!credit) return {};
  return AGENCY_WORDS.test(credit) || /^\p{Lu}{2,6}$/u.test(credit) ? {agency: credit} : {photographer: credit};
}

/**
 * Lifts a credit off the end of a caption, so the card shows it once, as a credit.
 * Returns the caption as it was when it carries no credit.
 */
export function splitCaptionCredit(caption: string): {caption: string; credit?: string} {
  const text = tidy(caption);
  const [, leading, rest] = text.match(LEADING_CREDIT) ?? [];
  if (rest) return {caption: rest, credit: leading};
  const match =
    text.match(CAPTION_CREDIT) ?? text.match(CAPITALS_CREDIT) ?? text.match(BAR_CREDIT) ?? text.match(BRACKETED_CREDIT);
  const credit = match && (match[2] ?? match[3] ?? match[4]);
  // A caption of one word that is an agency's is its credit: "Handout", "Shutterstock"; so
  // is a caption that is only a photographer's name and an agency's (Engadget).
  if (!credit && ((AGENCY_WORDS.test(text) && !/\s/.test(text)) || NAME_SLASH_AGENCY.test(text)))
    return {caption: '', credit: text};
  return credit ? {caption: match[1], credit: tidy(credit)} : {caption: tidy(caption)};
}

/** "Catherine Ivill/Getty Images", "Getty Images", "Jane Doe/Agency, CC BY 4.0". */
export function formatCredit({photographer, agency, license}: Credit): string {
  const who = [photographer, agency].filter(Boolean).join('/');
  return license ? (who ? `${who}, ${license}` : license) : who;
}
