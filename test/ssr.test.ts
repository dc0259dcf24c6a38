// The server-rendered card (src/server/render-story-card.ts, served by
// test/ssr/serve-rendered.mjs): without JavaScript it looks like the live card and its
// photos, text and links work; with the module, the card takes the server's DOM over.
import {expect, nextFrame, waitUntil} from '@open-wc/testing';

let tags = 0;
const uniqueTag = () => `t${Date.now().toString(36)}${tags++}`;

/** A frame of the page at `url`, `width` wide; `scripts: false` runs none of its scripts, as for a reader who blocks them. */
async function openFrame(url: string, {width = 412, scripts = true} = {}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 1400px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

const cardOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('story-card')!;
const inCard = (frame: HTMLIFrameElement, selector: string) =>
  cardOf(frame).shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Where each named piece of the card is, from the card's top left, in px. */
function geometry(frame: HTMLIFrameElement) {
  const card = cardOf(frame).getBoundingClientRect();
  const at = (selector: string) => {
    const box = inCard(frame, selector).getBoundingClientRect();
    return {top: box.top - card.top, left: box.left - card.left, height: box.height};
  };
  return {
    height: card.height,
    headline: at('h2'),
    frame: at('.frame'),
    caption: at('.caption'),
    credit: at('.credit'),
    footer: at('.footer'),
  };
}

async function liveCard(width: number) {
  const frame = await openFrame(`/ssr/live.html?tag=${uniqueTag()}`, {width});
  await waitUntil(() => inCard(frame, 'h2'), 'the live card did not render');
  await nextFrame();
  await nextFrame();
  return frame;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('a server-rendered card without JavaScript', () => {
  for (const width of [412, 1000]) {
    it(`is where the live card is, piece by piece, at ${width} px`, async () => {
      const live = geometry(await liveCard(width));
      const rendered = await openFrame(`/ssr/page.html?tag=${uniqueTag()}`, {width, scripts: false});
      expect(rendered.contentWindow!.customElements.get('story-card'), 'no script ran').to.equal(undefined);
      const server = geometry(rendered);
      for (const [name, box] of Object.entries(server)) {
        const want = (live as Record<string, unknown>)[name];
        for (const [key, value] of Object.entries(typeof box == 'number' ? {height: box} : box)) {
          const expected = typeof want == 'number' ? want : (want as Record<string, number>)[key];
          expect(
            Math.abs(value - expected),
            `${name} ${key}: ${value} against the live card's ${expected}`
          ).to.be.below(4);
        }
      }
    });
  }

  it('swipes from photo to photo by scroll snapping, each photo with its caption and credit', async () => {
    const frame = await openFrame(`/ssr/page.html?tag=${uniqueTag()}`, {scripts: false});
    const track = inCard(frame, '.track');
    const slides = [...track.querySelectorAll<HTMLElement>('.slide')];
    expect(slides).to.have.length(3);
    // A swipe that stops 60 % of the way to the next photo settles on it.
    track.scrollTo({left: track.clientWidth * 0.6, behavior: 'instant'});
    await waitUntil(
      () => Math.abs(track.scrollLeft - track.clientWidth) < 2,
      `the track stopped at ${track.scrollLeft}`,
      {timeout: 3000}
    );
    const second = slides[1];
    expect(second.inert, 'the second slide is reachable').to.equal(false);
    const photo = second.querySelector('img')!;
    expect(photo.getAttribute('src')).to.contain('japan-fans-rubbish-2');
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'the second photo did not load');
    const box = photo.getBoundingClientRect();
    const trackBox = track.getBoundingClientRect();
    expect(Math.abs(box.left - trackBox.left)).to.be.below(2);
    expect(second.querySelector('.credit')!.textContent).to.contain('Getty Images');
  });

  it('gives the whole text, to its last line, in the room the live card gives it', async () => {
    const frame = await openFrame(`/ssr/page.html?tag=${uniqueTag()}`, {scripts: false});
    const body = inCard(frame, '.body');
    expect(body.scrollHeight, 'the text is longer than its room').to.be.above(body.clientHeight);
    body.scrollTop = body.scrollHeight;
    await nextFrame();
    const last = body.querySelector('p:last-child')!.getBoundingClientRect();
    expect(last.bottom).to.be.at.most(body.getBoundingClientRect().bottom + 1);
    expect(getComputedStyle(body).maskImage).to.equal('none');
  });

  it('shows no control that needs a script, and its links go where the live card’s go', async () => {
    const frame = await openFrame(`/ssr/page.html?tag=${uniqueTag()}`, {scripts: false});
    for (const selector of ['.controls', '.dots', '.more'])
      expect(getComputedStyle(inCard(frame, selector)).visibility, selector).to.equal('hidden');
    expect(inCard(frame, '.link').getAttribute('href')).to.match(/^https:\/\//);
    expect(getComputedStyle(inCard(frame, '.link')).visibility).to.equal('visible');
  });

  it('is a readable article where the browser has no Declarative Shadow DOM', async () => {
    // innerHTML never makes a declarative shadow root: the page's HTML put in that way is
    // what a browser without them shows.
    const page = await (await fetch(`/ssr/page.html?tag=${uniqueTag()}`)).text();
    const holder = document.createElement('div');
    holder.innerHTML = page.slice(page.indexOf('<story-card'), page.indexOf('</story-card>') + 13);
    document.body.append(holder);
    try {
      const card = holder.querySelector('story-card')!;
      expect(card.shadowRoot, 'no shadow root').to.equal(null);
      const article = card.querySelector('article')!;
      expect(article.getBoundingClientRect().height).to.be.above(300);
      expect(article.querySelector('h2')!.textContent).to.contain('Japan leave a spotless dressing room');
      expect(article.querySelectorAll('figure img')).to.have.length(3);
      expect(article.querySelector('figcaption')!.textContent).to.contain('Photo: Catherine Ivill/Getty Images');
    } finally {
      holder.remove();
    }
  });
});

describe('a server-rendered card taken over by the module', () => {
  async function takenOver(tag = uniqueTag()) {
    const frame = await openFrame(`/ssr/page.html?module=1&tag=${tag}`);
    const win = frame.contentWindow as Window & {
      framesSeen: {parsing: boolean; headlines: number; frameTop?: number}[];
    };
    await waitUntil(
      () => win.customElements.get('story-card') && (cardOf(frame) as unknown as {hasUpdated: boolean}).hasUpdated,
      'the module did not take the card over'
    );
    // Frames enough for the photo to arrive and settle.
    await waitUntil(
      () =>
        inCard(frame, '.frame img')?.getAttribute('src') && (inCard(frame, '.frame img') as HTMLImageElement).complete,
      'the first photo did not load'
    );
    for (let i = 0; i < 5; i++) await nextFrame();
    return {frame, win, tag};
  }

  it('shows every frame the card once: never empty, never twice, never moved', async () => {
    const {win} = await takenOver();
    // A frame the parser had not finished may show the shadow root before its headline
    // (WebKit); what the module does to the card starts after parsing.
    const seen = win.framesSeen.filter((frame) => frame.headlines >= 0 && !(frame.parsing && frame.headlines == 0));
    expect(seen.length, 'frames were seen').to.be.above(2);
    expect(seen.map((frame) => frame.headlines)).to.deep.equal(seen.map(() => 1));
    const tops = new Set(seen.filter((frame) => frame.frameTop != null).map((frame) => Math.round(frame.frameTop!)));
    expect([...tops], 'the photo frame stays where it was').to.have.length(1);
  });

  it('asks for the first photo once', async () => {
    const {tag} = await takenOver();
    const requests = (await (await fetch(`/ssr/requests?tag=${tag}`)).json()) as Record<string, number>;
    const first = Object.entries(requests).filter(([path]) => path.includes('japan-fans-rubbish-1'));
    expect(first, JSON.stringify(requests)).to.have.length(1);
    expect(first[0][1], JSON.stringify(requests)).to.equal(1);
  });

  it('makes no layout shift (Chromium reports them)', async function () {
    const {win} = await takenOver();
    if (!('LayoutShift' in win)) this.skip(); // Only Chromium has layout-shift entries.
    const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
    const shifts = await new Promise<number>((resolve) => {
      new Observer((list) =>
        resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as {value: number}).value, 0))
      ).observe({type: 'layout-shift', buffered: true});
      setTimeout(() => resolve(0), 500);
    });
    expect(shifts).to.equal(0);
  });

  it('then works as the live card does: Next, the arrow keys, full screen, Continue reading', async () => {
    const {frame} = await takenOver();
    const card = cardOf(frame) as unknown as {index: number};
    inCard(frame, '.slideshow [part~=next]').click();
    await waitUntil(() => card.index == 1, 'Next did not show the second photo');
    inCard(frame, '.track').dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    await waitUntil(() => card.index == 2, 'End did not show the last photo');
    const more = inCard(frame, '.more');
    more.click();
    await waitUntil(() => more.getAttribute('aria-expanded') == 'true', 'Continue reading did not open the text');
    inCard(frame, '.slideshow [part~=expand]').click();
    await waitUntil(() => inCard(frame, 'dialog.viewer')?.hasAttribute('open'), 'the full-screen view did not open');
    expect(
      cardOf(frame).shadowRoot!.querySelectorAll('.slideshow:not(.viewer .slideshow) h2, article > h2')
    ).to.have.length(1);
  });
});

