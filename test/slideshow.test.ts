import {expect, fixture, html, waitUntil, nextFrame} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {StoryCard} from '../src/StoryCard.js';
import {
  $,
  $$,
  atPhoto,
  imageRequests,
  manyPhotos,
  mountWith,
  pause,
  pointerBesideCard,
  shadow,
  shown,
  slideshowButton as button,
  text,
  threePhotos,
  track,
} from './helpers.js';

const counter = (card: StoryCard) => text(card, '.counter');
const liveRegion = (card: StoryCard) => $(card, '.slideshow [aria-live]')!;

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture(template);
  return shown((element.localName == 'story-card' ? element : element.querySelector('story-card')!) as StoryCard);
}

// These browsers run with no motion preference; test/reduced-motion/ runs the same engines
// started with the reader's preference for reduced motion.
before(() => {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches)
    throw new Error('this browser asks for reduced motion: test/browsers.mjs should start it without');
});

// Where the pointer rests matters for rotation, which pauses under it.
beforeEach(pointerBesideCard);

describe('slideshow: feel', () => {
  it('scrolls smoothly on Next', async () => {
    const card = await mountWith(threePhotos);
    button(card, 'next').click();
    await card.updateComplete;
    expect(atPhoto(card, 1), 'arrived at once').to.equal(false);
    await waitUntil(() => atPhoto(card, 1), 'never arrived');
  });

  it('wraps from last to first and back with loop, without cloned slides', async () => {
    const card = await mount(html`<story-card loop .story=${threePhotos}></story-card>`);
    expect($$(card, '.slide')).to.have.length(3);
    button(card, 'previous').click();
    await card.updateComplete;
    expect(card.index).to.equal(2);
    expect(button(card, 'next').hasAttribute('aria-disabled')).to.equal(false);
    button(card, 'next').click();
    await card.updateComplete;
    expect(card.index).to.equal(0);
    expect(counter(card)).to.equal('1 / 3');
  });

  it('follows a mouse drag to the next photo', async () => {
    const card = await mountWith(threePhotos);
    const box = track(card).getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const x = Math.round(box.left + box.width * 0.7);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [Math.round(x - box.width * 0.4), y]});
    await sendMouse({type: 'up'});
    await waitUntil(() => card.index == 1, 'the drag did not turn the page');
    await waitUntil(() => atPhoto(card, 1), 'the track did not settle on photo 2');
  });

  it('goes back to the photo after a drag too short to turn the page', async () => {
    const card = await mountWith(threePhotos);
    const box = track(card).getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const x = Math.round(box.left + box.width / 2);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x - 20, y]});
    await sendMouse({type: 'up'});
    await waitUntil(() => atPhoto(card, 0), 'the track did not settle back');
    expect(card.index).to.equal(0);
  });
});

describe('slideshow: pagination', () => {
  it('has a dot per photo, marks the current one, and goes where a dot says', async () => {
    const card = await mountWith(threePhotos);
    const dots = $$<HTMLButtonElement>(card, '[part=dots] button');
    expect(dots.map((dot) => dot.getAttribute('aria-label'))).to.deep.equal(['Photo 1', 'Photo 2', 'Photo 3']);
    expect(dots.map((dot) => dot.getAttribute('aria-current'))).to.deep.equal(['true', null, null]);
    dots[2].click();
    await card.updateComplete;
    expect(card.index).to.equal(2);
    expect(dots.map((dot) => dot.getAttribute('aria-current'))).to.deep.equal([null, null, 'true']);
    expect(text(card, '[aria-live]')).to.equal('Photo 3 of 3');
  });

  it('drops the dots past 8 photos and keeps the counter', async () => {
    const card = await mountWith({headline: 'H', photos: manyPhotos(12)});
    expect($(card, '[part=dots]') == null).to.equal(true);
    card.show(2);
    await card.updateComplete;
    expect(counter(card)).to.equal('3 / 12');
  });

  it('shows a thumbnail strip in place of the dots when asked', async () => {
    const card = await mount(html`<story-card thumbnails .story=${threePhotos}></story-card>`);
    expect($(card, '[part=dots]') == null).to.equal(true);
    const thumbnails = $$<HTMLButtonElement>(card, '[part=thumbnails] button');
    expect(thumbnails).to.have.length(3);
    thumbnails[1].click();
    await card.updateComplete;
    expect(card.index).to.equal(1);
    await expect(card).to.be.accessible();
  });
});

