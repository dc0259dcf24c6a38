import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
import {setBasePath} from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import {cardFrame, laidOut, slideMarkup} from './common.js';

// Its navigation icons are fetched from here, not from a CDN.
setBasePath('/node_modules/@shoelace-style/shoelace/dist');

export default {
  css: ['/node_modules/@shoelace-style/shoelace/dist/themes/light.css'],
  mount(container, photos) {
    const card = cardFrame();
    const carousel = document.createElement('sl-carousel');
    carousel.setAttribute('navigation', '');
    carousel.setAttribute('pagination', '');
    carousel.innerHTML = photos.map((photo) => `<sl-carousel-item>${slideMarkup(photo)}</sl-carousel-item>`).join('');
    card.append(carousel);
    container.append(card);
    return carousel;
  },
  ready: (carousel) =>
    laidOut(carousel.shadowRoot?.querySelector('.carousel__slides')) && laidOut(carousel.querySelector('img')),
  settled: (carousel) => carousel.updateComplete,
  nextButton: (carousel) => carousel.shadowRoot.querySelector('.carousel__navigation-button--next'),
  viewport: (carousel) => carousel.shadowRoot.querySelector('.carousel__slides'),
  slide: (carousel, i) => carousel.querySelectorAll('sl-carousel-item')[i],
  index: (carousel) => carousel.activeSlide,
};
