/**
 * Turns each `<div class="story-card-embed">` into a `<story-card>`: the embed that CMS
 * sanitisers keep (a class, `data-*` attributes and plain article markup, where a
 * custom element or a script is stripped), the way a social post's blockquote comes
 * back to life when its script finds it. Its children move into the card, and each
 * `data-*` attribute becomes the card's attribute of that name (`data-src` → `src`).
 */
export function upgradeEmbeds() {
  for (const embed of document.querySelectorAll('.story-card-embed')) {
    const card = document.createElement('story-card');
    for (const {name, value} of embed.attributes) if (name.startsWith('data-')) card.setAttribute(name.slice(5), value);
    card.append(...embed.childNodes);
    embed.replaceWith(card);
  }
}
