export interface SrcsetCandidate {
  url: string;
  /** `800w`, `2x`, or empty; as written, not checked. */
  descriptor: string;
}

// One candidate as the HTML standard's parser reads one: white space and commas before
// it; a URL, which is a run of anything but white space not ending in a comma (so it may
// hold commas, as CDN crops do: `w_400,h_300`); then either the commas that end it, or
// its descriptors, up to the next comma outside parentheses.
const CANDIDATE = /[\s,]*(\S*[^\s,])(?:,+|((?:[^,(]|\([^)]*\)?)*))/g;

/** A srcset's candidates: `a.jpg 1x,b.jpg 2x` is two, with or without a space. */
export const parseSrcset = (srcset: string): SrcsetCandidate[] =>
  [...srcset.matchAll(CANDIDATE)].map(([, url, descriptor = '']) => ({url, descriptor: descriptor.trim()}));
