/** The name of the Trusted Types policy that hands HTML to the browser's parser (README, "Strict CSP"). */
export const POLICY_NAME = 'story-card';

type Policy = {createHTML(html: string): unknown};
let policy: Policy | undefined;

/**
 * Parses HTML into a document of its own, inert: no script of it runs and nothing of it
 * reaches the partner's page. On a page that enforces Trusted Types the parser takes
 * the HTML from the "story-card" policy, which passes it as it is for that reason.
 * Undefined where the page's CSP leaves that policy out.
 */
export function parseHtml(html: string): Document | undefined {
  try {
    policy ??= (
      globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}
    ).trustedTypes?.createPolicy(POLICY_NAME, {createHTML: (html) => html});
  } catch {
    return undefined;
  }
  return new DOMParser().parseFromString((policy?.createHTML(html) ?? html) as string, 'text/html');
}

/**
 * A named entity (`&eacute;`, and every other that HTML names) read by the browser's
 * own parser; one it does not know, or a page whose CSP refuses the parser, leaves it
 * as written. Only the entity itself is parsed, never the text around it.
 */
export const decodeEntity = (entity: string): string => parseHtml(entity)?.body.textContent ?? entity;
