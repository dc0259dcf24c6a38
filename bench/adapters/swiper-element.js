// Swiper Element's own bundle: it registers every module Swiper has.
import {register} from 'swiper/element/bundle';
import {cardFrame, laidOut, slideMarkup} from './common.js';

register();

export default {
  mount(container, photos) {
    const card = cardFrame();
    const swiper = document.createElement('swiper-container');
    swiper.setAttribute('navigation', 'true');
    swiper.setAttribute('pagination', 'true');
    swiper.innerHTML = photos.map((photo) => `<swiper-slide>${slideMarkup(photo)}</swiper-slide>`).join('');
    card.append(swiper);
    container.append(card);
    return swiper;
  },
  ready: (swiper) => !!swiper.swiper?.initialized && laidOut(swiper.querySelector('img')),
  settled: async () => undefined,
  nextButton: (swiper) => swiper.shadowRoot.querySelector('.swiper-button-next'),
  viewport: (swiper) => swiper,
  slide: (swiper, i) => swiper.querySelectorAll('swiper-slide')[i],
  index: (swiper) => swiper.swiper.activeIndex,
};
