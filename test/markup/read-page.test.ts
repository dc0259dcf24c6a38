import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {readPage} from '../../src/markup/read-page.js';
import {normalizeStory} from '../../src/data/normalize-story.js';

// Whatever a server answers with, the page reader gives a story or a problem, and throws
// nothing: random markup built from the elements and attributes the readers look at.
const attribute = fc.tuple(
  fc.constantFrom('class', 'itemprop', 'src', 'srcset', 'data-src', 'data-srcset', 'alt', 'width', 'height', 'property', 'content', 'name', 'type', 'rel', 'href', 'style', 'onclick'),
  fc.oneof(fc.string(), fc.constantFrom('caption', 'credit', 'headline', 'og:image', 'og:title', 'og:site_name', 'application/ld+json', 'canonical', '//x', 'a.jpg 2x', 'data:,', '1'))
);
const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    {depthSize: 'small'},
    fc.string(),
    fc.tuple(
      fc.constantFrom('article', 'figure', 'figcaption', 'img', 'picture', 'source', 'noscript', 'h1', 'h2', 'p', 'div', 'span', 'aside', 'meta', 'link', 'script', 'title', 'video'),
      fc.array(attribute, {maxLength: 3}),
      fc.array(tie('node'), {maxLength: 3})
    ).map(([tag, attributes, children]) => `<${tag}${attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`)
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
