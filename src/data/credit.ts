import type {Credit} from './story.js';

// "Photo by", "Photographs:", "Picture by", "Credit:", "©", "(c)", "Copyright". A label
// word needs "by" or a colon after it, so that a name like "Picasso" is left whole.
const LABEL =
  /^(?:(?:photo(?:graph)?s?|pictures?|pics?|images?|credits?)(?:\s+by\b|\s*:)|©|\(c\)|copyright\b)\s*/i;

// Between photographer and agency: "/", "|", a dash set off by spaces, " via ", " for ", ",".
const SEPARATOR = /^(.+?)\s*(?:\/|\||\s[-–—]\s|\svia\s|\sfor\s|,)\s*(.+)$/i;

// "Carl Court (Getty Images)"
const PARENTHESISED_AGENCY = /^(.+?)\s*\(([^()]+)\)$/;

// A lone name is an agency when it reads like one; otherwise it is a person.
const AGENCY_WORDS =
  /\b(?:images?|press|agency|photos|pictures|news|wire|stock|archives?|getty|reuters|afp|ap|epa|alamy|shutterstock)\b/i;

// A credit the newsroom appended to a caption: "… Russia. (Photo by Carl Court/Getty Images)"
// or "… Russia. Photo: Carl Court/Getty Images".
const CAPTION_CREDIT =
  /^(.*?)\s*(?:\((\s*(?:(?:photo(?:graph)?s?|pictures?|images?|credits?)(?:\s+by\b|\s*:)|©)[^()]+)\)|(?<=[.!?])\s+((?:photo(?:graph)?s?|pictures?)(?:\s+by\b|\s*:)[^.]+))\s*\.?$/i;

/** Runs of white space as one space, none at the ends. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a credit line the way newsrooms write it. "Photo by Catherine Ivill/Getty Images",
 * "Catherine Ivill / Getty Images" and "Photo: Carl Court (Getty Images)" all become a
 * photographer and an agency; a lone name becomes whichever of the two it reads as.
 */
export function parseCredit(text: string): Credit {
  const credit = tidy(tidy(text).replace(LABEL, ''));
  const [, person, agency] = credit.match(PARENTHESISED_AGENCY) ?? credit.match(SEPARATOR) ?? [];
  if (person && agency) return {photographer: tidy(person), agency: tidy(agency)};
  if (!credit) return {};
  return AGENCY_WORDS.test(credit) || /^[A-Z]{2,6}$/.test(credit)
    ? {agency: credit}
    : {photographer: credit};
}

/**
 * Lifts a credit off the end of a caption, so the card shows it once, as a credit.
 * Returns the caption as it was when it carries no credit.
 */
export function splitCaptionCredit(caption: string): {caption: string; credit?: string} {
  const match = tidy(caption).match(CAPTION_CREDIT);
  const credit = match && (match[2] ?? match[3]);
  return credit ? {caption: match[1], credit: tidy(credit)} : {caption: tidy(caption)};
}

/** "Catherine Ivill/Getty Images", "Getty Images", "Jane Doe/Agency, CC BY 4.0". */
export function formatCredit({photographer, agency, license}: Credit): string {
  const who = [photographer, agency].filter(Boolean).join('/');
  return license ? (who ? `${who}, ${license}` : license) : who;
}
