import {splitCaptionCredit} from './credit.js';

/**
 * Reads a story filed as plain newsroom text: blocks separated by blank lines, the photo
 * captions first (each ending with its credit, "(Photo by Catherine Ivill/Getty Images)"),
 * then the paragraphs. A first block of one short line without a full stop is taken as
 * the headline. Photo files are not in such text: their `src` comes from `photoUrls`, in
 * order, or is left empty for an editor to fill in (the card warns about each).
 */
export function storyFromNewsroomText(
  text: string,
  {headline, photoUrls = []}: {headline?: string; photoUrls?: string[]} = {}
) {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (
    !headline &&
    blocks[0] &&
    blocks[0].length <= 140 &&
    !/[.!?)]$/.test(blocks[0]) &&
    !splitCaptionCredit(blocks[0]).credit
  ) {
    headline = blocks.shift();
  }
  const photos = [];
  while (blocks.length && splitCaptionCredit(blocks[0]).credit) {
    // No alt text: newsroom text has none, and "" would say the photo needs none.
    photos.push({src: photoUrls[photos.length] ?? '', caption: blocks.shift()!});
  }
  return {headline: headline ?? '', photos, body: blocks};
}
