import {captionAndCredit, chooseHeadline, imageIn, outsideStory, visibleText} from './read-markup.js';
import {isCredit} from '../data/credit.js';
import {maySharePhoto, photoKey} from '../data/photo-identity.js';

// A caption by class name (not one that says it has none or has one: Express's
// `withoutCaption` around a photo whose caption follows it, the Labrador CMS's header box
// `articleHeader hasCaption` around headline, photo and caption), or by id (The Week's
// `nfLargeCaption`); a newspaper's cutline is its caption.
const CAPTION =
  'div[id*=caption i],[class*=caption i]:not([class*=without i],[class*=hascaption i]),[class*=cutline i]';
// A credit without a caption beside a photo ("Courtesy G4", "Image: John Doe on Flickr"),
// not the story's publisher that hNews names: "<p class="source-org vcard">Fox News
// Latino</p>".
const PHOTO_CREDIT = '[class*=credit i],[class*=photographer i],p[class*=source i]:not(.source-org)';

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
 * and the article markup publishers' CMSs write (see read-markup.ts): lazy-loaded and
 * responsive images, credits by class name, captions outside a figure, teasers and
 * share bars inside the article. `heading` is the headline where the caller chose it
 * (null: there is none).
 * The result is story input, to be normalised like any other. Reading only, no changes
 * to the markup.
 */
export function storyFromArticle(
  article: Element,
  heading: Element | null | undefined = chooseHeadline(article)
): Record<string, unknown> {
  const own = ownElements(article);
  const byline = own('.byline')[0];
  // (closest() matches the paragraph itself too: a p.kicker is none of the body.)
  const isBody = (p: Element) =>
    !p.closest(`figure,${CAPTION},${PHOTO_CREDIT},.kicker,.standfirst,.byline,header`) && !isCutline(p);
  return {
    headline: visibleText(heading),
    kicker: visibleText(own('.kicker')[0]),
    standfirst: visibleText(own('.standfirst')[0]),
    // The byline without its date, and without the comma or dot that joined them.
    byline: visibleText(byline, byline?.querySelector('time'))?.replace(/[\s,·|–-]+$/, ''),
    datePublished: article.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    url:
      (heading?.querySelector('a[href]') ?? article.querySelector('a.link[href],a[rel~=bookmark][href]'))?.getAttribute(
        'href'
      ) ?? undefined,
    body: own('p')
      .filter(isBody)
      .map((p) => visibleText(p)!),
    photos: photosIn(article),
  };
}

/** The elements in `root` that match `selector` and belong to the story (see outsideStory). */
const ownElements = (root: Element) => (selector: string) =>
  [...root.querySelectorAll(selector)].filter((element) => !outsideStory(element, root));

/**
 * Whether `p` is the cutline of the photo before it, as older CMSs' editors write one: a
 * paragraph all of one emphasised line after a photo alone in its own ("<p><img></p><p><em>
 * Petőfi Sándor megrongált szobra… MTI Fotó: Nemes János</em></p>", zaol.hu; a <font> at
 * gmw.cn).
 */
const isCutline = (p: Element | null) =>
  !!p?.previousElementSibling?.querySelector('img') &&
  !visibleText(p.previousElementSibling) &&
  visibleText(p) == visibleText(p.querySelector('em,i,font'));

/**
 * Whether an element around `element` (or itself) within `root` matches `selector`: what
 * boxes the page (Modernizr's `<html class="has-video">`, the NYT's) says nothing of a photo.
 */
const boxedIn = (root: Element, element: Element, selector: string) => root.contains(element.closest(selector));

/**
 * The photos in `article`, each once, with its caption and credit: a figure (one that
 * holds a video or a frame is no photo), or, in markup without figures, a caption or a
 * credit and the image nearest around it, or a photo of the story's own in no box of a
 * photo at all.
 */