describe('slideshow: full screen', () => {
  it('opens a full-screen view with the same controls; Escape leaves it and focus comes back', async () => {
    const card = await mountWith(threePhotos);
    card.show(1);
    const expand = button(card, 'expand');
    expand.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => $<HTMLDialogElement>(card, 'dialog')?.open, 'the view never opened');
    const dialog = $<HTMLDialogElement>(card, 'dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect([...dialog.querySelectorAll('button')].map((b) => b.getAttribute('part'))).to.include.members([
      'button previous',
      'button next',
      'button close',
    ]);
    expect(dialog.querySelector('.counter')!.textContent).to.equal('2 / 3');
    await waitUntil(() => {
      const viewerTrack = dialog.querySelector<HTMLElement>('.track')!;
      return Math.abs(viewerTrack.scrollLeft - viewerTrack.clientWidth) < 2;
    }, 'the view did not open on the current photo');
    await expect(card).to.be.accessible();
    await sendKeys({press: 'Escape'});
    // Escape first leaves the browser's full screen, where it was granted; the view follows.
    await waitUntil(() => !$(card, 'dialog'), 'Escape did not close the view');
    await waitUntil(() => shadow(card).activeElement == button(card, 'expand'), 'focus did not come back');
  });

  it("keeps the view's off-screen photos inert as the reader moves through them", async () => {
    const card = await mountWith(threePhotos);
    button(card, 'expand').click();
    await waitUntil(() => $<HTMLDialogElement>(card, 'dialog')?.open, 'the view never opened');
    const slides = () => $$(card, 'dialog .slide').map((slide) => slide.inert);
    expect(slides()).to.deep.equal([false, true, true]);
    $<HTMLButtonElement>(card, 'dialog [part~=next]')!.click();
    await card.updateComplete;
    expect(slides()).to.deep.equal([true, false, true]);
    $<HTMLButtonElement>(card, 'dialog [part~=close]')!.click();
    await waitUntil(() => !$(card, 'dialog'), 'the view did not close');
  });

  it('closes with its close button, on the photo it showed last', async () => {
    const card = await mountWith(threePhotos);
    button(card, 'expand').click();
    await waitUntil(() => $<HTMLDialogElement>(card, 'dialog')?.open);
    $<HTMLButtonElement>(card, 'dialog [part~=next]')!.click();
    $<HTMLButtonElement>(card, 'dialog [part~=close]')!.click();
    await waitUntil(() => !$(card, 'dialog'), 'the view did not close');
    expect(card.index).to.equal(1);
    await waitUntil(() => atPhoto(card, 1), 'the card is not on the photo the view showed last');
  });
});

describe('slideshow: layout', () => {
  it('starts right inside a closed <details> and works once it opens', async () => {
    const details = await fixture<HTMLDetailsElement>(
      html`<details><summary>Photos</summary><story-card .story=${threePhotos}></story-card></details>`
    );
    const card = await shown(details.querySelector('story-card')!);
    card.show(2);
    await card.updateComplete;
    details.open = true;
    await waitUntil(() => track(card).clientWidth > 0 && atPhoto(card, 2), 'not on photo 3 once shown');
    expect($(card, '.slide:not([inert])')!.getAttribute('aria-label')).to.equal('3 of 3');
    expect($(card, '.frame')!.getBoundingClientRect().width).to.be.greaterThan(100);
    button(card, 'previous').click();
    await waitUntil(() => atPhoto(card, 1), 'previous did not scroll');
  });

  it('starts right under display:none and works once shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display:none"><story-card .story=${threePhotos}></story-card></div>`
    );
    const card = await shown(wrapper.querySelector('story-card')!);
    wrapper.style.display = '';
    await waitUntil(() => track(card).clientWidth > 0);
    button(card, 'next').click();
    await waitUntil(() => atPhoto(card, 1), 'next did not scroll');
  });

  it('keeps the current photo in place when its container is resized', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><story-card .story=${threePhotos}></story-card></div>`
    );
    const card = await shown(wrapper.querySelector('story-card')!);
    card.show(1);
    await waitUntil(() => atPhoto(card, 1));
    wrapper.style.width = '340px';
    await waitUntil(() => track(card).clientWidth < 340 && atPhoto(card, 1), 'the photo moved on resize');
  });

  it('fits a 320px-wide container with nothing cut off', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><story-card loop autoplay .story=${threePhotos}></story-card></div>`
    );
    const card = await shown(wrapper.querySelector('story-card')!);
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
    for (const element of $$(card, 'button, .frame, [part=caption]').filter((e) => !e.closest('[inert]'))) {
      const box = element.getBoundingClientRect();
      expect(box.right, element.outerHTML.slice(0, 60)).to.be.at.most(card.getBoundingClientRect().right + 0.5);
    }
  });

  it('gives every button a target of at least 44×44 CSS pixels', async () => {
    const card = await mount(html`<story-card autoplay .story=${threePhotos}></story-card>`);
    for (const element of $$(card, 'button')) {
      const {width, height} = element.getBoundingClientRect();
      expect(Math.min(width, height), element.getAttribute('aria-label')!).to.be.at.least(44);
    }
  });

  it('shows a focus ring on the element the keyboard reaches', async () => {
    const card = await mountWith(threePhotos);
    track(card).focus();
    await sendKeys({press: 'Tab'});
    const focused = shadow(card).activeElement!;
    expect(focused.getAttribute('part')).to.equal('button previous');
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
  });
});

