// A partner's article with a story card in its first screen: a paragraph, the embed, the
// rest of the article. The bench loads it to count layout shift; the suite measures its
// geometry. Each embed kind is the README's snippet, the space-holding <style> included
// unless `space` is false.

/** The embed kinds the README offers. */
export const EMBED_KINDS = ['src', 'story', 'json', 'article', 'markup'];

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The <article> a CMS block wraps: the same story, readable before and without the module.
 * Its images carry the loading hints that a CMS writes (WordPress since 6.3) and that the
 * static article of section 11 has: the first the page's most important image, the rest
 * lazy. Without them the browser fetches every photo of the block at once, before any
 * script runs, and the first shares the line with all the others.
 */
export function articleMarkup(story) {
  const photos = story.photos
    .map(
      (photo, i) =>
        `<figure><img src="${escapeHtml(photo.src)}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(photo.alt)}"${i ? ' loading="lazy"' : ' fetchpriority="high"'}><figcaption>${escapeHtml(photo.caption)}</figcaption></figure>`
    )
    .join('');
  return `<article><p class="kicker">${escapeHtml(story.kicker)}</p><h2><a href="${escapeHtml(story.url)}">${escapeHtml(story.headline)}</a></h2><p class="standfirst">${escapeHtml(story.standfirst)}</p>${photos}${story.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>`;
}

/** The element as each embed kind writes it; `src` is the story's URL for the src embed. */
export function embedMarkup(kind, story, src) {
  if (kind == 'src') return `<story-card src="${escapeHtml(src)}"></story-card>`;
  if (kind == 'story') return `<story-card story="${escapeHtml(JSON.stringify(story))}"></story-card>`;
  if (kind == 'json')
    return `<story-card><script type="application/json">${JSON.stringify(story).replaceAll('</', '<\\/')}</script></story-card>`;
  if (kind == 'article') return `<story-card>${articleMarkup(story)}</story-card>`;
  // The embed that CMS sanitisers keep: the module turns it into a <story-card>.
  if (kind == 'markup') return `<div class="story-card-embed">${articleMarkup(story)}</div>`;
  throw new Error(`unknown embed kind ${kind}`);
}

const PARAGRAPH =
  'Partner copy. The page a reader came for goes on around the card, and it must not move when the card arrives: a reader halfway through a sentence loses the line.';

/**
 * The whole page. `module` is the URL of the script tag (left out when null); `embed` the
 * element's markup; `spaceCss` the snippet's <style> (left out when null).
 */
export function partnerPage({module, embed, spaceCss, peerCss = '', extraHead = ''}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner article</title>
<link rel="icon" href="data:,">
<style>body{margin:0 auto;padding:0 16px;max-width:1280px;font:18px/1.6 Georgia,serif;color:#222}h1{font:700 28px/1.2 sans-serif;margin:16px 0}</style>
${spaceCss == null ? '' : `<style>${spaceCss}</style>`}
${peerCss}${extraHead}
${module ? `<script type="module" src="${module}"></script>` : ''}
</head>
<body>
<h1>A partner's article</h1>
<p id="before">${PARAGRAPH}</p>
${embed}
<p id="after">${PARAGRAPH}</p>
${Array.from({length: 8}, () => `<p>${PARAGRAPH}</p>`).join('\n')}
</body>
</html>`;
}
