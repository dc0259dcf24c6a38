/**
 * Parses story JSON, explaining a failure in words a partner can act on: an empty body,
 * an HTML page where JSON was expected (a wrong URL, a login wall), or a syntax error
 * with its line and column.
 */
export function parseStoryJson(text: string): {value: unknown} | {problem: string} {
  const trimmed = text.trim();
  if (!trimmed) return {problem: 'is empty'};
  if (trimmed.startsWith('<')) return {problem: 'is HTML, not JSON: is the address right?'};
  try {
    return {value: JSON.parse(text)};
  } catch {
    return {problem: `is not valid JSON: ${describeJsonError(text)}`};
  }
}

// Engines word JSON.parse errors differently and WebKit gives no position at all, so
// the position is found here, the same everywhere.
function describeJsonError(text: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return 'it nests too deeply to read';
  const before = text.slice(0, at).split('\n');
  const where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
  return at >= text.length ? `it ends too early (${where})` : `unexpected ${JSON.stringify(text[at])} at ${where}`;
}

const SPACE = /[ \t\n\r]*/y;
// A string as far as it is valid: its end is where a string goes wrong, if it does.
// eslint-disable-next-line no-control-regex -- JSON forbids control characters in strings
const STRING_SO_FAR = /"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Where the first syntax error in `text` is: an offset, text.length if it ends early, -1 if too deep to tell. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  // Where `pattern` stops matching from i (i itself when it does not match).
  const past = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.test(text) ? pattern.lastIndex : i;
  };
  // One of the `allowed` punctuation marks after white space, or an error where it is not.
  const mark = (allowed: string) => {
    i = past(SPACE);
    if (allowed.includes(text[i])) return text[i++];
    throw i;
  };
  const string = () => {
    i = past(STRING_SO_FAR);
    if (text[i++] != '"') throw i - 1;
  };
  const value = (): void => {
    i = past(SPACE);
    const open = text[i];
    if (open == '"') return string();
    if (open != '{' && open != '[') {
      const end = past(NUMBER_OR_LITERAL);
      if (end == i) throw i;
      return void (i = end);
    }
    const close = open == '{' ? '}' : ']';
    i++;
    i = past(SPACE);
    if (text[i] == close) return void i++;
    do {
      if (open == '{') {
        i = past(SPACE);
        string();
        mark(':');
      }
      value();
    } while (mark(`,${close}`) == ',');
  };
  try {
    value();
    return past(SPACE);
  } catch (offset) {
    return typeof offset == 'number' ? offset : -1;
  }
}
