// The card takes the same space before its module runs (the README's <style>), while its
// story loads, and once it is shown, so a partner's page does not move when it arrives:
// every embed kind, at the four widths partners' pages come in, in every engine.
// (The layout shift these would cause is what `npm run bench` counts; here, geometry.)
import {expect, waitUntil} from '@open-wc/testing';
import {EMBED_SPACE_CSS} from '../src/embed/space.js';
import {EMBED_KINDS, embedMarkup, partnerPage} from '../bench/partner-page.mjs';
import {SEED_URL, fixtureUrl} from './helpers.js';

const WIDTHS = [360, 412, 768, 1280];

let seed: {photos: {src: string}[]};
before(async () => {
  // Photo URLs made absolute, as the page would write them.
  const text = await (await fetch(SEED_URL)).text();
  seed = JSON.parse(text.replaceAll('../images/', '/demo/images/'));
});

/** A partner page in a frame `width` px wide, without the module yet. */
async function partnerFrame(width: number, embed: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = partnerPage({module: null, embed, spaceCss: EMBED_SPACE_CSS});
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return frame;
}

/** The card's height and where the partner's next paragraph starts. */
function geometry(frame: HTMLIFrameElement) {
  const page = frame.contentDocument!;
  // The markup embed is a <div> until the module makes it a card.
  return {
    card: page.querySelector('story-card, .story-card-embed')!.getBoundingClientRect().height,
    after: page.getElementById('after')!.getBoundingClientRect().top,
  };
}

const frames = (frame: HTMLIFrameElement) =>
  new Promise((resolve) =>
    frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve))
  );
const cardIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('story-card')!;

function loadModule(frame: HTMLIFrameElement) {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/story-card.js';
  frame.contentDocument!.head.append(script);
  return waitUntil(() => frame.contentWindow!.customElements.get('story-card'), 'the module never defined the card', {
    timeout: 4000,
  });
}

function expectSame(label: string, a: ReturnType<typeof geometry>, b: ReturnType<typeof geometry>) {
  expect(Math.abs(a.card - b.card), `${label}: the card's height ${a.card} → ${b.card}`).to.be.below(1);
  expect(Math.abs(a.after - b.after), `${label}: the paragraph after it ${a.after} → ${b.after}`).to.be.below(1);
}

describe('space held for the card on a partner page', () => {
  for (const kind of EMBED_KINDS) {
    it(`holds the same space before the module, while loading and once shown: ${kind} embed`, async function () {
      this.timeout(30000);
      for (const width of WIDTHS) {
        // The src embed's story arrives late, so that its loading state can be measured.
        const src = fixtureUrl({delay: 1500, body: JSON.stringify(seed), n: `${kind}${width}${Date.now()}`});
        const frame = await partnerFrame(width, embedMarkup(kind, seed, src));
        try {
          const before = geometry(frame);
          expect(before.card, `${width}px: no space held`).to.be.greaterThan(300);
          await loadModule(frame);
          const card = cardIn(frame);
          if (kind == 'src') {
            await waitUntil(() => card.shadowRoot?.querySelector('[aria-busy=true]'), 'no loading state');
            await frames(frame);
            expectSame(`${width}px, loading`, before, geometry(frame));
          }
          await waitUntil(() => card.shadowRoot?.querySelector('h2'), `${width}px: the story never showed`, {
            timeout: 5000,
          });
          await frames(frame);
          expectSame(`${width}px, shown`, before, geometry(frame));
        } finally {
          frame.remove();
        }
      }
    });
  }

  it('holds it when the story turns out to be an error, and while photos arrive late', async function () {
    this.timeout(20000);
    for (const width of WIDTHS) {
      const late = {
        ...seed,
        photos: seed.photos.map((photo) => ({
          ...photo,
          srcset: undefined,
          src: fixtureUrl({delay: 1000, type: 'image/jpeg', n: `${width}${photo.src}`}),
        })),
      };
      const frame = await partnerFrame(
        width,
        `${embedMarkup('story', late, '')}${embedMarkup('src', seed, fixtureUrl({status: 404, body: 'gone'}))}`
      );
      try {
        const before = [...frame.contentDocument!.querySelectorAll('story-card')].map(
          (card) => card.getBoundingClientRect().height
        );
        await loadModule(frame);
        const [lateCard, failing] = frame.contentDocument!.querySelectorAll('story-card');
        await waitUntil(
          () => failing.shadowRoot?.querySelector('[part=error]') && lateCard.shadowRoot?.querySelector('h2'),
          'no error, or no story',
          {timeout: 5000}
        );
        await frames(frame);
        expect(Math.abs(failing.getBoundingClientRect().height - before[1]), `${width}px: error`).to.be.below(1);
        expect(
          Math.abs(lateCard.getBoundingClientRect().height - before[0]),
          `${width}px: photos not there yet`
        ).to.be.below(1);
        await waitUntil(() => lateCard.shadowRoot!.querySelector('.frame.failed'), 'the late photo never settled', {
          timeout: 5000,
        });
        await frames(frame);
        expect(Math.abs(lateCard.getBoundingClientRect().height - before[0]), `${width}px: photos arrived`).to.be.below(
          1
        );
      } finally {
        frame.remove();
      }
    }
  });

  it('is carried by the README and the demo as the card computes it', async () => {
    for (const page of ['/README.md', '/demo/index.html'])
      expect(await (await fetch(page)).text(), page).to.include(`<style>${EMBED_SPACE_CSS}</style>`);
  });
});
