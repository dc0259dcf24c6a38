// Swiper as a site would bundle it for a story slideshow: the core and the four modules
// such a card needs, nothing else (swiper-element.js is the all-modules bundle).
import Swiper from 'swiper';
import {A11y, Keyboard, Navigation, Pagination} from 'swiper/modules';
import {cardFrame, laidOut, slideMarkup} from './common.js';

export default {
  mount(container, photos) {
    const card = cardFrame();
    const root = document.createElement('div');
    root.className = 'swiper';
    root.innerHTML = `<div class="swiper-wrapper">${photos
      .map((photo) => `<div class="swiper-slide">${slideMarkup(photo)}</div>`)
      .join(
        ''
      )}</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div>`;
    card.append(root);
    container.append(card);
    root.swiper = new Swiper(root, {
      modules: [Navigation, Pagination, A11y, Keyboard],
      navigation: {
        nextEl: root.querySelector('.swiper-button-next'),
        prevEl: root.querySelector('.swiper-button-prev'),
      },
      pagination: {el: root.querySelector('.swiper-pagination'), clickable: true},
      keyboard: {enabled: true},
    });
    return root;
  },
  ready: (root) => !!root.swiper?.initialized && laidOut(root.querySelector('img')),
  settled: async () => undefined,
  nextButton: (root) => root.querySelector('.swiper-button-next'),
  viewport: (root) => root,
  slide: (root, i) => root.querySelectorAll('.swiper-slide')[i],
  index: (root) => root.swiper.activeIndex,
  unmount: (root) => root.swiper.destroy(),
};
