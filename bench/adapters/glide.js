import Glide from '@glidejs/glide';
import {cardFrame, laidOut, slideMarkup} from './common.js';

export default {
  css: [
    '/node_modules/@glidejs/glide/dist/css/glide.core.min.css',
    '/node_modules/@glidejs/glide/dist/css/glide.theme.min.css',
  ],
  mount(container, photos) {
    const card = cardFrame();
    const root = document.createElement('div');
    root.className = 'glide';
    root.innerHTML = `<div class="glide__track" data-glide-el="track"><ul class="glide__slides">${photos
      .map((photo) => `<li class="glide__slide">${slideMarkup(photo)}</li>`)
      .join(
        ''
      )}</ul></div><div class="glide__arrows" data-glide-el="controls"><button class="glide__arrow glide__arrow--left" data-glide-dir="<">prev</button><button class="glide__arrow glide__arrow--right" data-glide-dir=">">next</button></div>`;
    card.append(root);
    container.append(card);
    root.glide = new Glide(root).mount();
    return root;
  },
  ready: (root) => root.classList.contains('glide--slider') && laidOut(root.querySelector('img')),
  settled: async () => undefined,
  nextButton: (root) => root.querySelector('[data-glide-dir=">"]'),
  viewport: (root) => root.querySelector('.glide__track'),
  slide: (root, i) => root.querySelectorAll('.glide__slide')[i],
  index: (root) => root.glide.index,
  unmount: (root) => root.glide.destroy(),
};
