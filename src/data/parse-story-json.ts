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

const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /^(?:["\\/bfnrt]|u[\da-fA-F]{4})/;
const STRING_BODY = /(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;

/** Where the first syntax error in `text` is: an offset, text.length if it ends early, -1 if too deep to tell. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') i++;
  };
  const expect = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw i;
    i = pattern.lastIndex;
  };
  const string = () => {
    if (text[i++] != '"') throw i - 1;
    STRING_BODY.lastIndex = i;
    if (!STRING_BODY.test(text)) {
      // Find the first character the string cannot hold: a control character, a bad
      // escape, or the end of the text before the closing quote.
      while (i < text.length && text[i] >= ' ' && text[i] != '"') {
        if (text[i] != '\\') i++;
        else if (ESCAPE.test(text.slice(i + 1, i + 6))) i += text[i + 1] == 'u' ? 6 : 2;
        else break;
      }
      throw i;
    }
    i = STRING_BODY.lastIndex;
  };
  const value = (): void => {
    space();
    const opening = text[i];
    if (opening == '{' || opening == '[') {
      const closing = opening == '{' ? '}' : ']';
      i++;
      space();
      if (text[i] == closing) return void i++;
      for (;;) {
        if (opening == '{') {
          space();
          string();
          space();
          if (text[i] != ':') throw i;
          i++;
        }
        value();
        space();
        if (text[i] == ',') i++;
        else if (text[i] == closing) return void i++;
        else throw i;
      }
    }
    if (opening == '"') string();
    else expect(NUMBER_OR_LITERAL);
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return typeof offset == 'number' ? offset : -1;
  }
}