describe('slideshow: right to left', () => {
  it('mirrors the keys, the swipe and the arrows', async () => {
    const card = await mount(html`<div dir="rtl"><story-card .story=${threePhotos}></story-card></div>`);
    track(card).focus();
    await sendKeys({press: 'ArrowLeft'});
    expect(card.index).to.equal(1);
    await waitUntil(() => track(card).scrollLeft < -1 && atPhoto(card, 1), 'did not scroll toward the left');
    await sendKeys({press: 'ArrowRight'});
    expect(card.index).to.equal(0);
    await waitUntil(() => atPhoto(card, 0));
    track(card).style.scrollBehavior = 'auto';
    track(card).scrollLeft = -2 * track(card).clientWidth;
    await waitUntil(() => card.index == 2, 'a right-to-left swipe was not followed');
    expect(getComputedStyle(button(card, 'next').querySelector('svg')!).transform).not.to.equal('none');
    await expect(card).to.be.accessible();
  });
});

describe('slideshow: the WAI-ARIA carousel pattern', () => {
  it('labels the carousel from the headline, without the word carousel', async () => {
    const card = await mountWith(threePhotos);
    const label = $(card, 'section')!.getAttribute('aria-label')!;
    expect(label).to.include(threePhotos.headline);
    expect(label.toLowerCase()).not.to.include('carousel');
  });

  it('keeps photos off screen inert, not merely hidden from screen readers', async () => {
    const card = await mountWith(threePhotos);
    const slides = $$(card, '.slide');
    expect(slides.map((slide) => slide.inert)).to.deep.equal([false, true, true]);
    expect(slides.some((slide) => slide.hasAttribute('aria-hidden'))).to.equal(false);
  });

  it('reads each photo’s alt text, caption and credit once', async () => {
    const card = await mountWith(threePhotos);
    const slide = $(card, '.slide')!;
    const readable = [...slide.querySelectorAll('img, [part=caption]')]
      .map((e) => e.getAttribute('alt') ?? e.textContent)
      .join(' ');
    expect(readable.match(/Photo number 1/g)).to.have.length(1);
    expect(readable.match(/Caption 1/g)).to.have.length(1);
    expect(readable.match(/Photographer 1/g)).to.have.length(1);
    expect(slide.querySelector('figure, figcaption, [aria-describedby], [aria-labelledby]') == null).to.equal(true);
  });

  it('puts the rotation button first, labels it by what it will do, and never uses aria-pressed', async () => {
    const card = await mount(html`<story-card autoplay interval="60000" .story=${threePhotos}></story-card>`);
    const focusable = $$(card, '.slideshow button, .slideshow [tabindex]');
    const rotation = focusable[0];
    expect(rotation.getAttribute('part')).to.equal('button rotation');
    expect(rotation.getAttribute('aria-label')).to.equal('Stop automatic slide show');
    expect(rotation.hasAttribute('aria-pressed')).to.equal(false);
    rotation.click();
    await card.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.equal('Start automatic slide show');
    expect(rotation.hasAttribute('aria-pressed')).to.equal(false);
  });

  it('announces a change by the user once, politely', async () => {
    const card = await mountWith(threePhotos);
    expect(liveRegion(card).getAttribute('aria-live')).to.equal('polite');
    expect(liveRegion(card).textContent).to.equal('');
    button(card, 'next').click();
    await card.updateComplete;
    expect(liveRegion(card).textContent).to.equal('Photo 2 of 3');
    expect($$(card, '[aria-live]:not([aria-live=off])')).to.have.length(1);
  });

  it('is axe-clean on a middle slide and in the dark theme', async () => {
    const card = await mount(html`<story-card theme="dark" .story=${threePhotos}></story-card>`);
    card.show(1);
    await card.updateComplete;
    await nextFrame();
    expect(getComputedStyle($(card, 'article')!).backgroundColor).to.equal('rgb(22, 22, 22)');
    await expect(card).to.be.accessible();
  });
});

