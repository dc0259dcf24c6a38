import {expect} from '@open-wc/testing';
import {
  captionAndCredit,
  chooseHeadline,
  imageIn,
  outsideStory,
  siteInTitle,
  titleWithoutSite,
  visibleText,
  wordShare,
} from '../../src/markup/read-markup.js';
import {storyFromArticle} from '../../src/markup/story-from-article.js';

// Markup as publishers' CMSs write it; each case names the page of the corpus
// (test/corpus/facts.json) or the CMS convention it comes from.
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body;

describe('reading publishers’ markup', () => {
  describe('chooseHeadline', () => {
    it('takes [itemprop=headline] or an h1 before any other heading', () => {
      expect(chooseHeadline(parse('<h2>Section</h2><h1>The story</h1>'))!.textContent).to.equal('The story');
      expect(chooseHeadline(parse('<h1>Site</h1><div itemprop="headline">The story</div>'))!.textContent).to.equal(
        'The story'
      );
      expect(chooseHeadline(parse('<h3>Only a third-level heading</h3>'))!.textContent).to.equal(
        'Only a third-level heading'
      );
    });

    it('never takes a teaser’s or an aside’s heading', () => {
      const root = parse(
        '<article><aside><h1>Most read</h1></aside><article><h1>Related story</h1></article><h2>The story</h2></article>'
      ).firstElementChild!;
      expect(chooseHeadline(root)!.textContent).to.equal('The story');
    });

    it('on a page, takes the h1 that is its title, not the site’s name or a section (ars-1, theverge1, salon-1)', () => {
      const body = parse(
        '<h1>ArsTechnica</h1><h1>Risk Assessment / Security &amp; Hacktivism</h1><h1>Just-released Minecraft exploit makes it easy to crash game servers</h1>'
      );
      expect(
        chooseHeadline(body, ['Just-released Minecraft exploit makes it easy to crash game servers | Ars Technica'])!
          .textContent
      ).to.match(/^Just-released/);
      expect(
        chooseHeadline(parse('<h1>The Verge</h1><h1>Facebook offers explanation</h1>'), [
          'Facebook offers explanation | The Verge',
        ])!.textContent
      ).to.equal('Facebook offers explanation');
      expect(chooseHeadline(parse('<h1>Salon</h1>'), ['The sharing economy is a lie - Salon.com'])).to.equal(undefined);
      expect(chooseHeadline(parse('<h1>Mozilla</h1>'), ['Mozilla - Wikipedia'])!.textContent).to.equal('Mozilla');
    });
  });

  it('splits a page title from its site’s name', () => {
    expect(siteInTitle('2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz - POLITICO.com')).to.equal(
      'POLITICO.com'
    );
    // The site's name ends a title, unless the page names its site and the title starts with it.
    expect(siteInTitle('TechCrunch | 2005 Zuckerberg Didn’t Want To Take Over The World', 'TechCrunch')).to.equal(
      'TechCrunch'
    );
    expect(titleWithoutSite('TechCrunch | 2005 Zuckerberg Didn’t Want To Take Over The World', 'TechCrunch')).to.equal(
      '2005 Zuckerberg Didn’t Want To Take Over The World'
    );
    expect(siteInTitle('Mozilla - Wikipedia')).to.equal('Wikipedia');
    expect(siteInTitle('Swimming greats say cuts a shame - ABC News (Australian Broadcasting Corporation)')).to.equal(
      'ABC News (Australian Broadcasting Corporation)'
    );
    expect(titleWithoutSite("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!! | TMZ.com")).to.equal(
      "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
    );
    expect(titleWithoutSite('Olivia Munn: Queen of the Uncool')).to.equal('Olivia Munn: Queen of the Uncool');
    // A section's name of one word before the site's goes with it; a part of the headline, more words, stays.
    expect(titleWithoutSite('Competition looks for NASA’s next vehicle, in LEGO | News | Geek.com')).to.equal(
      'Competition looks for NASA’s next vehicle, in LEGO'
    );
    expect(titleWithoutSite('Obama - Romney debate, round two | POLITICO')).to.equal(
      'Obama - Romney debate, round two'
    );
    expect(
      wordShare('The Few. The Proud. The New Marines?', 'The Few. The Proud. The Marines ... Getting a Makeover?')
    ).to.be.above(0.5);
  });

  describe('imageIn', () => {
    const src = (markup: string) => imageIn(parse(markup))?.src;
    it('finds the real photo behind a lazy loader', () => {
      expect(src('<img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/real.jpg">')).to.equal(
        'https://img.example/real.jpg'
      );
      expect(
        src('<img src="/img/blank.gif" data-original="https://img.example/real.jpg" width="1" height="1">')
      ).to.equal('https://img.example/real.jpg');
      expect(src('<img data-lazy-src="https://img.example/real.jpg">')).to.equal('https://img.example/real.jpg');
      expect(
        src(
          '<img src="https://img.example/real.jpg?w=40&blur=10" data-srcset="https://img.example/real-800.jpg 800w, https://img.example/real-1600.jpg 1600w">'
        )
      ).to.equal('https://img.example/real-1600.jpg');
    });

    it('reads srcset without src, and a picture’s source', () => {
      expect(src('<img srcset="https://img.example/a-400.jpg 400w, https://img.example/a-1200.jpg 1200w">')).to.equal(
        'https://img.example/a-1200.jpg'
      );
      expect(src('<img srcset="https://img.example/a-400.jpg 400w,https://img.example/a-1200.jpg 1200w">')).to.equal(
        'https://img.example/a-1200.jpg'
      );
      expect(
        src(
          '<picture><source srcset="https://img.example/a.webp 1x, https://img.example/a@2x.webp 2x"><img alt=""></picture>'
        )
      ).to.equal('https://img.example/a@2x.webp');
    });

    it('reads the img inside a <noscript>, parsed or as text', () => {
      expect(
        src('<img src="data:image/gif;base64,R0lG"><noscript><img src="https://img.example/real.jpg"></noscript>')
      ).to.equal('https://img.example/real.jpg');
      const live = document.createElement('div');
      live.innerHTML = '<noscript><img src="https://img.example/real.jpg?a=1&amp;b=2"></noscript>';
      expect(imageIn(live)?.src).to.equal('https://img.example/real.jpg?a=1&b=2');
    });

    it('takes no placeholder, tracking pixel or icon for the photo', () => {
      expect(src('<img src="data:image/gif;base64,R0lG">')).to.equal(undefined);
      expect(src('<img src="https://ads.example/pixel" width="1" height="1">')).to.equal(undefined);
      expect(src('<img src="https://img.example/writer_rss.gif">')).to.equal(undefined);
    });
  });

  describe('captionAndCredit', () => {
    const read = (markup: string) => {
      const unit = parse(markup).firstElementChild!;
      return captionAndCredit(unit, unit.querySelector('figcaption, [class*=caption i]'));
    };
    it('finds the credit by its class name or itemprop, and keeps it out of the caption', () => {
      expect(
        read(
          '<figure><img src="a.jpg"><figcaption>Fans. <span class="fig-media-credits">Crédits photo : J. M/Le Figaro</span></figcaption></figure>'
        )
      ).to.deep.equal({caption: 'Fans.', credit: 'Crédits photo : J. M/Le Figaro'});
      expect(
        read(
          '<figure><img src="a.jpg"><figcaption>Fans.</figcaption><div class="image-credit">Image: SixThirty</div></figure>'
        )
      ).to.deep.equal({caption: 'Fans.', credit: 'Image: SixThirty'});
      expect(
        read(
          '<figure><img src="a.jpg"><figcaption>Fans. <span itemprop="copyrightHolder">AFP</span></figcaption></figure>'
        )
      ).to.deep.equal({caption: 'Fans.', credit: 'AFP'});
      expect(
        read(
          '<div><img src="a.jpg"><p class="image-caption">Fans.</p><span class="image-credit">(Credit: Marguerite Reardon/CNET)</span></div>'
        )
      ).to.deep.equal({caption: 'Fans.', credit: 'Credit: Marguerite Reardon/CNET'});
    });

    it('drops visually hidden labels and buttons, and spaces blocks apart', () => {
      expect(
        read(
          '<figure><img src="a.jpg"><figcaption><span class="off-screen">Media caption</span><p>One.</p><p>Two.</p><span class="sr-only">Credit</span><small>Jane Doe</small></figcaption></figure>'
        )
      ).to.deep.equal({caption: 'One. Two.', credit: 'Jane Doe'});
      expect(
        read(
          '<div><img src="a.jpg"><div class="caption">Votes. | AP Photo <span class="close-button">Close</span></div></div>'
        ).caption
      ).to.equal('Votes. | AP Photo');
    });

    it('gives no caption for a figcaption that holds only a credit (ars-1)', () => {
      expect(
        read(
          '<figure><img src="a.jpg"><figcaption class="caption"><div class="caption-credit">Kevin</div></figcaption></figure>'
        )
      ).to.deep.equal({caption: undefined, credit: 'Kevin'});
    });
  });

  it('knows what inside an article is not the story', () => {
    const article = parse(
      '<article><p id="a">Story</p><aside><p id="b"></p></aside><div class="related-links"><p id="c"></p></div><div class="share-bar"><p id="d"></p></div></article>'
    ).firstElementChild!;
    expect(['a', 'b', 'c', 'd'].map((id) => outsideStory(article.querySelector(`#${id}`)!, article))).to.deep.equal([
      false,
      true,
      true,
      true,
    ]);
    expect(visibleText(parse('<p>Text<script>document.write("<b>x</b>")</script> more</p>'))).to.equal('Text more');
  });

  it('reads an article’s photos as CMSs write them, and skips videos and teasers', () => {
    const article = parse(`<article><h1>H</h1>
      <figure><img src="data:image/gif;base64,R0lG" data-src="https://img.example/one.jpg" alt="One"><figcaption>First. (Photo by Jane Doe/AFP)</figcaption></figure>
      <figure><video src="https://v.example/a.mp4"></video><figcaption>A video</figcaption></figure>
      <figure><iframe src="https://www.youtube.com/embed/x"></iframe></figure>
      <div class="image"><img src="https://img.example/two.jpg" alt="Two"><p class="caption">Second.</p><p class="credit">Courtesy G4</p></div>
      <figure><img src="https://img.example/one-640x426.jpg"><figcaption>The same photo again</figcaption></figure>
      <article class="teaser"><figure><img src="https://img.example/teaser.jpg"><figcaption>Read this too</figcaption></figure></article>
      <p>Body.</p></article>`).firstElementChild!;
    const photos = storyFromArticle(article).photos as {src: string; caption?: string; credit?: string}[];
    expect(photos.map(({src, caption, credit}) => [src, caption, credit])).to.deep.equal([
      ['https://img.example/one.jpg', 'First. (Photo by Jane Doe/AFP)', undefined],
      ['https://img.example/two.jpg', 'Second.', 'Courtesy G4'],
    ]);
  });
});
