// Syndicated photos whose licences end: the card never shows one past its end, even
// when the story was frozen into the partner's page, and shows each photo's licence
// and copyright with its credit.
import {expect, waitUntil} from '@open-wc/testing';
import {$, $$, consoleCalls, mountWith, text, threePhotos} from './helpers.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('photos’ licences', () => {
  it('never shows a photo past its licence, and shows the story’s text when all have ended', async () => {
    const story = {...threePhotos, photos: threePhotos.photos.map((photo) => ({...photo, expires: inDays(-1)}))};
    const [call] = await consoleCalls('warn', async () => {
      const card = await mountWith(story);
      expect($$(card, '[part=photo]')).to.have.length(0);
      expect($(card, '.slideshow')).to.equal(null);
      expect(text(card, 'h2')).to.equal('Japan fans tidy up');
      expect($$(card, '[part=body] p')).to.have.length(2);
      await expect(card).to.be.accessible();
    });
    expect(String(call)).to.match(/photos\[0\]\.expires: the licence of \S+photo=1 ended on/);
  });

  it('takes a photo away when its licence ends while the card is open', async function () {
    this.timeout(8000);
    const story = {
      ...threePhotos,
      photos: threePhotos.photos.map((photo, i) => (i == 1 ? {...photo, expires: inDays(1.5 / 86_400)} : photo)),
    };
    await consoleCalls('warn', async () => {
      const card = await mountWith(story);
      expect($$(card, '[part=photo]')).to.have.length(3);
      await waitUntil(() => $$(card, '[part=photo]').length == 2, 'the expired photo is still shown', {timeout: 4000});
      expect($$(card, '[part=photo]').map((img) => img.getAttribute('alt'))).to.deep.equal([
        'Photo number 1',
        'Photo number 3',
      ]);
    });
  });

  it('links the credit to the photo’s licence and shows its copyright notice', async () => {
    const card = await mountWith({
      headline: 'H',
      photos: [
        {
          src: '/demo/images/japan-fans-rubbish-1-1024.jpg',
          alt: 'Fans',
          credit: 'Catherine Ivill/Getty Images',
          license: 'https://www.gettyimages.com/eula',
          acquireLicensePage: 'https://www.gettyimages.com/detail/988390964',
          copyrightNotice: '© 2018 Getty Images',
        },
      ],
    });
    const link = $<HTMLAnchorElement>(card, '[part=credit] a')!;
    expect(link.href).to.equal('https://www.gettyimages.com/eula');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('Catherine Ivill/Getty Images');
    expect(text(card, '[part=credit]')).to.equal('Photo: Catherine Ivill/Getty Images · © 2018 Getty Images');
    await expect(card).to.be.accessible();
  });

  it('shows a copyright notice alone where a photo has no credit', async () => {
    const card = await mountWith({
      headline: 'H',
      photos: [
        {src: '/demo/images/japan-fans-rubbish-1-1024.jpg', alt: '', caption: 'Fans.', copyrightNotice: '© Kyodo'},
      ],
    });
    expect(text(card, '[part=credit]')).to.equal('© Kyodo');
  });
});