describe('slideshow: automatic rotation', () => {
  // Long enough that a test can pause rotation before the first change, even on a busy machine.
  const rotating = (attributes = {interval: 300}) =>
    mount(html`<story-card autoplay interval=${attributes.interval} .story=${threePhotos}></story-card>`);

  it('is off unless asked for', async () => {
    // An interval short enough to have turned the photos three times over, were it on
    // (and so back to the first: the events tell).
    const changes: number[] = [];
    const card = await mount(
      html`<story-card interval="300" .story=${threePhotos} @story-card-slide-change=${(e: CustomEvent) => changes.push(e.detail.index)}></story-card>`
    );
    await pause(1000);
    expect(changes).to.deep.equal([]);
    expect(card.index).to.equal(0);
    expect($(card, '[part~=rotation]') == null).to.equal(true);
  });

  it('stops for good when the reader swipes to another photo', async () => {
    // An interval long enough that the rotation cannot reach photo 3 itself while the
    // swipe is read (on a loaded machine it did, at 600 ms), and a pause longer than it.
    const card = await rotating({interval: 1500});
    // A swipe is a native scroll of the track, which the card follows.
    track(card).style.scrollBehavior = 'auto';
    track(card).scrollLeft = 2 * track(card).clientWidth;
    await waitUntil(() => card.index == 2, 'the swipe was not followed');
    expect(button(card, 'rotation').getAttribute('aria-label')).to.equal('Start automatic slide show');
    await pause(2000);
    expect(card.index).to.equal(2);
  });

  it('turns the photos every interval, wraps around, and keeps quiet while it does', async () => {
    const card = await rotating();
    expect(liveRegion(card).getAttribute('aria-live')).to.equal('off');
    await waitUntil(() => card.index == 2, 'did not reach photo 3', {timeout: 3000});
    await waitUntil(() => card.index == 0, 'did not wrap around', {timeout: 3000});
    await expect(card).to.be.accessible();
  });

  it('stays stopped after the user navigates, until they press start', async () => {
    const card = await rotating();
    button(card, 'next').click();
    await card.updateComplete;
    expect(button(card, 'rotation').getAttribute('aria-label')).to.equal('Start automatic slide show');
    expect(liveRegion(card).getAttribute('aria-live')).to.equal('polite');
    await pause(500);
    expect(card.index).to.equal(1);
    await expect(card).to.be.accessible();
    button(card, 'rotation').click();
    await waitUntil(() => card.index == 2, 'start did not resume rotation', {timeout: 3000});
  });

  it('pauses while focus is inside the card', async () => {
    const card = await rotating();
    track(card).focus();
    await card.updateComplete;
    expect(liveRegion(card).getAttribute('aria-live')).to.equal('polite');
    await pause(500);
    expect(card.index).to.equal(0);
    track(card).blur();
    await waitUntil(() => card.index > 0, 'did not resume once focus left', {timeout: 3000});
  });

  it('pauses while the pointer is over the card', async () => {
    const card = await rotating();
    const box = card.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)]});
    await pause(500);
    expect(card.index).to.equal(0);
    await sendMouse({type: 'move', position: [innerWidth - 2, 2]});
    await waitUntil(() => card.index > 0, 'did not resume once the pointer left', {timeout: 3000});
  });

  it('pauses while the card is off screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="position: absolute; top: 300vh; width: 400px"><story-card autoplay interval="300" .story=${threePhotos}></story-card></div>`
    );
    const card = await shown(wrapper.querySelector('story-card')!);
    await pause(600);
    expect(card.index).to.equal(0);
    wrapper.style.top = '0';
    await waitUntil(() => card.index > 0, 'did not resume on screen', {timeout: 3000});
  });

  it('pauses while the tab is hidden', async () => {
    const card = await rotating();
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await pause(500);
      expect(card.index).to.equal(0);
    } finally {
      delete (document as {visibilityState?: unknown}).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await waitUntil(() => card.index > 0, 'did not resume when the tab showed', {timeout: 3000});
  });

  it('stops for good when the card leaves the page', async () => {
    const card = await rotating();
    const parent = card.parentElement!;
    card.remove();
    await pause(500);
    expect(card.index).to.equal(0);
    parent.append(card);
  });
});

