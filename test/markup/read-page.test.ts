import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {readPage} from '../../src/markup/read-page.js';
import {normalizeStory} from '../../src/data/normalize-story.js';

// Whatever a server answers with, the page reader gives a story or a problem, and throws
// nothing: random markup built from the elements and attributes the readers look at.
const attribute = fc.tuple(
  fc.constantFrom(
    'class',
    'itemprop',
    'src',
    'srcset',
    'data-src',
    'data-srcset',
    'alt',
    'width',
    'height',
    'property',
    'content',
    'name',
    'type',
    'rel',
    'href',
    'style',
    'onclick'
  ),
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      'caption',
      'credit',
      'headline',
      'og:image',
      'og:title',
      'og:site_name',
      'application/ld+json',
      'canonical',
      '//x',
      'a.jpg 2x',
      'data:,',
      '1'
    )
  )
);
const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    {depthSize: 'small'},
    fc.string(),
    fc
      .tuple(
        fc.constantFrom(
          'article',
          'figure',
          'figcaption',
          'img',
          'picture',
          'source',
          'noscript',
          'h1',
          'h2',
          'p',
          'div',
          'span',
          'aside',
          'meta',
          'link',
          'script',
          'title',
          'video'
        ),
        fc.array(attribute, {maxLength: 3}),
        fc.array(tie('node'), {maxLength: 3})
      )
      .map(
        ([tag, attributes, children]) =>
          `<${tag}${attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`
      )
  ),
})).node as fc.Arbitrary<string>;

describe('readPage, for any page', () => {
  it('returns a story that normalises, or a problem, and never throws', () => {
    fc.assert(
      fc.property(fc.array(element, {maxLength: 6}), (nodes) => {
        const parsed = readPage(`<!doctype html>${nodes.join('')}`, 'https://news.example/story');
        if ('problem' in parsed) expect(parsed.problem).to.be.a('string');
        else expect(normalizeStory(parsed.value, {baseUrl: parsed.baseUrl})).to.have.property('ok');
      }),
      {numRuns: 500}
    );
  });

  it('reads JSON-LD blocks that are broken or not objects without giving up on the page', () => {
    const parsed = readPage(
      `<title>Japan fans tidy up | News</title><script type="application/ld+json">{broken</script><script type="application/ld+json">42</script><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Japan fans tidy up", "image": "//img.example/a.jpg"}</script>`,
      'https://news.example/story'
    );
    expect(parsed).to.have.property('value').that.deep.include({headline: 'Japan fans tidy up'});
  });
});

describe('a page’s JSON-LD and markup, read together', () => {
  it('takes the metadata from the JSON-LD and the caption and credit of the same photo, another rendition of it, from the markup', () => {
    const parsed = readPage(
      `<html><head><title>Japan fans tidy up - News</title><link rel="canonical" href="https://news.example/2018/japan">
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "News"},
        {"@type": "NewsArticle", "headline": "Japan fans tidy up", "datePublished": "2018-07-03 09:30:00", "image": ["https://img.example/japan-fans-1200x800.jpg", "//img.example/kagawa.jpg"]}]}</script>
      <meta property="og:image" content="https://img.example/japan-fans-social-card.jpg"></head>
      <body><article><h1>Japan fans tidy up</h1>
        <figure><img src="/media/japan-fans-640x426.jpg" alt="Fans in blue"><figcaption>Fans collect rubbish. <span class="credit">Catherine Ivill/Getty Images</span></figcaption></figure>
        <figure><img data-src="/media/stadium.jpg" src="data:image/gif;base64,R0lG"><figcaption>The stadium. (Photo by Carl Court/Getty Images)</figcaption></figure>
        <p>First paragraph.</p><p>Second paragraph.</p></article></body></html>`,
      'https://news.example/amp/japan'
    );
    if (!('value' in parsed)) throw new Error(parsed.problem);
    expect(parsed.baseUrl).to.equal('https://news.example/2018/japan');
    const result = normalizeStory(parsed.value, {baseUrl: parsed.baseUrl});
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const {story} = result;
    expect([story.headline, story.datePublished, story.url]).to.deep.equal([
      'Japan fans tidy up',
      '2018-07-03T09:30:00',
      'https://news.example/2018/japan',
    ]);
    expect(story.photos.map(({src, caption, credit}) => [src, caption, credit])).to.deep.equal([
      [
        'https://img.example/japan-fans-1200x800.jpg',
        'Fans collect rubbish.',
        {photographer: 'Catherine Ivill', agency: 'Getty Images'},
      ],
      ['https://img.example/kagawa.jpg', undefined, undefined],
      ['https://news.example/media/stadium.jpg', 'The stadium.', {photographer: 'Carl Court', agency: 'Getty Images'}],
    ]);
  });
});
