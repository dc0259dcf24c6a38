// Checks what a card made of a corpus page (its story-card-load story) against what a
// careful editor finds there (facts.json). Shared by the corpus test (test/corpus.test.ts,
// in the browser) and the fidelity table (bench/fidelity.mjs).

/** What no reader should see: an entity or a tag shown as written, or text read in the wrong encoding ("pasÃ³"). */
export const UNREAD_MARKUP = /&(?:#\d+|#x[\da-f]+|[a-z]+);|<\/?[a-z][^>]*>|Ã[\x80-\xbf]|\ufffd/i;

const creditText = ({photographer, agency}) => [photographer, agency].filter(Boolean).join('/');

/**
 * One verdict per fact: the headline, each photo, each caption and each credit the page
 * has, the furniture it must leave out, and clean text. `story` is undefined when the
 * card could not show one. Each verdict: {kind, ok, expected, found}.
 */
export function checkFacts(facts, story) {
  const verdicts = [
    {kind: 'headline', ok: story?.headline == facts.headline, expected: facts.headline, found: story?.headline},
  ];
  for (const photo of facts.photos) {
    const shown = story?.photos.find((candidate) => candidate.src.includes(photo.src));
    verdicts.push({kind: 'photo', ok: !!shown, expected: photo.src, found: story?.photos.map((p) => p.src)});
    if (photo.caption)
      verdicts.push({
        kind: 'caption',
        ok: !!shown?.caption?.startsWith(photo.caption),
        expected: photo.caption,
        found: shown?.caption,
      });
    if (photo.credit) {
      const credit = shown?.credit && creditText(shown.credit);
      verdicts.push({kind: 'credit', ok: credit == photo.credit, expected: photo.credit, found: credit});
    }
  }
  for (const furniture of facts.notPhotos ?? []) {
    verdicts.push({
      kind: 'furniture left out',
      ok: !!story && !story.photos.some((p) => p.src.includes(furniture)),
      expected: furniture,
    });
  }
  const texts = story
    ? [
        story.headline,
        story.standfirst,
        ...story.body,
        ...story.photos.flatMap((p) => [p.caption, p.credit && creditText(p.credit)]),
      ]
    : [];
  const unclean = texts.find((text) => text && UNREAD_MARKUP.test(text));
  verdicts.push({kind: 'clean text', ok: !!story && !unclean, found: unclean});
  return verdicts;
}

const TABLE_KINDS = ['headline', 'photo', 'caption', 'credit', 'furniture left out', 'clean text'];

/**
 * The fidelity table (bench/fidelity.mjs for cards, bench/import-fidelity.mjs for
 * story-card-import's files), as Markdown: of `results` ({facts, story, note}: the story
 * read of a page, undefined where none was, and why), how many pages gave a story and how
 * many of each fact it has, then each miss, unless `listMisses` is false (held-out pages).
 */
export function factTable(title, column, results, {listMisses = true} = {}) {
  const totals = Object.fromEntries(TABLE_KINDS.map((kind) => [kind, [0, 0]]));
  const misses = [];
  for (const {facts, story, note} of results)
    for (const verdict of checkFacts(facts, story)) {
      totals[verdict.kind][1]++;
      if (verdict.ok) totals[verdict.kind][0]++;
      else
        misses.push(
          `${facts.page}: ${verdict.kind} ${JSON.stringify(verdict.expected ?? '')}, found ${JSON.stringify(verdict.found)?.slice(0, 200)}${note ? ` (${note})` : ''}`
        );
    }
  return [
    `\n${title}\n`,
    `| what the page has | ${column} |\n| --- | --- |`,
    `| a story at all | ${results.filter(({story}) => story).length} of ${results.length} |`,
    ...TABLE_KINDS.map((kind) => `| ${kind} | ${totals[kind][0]} of ${totals[kind][1]} |`),
    ...(listMisses && misses.length ? [`\nMissed:\n${misses.map((miss) => `- ${miss}`).join('\n')}`] : []),
  ].join('\n');
}