describe('slideshow: photos just in time', () => {
  it('makes 2 image requests on load for a story of 300 photos: the first and its neighbour', async () => {
    const tag = `load${Date.now()}`;
    const card = await mountWith({headline: 'H', photos: manyPhotos(300, tag)});
    await waitUntil(() => $$<HTMLImageElement>(card, 'img[src]').length >= 2, 'the neighbour was never asked for');
    await waitUntil(() => imageRequests(tag) >= 2, 'the two photos were never fetched');
    await pause(300);
    expect(imageRequests(tag)).to.equal(2);
    expect($$(card, 'img[src]')).to.have.length(2);
  });

  it('asks for both neighbours of the first photo with loop, and no more', async () => {
    const tag = `loop${Date.now()}`;
    const card = await mount(
      html`<story-card loop .story=${{headline: 'H', photos: manyPhotos(300, tag)}}></story-card>`
    );
    await waitUntil(() => $$(card, 'img[src]').length == 3, 'the neighbours were never asked for');
    await pause(300);
    expect(imageRequests(tag)).to.equal(3);
    expect($$<HTMLImageElement>(card, 'img[src]').map((img) => img.alt)).to.deep.equal([
      'Photo 1',
      'Photo 2',
      'Photo 300',
    ]);
  });

  it('honours srcset and sizes', async () => {
    const card = await mountWith({
      headline: 'H',
      photos: [
        {
          src: '/demo/images/kagawa-dejected-2048.jpg',
          srcset: '/demo/images/kagawa-dejected-1024.jpg 1024w, /demo/images/kagawa-dejected-2048.jpg 2048w',
          sizes: '300px',
          alt: '',
        },
      ],
    });
    const img = $<HTMLImageElement>(card, 'img')!;
    expect(img.sizes).to.equal('300px');
    await waitUntil(() => img.complete && img.currentSrc);
    expect(img.currentSrc).to.match(/kagawa-dejected-1024\.jpg$/);
  });

  it('shows a quiet placeholder for a photo that fails, and keeps its caption and credit', async () => {
    const card = await mountWith({
      headline: 'H',
      photos: [
        {src: '/missing/photo.jpg', alt: 'A missing photo', caption: 'Still here.', credit: 'Jane Doe/AP'},
        ...manyPhotos(1),
      ],
    });
    await waitUntil(() => $(card, '.frame.failed'), 'no placeholder');
    expect(text(card, '.frame.failed')).to.equal('Photo unavailable');
    expect(text(card, '[part=caption]')).to.equal('Still here. Photo: Jane Doe/AP');
    await waitUntil(() => $$(card, 'img[src]').length == 2, 'a failed photo held back its neighbour');
  });

  it('shifts nothing while photos arrive late (geometry)', async () => {
    const story = {
      headline: 'H',
      photos: [
        {
          src: '/demo/images/japan-fans-rubbish-2-1024.jpg?late',
          width: 1024,
          height: 683,
          alt: '',
          caption: 'Late photo.',
        },
      ],
    };
    const card = await mountWith(story);
    const before = $(card, '[part=caption]')!.getBoundingClientRect().top;
    await waitUntil(() => $<HTMLImageElement>(card, 'img')!.complete);
    await nextFrame();
    expect($(card, '[part=caption]')!.getBoundingClientRect().top).to.equal(before);
  });

  it('shifts nothing while photos arrive late (layout-shift entries)', async function () {
    // Only Chromium reports layout-shift entries; the geometry test above covers the others.
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    let shift = 0;
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => (shift += (entry as unknown as {value: number}).value))
    );
    observer.observe({type: 'layout-shift'});
    const card = await fixture<StoryCard>(
      html`<story-card src="/demo/stories/japan-fans-world-cup-2018.json"></story-card>`
    );
    await shown(card);
    await waitUntil(
      () => $$<HTMLImageElement>(card, 'img[src]').every((img) => img.complete) && $$(card, 'img[src]').length >= 2
    );
    await pause(200);
    observer.disconnect();
    expect(shift).to.equal(0);
  });
});
