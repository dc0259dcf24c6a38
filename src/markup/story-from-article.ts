/**
 * Reads a story from the plain HTML a CMS can paste inside the element, the markup that
 * readers and search engines see before (or without) JavaScript:
 *
 *     <story-card>
 *       <article>
 *         <p class="kicker">World Cup 2018</p>
 *         <h2><a href="https://news.example/japan">Japan fans tidy up</a></h2>
 *         <p class="standfirst">…</p>
 *         <p class="byline">Jane Doe, <time datetime="2018-07-03">3 July 2018</time></p>
 *         <figure>
 *           <img src="…" width="2048" height="1365" alt="…">
 *           <figcaption>Fans in the stands. <small>Photo by Catherine Ivill/Getty Images</small></figcaption>
 *         </figure>
 *         <p>The story…</p>
 *       </article>
 *     </story-card>
 *
 * The result is story input, to be normalised like any other. Reading only, no changes
 * to the markup.
 */
export function storyFromArticle(article: Element): Record<string, unknown> {
  const text = (element: Element | null | undefined) => element?.textContent ?? undefined;
  const heading = article.querySelector('h1, h2, h3, h4, h5, h6');
  const byline = article.querySelector('.byline');
  const credits = 'small, .credit, cite';
  const photos = [...article.querySelectorAll('figure')].flatMap((figure) => {
    const img = figure.querySelector('img');
    if (!img) return [];
    const caption = figure.querySelector('figcaption')?.cloneNode(true) as Element | undefined;
    const credit = caption?.querySelector(credits);
    credit?.remove();
    const size = (name: string) => (img.hasAttribute(name) ? Number(img.getAttribute(name)) : undefined);
    return [
      {
        src: img.getAttribute('src'),
        srcset: img.getAttribute('srcset') ?? undefined,
        sizes: img.getAttribute('sizes') ?? undefined,
        width: size('width'),
        height: size('height'),
        alt: img.getAttribute('alt') ?? undefined,
        caption: text(caption),
        credit: text(credit),
      },
    ];
  });
  const isBody = (p: Element) => !p.closest('figure, .kicker, .standfirst, .byline, header, footer') && !p.matches('.kicker, .standfirst, .byline');
  const bylineCopy = byline?.cloneNode(true) as Element | undefined;
  bylineCopy?.querySelector('time')?.remove();
  return {
    headline: text(heading),
    kicker: text(article.querySelector('.kicker')),
    standfirst: text(article.querySelector('.standfirst')),
    // The byline without its date, and without the comma or dot that joined them.
    byline: text(bylineCopy)?.replace(/[\s,·|–-]+$/, ''),
    datePublished: article.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    url: (heading?.querySelector('a[href]') ?? article.querySelector('a.link[href], a[rel~=bookmark][href]'))?.getAttribute('href') ?? undefined,
    body: [...article.querySelectorAll('p')].filter(isBody).map((p) => p.textContent ?? ''),
    photos,
  };
}
