import {expect} from '@open-wc/testing';
import {findJsonLdArticle, jsonLdNodes, plainText, storyFromJsonLd} from '../../src/data/json-ld.js';
import {normalizeStory} from '../../src/data/normalize-story.js';
import {decodeEntity} from '../../src/markup/html-parser.js';
import type {NormalizeResult, Story} from '../../src/data/story.js';

function storyOf(result: NormalizeResult): Story {
  if (!result.ok) throw new Error(`expected a story, got errors: ${JSON.stringify(result.errors)}`);
  return result.story;
}

// JSON-LD in the shapes publishers' CMSs print it (Yoast's @graph, several blocks on a
// page, Google's three crops of one photo).
describe('JSON-LD as publishers write it', () => {
  it('finds the article among several blocks, graphs and lists', () => {
    const blocks = [
      {'@context': 'https://schema.org', '@type': 'Organization', name: 'News'},
      {
        '@context': 'https://schema.org',
        '@graph': [
          {'@type': 'BreadcrumbList'},
          {'@type': 'WebPage', '@id': '#page'},
          {'@list': [{'@type': ['CreativeWork', 'NewsArticle'], headline: 'Found'}]},
        ],
      },
    ];
    expect(jsonLdNodes(blocks).map((node) => node['@type'])).to.deep.equal([
      'Organization',
      'BreadcrumbList',
      'WebPage',
      ['CreativeWork', 'NewsArticle'],
    ]);
    expect(findJsonLdArticle(blocks)?.headline).to.equal('Found');
    expect(
      findJsonLdArticle({'@type': 'http://schema.org/ReportageNewsArticle', headline: 'Typed by URL'})?.headline
    ).to.equal('Typed by URL');
    expect(findJsonLdArticle({'@type': 'LiveBlogPosting', headline: 'Live'})?.headline).to.equal('Live');
  });

  it('follows @id references inside a @graph', () => {
    const graph = [
      {
        '@type': 'NewsArticle',
        '@id': '#article',
        headline: 'H',
        image: {'@id': '#primaryimage'},
        author: {'@id': '#jane'},
        publisher: {'@id': '#org'},
      },
      {
        '@type': 'ImageObject',
        '@id': '#primaryimage',
        url: 'https://img.example/a.jpg',
        width: 1200,
        height: 800,
        caption: 'Fans in blue.',
        creditText: 'Catherine Ivill/Getty Images',
      },
      {'@type': 'Person', '@id': '#jane', name: 'Jane Doe'},
      {'@type': 'Organization', '@id': '#org', name: 'News'},
    ];
    const story = storyOf(normalizeStory({'@graph': graph}));
    expect(story.byline).to.equal('Jane Doe');
    expect(story.photos).to.deep.equal([
      {
        src: 'https://img.example/a.jpg',
        alt: '',
        width: 1200,
        height: 800,
        caption: 'Fans in blue.',
        credit: {photographer: 'Catherine Ivill', agency: 'Getty Images'},
      },
    ]);
  });

  it('reads images as URL strings, ImageObjects, an @list, thumbnailUrl and associatedMedia', () => {
    const read = (fields: object) =>
      storyFromJsonLd({'@type': 'NewsArticle', headline: 'H', ...fields}).photos as {src: unknown}[];
    expect(read({image: 'https://img.example/a.jpg'}).map((p) => p)).to.deep.equal(['https://img.example/a.jpg']);
    expect(
      read({
        image: {
          '@list': ['https://img.example/a.jpg', {'@type': 'ImageObject', contentUrl: 'https://img.example/b.jpg'}],
        },
      }).length
    ).to.equal(2);
    expect(read({thumbnailUrl: 'https://img.example/t.jpg'})).to.deep.equal(['https://img.example/t.jpg']);
    expect(
      read({
        associatedMedia: [
          {'@type': 'VideoObject', contentUrl: 'https://v.example/a.mp4'},
          {'@type': 'ImageObject', url: 'https://img.example/c.jpg'},
        ],
      }).map((p) => p.src)
    ).to.deep.equal(['https://img.example/c.jpg']);
  });

  it('reads a copyright holder named alone as the whole credit line, label and all (ZEIT ONLINE); beside a creator, as the agency', () => {
    const credits = (image: object) =>
      storyOf(normalizeStory(storyFromJsonLd({'@type': 'NewsArticle', headline: 'H', image}))).photos.map(
        (photo) => photo.credit
      );
    expect(
      credits({
        '@type': 'ImageObject',
        url: 'https://img.zeit.de/news/2023-04/28/llull-image-group/wide__1300x731',
        copyrightHolder: {'@type': 'Person', name: '\u00a9\u00a0Alba Pacheco/\u200bAgencia LOF/\u200bdpa'},
      })
    ).to.deep.equal([{photographer: 'Alba Pacheco', agency: 'Agencia LOF/dpa'}]);
    expect(
      credits({
        '@type': 'ImageObject',
        url: 'https://img.example/a.jpg',
        creator: {'@type': 'Person', name: 'Carl Court'},
        copyrightHolder: {'@type': 'Organization', name: 'Getty Images'},
      })
    ).to.deep.equal([{photographer: 'Carl Court', agency: 'Getty Images'}]);
  });

  it('reads widths and heights as numbers, strings and QuantitativeValues', () => {
    const photos = storyOf(
      normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        image: [
          {'@type': 'ImageObject', url: 'https://img.example/a.jpg', width: '640px', height: '427'},
          {
            '@type': 'ImageObject',
            url: 'https://img.example/b.jpg',
            width: {'@type': 'QuantitativeValue', value: '1200', unitCode: 'E37'},
            height: {value: 800},
          },
        ],
      })
    ).photos;
    expect(photos.map((p) => [p.width, p.height])).to.deep.equal([
      [640, 427],
      [1200, 800],
    ]);
  });

  it('shows one photo listed in several crops once, and leaves out a logo and a 2 px divider', () => {
    const photos = storyOf(
      normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        image: [
          'https://img.example/photos/1x1/fans.jpg',
          'https://img.example/photos/4x3/fans.jpg',
          'https://img.example/photos/16x9/fans.jpg',
          {'@type': 'ImageObject', url: 'https://img.example/logo.png'},
          {'@type': 'ImageObject', url: 'https://img.example/rule.png', width: 600, height: 2},
          'https://img.example/photos/16x9/fans.jpg',
          'https://img.example/kagawa.jpg',
        ],
      })
    ).photos;
    expect(photos.map((p) => p.src)).to.deep.equal([
      'https://img.example/photos/1x1/fans.jpg',
      'https://img.example/kagawa.jpg',
    ]);
  });

  it('reads entities and markup inside strings', () => {
    expect(plainText('Fish &amp; chips &#039;n&#x27; peas &mdash; &hellip;', decodeEntity)).to.equal(
      "Fish & chips 'n' peas — …"
    );
    // Every entity HTML names, by the browser's own parser; without it, named ones stay as written.
    expect(plainText('Caf&eacute; &hearts; &Aring;se &frac12; &NotEqualTilde;', decodeEntity)).to.equal(
      'Café ♥ Åse ½ \u2242\u0338'
    );
    expect(plainText('&amp; &#233;')).to.equal('&amp; é');
    expect(plainText('<p>One <b>bold</b> line.</p><p>Two.</p>')).to.equal('\nOne bold line.\n\nTwo.\n');
    expect(plainText('a < b and c > d')).to.equal('a < b and c > d');
    expect(plainText('&unknown; &#99999999; &lt;img src=x onerror=alert(1)&gt;', decodeEntity)).to.equal(
      '&unknown; \u{10ffff} <img src=x onerror=alert(1)>'
    );
    const story = storyOf(
      normalizeStory(
        {
          '@type': 'NewsArticle',
          headline: 'Japan&#039;s fans &amp; the World Cup',
          articleBody: '<p>First.</p><p>Second &amp; last.</p>',
          description: 'A &mdash; B',
        },
        {decodeEntity}
      )
    );
    expect([story.headline, story.standfirst, story.body]).to.deep.equal([
      "Japan's fans & the World Cup",
      'A — B',
      ['First.', 'Second & last.'],
    ]);
  });

  it('takes a name for a headline only when it is not the site’s, and drops the site’s name from a headline', () => {
    const read = (article: object, ...others: object[]) =>
      storyFromJsonLd({'@type': 'NewsArticle', ...article}, others as never).headline;
    expect(read({name: 'Japan fans tidy up'})).to.equal('Japan fans tidy up');
    expect(read({name: 'Medium', publisher: {'@type': 'Organization', name: 'Medium'}})).to.equal(undefined);
    expect(read({headline: 'On Behalf of “Literally” - Medium', publisher: {name: 'Medium'}})).to.equal(
      'On Behalf of “Literally”'
    );
    expect(read({headline: 'Facebook explains | The Verge'}, {'@type': 'WebSite', name: 'The Verge'})).to.equal(
      'Facebook explains'
    );
    expect(read({headline: 'The Verge'}, {'@type': 'WebSite', name: 'The Verge'})).to.equal('The Verge');
  });

  it('reads dates as CMSs print them', () => {
    const date = (datePublished: string) =>
      storyOf(normalizeStory({'@type': 'NewsArticle', headline: 'H', datePublished})).datePublished;
    expect([date('2018-07-03 09:30:00'), date('2018-07-03T09:30:00+0300'), date('20180703T093000Z')]).to.deep.equal([
      '2018-07-03T09:30:00',
      '2018-07-03T09:30:00+03:00',
      '2018-07-03T09:30:00Z',
    ]);
  });
});
