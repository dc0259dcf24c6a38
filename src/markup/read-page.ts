import {storyFromPage} from './story-from-page.js';
import {POLICY_NAME, decodeEntity, parseHtml} from './html-parser.js';

/**
 * Reads the story of a publisher's article page that `src` named (see storyFromPage).
 * The page is parsed into a document of its own, inert: no script of it runs, nothing of
 * it is put on the partner's page, only its text and addresses are read (parseHtml).
 */
export function readPage(html: string, url: string): {value: unknown; baseUrl: string} | {problem: string} {
  // The parsed page is under the partner's CSP, which would report each inline style and
  // handler of it, never to run, as a violation: they go before parsing, unread anyway.
  const inert = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/\s(?:style|on\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const page = parseHtml(inert);
  if (!page) {
    return {
      problem: `is an HTML page, and this page's Content-Security-Policy allows no Trusted Types policy named "${POLICY_NAME}" to read it: add ${POLICY_NAME} to its trusted-types directive`,
    };
  }
  const {story, canonical} = storyFromPage(page, decodeEntity);
  // A story is a headline with a paragraph or a photo; a page without one of them (an
  // error page, a sign-in form) has none.
  if (!story.headline || !((story.photos as unknown[]).length || (story.body as unknown[]).length)) {
    return {
      problem: 'is an HTML page with no story in it (no article, headline, photo or text found): is the address right?',
    };
  }
  let baseUrl = url;
  try {
    baseUrl = new URL(canonical!, url).href;
  } catch {
    // No canonical URL, or one that is no URL: the page's own address stands.
  }
  return {value: story, baseUrl};
}
