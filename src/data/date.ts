// A date in the shapes CMSs print it: 2018-07-03, 20180703, with a time after a T or a
// space (colons optional, seconds optional and fractional) and a zone (Z, UTC, GMT, +03:00
// or +0300).
const DATE = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T ](\d\d):?(\d\d)(?::?(\d\d(?:\.\d+)?))?)? ?(Z|UTC|GMT|[+-]\d\d:?\d\d)?$/i;

/**
 * A publication date as CMSs print it, in the one ISO 8601 shape every engine reads
 * alike: a space for the `T` (2018-07-03 09:30:00), an offset without its colon
 * (+0300), the compact form (20180703T093000Z), a zone name (UTC, GMT), or a date in
 * words ("Tue, 03 Jul 2018 09:30:00 EST" read by the browser and given in UTC, "3 July
 * 2018" as that day). Undefined when it is no date, or no day of the calendar (2018-02-30).
 */
export function normalizeDate(given: string): string | undefined {
  const parts = given.trim().match(DATE);
  if (parts) {
    const [, year, month, day, hour, minute, second, zone] = parts;
    const date = `${year}-${month}-${day}`;
    const time = hour
      ? `T${hour}:${minute}${second ? `:${second}` : ''}${zone ? (/\d/.test(zone) ? zone.replace(/:?(\d\d)$/, ':$1') : 'Z') : ''}`
      : '';
    // Date.parse rolls 2018-02-30 over to March: the calendar day must come back.
    return Date.parse(date + time) && new Date(`${date}T00:00Z`).toISOString().startsWith(date)
      ? date + time
      : undefined;
  }
  const time = /[a-z]{3}/i.test(given) ? new Date(given) : undefined;
  if (!time?.getTime()) return undefined;
  // A day without a time ("3 July 2018") is that day, wherever the reader is.
  return /\d:\d/.test(given)
    ? time.toISOString()
    : `${time.getFullYear()}-${`${time.getMonth() + 1}`.padStart(2, '0')}-${`${time.getDate()}`.padStart(2, '0')}`;
}
