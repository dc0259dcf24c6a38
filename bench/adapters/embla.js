import EmblaCarousel from 'embla-carousel';
import {cardFrame, laidOut, slideMarkup} from './common.js';

export default {
  // Embla ships no CSS: this is the minimum its documentation asks the page to supply.
  css: ['/bench/adapters/embla.css'],
  mount(container, photos) {
    const card = cardFrame();
    const root = document.createElement('div');
    root.className = 'embla';
    root.innerHTML = `<div class="embla__viewport"><div class="embla__container">${photos
      .map((photo) => `<div class="embla__slide">${slideMarkup(photo)}</div>`)
      .join('')}</div></div><button class="embla__prev">prev</button><button class="embla__next">next</button>`;
    card.append(root);
    container.append(card);
    const embla = (root.embla = EmblaCarousel(root.querySelector('.embla__viewport')));
    root.querySelector('.embla__prev').addEventListener('click', () => embla.scrollPrev());
    root.querySelector('.embla__next').addEventListener('click', () => embla.scrollNext());
    return root;
  },
  ready: (root) => laidOut(root.querySelector('img')),
  settled: async () => undefined,
  nextButton: (root) => root.querySelector('.embla__next'),
  viewport: (root) => root.querySelector('.embla__viewport'),
  slide: (root, i) => root.querySelectorAll('.embla__slide')[i],
  index: (root) => root.embla.selectedScrollSnap(),
  unmount: (root) => root.embla.destroy(),
};
