// A date, optionally with a time and a zone: 2018-07-03, 2018-07-03T09:30:00+03:00.
const ISO_8601 = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/;

/**
 * A publication date as CMSs print it, in the one ISO 8601 shape every engine reads
 * alike: a space for the `T` (2018-07-03 09:30:00), an offset without its colon
 * (+0300), the compact form (20180703T093000Z), a zone name (UTC, GMT), or a date in
 * words ("Tue, 03 Jul 2018 09:30:00 EST" read by the browser and given in UTC, "3 July
 * 2018" as that day).
 * Undefined when it is no date, or no day of the calendar (2018-02-30).
 */
export function normalizeDate(given: string): string | undefined {
  const iso = given
    .trim()
    .replace(/^(\d{4})(\d\d)(\d\d)(?=T|$)/, '$1-$2-$3')
    .replace(/T(\d\d)(\d\d)(\d\d)?(?=[Z+-]|$)/, (_, h, m, s) => `T${h}:${m}${s ? `:${s}` : ''}`)
    .replace(/^(\d{4}-\d\d-\d\d)[ T](?=\d)/, '$1T')
    .replace(/ ?(?:UTC|GMT|Z)$/i, 'Z')
    .replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  if (/^\d{4}-/.test(iso)) {
    // The pattern lets 2018-02-30 through and Date.parse rolls it over to March: compare
    // the calendar day back.
    const day = iso.slice(0, 10);
    return ISO_8601.test(iso) && Date.parse(iso) && new Date(`${day}T00:00Z`).toISOString().startsWith(day) ? iso : undefined;
  }
  const time = /[a-z]{3}/i.test(given) ? new Date(given) : undefined;
  if (!time?.getTime()) return undefined;
  // A day without a time ("3 July 2018") is that day, wherever the reader is.
  return /\d:\d/.test(given) ? time.toISOString() : `${time.getFullYear()}-${`${time.getMonth() + 1}`.padStart(2, '0')}-${`${time.getDate()}`.padStart(2, '0')}`;
}
