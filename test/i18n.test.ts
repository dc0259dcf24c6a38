import {expect, fixture, html} from '@open-wc/testing';
import type {StoryCard} from '../src/StoryCard.js';
import {$, consoleCalls, shown, text, threePhotos} from './helpers.js';

async function cardIn(lang: string, attributes = html``) {
  const wrapper = await fixture(
    html`<div lang=${lang}><story-card .story=${threePhotos}></story-card>${attributes}</div>`
  );
  return shown(wrapper.querySelector('story-card')!);
}

const next = (card: StoryCard) => $(card, '[part~=next]')!;

describe('labels in the page’s language', () => {
  it('speaks Japanese on a Japanese page, dates included', async () => {
    const card = await cardIn('ja-JP');
    expect(next(card).getAttribute('aria-label')).to.equal('次の写真');
    expect($(card, '.slide')!.getAttribute('aria-label')).to.equal('1 / 3');
    expect(text(card, 'time')).to.equal('2018年7月3日');
    next(card).click();
    await card.updateComplete;
    expect(text(card, '[aria-live]')).to.equal('写真 2 / 3');
    expect(text(card, '[part=credit]')).to.equal('写真: Photographer 1/Getty Images');
    await expect(card).to.be.accessible();
  });

  it('speaks Russian on a Russian page', async () => {
    const card = await cardIn('ru');
    expect(next(card).getAttribute('aria-label')).to.equal('Следующее фото');
    expect(text(card, '[part=link]')).to.match(/^Читать полностью/);
    expect(text(card, 'time')).to.match(/^3 июля 2018/);
  });

  it('falls back to English for a language it does not know', async () => {
    const card = await cardIn('fi');
    expect(next(card).getAttribute('aria-label')).to.equal('Next photo');
  });

  it('takes overrides per card, from the labels property or attribute', async () => {
    const byProperty = await shown(
      await fixture<StoryCard>(html`<story-card .labels=${{next: 'Onward'}} .story=${threePhotos}></story-card>`)
    );
    expect(next(byProperty).getAttribute('aria-label')).to.equal('Onward');
    expect($(byProperty, '[part~=previous]')!.getAttribute('aria-label')).to.equal('Previous photo');
    const byAttribute = await shown(
      await fixture<StoryCard>(
        html`<story-card labels='{"position": "Bild {n} von {count}"}' .story=${threePhotos}></story-card>`
      )
    );
    byAttribute.show(1);
    await byAttribute.updateComplete;
    expect(text(byAttribute, '[aria-live]')).to.equal('Bild 2 von 3');
  });

  it('ignores a labels attribute that is not JSON, with a warning, and throws nothing', async () => {
    let card!: StoryCard;
    const warnings = await consoleCalls(
      'warn',
      async () =>
        (card = await shown(
          await fixture<StoryCard>(html`<story-card labels="{oops" .story=${threePhotos}></story-card>`)
        )),
      false
    );
    expect(next(card).getAttribute('aria-label')).to.equal('Next photo');
    expect(warnings.map((args) => args[0])).to.deep.equal([
      '<story-card>: the labels attribute is not valid JSON; the built-in labels are used',
    ]);
  });
});
