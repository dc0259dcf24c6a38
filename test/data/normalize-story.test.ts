import {expect} from '@open-wc/testing';
import {normalizeStory} from '../../src/data/normalize-story.js';
import type {NormalizeResult, Story} from '../../src/data/story.js';
import {SEED_CAPTIONS} from './seed.js';

const BASE = 'https://news.example/stories/japan.json';

function storyOf(result: NormalizeResult): Story {
  if (!result.ok) throw new Error(`expected a story, got errors: ${JSON.stringify(result.errors)}`);
  return result.story;
}

const messages = (result: NormalizeResult) => result.warnings.map((w) => `${w.path}: ${w.message}`);

describe('normalizeStory', () => {
  it('accepts a story with nothing but a headline', () => {
    expect(normalizeStory({headline: 'Japan fans tidy up'})).to.deep.equal({
      ok: true,
      story: {headline: 'Japan fans tidy up', body: [], photos: []},
      warnings: [],
    });
  });

  it('keeps every field of a complete story, tidied', () => {
    const result = normalizeStory(
      {
        kicker: ' World Cup ',
        headline: 'Japan   fans\ntidy up',
        standfirst: 'After the final whistle.',
        byline: 'Jane Doe',
        datePublished: '2018-07-03T09:30:00+03:00',
        url: '/full',
        body: ['First.', ' Second. '],
        photos: [
          {
            src: 'a.jpg',
            alt: 'Fans',
            width: 2048,
            height: '1365',
            caption: 'Fans in the stands.',
            credit: 'Jane Doe/AP',
          },
        ],
      },
      {baseUrl: BASE}
    );
    expect(result).to.deep.equal({
      ok: true,
      story: {
        kicker: 'World Cup',
        headline: 'Japan fans tidy up',
        standfirst: 'After the final whistle.',
        byline: 'Jane Doe',
        datePublished: '2018-07-03T09:30:00+03:00',
        url: 'https://news.example/full',
        body: ['First.', 'Second.'],
        photos: [
          {
            src: 'https://news.example/stories/a.jpg',
            alt: 'Fans',
            width: 2048,
            height: 1365,
            caption: 'Fans in the stands.',
            credit: {photographer: 'Jane Doe', agency: 'AP'},
          },
        ],
      },
      warnings: [],
    });
  });

  it('takes summary for standfirst', () => {
    expect(storyOf(normalizeStory({headline: 'H', summary: 'S'})).standfirst).to.equal('S');
  });

  it('splits a body given as one text into paragraphs', () => {
    expect(storyOf(normalizeStory({headline: 'H', body: 'One.\n\nTwo.\n \n\nThree.'})).body).to.deep.equal([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  describe('errors', () => {
    for (const [input, described] of [
      [null, 'null'],
      [[{headline: 'H'}], 'a list'],
      ['{"headline": "H"}', 'a string'],
      [42, 'a number'],
      [undefined, 'a undefined'],
    ] as const) {
      it(`refuses ${described} as a story`, () => {
        const result = normalizeStory(input);
        expect(result.ok).to.equal(false);
        expect(!result.ok && result.errors).to.deep.equal([
          {path: 'story', message: `must be a JSON object, got ${described}`},
        ]);
      });
    }

    it('requires a headline', () => {
      for (const story of [{}, {headline: ''}, {headline: '   '}, {headline: null}]) {
        const result = normalizeStory(story);
        expect(!result.ok && result.errors, JSON.stringify(story)).to.deep.equal([
          {path: 'headline', message: 'required, and must not be empty'},
        ]);
      }
    });

    it('says what a headline of the wrong type is', () => {
      const result = normalizeStory({headline: 2018});
      expect(!result.ok && result.errors).to.deep.equal([{path: 'headline', message: 'must be text, got a number'}]);
    });
  });

  describe('warnings, with the valid part kept', () => {
    it('drops a photo with an unsafe src and keeps its siblings', () => {
      const result = normalizeStory(
        {
          headline: 'H',
          photos: [
            {src: 'a.jpg', alt: ''},
            {src: 'javascript:alert(1)', alt: ''},
            {src: 'c.jpg', alt: ''},
          ],
        },
        {baseUrl: BASE}
      );
      expect(storyOf(result).photos.map((p) => p.src)).to.deep.equal([
        'https://news.example/stories/a.jpg',
        'https://news.example/stories/c.jpg',
      ]);
      expect(messages(result)).to.deep.equal([
        'photos[1].src: must be an http(s) or relative URL, not javascript:; photo left out',
      ]);
    });

    it('drops a photo without a src, or that is not a photo at all', () => {
      const result = normalizeStory({headline: 'H', photos: [{alt: 'x'}, 7, null, {src: 'ok.jpg', alt: ''}]});
      expect(storyOf(result).photos).to.have.length(1);
      expect(messages(result)).to.deep.equal([
        'photos[0].src: required; photo left out',
        'photos[1]: must be an object with a src, got a number; photo left out',
        'photos[2]: must be an object with a src, got null; photo left out',
      ]);
    });

    it('accepts a photo given as a bare URL, and warns that it has no alt text', () => {
      const result = normalizeStory({headline: 'H', photos: ['https://img.example/a.jpg']});
      expect(storyOf(result).photos).to.deep.equal([{src: 'https://img.example/a.jpg', alt: ''}]);
      expect(messages(result)[0]).to.match(/^photos\[0\]\.alt: missing; screen reader users/);
    });

    it('takes an empty photo list as a story without photos, with no warning', () => {
      // An article without figures reads as photos: [].
      expect(normalizeStory({headline: 'H', photos: []}).warnings).to.deep.equal([]);
      expect(messages(normalizeStory({headline: 'H', photos: 'a.jpg'}))).to.deep.equal([
        'photos: must be a list of photos, got a string',
      ]);
    });

    it('takes alt="" as a decision, not an omission', () => {
      expect(normalizeStory({headline: 'H', photos: [{src: 'a.jpg', alt: ''}]}).warnings).to.deep.equal([]);
    });

    it('resolves srcset against the base, and keeps src when srcset is unsafe', () => {
      const good = normalizeStory(
        {headline: 'H', photos: [{src: 'a.jpg', srcset: 'a-1024.jpg 1024w, a-2048.jpg 2048w', alt: ''}]},
        {baseUrl: BASE}
      );
      expect(storyOf(good).photos[0].srcset).to.equal(
        'https://news.example/stories/a-1024.jpg 1024w, https://news.example/stories/a-2048.jpg 2048w'
      );
      // Valid HTML without a space after the comma.
      const tight = normalizeStory(
        {headline: 'H', photos: [{src: 'a.jpg', srcset: 'a.jpg 1x,b.jpg 2x', alt: ''}]},
        {baseUrl: BASE}
      );
      expect(messages(tight)).to.deep.equal([]);
      expect(storyOf(tight).photos[0].srcset).to.equal(
        'https://news.example/stories/a.jpg 1x, https://news.example/stories/b.jpg 2x'
      );

      const bad = normalizeStory(
        {headline: 'H', photos: [{src: 'a.jpg', srcset: 'a.jpg 1x, javascript:alert(1) 2x', alt: ''}]},
        {baseUrl: BASE}
      );
      expect(storyOf(bad).photos[0]).to.deep.equal({src: 'https://news.example/stories/a.jpg', alt: ''});
      expect(messages(bad)).to.deep.equal([
        'photos[0].srcset: must be an http(s) or relative URL, not javascript:; src is used alone',
      ]);

      const garbled = normalizeStory({headline: 'H', photos: [{src: 'a.jpg', srcset: 'a.jpg wide', alt: ''}]});
      expect(messages(garbled)[0]).to.match(/^photos\[0\]\.srcset: "a\.jpg wide" is not a URL followed by a width/);
    });

    it('warns about sizes that are not positive numbers', () => {
      const result = normalizeStory({headline: 'H', photos: [{src: 'a.jpg', alt: '', width: -5, height: 'tall'}]});
      expect(storyOf(result).photos[0]).to.deep.equal({src: 'a.jpg', alt: ''});
      expect(messages(result)).to.deep.equal([
        'photos[0].width: must be a positive number of pixels, got -5',
        'photos[0].height: must be a positive number of pixels, got "tall"',
      ]);
    });

    it('drops a date that is not ISO 8601', () => {
      const result = normalizeStory({headline: 'H', datePublished: 'last Tuesday'});
      expect(storyOf(result)).not.to.have.property('datePublished');
      expect(messages(result)).to.deep.equal([
        'datePublished: must be an ISO 8601 date such as 2018-07-03, got "last Tuesday"',
      ]);
      expect(storyOf(normalizeStory({headline: 'H', datePublished: '2018-02-30'}))).not.to.have.property(
        'datePublished'
      );
    });

    it('drops an unsafe story link', () => {
      const result = normalizeStory({headline: 'H', url: 'javascript:alert(1)'});
      expect(storyOf(result)).not.to.have.property('url');
      expect(messages(result)).to.deep.equal(['url: must be an http(s) or relative URL, not javascript:']);
    });

    it('names each text field of the wrong type and keeps the others', () => {
      const result = normalizeStory({
        headline: 'H',
        kicker: 5,
        byline: ['a'],
        standfirst: 'S',
        body: ['One.', {text: 'x'}, 'Two.'],
      });
      expect(storyOf(result)).to.deep.equal({headline: 'H', standfirst: 'S', body: ['One.', 'Two.'], photos: []});
      expect(messages(result)).to.deep.equal([
        'kicker: must be text, got a number',
        'byline: must be text, got a list',
        'body[1]: must be text, got an object',
      ]);
    });

    it('names a photos field that is not a list', () => {
      expect(messages(normalizeStory({headline: 'H', photos: 'a.jpg'}))).to.deep.equal([
        'photos: must be a list of photos, got a string',
      ]);
    });

    it('accepts a single photo object in place of a list', () => {
      expect(storyOf(normalizeStory({headline: 'H', photos: {src: 'a.jpg', alt: ''}})).photos).to.have.length(1);
    });
  });

  describe('credits', () => {
    it('lifts each seed caption’s credit out of the caption, so it is shown once', () => {
      const story = storyOf(
        normalizeStory({
          headline: 'H',
          photos: SEED_CAPTIONS.map((caption, i) => ({src: `${i}.jpg`, alt: '', caption})),
        })
      );
      expect(story.photos.map((p) => p.credit)).to.deep.equal([
        {photographer: 'Catherine Ivill', agency: 'Getty Images'},
        {photographer: 'Carl Court', agency: 'Getty Images'},
        {photographer: 'Laurence Griffiths', agency: 'Getty Images'},
      ]);
      for (const photo of story.photos) expect(photo.caption).not.to.match(/Photo by|Getty/);
    });

    it('prefers the credit field, and warns when the caption’s credit says otherwise', () => {
      const same = normalizeStory({
        headline: 'H',
        photos: [{src: 'a.jpg', alt: '', caption: 'Fans. (Photo by Jane Doe/AP)', credit: 'Jane Doe / AP'}],
      });
      expect(storyOf(same).photos[0]).to.include({caption: 'Fans.'});
      expect(same.warnings).to.deep.equal([]);

      const other = normalizeStory({
        headline: 'H',
        photos: [{src: 'a.jpg', alt: '', caption: 'Fans. (Photo by Jane Doe/AP)', credit: {photographer: 'John Roe'}}],
      });
      expect(storyOf(other).photos[0].credit).to.deep.equal({photographer: 'John Roe'});
      expect(messages(other)).to.deep.equal([
        'photos[0].caption: ends with a credit ("Photo by Jane Doe/AP") unlike the photo\'s credit; the credit is shown',
      ]);
    });

    it('keeps a structured credit and checks its link', () => {
      const result = normalizeStory({
        headline: 'H',
        photos: [
          {
            src: 'a.jpg',
            alt: '',
            credit: {
              photographer: 'Jane Doe',
              agency: 'Example Press',
              license: 'CC BY 4.0',
              url: 'javascript:alert(1)',
            },
          },
        ],
      });
      expect(storyOf(result).photos[0].credit).to.deep.equal({
        photographer: 'Jane Doe',
        agency: 'Example Press',
        license: 'CC BY 4.0',
      });
      expect(messages(result)).to.deep.equal([
        'photos[0].credit.url: must be an http(s) or relative URL, not javascript:',
      ]);
    });

    it('leaves out an empty credit', () => {
      expect(
        storyOf(normalizeStory({headline: 'H', photos: [{src: 'a.jpg', alt: '', credit: {}}]})).photos[0]
      ).not.to.have.property('credit');
      expect(
        storyOf(normalizeStory({headline: 'H', photos: [{src: 'a.jpg', alt: '', credit: ' '}]})).photos[0]
      ).not.to.have.property('credit');
    });
  });

  describe('schema.org NewsArticle JSON-LD', () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Japan fans tidy up',
      description: 'After the final whistle.',
      articleSection: ['World Cup', 'Sport'],
      author: [
        {'@type': 'Person', name: 'Jane Doe'},
        {'@type': 'Person', name: 'John Roe'},
      ],
      datePublished: '2018-07-03',
      mainEntityOfPage: {'@type': 'WebPage', '@id': 'https://news.example/japan'},
      articleBody: 'First paragraph.\n\nSecond paragraph.',
      image: [
        {
          '@type': 'ImageObject',
          url: 'https://img.example/1.jpg',
          width: 2048,
          height: {'@type': 'QuantitativeValue', value: 1365},
          description: 'Fans in blue',
          caption: 'Japan fans collect rubbish. (Photo by Catherine Ivill/Getty Images)',
        },
        {
          '@type': 'ImageObject',
          contentUrl: 'https://img.example/2.jpg',
          description: 'The stands',
          creditText: 'Carl Court/Getty Images',
          creator: {'@type': 'Person', name: 'Carl Court'},
          copyrightHolder: {'@type': 'Organization', name: 'Getty Images'},
        },
        {
          '@type': 'ImageObject',
          url: 'https://img.example/3.jpg',
          description: '',
          creditText: 'Photo: Laurence Griffiths (Getty Images)',
        },
      ],
    };

    it('maps every field onto the story format', () => {
      expect(storyOf(normalizeStory(article))).to.deep.equal({
        headline: 'Japan fans tidy up',
        kicker: 'World Cup',
        standfirst: 'After the final whistle.',
        byline: 'Jane Doe and John Roe',
        datePublished: '2018-07-03',
        url: 'https://news.example/japan',
        body: ['First paragraph.', 'Second paragraph.'],
        photos: [
          {
            src: 'https://img.example/1.jpg',
            width: 2048,
            height: 1365,
            alt: 'Fans in blue',
            caption: 'Japan fans collect rubbish.',
            credit: {photographer: 'Catherine Ivill', agency: 'Getty Images'},
          },
          {
            src: 'https://img.example/2.jpg',
            alt: 'The stands',
            credit: {photographer: 'Carl Court', agency: 'Getty Images'},
          },
          {
            src: 'https://img.example/3.jpg',
            alt: '',
            credit: {photographer: 'Laurence Griffiths', agency: 'Getty Images'},
          },
        ],
      });
    });

    it('finds the article in an @graph or a list, and takes a bare image URL', () => {
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          {'@type': 'WebSite', name: 'News'},
          {'@type': 'NewsArticle', headline: 'In a graph', image: 'https://img.example/a.jpg'},
        ],
      };
      expect(storyOf(normalizeStory(graph))).to.include({headline: 'In a graph'});
      expect(storyOf(normalizeStory(graph)).photos.map((p) => p.src)).to.deep.equal(['https://img.example/a.jpg']);
      expect(
        storyOf(normalizeStory([{'@type': 'BreadcrumbList'}, {'@type': ['Article'], headline: 'Listed'}])).headline
      ).to.equal('Listed');
    });

    it('names problems by the schema.org names the author wrote', () => {
      const result = normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        image: [
          {'@type': 'ImageObject', url: 'javascript:alert(1)'},
          {'@type': 'ImageObject', url: 'https://img.example/b.jpg'},
        ],
      });
      expect(messages(result)).to.deep.equal([
        'image[0].url: must be an http(s) or relative URL, not javascript:; photo left out',
        'image[1].description: missing; screen reader users will get only the caption. Describe the photo, or give "" if the caption says it all',
      ]);
      expect(storyOf(result).photos).to.have.length(1);
    });
  });
});
