import {storyFromPage} from './story-from-page.js';

/** The name of the Trusted Types policy that hands a publisher's page to the HTML parser (README, "Strict CSP"). */
export const POLICY_NAME = 'story-card';

type Policy = {createHTML(html: string): unknown};
let policy: Policy | undefined;

/**
 * Reads the story of a publisher's article page that `src` named (see storyFromPage).
 * The page is parsed into a document of its own, inert: no script of it runs, nothing of
 * it is put on the partner's page, only its text and addresses are read. On a page that
 * enforces Trusted Types the parser takes the HTML from the "story-card" policy, which
 * passes it as it is for that reason.
 */
export function readPage(html: string, url: string): {value: unknown; baseUrl: string} | {problem: string} {
  try {
    policy ??= (globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}).trustedTypes?.createPolicy(POLICY_NAME, {createHTML: (html) => html});
  } catch {
    return {problem: `is an HTML page, and this page's Content-Security-Policy allows no Trusted Types policy named "${POLICY_NAME}" to read it: add ${POLICY_NAME} to its trusted-types directive`};
  }
  // The parsed page is under the partner's CSP, which would report each inline style and
  // handler of it, never to run, as a violation: they go before parsing, unread anyway.
  const inert = html.replace(/<style[\s\S]*?<\/style>/gi, '').replace(/\s(?:style|on\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const page = new DOMParser().parseFromString((policy?.createHTML(inert) ?? inert) as string, 'text/html');
  const {story, canonical} = storyFromPage(page);
  // A sign-in wall or an error page has a heading too, but no photo and hardly a paragraph.
  if (!story.headline || (!(story.photos as unknown[]).length && (story.body as unknown[]).length < 2)) {
    return {problem: 'is an HTML page with no story in it (no article, headline, photo or text found): is the address right?'};
  }
  let baseUrl = url;
  try {
    baseUrl = new URL(canonical!, url).href;
  } catch {
    // No canonical URL, or one that is no URL: the page's own address stands.
  }
  return {value: story, baseUrl};
}