export function photosIn(article: Element): Record<string, unknown>[] {
  // By photo (see photoKey), in the order first seen; a figure with an image but no
  // address of it by itself, to be named in a warning.
  const photos = new Map<unknown, {src: string | null; caption?: string}>();
  for (const start of ownElements(article)(`figure,${CAPTION},${PHOTO_CREDIT}`)) {
    if (start.localName != 'figure' && start.parentElement!.closest(`figure,${CAPTION}`)) continue;
    let unit = start;
    let found = imageIn(unit);
    for (let up = 0; up < 3 && !found && unit != article && unit.parentElement; up++)
      found = imageIn((unit = unit.parentElement));
    // A video's still is no photo: a figure with a player (not a column with a player
    // further down), a video box or a video's caption (Computerworld's `video_caption`
    // beside the photo's own), a promo captioned "Video: …".
    const image =
      !(visibleText(unit)!.length < 400 && unit.querySelector('video,iframe,object,embed')) &&
      !boxedIn(article, start, '[class*=video i]') &&
      !/^video\b/i.test(visibleText(unit)!) &&
      found;
    // A caption whose nearest image has a caption of its own before it is another thing's:
    // a video's, in the box below the lead photo (Newsweek's).
    if (start.matches(CAPTION) && unit != start && unit.querySelector(CAPTION) != start) continue;
    if (image === undefined && start.localName == 'figure' && start.querySelector('img'))
      photos.set(start, {src: null});
    if (!image) continue;
    let caption =
      start.localName == 'figure'
        ? start.querySelector(`figcaption,${CAPTION}`)
        : start.matches(CAPTION)
          ? start
          : unit.querySelector(CAPTION);
    // A figure's figcaption may follow it, outside it: the box of both is the photo's
    // ("<figure><img></figure><figcaption>…", taz, Mitteldeutsche Zeitung).
    if (!caption && start.nextElementSibling?.localName == 'figcaption') {
      caption = start.nextElementSibling;
      unit = start.parentElement!;
    }
    const photo = {...image, ...captionAndCredit(unit, caption)};
    // A photo shown twice (a rail's teaser cut short, "Lynda Brackenridge, of Lakeview,
    // Calif., is...", then the full view) is shown once, with the fuller caption.
    const key = photoKey(image.src);
    const shown = photos.get(key);
    if (!shown || (photo.caption ?? '').length > (shown.caption ?? '').length) photos.set(key, photo);
  }
  // A photo in no figure and by no caption: an image of the story's own, 250 pixels wide
  // or high or more (Colorlines' portrait of a rodeo's sign, 206 by 308), or of no size
  // given and a JPEG (the PNGs and GIFs of no size are buttons, icons, banners; a
  // tracking pixel is no image file), full size or a link to the full size (not a
  // teaser's link to another page), not a video's still or a byline's face,
  // with its box's few words where it has a box of its own ("<div><img><i>Neanderthals
  // are…</i></div>", not the story's column of paragraphs), and none of another story's
  // headline (a teaser).
  for (const img of ownElements(article)('img')) {
    const image = imageIn(img);
    if (
      !image ||
      Math.max(image.width ?? (/\.jpe?g/i.test(image.src) ? 250 : 0), image.height ?? 0) < 250 ||
      // (No link: "". A link's address, resolved or not: of an image file, or not; a
      // script's, that shows the photo larger: PCMag's "JavaScript:OpenImageWindow(…)". Not
      // "#", which a script's teaser of a gallery has as often as a story's slideshow.)
      !/\.(jpe?g|png|gif)|^$|^javascript:/i.test(img.closest('a')?.href ?? '') ||
      boxedIn(article, img, `figure,${CAPTION},${PHOTO_CREDIT},[class*=video i],[class*=byline i]`) ||
      [...photos.values()].some((photo) => maySharePhoto(photo.src + '', image.src))
    )
      continue;
    // (Its own box first, and the text of a box only when it may be a photo's: a column of
    // paragraphs is no photo's box, and is long to read.)
    let unit = img.parentElement!;
    for (let up = 0; up < 3 && !visibleText(unit) && unit != article; up++) unit = unit.parentElement!;
    // (A box of a caption's paragraph and a credit's is a photo's: "<p>Imam Abdul Adhim
    // Kamouss beim Gebet…</p><p>© Rolf Zoellner/imago</p>", Berliner Zeitung.)
    const boxed =
      !unit.querySelector('h1') &&
      [...unit.querySelectorAll('p~p')].every((p) => isCredit(visibleText(p)!)) &&
      visibleText(unit)!.length < 400;
    const cutline = img.parentElement!.nextElementSibling;
    if (isCutline(cutline)) photos.set(img, {...image, ...captionAndCredit(cutline!, cutline)});
    else if (!(boxed && unit.querySelector('h2,h3,h4')))
      photos.set(img, {...image, ...(boxed && captionAndCredit(unit, null))});
  }
  return [...photos.values()];
}
