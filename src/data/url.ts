// Relative URLs are resolved against this when the caller has no base of its own, so
// that a protocol-relative URL ("//host/…", or "/\\host/…" as the parser reads it)
// shows up as a change of host.
const PLACEHOLDER_BASE = 'https://story-card.invalid/';

/**
 * Checks a URL from story data and resolves it against `base`. Only http(s) and
 * relative URLs pass: `javascript:`, `data:` and `vbscript:` are refused, however they
 * are disguised (case, whitespace, control characters, escapes), because the URL parser
 * that judges them is the one the browser will use. A protocol-relative URL
 * (`//host/path`, common in publishers' markup) is read as https, as the publisher's
 * own page reads it.
 * Returns the absolute URL, or the reason it was refused.
 */
export function checkUrl(value: string, base?: string): {url: string} | {refused: string} {
  let url: URL;
  let baseUrl: URL;
  try {
    baseUrl = new URL(base ?? PLACEHOLDER_BASE);
    url = new URL(value, baseUrl);
  } catch {
    return {refused: 'must be an http(s) or relative URL'};
  }
  if (url.protocol != 'https:' && url.protocol != 'http:') {
    return {refused: `must be an http(s) or relative URL, not ${url.protocol}`};
  }
  // The parser ignores leading controls and spaces, and tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex -- the control characters are what the URL parser skips
  const hasScheme = /^[\x00-\x20]*[a-z][a-z\d+.\-\t\n\r]*:/i.test(value);
  if (!hasScheme && url.host != baseUrl.host)
    return {url: `https://${url.host}${url.pathname}${url.search}${url.hash}`};
  return {url: base ? url.href : value.trim()};
}
