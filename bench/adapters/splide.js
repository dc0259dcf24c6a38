import Splide from '@splidejs/splide';
import {cardFrame, laidOut, slideMarkup} from './common.js';

export default {
  css: ['/node_modules/@splidejs/splide/dist/css/splide.min.css'],
  mount(container, photos) {
    const card = cardFrame();
    const root = document.createElement('section');
    root.className = 'splide';
    root.setAttribute('aria-label', 'Photos');
    root.innerHTML = `<div class="splide__track"><ul class="splide__list">${photos.map((photo) => `<li class="splide__slide">${slideMarkup(photo)}</li>`).join('')}</ul></div>`;
    card.append(root);
    container.append(card);
    root.splide = new Splide(root).mount();
    return root;
  },
  ready: (root) => root.classList.contains('is-initialized') && laidOut(root.querySelector('img')),
  settled: async () => undefined,
  nextButton: (root) => root.querySelector('.splide__arrow--next'),
  viewport: (root) => root.querySelector('.splide__track'),
  slide: (root, i) => root.querySelectorAll('.splide__slide')[i],
  index: (root) => root.splide.index,
  unmount: (root) => root.splide.destroy(),
};