describe('cards rendered by an Eleventy 3 site', () => {
  const PAGE = '/test/eleventy/_site/index.html';
  const cards = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('story-card')];

  it('are on its built page, whole, without JavaScript', async () => {
    const frame = await openFrame(PAGE, {width: 800, scripts: false});
    expect(cards(frame)).to.have.length(2);
    for (const card of cards(frame)) {
      const root = card.shadowRoot!;
      expect(root, 'a declarative shadow root').to.not.equal(null);
      expect(root.querySelector('h2')!.textContent).to.contain('Japan leave a spotless dressing room');
      const photo = root.querySelector<HTMLImageElement>('.slide img')!;
      expect(photo.getAttribute('src')).to.match(/^\/demo\/images\/japan-fans-rubbish-1/);
      await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'the first photo did not load');
      expect(card.getBoundingClientRect().height).to.be.above(500);
    }
    // The second card asked for the compact layout: its spacing is tighter.
    const padding = cards(frame).map((card) => getComputedStyle(card.shadowRoot!.querySelector('article')!).paddingTop);
    expect(padding[0]).to.not.equal(padding[1]);
  });

  it('are taken over by the module, each once, and then work', async () => {
    const frame = await openFrame(PAGE, {width: 800});
    await waitUntil(
      () => cards(frame).every((card) => (card as unknown as {hasUpdated: boolean}).hasUpdated),
      'the module did not take the cards over'
    );
    for (const card of cards(frame)) {
      expect(card.shadowRoot!.querySelectorAll('article > h2')).to.have.length(1);
      card.shadowRoot!.querySelector<HTMLElement>('.slideshow [part~=next]')!.click();
      await waitUntil(() => (card as unknown as {index: number}).index == 1, 'Next did not show the second photo');
    }
  });
});
