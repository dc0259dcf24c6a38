/**
 * What stays of a photo's URL across the renditions and crops a publisher lists
 * (`…/16x9/photo.jpg`, `photo-640x426.jpg`, `photo.jpg?w=1200`): its file name without
 * the size, so that the same photo is shown once. A file name with no word in it
 * (`0.jpg`, `image.jpg` is a word) keeps the whole URL, but for the size, as its
 * identity. The query is dropped only after an image file's name: a script that serves
 * images by query (`imagesizer?file=a.jpg`, `ShowImage.ashx?ID=218716`) names each photo by it.
 */
export function photoKey(url: string): string {
  const name = fileName(url).replace(SIZE, '');
  // A name that is only a size (`…/4616764/6/628x471.jpg`) leaves the photo's folder to name it.
  return /[a-z]{3}/.test(name.replace(/[.?].*/, '')) ? name : url.replace(SIZE, '');
}
// A rendition's size or crop in a file name: `-640x426`, `_1024x683`, `-800w`, `-small`,
// `-thumbnail`; Hearst's renditions of a photo's folder, `rawImage.jpg` and `ratio3x2_960.jpg`.
const SIZE =
  /[-_.]?\d{2,4}x\d{2,4}|[-_.](?:\d{2,4}w|small|medium|large|thumb(?:nail)?)(?=[-_.])|rawimage|ratio\dx\d(?:_\d+)?/gi;

/**
 * The URL's last part, lower case, with its query only where no image file's name comes
 * before it. A resizing proxy's address names the photo in its query, encoded once or
 * twice: AOL's "dims?…&image_uri=http%3A%2F%2F…%2FXbox%2BOne%2BX%2Breview%2Bgallery%2B7.jpg&client=…".
 */
const fileName = (url: string) => {
  try {
    url = decodeURIComponent(url);
    url = decodeURIComponent(url);
  } catch {
    // A % of the name's own ("100%.jpg") is no escape.
  }
  return url.replace(IMAGE_QUERY, '$1').split('/').pop()!.toLowerCase();
};
const IMAGE_QUERY = /(\.(?:jpe?g|png|webp|avif))[?#&].*/i;

/**
 * The words of a URL's file name long enough to name a photo (six characters or more);
 * of a script's query only, not of the script's own name ("imagesizer").
 */
const nameWords = (url: string) =>
  fileName(url)
    .replace(/.*\?/, '')
    // A rendition's letter after the photo's number: "syria_1479546g", "…_1479546f".
    .replace(/(\d{4})[a-z]\b/g, '$1')
    .split(/[^a-z\d]+/)
    .filter((word) => word.length > 5);

/**
 * Whether two URLs may be renditions of one photo though their names differ in size or
 * hash ("Kismot-Killer_2018476g.jpg" and "…_2018476c.jpg", "s-FED-small.jpg" and
 * "r-FED-large570.jpg"): the same {@link photoKey}, a long word of their file names in
 * common, or a share crop in the folder of the other (see SHARE_CROP); never two numbered
 * photos of a set, or of two (see NUMBERED).
 */
export const maySharePhoto = (a: string, b: string): boolean => {
  const key = photoKey(a);
  const otherKey = photoKey(b);
  const [, set, number] = key.match(NUMBERED) ?? [];
  const [, otherSet, otherNumber] = otherKey.match(NUMBERED) ?? [];
  return (
    !((set == otherSet || (number && otherNumber)) && number != otherNumber) &&
    (key == otherKey || sharesNameWords(a, b) || (SHARE_CROP.test(a + b) && folder(a) == folder(b)))
  );
};

// At least half of the long words of one name, the shorter, are the other's: not a number
// of the story's alone that all its photos' names begin with ("3060169-inline-natasia" and
// "3060169-poster-…-funding-for-minority-owned-business", Fast Company).
const sharesNameWords = (a: string, b: string) => {
  const [few, more] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length);
  return 2 * few.filter((word) => more.includes(word)).length >= few.length && few.length > 0;
};

// A photo's renditions in a folder of their own, named by their use: the share crop
// "…/2019/04/mr1/facebook.jpg" of "…/mr1/300.jpg" (CityLab, in The Atlantic's CMS).
const SHARE_CROP = /\/(?:facebook|twitter|social|share)\.\w+/i;
const folder = (url: string) => url.replace(/[^/]*$/, '');

// A set's photos, numbered in turn, are different photos: "0225-lupita-nyongo-getty-01"
// and "…-getty-4" (TMZ), "ungvar_petofi" and "ungvar_petofi2" (zaol.hu); so are two
// numbered photos of two sets ("Xbox One X review gallery 7" and "… screenshot gallery 8",
// Engadget).
const NUMBERED = /^(.*\D)(\d{0,2})\.\w+$/;

/**
 * An image that is not the story's photo: page furniture (a divider or tracking pixel,
 * under 100 px either way where the size is known; a favicon, an icon, an avatar, a
 * logo, a spacer (not The Space Reporter's photos), Pinterest's "Pin It" button
 * (PinExt.png), an RSS icon but not a crop for social networks, "_rrss") or a lazy
 * loader's stand-in (a `data:` URL, a blank or placeholder GIF, a blurred preview a few
 * dozen pixels wide, by its query or by its path: `/max/60/`).
 */
export const isDecorative = (src: string, width?: number, height?: number): boolean =>
  width! < 100 ||
  height! < 100 ||
  /^data:|favicon|avatar|logo|spacer\b|sprite|pinext|ornament|placeholder|(?<![a-z])rss|\bicons?\b|(?:blank|pixel|transparent|lazy|loading|grey|gray|1x1)\.(?:gif|png|svg)|[?&](?:w|width)=\d\d?(?!\d)|\/max\/\d\d?\/|[-_/]blur|\.gif(?:$|\?)/i.test(
    src
  );
