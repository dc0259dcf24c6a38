/**
 * Turns each `<div class="story-card-embed">` into a `<story-card>`: the embed that CMS
 * sanitisers keep (a class, `data-*` attributes and plain article markup, where a
 * custom element or a script is stripped), the way a social post's blockquote comes
 * back to life when its script finds it. Its children move into the card, and a `data-*`
 * attribute named after one of the card's attributes becomes it (`data-src` → `src`).
 * Only those: sanitisers keep `data-*` because it is inert, and `data-onclick` must not
 * become a handler.
 */
export function upgradeEmbeds() {
  const known: string[] = (customElements.get('story-card') as unknown as {observedAttributes: string[]})
    .observedAttributes;
  for (const embed of document.querySelectorAll('.story-card-embed')) {
    const card = document.createElement('story-card');
    for (const {name, value} of embed.attributes)
      if (known.includes(name.slice(5)) && name.startsWith('data-')) card.setAttribute(name.slice(5), value);
    card.append(...embed.childNodes);
    embed.replaceWith(card);
  }
}
