/**
 * Parses story JSON, explaining a failure in words a partner can act on: an empty body,
 * an HTML page where JSON was expected (a wrong URL, a login wall), or a syntax error.
 */
export function parseStoryJson(text: string): {value: unknown} | {problem: string} {
  const trimmed = text.trim();
  if (!trimmed) return {problem: 'is empty'};
  if (trimmed.startsWith('<')) return {problem: 'is HTML, not JSON: is the address right?'};
  try {
    return {value: JSON.parse(trimmed)};
  } catch (error) {
    return {problem: `is not valid JSON (${(error as Error).message})`};
  }
}
