// What every slideshow in the bench shows: the same three photos with captions, under
// the same headline, at the same size, so that only the libraries differ.
export const HEADLINE = 'Japan leave a spotless dressing room and a thank-you note after heartbreaking exit';

const IMAGES = ['japan-fans-rubbish-1', 'japan-fans-rubbish-2', 'kagawa-dejected'];

/** `count` photos; each URL is unique (`?n=`) so that requests can be counted. */
export function photos(count = 3, run = '') {
  return Array.from({length: count}, (_, i) => ({
    src: `/demo/images/${IMAGES[i % 3]}-1024.jpg?n=${i}&run=${run}`,
    width: 1024,
    height: 683,
    alt: `Photo ${i + 1}`,
    caption: `Caption ${i + 1}. (Photo by Catherine Ivill/Getty Images)`,
  }));
}

/** A plain card frame with the headline, for the libraries that draw only the slideshow. */
export function cardFrame() {
  const article = document.createElement('article');
  article.className = 'bench-card';
  const headline = document.createElement('h2');
  headline.textContent = HEADLINE;
  article.append(headline);
  return article;
}

export const slideMarkup = (photo) =>
  `<img src="${photo.src}" width="${photo.width}" height="${photo.height}" alt="${photo.alt}" loading="lazy"><p>${photo.caption}</p>`;

/** True once an element has been laid out with a height. */
export const laidOut = (element) => !!element && element.getBoundingClientRect().height > 0;
