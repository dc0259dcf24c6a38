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

// A story read of a page as `src` gives it, for the rules below.
const story = (html: string) => {
  const parsed = readPage(html, 'https://news.example/story');
  if (!('value' in parsed)) throw new Error(parsed.problem);
  const result = normalizeStory(parsed.value, {baseUrl: parsed.baseUrl});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.story;
};
const body = '<p>First paragraph of the story, long enough to be one.</p><p>Second paragraph.</p>';

// Each rule below was drawn from a page of a collection no rule had been written from
// (test/corpus/unseen-facts.json, the article package's 2013 pages); the markup is cut
// down to what the rule reads.
describe('pages no rule was written from', () => {
  it('takes a page’s one h1 for the headline where the SEO title says it otherwise (The New York Times)', () => {
    expect(
      story(`<title>Prices Cut for HPV Cervical Cancer Vaccines for Neediest - NYTimes.com</title>
        <meta property="og:title" content="Prices Cut for HPV Cervical Cancer Vaccines for Neediest">
        <body><div id="article"><h1>Cancer Vaccines Get a Price Cut in Poor Nations</h1>${body}</div>`).headline
    ).to.equal('Cancer Vaccines Get a Price Cut in Poor Nations');
  });

  it('takes the fullest of the h1s that are the title, not a section’s name that is in it too (MMAjunkie)', () => {
    expect(
      story(`<title>UFC 159's Bryan Caraway ecstatic with new bonus | MMA News</title>
        <body><h1>MMA News</h1><div><h1>UFC 159's Bryan Caraway ecstatic with new bonus</h1>${body}</div>`).headline
    ).to.equal("UFC 159's Bryan Caraway ecstatic with new bonus");
  });

  it('takes no lone h1 of a word or two for the headline: it is a section (Star Tribune)', () => {
    expect(
      story(`<meta property="og:title" content="Spurs strike first"><body><h1>sports</h1><div>${body}</div>`).headline
    ).to.equal('Spurs strike first');
  });

  it('reads a page that ASP.NET put whole in a <form>, with a headline and one paragraph (Voice of America)', () => {
    const read = story(`<title>Donors Pledge $4.2 Billion for Mali</title><body><form id="aspnetForm"><div id="article">
      <h1> Donors Pledge $4.2 Billion for Mali </h1><p>International donors have pledged more than $4 billion to help Mali rebuild.</p></div></form>`);
    expect([read.headline, read.body]).to.deep.equal([
      'Donors Pledge $4.2 Billion for Mali',
      ['International donors have pledged more than $4 billion to help Mali rebuild.'],
    ]);
  });

  it('reads a caption from the photo’s own box where no element is named caption (NBC News)', () => {
    const photo = (file: string, credit: string, caption: string) =>
      `<div class="inlinePhoto"><img src="http://m.static.example/servista/imagesizer?file=${file}.jpg&amp;width=600" alt="" width="600" height="409"><p class="photo_credit">${credit}</p><div class="photo_credit_container"><p>${caption}</p></div></div>`;
    const read = story(`<title>'Ciudad Blanca' found? Scientists share images of lost city</title>
      <meta property="og:image" content="http://m.static.example/servista/imagesizer?file=boyle2A2E.jpg&amp;width=original">
      <body><article><header><h1>'Ciudad Blanca' found? Scientists share images of lost city</h1></header><div class="articleText">
      ${photo('boyle2A2E', 'UTL Scientific', 'Readings from a laser-mapping system were combined.')}${body}
      ${photo('boyle3939', 'UTL / Colorado State University', 'The left image shows a map derived from lidar readings.')}
      </div></article>`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('file=')[1], caption, credit])).to.deep.equal([
      [
        'boyle2A2E.jpg&width=600',
        'Readings from a laser-mapping system were combined.',
        {photographer: 'UTL Scientific'},
      ],
      [
        'boyle3939.jpg&width=600',
        'The left image shows a map derived from lidar readings.',
        {photographer: 'UTL', agency: 'Colorado State University'},
      ],
    ]);
  });
  it('reads the simplest page, an <article> with an h1, a figure and a paragraph and no <title>, and one of 10,000 photos', () => {
    const figure = (n: number) =>
      `<figure><img src="/photos/${n}.jpg" alt=""><figcaption>Photo ${n}. <small>Photo by Ann Lee/Agency</small></figcaption></figure>`;
    const simplest = story(
      `<article><h1>Floods close the coast road</h1>${figure(1)}<p>The road is shut.</p></article>`
    );
    expect([simplest.headline, simplest.photos.length, simplest.body]).to.deep.equal([
      'Floods close the coast road',
      1,
      ['The road is shut.'],
    ]);
    const many = story(
      `<article><h1>Ten thousand photos</h1>${Array.from({length: 10000}, (_, n) => figure(n)).join('')}</article>`
    );
    expect([many.headline, many.photos.length, many.photos[9999].caption]).to.deep.equal([
      'Ten thousand photos',
      10000,
      'Photo 9999.',
    ]);
  });
  it('reads Open Graph tags written with value= for content=', () => {
    const read = story(`<meta property="og:title" value="Quake shakes the capital">
      <meta property="og:image" value="https://news.example/photos/quake-street.jpg"><body><div>${body}</div>`);
    expect([read.headline, read.photos[0]?.src]).to.deep.equal([
      'Quake shakes the capital',
      'https://news.example/photos/quake-street.jpg',
    ]);
  });

  it('reads the caption a WordPress gallery keeps on the image alone, as HTML', () => {
    const read = story(`<title>Market day</title><body><article><h1>Market day</h1>
      <figure class="gallery-item"><div class="gallery-icon"><img src="/wp-content/uploads/2019/05/market.jpg"
        data-caption="&lt;p&gt;Stalls at the &lt;em&gt;Saturday&lt;/em&gt; market&lt;/p&gt;" alt="Stalls at the Saturday market"></div></figure>
      ${body}</article>`);
    expect(read.photos[0].caption).to.equal('Stalls at the Saturday market');
  });

  it('reads a separator hidden for screen readers between a heading’s parts as they read it (ZEIT ONLINE, taz)', () => {
    const read = story(`<title>Election 2019: Polls close in the east</title><body><article>
      <h1><span class="kicker">Election 2019</span><span class="visually-hidden">: </span><span>Polls close in the east</span></h1>${body}</article>`);
    expect(read.headline).to.equal('Election 2019: Polls close in the east');
    // Hidden words, not a separator, still part the words around them.
    const labelled = story(`<title>Polls close</title><body><article>
      <h1>Polls<span class="visually-hidden">Headline</span>close</h1>${body}</article>`);
    expect(labelled.headline).to.equal('Polls close');
  });

  it('shows the full photo, not the blurred preview that stands for it until a script swaps them (Medium)', () => {
    const read = story(`<title>On writing</title><body><article><h1>On writing</h1><figure><div>
      <img class="progressiveMedia-thumbnail" src="https://cdn-images-1.example/freeze/max/60/1*Qa3mXl1b.jpeg?q=20">
      <noscript><img src="https://cdn-images-1.example/max/800/1*Qa3mXl1b.jpeg"></noscript></div>
      <figcaption>A desk by a window.</figcaption></figure>${body}</article>`);
    expect([read.photos[0].src, read.photos[0].caption]).to.deep.equal([
      'https://cdn-images-1.example/max/800/1*Qa3mXl1b.jpeg',
      'A desk by a window.',
    ]);
  });
  it('gives the share photo the caption and credit of its rendition beside the story’s box (Businessweek)', () => {
    const read = story(`<title>Google I/O: Our Short Version of a Very Long Keynote - Businessweek</title>
      <meta content="http://images.bwbx.example/cms/2013-05-15/0515_googleIO_630x354.jpg" property="og:image">
      <body><div class="column primary"><div id="lead_graphic"><a href="/articles/google-i-o"><img alt="Sundar Pichai speaks"
        height="420" src="http://images.bwbx.example/cms/2013-05-15/0515_googleIO_630x420.jpg" width="630"></a>
        <p class="photo_credit">Photograph by David Paul Morris/Bloomberg</p>
        <p class="photo_caption">Sundar Pichai, senior vice president of Android, speaks in San Francisco</p></div>
      <div id="article_body_container"><h1>Google I/O: Our Short Version of a Very Long Keynote</h1>
        <p>${'Google’s keynote ran for three and a half hours, and this is the short version of it. '.repeat(2)}</p>
        <p>${'The company showed a music service, new maps and a way to sync games across devices. '.repeat(2)}</p>
        <p>${'Its chief executive spoke at the end, about the company’s plans and the web’s future. '.repeat(2)}</p></div></div>`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      [
        '0515_googleIO_630x420.jpg',
        'Sundar Pichai, senior vice president of Android, speaks in San Francisco',
        {photographer: 'David Paul Morris', agency: 'Bloomberg'},
      ],
    ]);
  });

  it('reads a caption and credit named by id, not class (The Week)', () => {
    const read = story(`<title>This invisibility cloak creates a hole in time</title>
      <body><div id="nfLargeImageBlock"><div id="nfLargeImage"><img width=660 height=395
        src="http://media.theweek.example/img/dir_0098/49345_article_full/and-poof-time-is-gone.jpg" alt=""></div>
        <div id="nfLargeCaptionAndCredit"><div id="nfLargeCaption">And &mdash; poof &mdash; time is gone.</div>
        <div id="nfLargeCredit">Thinkstock</div></div></div>
      <div id="nfArticleBody"><h1>This invisibility cloak creates a hole in time</h1>${body}</div>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['And — poof — time is gone.', {photographer: 'Thinkstock'}],
    ]);
  });

  it('shows one rendition of a photo whose file name is only its size, and drops the file name a caption begins with (SFGate)', () => {
    const read = story(`<title>Tiny bit of formula promotes breast-feeding - SFGate</title>
      <meta property="og:image" content="http://ww1.hdnux.example/photos/21/47/10/4616764/6/150x150.jpg">
      <body><h1>Tiny bit of formula promotes breast-feeding</h1><div class="photo"><img
        src="http://ww1.hdnux.example/photos/21/47/10/4616764/6/628x471.jpg" alt="">
        <div class="caption"><p>BOTTLES09_19593.JPG  Glass baby bottles are making a comeback.</p>
        <p class="credit">Lance Iversen, The Chronicle</p></div></div>${body}`);
    expect(read.photos.map(({src, caption}) => [src.split('/').slice(-3).join('/'), caption])).to.deep.equal([
      ['4616764/6/628x471.jpg', 'Glass baby bottles are making a comeback.'],
    ]);
  });

  it('reads a lead photo in an <aside> that its microdata names an ImageObject, captioned by a cutline (USA TODAY)', () => {
    const read = story(`<title>Raffi Torres faces another hearing</title>
      <body><h1>Raffi Torres faces another hearing</h1><div itemprop="articleBody">
      <aside itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject" class="single-photo"><div class="image-wrap">
        <img itemprop="url" src="http://www.gannett-cdn.example/media/2013/05/15/1368642153000-raffi-torres-001_4_3_rx404_c534x401.jpg" alt=""></div>
        <p class="image-credit-wrap"><span class="cutline">A year after Raffi Torres was suspended, he faces another hearing.</span>
        <span class="credit">(Photo: Jayne Kamin-Oncea, USA TODAY Sports)</span></p></aside>
      <aside class="story-highlights"><figure><img src="http://www.gannett-cdn.example/media/highlight.jpg" alt=""></figure></aside>
      ${body}</div>`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      [
        '1368642153000-raffi-torres-001_4_3_rx404_c534x401.jpg',
        'A year after Raffi Torres was suspended, he faces another hearing.',
        {photographer: 'Jayne Kamin-Oncea', agency: 'USA TODAY Sports'},
      ],
    ]);
  });

  it('gives a photo shown twice the fuller of its captions, not a rail’s teaser cut short (ABC News)', () => {
    const photo = 'http://a.abcnews.example/images/Health/ht_Lynda_Brackenridge_hep_a_berry_outbreak_thg_130605_wg.jpg';
    const read = story(`<title>California Woman Sues Costco, Berry Farm Over Hepatitis A - ABC News</title>
      <body><h1>California Woman Sues Costco, Berry Farm Over Hepatitis A</h1>
      <div class="rail"><img src="${photo}" width="199" height="112" alt="">
        <div class="photo_credit">Courtesy Simon and Luke LLC</div><div class="photo_caption">Lynda Brackenridge, of Lakeview, Calif., is... <a href="#">View Full Size</a></div></div>
      <div class="full"><img src="${photo}" width="640" height="360" alt="">
        <div class="photo_credit">Courtesy Simon and Luke LLC</div><div class="photo_caption">Lynda Brackenridge, of Lakeview, Calif., is one of 49 victims.</div></div>
      ${body}`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Lynda Brackenridge, of Lakeview, Calif., is one of 49 victims.', {agency: 'Courtesy Simon and Luke LLC'}],
    ]);
  });
  it('reads a photo in no figure: in a box of its own with its few words, or in a paragraph (Medical News Today, The Sydney Morning Herald, PhoneDog)', () => {
    const read =
      story(`<title>Neanderthals were not so different</title><body><h1>Neanderthals were not so different</h1>
      <div class="altarticles_right"><a href="http://commons.wikimedia.example/wiki/File%3ANeanderthaler_Fund.png"><img width="256"
        alt="Neanderthaler Fund" src="//upload.wikimedia.example/wikipedia/commons/9/9b/Neanderthaler_Fund.png"></a><br><br>
        <i>Neanderthals are more similar to modern day humans than previously thought.</i></div>
      <div class="cT-imagePortrait"><img src="http://images.smh.example/2013/06/06/4469656/PRIMATE-300x0.jpg" alt="">
        <p>The slender-limbed, long-tailed primate was about the size of a mouse lemur. <em>Photo: Supplied by Xijun Ni</em></p></div>
      <p><img src="http://r.phonedog.example/shared/images/2013/6/177869-newoptimusf3.jpg" alt="Sprint LG Optimus F3 official" width="800" height="600"></p>
      ${body}`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      [
        'Neanderthaler_Fund.png',
        'Neanderthals are more similar to modern day humans than previously thought.',
        undefined,
      ],
      [
        'PRIMATE-300x0.jpg',
        'The slender-limbed, long-tailed primate was about the size of a mouse lemur.',
        {agency: 'Supplied by Xijun Ni'},
      ],
      ['177869-newoptimusf3.jpg', undefined, undefined],
    ]);
  });

  it('takes no button, tracking pixel, byline face, video still or teaser in the story for a photo (The Verge, BBC News, USA TODAY)', () => {
    const read = story(`<title>Story</title><body><h1>Story</h1><div id="story">
      <img src="http://www.slate.example/sites/all/themes/slate/images/share-facebook.png" alt="Share">
      <img src="http://b.scorecardresearch.example/p?c1=2&c2=8428425" alt="">
      <span class="byline-picture"><img src="http://news.bbcimg.example/media/images/63709000/jpg/_63709862_jex_1185928_de04-1.jpg" alt="Will Ross"></span>
      <div class="ui-video-wrapper"><img src="http://www.gannett-cdn.example/media/2014/10/02/1412296105000-ebolaair.jpg" alt=""></div>
      <div class="m-link-sets__entry"><h3><a href="/2014/6/29/5854630/gliese-832c">Scientists discover an Earth-like planet</a></h3>
        <div class="image-window"><img src="http://cdn2.vox-cdn.example/uploads/gliese_832c_solo.0_square_350.0.jpg" alt=""></div></div>
      <a href="/other-story"><img src="http://news.example/teaser-photo.jpg" alt=""></a>
      ${body}</div>`);
    expect(read.photos).to.deep.equal([]);
  });

  it('reads a caption held in the credit’s box beside a photo in a column with a player further down (The Jerusalem Post)', () => {
    const read = story(`<title>Palestinians mark Nakba with protests and rallies</title><body><div class="left_content">
      <h1>Palestinians mark Nakba with protests and rallies</h1>
      <img src="../HttpHandlers/ShowImage.ashx?ID=218716" alt="Palestinian protesters, police clash at Damascus Gate.">
      <div class="articleImageDetails"><span class="photographer"><span class="ImageTitle">Palestinian protesters, police
        clash at Damascus Gate in Jerusalem on Nakba Day, May 15, 2013. </span>Photo: REUTERS/Ammar Awad</span></div>
      <div class="body"><p>Palestinians on Wednesday marked the 65th anniversary of Nakba Day, the “catastrophe” of the
        founding of the State of Israel, with demonstrations and rallies in the West Bank and Gaza Strip.</p>
        <p><object width="390" height="325"><embed src="http://www.jpost.example/player.swf"></object></p>
        <p>Clashes between stone-throwers and soldiers erupted in Kalandiya, south of Ramallah, and in Hebron and Bethlehem.</p>
        <p>Police said 25 Palestinians were arrested during clashes that took place over the course of the day in and around the city.</p></div></div>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      [
        'Palestinian protesters, police clash at Damascus Gate in Jerusalem on Nakba Day, May 15, 2013.',
        {photographer: 'REUTERS', agency: 'Ammar Awad'},
      ],
    ]);
  });

  it('reads the caption of a photo whose box is named a related photo (Reuters)', () => {
    const read = story(`<title>U.S. sets $1 billion healthcare innovation initiative | Reuters</title><body>
      <h1>U.S. sets $1 billion healthcare innovation initiative</h1><div class="relatedPhoto landscape" id="articleImage">
        <img src="http://s1.reutersmedia.example/resources/r/?m=02&d=20130515&t=2&i=732065862&w=460" alt="">
        <div class="rolloverCaption"><div class="captionText"><p>U.S. President Barack Obama speaks in New York, May 13, 2013.</p>
        <p class="credit">Credit: Reuters/Jason Reed</p></div></div></div>
      <div class="relatedRail"><img src="http://s1.reutersmedia.example/resources/r/?i=1&w=460" alt=""><div class="caption">Another story</div></div>
      ${body}`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      [
        'U.S. President Barack Obama speaks in New York, May 13, 2013.',
        {photographer: 'Reuters', agency: 'Jason Reed'},
      ],
    ]);
  });
  it('shows a photo in no figure once where a captioned box shows it under another rendition’s name (ABC News)', () => {
    const photos = 'http://a.abcnews.example/images/Health/ht_Lynda_Brackenridge_hep_a_berry_outbreak_thg_130605';
    const read =
      story(`<title>California Woman Sues Costco - ABC News</title><body><h1>California Woman Sues Costco</h1>
      <div class="full"><img src="${photos}_wg.jpg" width="640" height="360" alt="">
        <div class="photo_caption">Lynda Brackenridge, of Lakeview, Calif., is one of 49 victims.</div></div>
      <div class="blog"><img src="${photos}_wblog.jpg" alt=""></div>
      ${body}`);
    expect(read.photos.map(({src}) => src.split('_').pop())).to.deep.equal(['wg.jpg']);
  });
  it('reads a credit from a line of the photo’s box that a credit’s label begins (Mother Jones)', () => {
    const read =
      story(`<title>Stalagmites are the new tree rings</title><body><h1>Stalagmites are the new tree rings</h1>
      <div class="node-master-image-large"><img src="http://mjcdn.motherjones.example/preset_51/stalagmites-mjwide.jpg" alt="">
        <span class="master-image-caption">Stacy Carolin collects samples in a Borneo cave last fall. </span>
        <span class="byline photo-byline">Photo by Syria Lejau</span></div>${body}`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Stacy Carolin collects samples in a Borneo cave last fall.', {photographer: 'Syria Lejau'}],
    ]);
  });
  it('takes a video’s caption further down the column for no photo’s caption (Computerworld)', () => {
    const read = story(`<title>Google CEO on innovation - Computerworld</title><body><h1>Google CEO on innovation</h1>
      <div id="article"><div class="image_medium widget_right"><img src="/common/images/site/features/2013/05/larry page_338.jpg" alt="Google CEO Larry Page">
        <div class="image_caption">Google CEO Larry Page speaks at the Google I/O developers conference (Image: Screengrab)</div></div>
      ${body}<div class="video_caption">Developers had not known to expect Larry Page at I/O, but he took the stage at the end of the keynote.</div></div>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Google CEO Larry Page speaks at the Google I/O developers conference', {photographer: 'Screengrab'}],
    ]);
  });
  it('reads the caption and credit beside a photo that a "[+] Enlarge" link wraps, without the link’s label (ESPN)', () => {
    const read = story(`<title>Bruins take 3-0 lead - ESPN</title><body><h1>Bruins take 3-0 lead</h1>${body}
      <p><div class="mod-inline image image-right"><div style="width:300px"><a class="enlarge"
        href="http://a.espncdn.example/photo/2013/0605/bos_g_rask_600.jpg">[+] Enlarge<img
        src="http://a.espncdn.example/photo/2013/0605/bos_g_rask_300.jpg" width="300" height="200" alt="Rask"></a>
        <div><cite>Bruce Bennett/Getty Images</cite>Goalie Tuukka Rask (40) joins his teammates' celebration.</div></div></div></p>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      [
        "Goalie Tuukka Rask (40) joins his teammates' celebration.",
        {photographer: 'Bruce Bennett', agency: 'Getty Images'},
      ],
    ]);
  });
  it('leaves out of the headline a link that no title has a word of: a category beside it (Engadget)', () => {
    const title = 'Any.DO announces Cal, promises a suite of connected life management apps (video)';
    const read = story(`<title>${title}</title><body><h1 itemprop="headline">${title}
      &nbsp;<a href="/topics/mobile/" class="s-cat-mobile">Mobile</a></h1>${body}`);
    expect(read.headline).to.equal(title);
    // A headline that is a link, as a teaser's is, keeps its words.
    expect(story(`<title>${title}</title><body><h1><a href="/cal">${title}</a></h1>${body}`).headline).to.equal(title);
  });
  it('takes an h2 that is the title for the headline under a lone h1 that is a section’s name (WebMD)', () => {
    const read =
      story(`<title>FDA Panel Votes to Change Tight Restrictions on Diabetes Drug Avandia – WebMD</title><body>
      <div class="titlebar"><h1>Diabetes Health Center</h1></div><h2>Tools &amp; Resources</h2>
      <h2>FDA Panel Votes to Change Restrictions on Avandia</h2>${body}<h2>Today on WebMD</h2>`);
    expect(read.headline).to.equal('FDA Panel Votes to Change Restrictions on Avandia');
    // With no h1, an h2 that is a part of the title heads a part of the text (Medium).
    const title = 'The Open Journalism Project: Better Student Journalism';
    expect(story(`<title>${title} — Medium</title><body><h2>Open Journalism Project:</h2>${body}`).headline).to.equal(
      title
    );
  });
  it('reads once a headline written twice over, and a cutline after the credit it begins with (SouthCoastToday)', () => {
    const read = story(`<title>FDA issues new guidelines for sun safety</title><body><div id="leftCol">
      <h1 class="articleHead"><div class="noindex">FDA issues new guidelines for sun safety FDA issues new guidelines for sun safety</div></h1>
      <div class="photoTop"><img id="mainImg" src="/apps/pbcsi.dll/bilde?Site=NB&amp;ArtNo=306060307&amp;maxW=370" alt="Top Photo"></div>
      <div id="imgCap"><div class="caption">CAPE COD TIMES FILE
        Sunscreens' effectiveness fades with time.<span class="photoCredit">CAPE COD TIMES FILE</span></div></div>${body}</div>`);
    expect(read.headline).to.equal('FDA issues new guidelines for sun safety');
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ["Sunscreens' effectiveness fades with time.", {photographer: 'CAPE COD TIMES FILE'}],
    ]);
  });
  it('reads a photo that a script’s link shows larger, and a site whose name has “spacer” in it (PCMag, The Space Reporter)', () => {
    const read = story(`<title>Smartphones top tech headlines</title><body><h1>Smartphones top tech headlines</h1>
      <span><a href="JavaScript:OpenImageWindow('/image_popup/0,1871,s=1713&amp;iid=367477,00.asp','640','600')"><img
        alt="Best AT&amp;T Phones" width="275" height="275" src="http://www9.pcmag.example/media/images/374795-best-at-t-phones.jpg?thumb=y"></a></span>
      ${body}<img src="http://thespacereporter.example/news/wp-content/uploads/young-star.jpg" width="493" height="257" alt="">`);
    expect(read.photos.map(({src}) => src.split('/').pop())).to.deep.equal([
      '374795-best-at-t-phones.jpg?thumb=y',
      'young-star.jpg',
    ]);
  });
  it('reads the fullest <article> of a page with no heading, not a feature box above the story (Geek.com)', () => {
    const read = story(`<title>Competition looks for NASA’s next vehicle, in LEGO | News | Geek.com</title><body>
      <article><a href="/games/xbox-one"><img src="http://www.geek.example/uploads/2013/05/xbox_one-141x80.jpg" alt=""></a></article>
      <article>${body}<div class="wp-caption alignright"><a href="http://www.geek.example/uploads/2013/06/LEGO-kids.jpg"><img
        src="http://www.geek.example/uploads/2013/06/LEGO-kids-300x197.jpg" width="300" height="197" alt=""></a>
        <p class="wp-caption-text">NASA and LEGO have a long-standing relationship.</p></div><p>The contest opens in July.</p></article>`);
    expect(read.photos.map(({src, caption}) => [src.split('/').pop(), caption])).to.deep.equal([
      ['LEGO-kids-300x197.jpg', 'NASA and LEGO have a long-standing relationship.'],
    ]);
  });
  it('reads a page that ASP.NET put whole in a <form> with no h1: its headline from <meta name=title>, its photos in the form (DailyTech)', () => {
    const read = story(`<title>
	DailyTech - Google Announces "Pure" Galaxy Nexus S4 for $649, Android Updates
</title><meta id="metaTitle" name="title" content="Google Announces &quot;Pure&quot; Galaxy Nexus S4 for $649, Android Updates">
      <body class="FrontBody"><form name="aspnetForm" method="post" action="article.aspx?newsid=31563" id="aspnetForm">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1">
      <div id="RootArticlePage"><div id="ArticleImage"><img id="NewsImage" src="http://images.dailytech.example/frontpage/fp__androidrobot.jpg" border="0"></div>
      <a id="lblHeadline" class="ArticleHeadline" href="/article31563.htm">Google Announces "Pure" Galaxy Nexus S4 for $649, Android Updates</a><br>
      <span id="lblBody">At today&#39;s Google I/O conference, the tech giant announced a number of new features.<br>&nbsp;<br>
      <div style="text-align: center;"><img alt="" src="http://images.dailytech.example/nimage/galaxys4.jpg" style="width: 520px; height: 288px;"></div>
      </span></div></form>`);
    expect([read.headline, read.photos.map(({src}) => src.split('/').pop())]).to.deep.equal([
      'Google Announces "Pure" Galaxy Nexus S4 for $649, Android Updates',
      ['fp__androidrobot.jpg', 'galaxys4.jpg'],
    ]);
  });

  it('reads credits labelled in Polish and Bulgarian, and a figure’s only word, an agency’s (money.pl, DarikNews, Gazeta.Ru)', () => {
    const read = story(`<title>Analiza stron www</title><body><h1>Analiza stron www</h1><div class="article__content">
      <div class="image image--lead"><div class="image__crop"><img src="http://static1.money.example/i/h/187/364731_abig.jpg" alt="">
        <span class="label">Fot. alphaspirit/iStockphoto</span></div></div>
      <div><img src="uploads/news_images/201508/photo_verybig_1484195.jpg" alt="Борисов" class="nb"><span>
        <span>Министърът на транспорта Ивайло Московски и премиерът Бойко Борисов</span> © снимка: БГНЕС</span></div>
      <figure><span><img src="http://img.gazeta.example/files3/464/7688464/shutterstock_214477618-pic700-700x467-65093.jpg" alt=""></span>
        <autor>Shutterstock</autor></figure>${body}</div>`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      ['shutterstock_214477618-pic700-700x467-65093.jpg', undefined, {agency: 'Shutterstock'}],
      ['364731_abig.jpg', undefined, {photographer: 'alphaspirit', agency: 'iStockphoto'}],
      [
        'photo_verybig_1484195.jpg',
        'Министърът на транспорта Ивайло Московски и премиерът Бойко Борисов',
        {agency: 'БГНЕС'},
      ],
    ]);
  });
  it('leads with the photo a page shares on Twitter where it names none for Open Graph, and reads a portrait photo under 250 pixels wide (MedPage Today, Colorlines)', () => {
    const read = story(`<title>Smoke-Free Hotel Rooms Aren't, Study Finds</title>
      <meta name="twitter:image" content="http://www.medpagetoday.example/upload/2013/5/15/39154.jpg">
      <body><article><header><h1>Smoke-Free Hotel Rooms Aren't, Study Finds</h1></header><aside class="sidebar"><div class="media">
      <table border="1" width="120" align="right"><tr><td><img src="/upload/2013/5/15/39154.jpg"></td></tr></table></div></aside>${body}
      <p><img alt="Angola_rodeo_sign_66.jpg" src="/sites/default/files/images/articles/2011/08/angolarodeosign66.jpg" class="mt-image-right" height="308" width="206">
      The rodeo draws thousands of visitors each year.</p><p>Third paragraph of the story.</p></article>`);
    expect(read.photos.map(({src}) => src.split('/').pop())).to.deep.equal(['39154.jpg', 'angolarodeosign66.jpg']);
  });
  it('gives a caption beside a photo’s box to the photo, not to the "Pin It" button above it (The Hindu)', () => {
    const read =
      story(`<title>Rebels attack air base in northern Syria - The Hindu</title><body><h1>Rebels attack air base in northern Syria</h1>
      <div class="article-top"><div id="topShare"><a href="http://pinterest.example/pin/create/button/" class="pin-it-button"><img border="0" src="//assets.pinterest.com/images/PinExt.png" title="Pin It"></a></div>
      <div class="art-horizantal-colored"><div id="hcenter"><img src="http://www.thehindu.example/multimedia/dynamic/01479/syria_1479546f.jpg" class="main-image" alt="Smoke rising from al-Fouaa."></div></div>
      <div class="photo-caption"><span class="photo-source">AP</span> This citizen journalism image shows smoke rising from al-Fouaa.</div></div>${body}`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      ['syria_1479546f.jpg', 'This citizen journalism image shows smoke rising from al-Fouaa.', {agency: 'AP'}],
    ]);
  });
  it('takes hNews’s source-org for the publisher, not for a photo’s credit (Fox News Latino)', () => {
    const read = story(`<title>Man Discovers He's Actually A Woman At Age 66 | Fox News Latino</title><body>
      <div id="article-section" class="hnews hentry item"><h1 id="article-title" class="entry-title">Man Discovers He's Actually A Woman At Age 66</h1>
      <div class="article-info"><p class="author vcard"></p><p class="published updated dtstamp">Published June 06, 2013</p>
      <p class="source-org vcard"><span class="org fn">Fox News Latino</span></p></div>
      <div id="introduction"><div class="entry-content"><div class="slideshow-block"><div class="slideshow"><ul class="encapsulate">
      <li class="dv-item article-ct"><div class="m"><img src="http://a57.foxnews.example/static/managed/img/legacy/2009/09/660/371/m_0_61_hospital320.jpg?ve=1" alt="0_61_hospital320_1"></div>
      <div class="summary"><p><span class="source">AP</span></p></div></li></ul></div></div>
      <article class="article-text">${body}</article></div></div></div>`);
    expect(read.photos.map(({src, credit}) => [src.split('/').pop(), credit])).to.deep.equal([
      ['m_0_61_hospital320.jpg?ve=1', {agency: 'AP'}],
    ]);
  });
  it('takes a page’s one h1 of a sentence for its headline beside the site’s h1 of a word, though an h2 is the title (ma.hu)', () => {
    const read = story(`<title>Újabb robbanások történtek Tiencsinben - kulfold.ma.hu</title><body>
      <div id="header"><h1><a href="/">Kezdőlap</a></h1></div>
      <div id="lead"><h1>A halálos áldozatok száma egyre nő</h1><h2>Újabb robbanások történtek Tiencsinben</h2>
      <div id="reallead"><p>Újabb robbanások rázkódtatták meg az északkelet-kínai Tiencsin város kikötői negyedét szombaton.</p></div></div>${body}`);
    expect(read.headline).to.equal('A halálos áldozatok száma egyre nő');
  });
  it('reads the story from the <article> below a headline in a breadcrumb, and keeps the share photo apart from another of its set (TMZ)', () => {
    const long = (n: number) =>
      `<p>Paragraph ${n} of the story: law enforcement sources tell TMZ the dress was taken from the hotel room.</p>`;
    const read = story(`<title>Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!! | TMZ.com</title>
      <meta property="og:image" content="http://ll-media.tmz.example/2015/02/26/0225-lupita-nyongo-getty-01-1200x630.jpg">
      <body><div id="main"><div class="breadcrumbs group"><a href="/">Home</a>
      <h1 itemprop="headline" class="post-title-breadcrumb">Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!</h1></div>
      <div id="main-content"><article class="news single"><div itemprop="articleBody" class="all-post-body">
      <p><img alt="0225-lupita-nyongo-getty-01" src="http://ll-media.tmz.example/2015/02/26/0225-lupita-nyongo-getty-4.jpg"><strong>Lupita Nyong</strong>'s
      now-famous Oscar dress -- adorned in pearls -- was stolen right out of her hotel room ... TMZ has learned.</p>${long(2)}${long(3)}
      </div></article><article class="clearfix"><p>A teaser.</p></article></div></div>`);
    expect([read.photos.map(({src}) => src.split('/').pop()), read.body.length]).to.deep.equal([
      ['0225-lupita-nyongo-getty-01-1200x630.jpg', '0225-lupita-nyongo-getty-4.jpg'],
      3,
    ]);
  });
  it('reads a photo’s caption and credit that only the gallery’s script data has, by the number in its address, not a folder’s (Houston Chronicle)', () => {
    const read = story(`<title>Kerry flying to West Bank to pursue peace talks - Houston Chronicle</title>
      <meta property="og:image" content="http://ww4.hdnux.example/photos/22/63/56/4930467/3/150x150.jpg">
      <body><h1>Kerry flying to West Bank to pursue peace talks</h1><div id="content">${body}</div>
      <script>var articleGalleryData=[{"id":3,"caption":"A slide of another gallery.","credit":"Photo By John Roe"},{"id":4930001,"caption":"Another story's photo.","credit":"Photo By Jane Doe"},{"id":4930467,"caption":"Palestinian President Mahmoud Abbas attends a meeting in Ramallah.","credit":"Photo By Majdi Mohammed","thumb":"http:\\/\\/ww4.hdnux.example\\/photos\\/22\\/63\\/56\\/4930467\\/3\\/mosaic_2.jpg"}];</script>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Palestinian President Mahmoud Abbas attends a meeting in Ramallah.', {photographer: 'Majdi Mohammed'}],
    ]);
  });
  // Batch 6 of unseen-facts.json (snacktory's pages), its half released after the first run.
  it('takes the page’s h1 for the headline where the JSON-LD headline is only the <title>, site’s name and all (USNewsRank.com)', () => {
    const title = 'Coronavirus Live Updates: New Cases Surge In Spain | USNewsRank.com';
    const read = story(`<title>${title}</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "BlogPosting", "headline": "${title}"}]}</script>
      <body><article><header><h1 class="entry-title">Coronavirus live updates: New cases surge in Spain</h1></header>${body}</article>`);
    expect(read.headline).to.equal('Coronavirus live updates: New cases surge in Spain');
  });
  it('takes no h1 of the comments for the headline, and reads the photo of a post with none (Boing Boing)', () => {
    const read =
      story(`<title>Dr. Laura: criticism of me infringes my first amendment rights - Boing Boing</title><body>
      <div class="post"><p class="headline"><a href="/2010/08/18/dr-laura.html">Dr. Laura: criticism of me infringes my first amendment rights</a></p>
      <p><img alt="drlaura.jpg" src="/images/drlaura.jpg" width="600" height="191"></p>${body}</div>
      <div class="comments-open"><h1>Send a comment</h1><form><textarea></textarea></form></div>`);
    expect([read.headline, read.photos.map(({src}) => src.split('/').pop())]).to.deep.equal([
      'Dr. Laura: criticism of me infringes my first amendment rights',
      ['drlaura.jpg'],
    ]);
  });
  it('gives the lead photo its own caption, not that of a video in the box below it (Newsweek)', () => {
    const read = story(`<title>How Moscow's War on Islamist Rebels Is Backfiring - Newsweek</title><body>
      <header><h1>The Warlord Imam</h1></header><div class="body parsys">
      <div class="parbase mainimage section"><div class="art"><div><img alt="russia-warlord" src="/mainimage.img.jpg/1286654107500.jpg"></div>
      <span class="photo-credit">Davide Monteleone / Contrasto-Redux</span><p class="caption">Chechen President Ramzan Kadirov his home.</p></div></div>
      <div class="text parbase section">${body.repeat(4)}</div>
      <div class="brightcove-player section"><div class="multimedia grid-3"><figure class="brightcove"><object></object></figure>
      <span class="caption">10/8/10: This video filmed from a car driving down Putin Prospect in the Chechen capital, Grozny, shows the vehicle's occupants shooting paintballs.</span></div></div></div>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Chechen President Ramzan Kadirov his home.', {photographer: 'Davide Monteleone', agency: 'Contrasto-Redux'}],
    ]);
  });

  // Batch 8 (mozilla/readability's test pages), released after its first run.
  it('reads the photos of a page whose <html> a feature test names has-video (The New York Times)', () => {
    const page = (
      html: string
    ) => `<!doctype html><html class="js has-video has-audio"><title>Yahoo’s Sale to Verizon - The New York Times</title>
      <body><article class="story"><header><h1 itemprop="headline">Yahoo’s Sale to Verizon Leaves Shareholders With Little Say</h1></header>
      ${html}${body}</article></body></html>`;
    const figure = story(
      page(`<figure class="media photo lede"><span class="visually-hidden">Photo</span><div class="image">
        <img src="https://static01.example/db-dealprof-master315.jpg" alt=""></div><figcaption class="caption">
        <span class="credit"><span class="visually-hidden">Credit</span> Harry Campbell</span></figcaption></figure>`)
    );
    expect(figure.photos.map(({src, credit}) => [src.split('/').pop(), credit])).to.deep.equal([
      ['db-dealprof-master315.jpg', {photographer: 'Harry Campbell'}],
    ]);
    const inParagraph = story(
      page('<p><img src="https://static01.example/15DEBTS01-articleLarge.jpg" width="600" height="400" alt=""></p>')
    );
    expect(inParagraph.photos.map(({src}) => src.split('/').pop())).to.deep.equal(['15DEBTS01-articleLarge.jpg']);
  });
  it('gives a photo the JSON-LD names the caption and credit of its rendition in a header above the story’s box (The Telegraph)', () => {
    const read = story(`<title>Zimbabwe coup: Robert Mugabe 'insisting he finishes his term'</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Zimbabwe coup: Robert Mugabe 'insisting he finishes his term'",
        "image": {"@type": "ImageObject", "url": "https://www.example/dam/TELEMMGLPICT000146889449-xlarge_trans_NvBQzQ.jpeg"}}</script>
      <body><main><header class="hero"><h1>Zimbabwe coup: Robert Mugabe 'insisting he finishes his term'</h1>
      <figure class="lead-asset__figure"><img src="/dam/TELEMMGLPICT000146889449_trans_NvBQzQ.jpeg?imwidth=450">
      <figcaption><span class="lead-asset-caption">Robert Mugabe at State House</span>
      <span class="lead-asset-credit">Credit: HARARE HERALD</span></figcaption></figure></header>
      <article class="article-body-text">${`<p>${'A paragraph of the story that is long enough to be one of its paragraphs. '.repeat(2)}</p>`.repeat(3)}</article></main>`);
    expect(read.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      [
        'TELEMMGLPICT000146889449-xlarge_trans_NvBQzQ.jpeg',
        'Robert Mugabe at State House',
        {photographer: 'HARARE HERALD'},
      ],
    ]);
  });
  it('keeps the word a caption begins with that is also the whole credit: the subject, not a cutline’s credit (CNET en Español)', () => {
    const read = story(`<title>Twitter Lite se estrena en México - CNET en Español</title><body><article>
      <h1>Twitter Lite se estrena en 11 países de América Latina</h1><figure class="image"><img src="/twitter-lite.jpg" width="570" height="380" alt="twitter-lite">
      <figcaption><span class="caption"><p>Twitter Lite estará disponible en Google Play Store.</p></span><span class="credit"> Twitter </span></figcaption></figure>${body}</article>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      ['Twitter Lite estará disponible en Google Play Store.', {photographer: 'Twitter'}],
    ]);
  });
  it('takes the one h1 of a sentence in the <article> for the headline where og:title says another and a banner has an h1 too (Atlas Obscura)', () => {
    const read =
      story(`<title></title><meta property="og:title" content="If You Can Picture A Tarot Card, It's Because of These 3 People">
      <body><article><div class="container"><h1 class="title">The Deck of Cards That Made Tarot A Global Phenomenon</h1></div>${body}</article>
      <section class="footer-banner"><h1>See Fewer Ads</h1></section>`);
    expect(read.headline).to.equal('The Deck of Cards That Made Tarot A Global Phenomenon');
  });
  it('reads a cutline in the paragraph after a photo alone in its own, all of it emphasised, and leaves it out of the text (zaol.hu, gmw.cn)', () => {
    const zaol = story(`<title>Megrongálták Petőfi Sándor szobrát Ungváron | zaol.hu</title><body><div class="cikk">
      <h1>Megrongálták Petőfi Sándor szobrát Ungváron</h1>${body}
      <p><img src="/data/cikk_1720762/ungvar_petofi2.jpg" alt="" width="333" height="500"></p>
      <p><em>Petőfi Sándor megrongált szobra a költő nevét viselő téren. MTI Fotó: Nemes János</em></p>
      <p>Az 1990-ben felavatott ungvári Petőfi-szobrot az utóbbi években többször is megrongálták.</p></div>`);
    expect(zaol.photos.map(({src, caption, credit}) => [src.split('/').pop(), caption, credit])).to.deep.equal([
      [
        'ungvar_petofi2.jpg',
        'Petőfi Sándor megrongált szobra a költő nevét viselő téren.',
        {photographer: 'Nemes János', agency: 'MTI'},
      ],
    ]);
    expect(zaol.body.some((paragraph) => paragraph.includes('Petőfi Sándor megrongált'))).to.equal(false);
    const gmw = story(`<title>宇航员在太空中喝酒会怎么样？后果很严重 _光明网</title><body><div class="contentLeft">
      <h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>${body}
      <p align="center"><img alt="(Credit: Nasa)" src="/20170310/448a5bc1e2861a2c4e5929.jpg"></p>
      <p align="center"><font face="楷体">图注：巴兹?奥尔德林(Buzz Aldrin)可能是第二个在月球上行走的人</font></p></div>`);
    expect(gmw.photos.map(({caption}) => caption)).to.deep.equal([
      '巴兹?奥尔德林(Buzz Aldrin)可能是第二个在月球上行走的人',
    ]);
  });
  it('reads a credit that is only a name and an agency in a line of its own after the caption in the figcaption (San Francisco Chronicle)', () => {
    const read = story(`<title>Nasdaq center in SF offers free classes for entrepreneurs</title><body><article>
      <h1>Nasdaq center in SF offers free classes for entrepreneurs</h1><figure><picture><img src="/photos/9876173/6/960x0.jpg" alt=""></picture>
      <figcaption class="f fdc g2"><span class="fs14 c-gray700"><span>Audience members clap for a speaker during a workshop in San Francisco, Calif.</span></span><span class="fs13 c-gray600"><span>Leah Millis/The Chronicle</span></span></figcaption></figure>${body}</article>`);
    expect(read.photos.map(({caption, credit}) => [caption, credit])).to.deep.equal([
      [
        'Audience members clap for a speaker during a workshop in San Francisco, Calif.',
        {photographer: 'Leah Millis', agency: 'The Chronicle'},
      ],
    ]);
  });
});

// Rules drawn from batch 10's released half (fundus's test pages of 2023-2026,
// unseen-facts.json), the markup cut down to what each rule reads.
describe('pages of batch 10 no rule was written from', () => {
  const captionsAndCredits = (read: {photos: {caption?: string; credit?: unknown}[]}) =>
    read.photos.map(({caption, credit}) => [caption, credit]);

  it('takes the headline the reader sees over the JSON-LD’s, with a kicker before it or cut short (ORF, The Sun)', () => {
    const orf = story(`<title>Trump-Anwältin soll Justizministerin werden - news.ORF.at</title>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden"}</script>
      <body><div class="story-lead"><div class="keyword">Nach Gaetz-Rückzug</div><h1 class="story-lead-headline">Trump-Anwältin soll Justizministerin werden</h1></div>
      <div class="story-content">${body}<p>Third paragraph, long enough to be one of the story's own paragraphs of text.</p></div>`);
    expect(orf.headline).to.equal('Trump-Anwältin soll Justizministerin werden');
    const sun = story(`<title>Who is Phil Foden’s girlfriend Rebecca Cooke? | The Sun</title>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Who is Man City star Phil Foden’s girlfriend Rebecca Cooke and how many children do couple have?..."}</script>
      <body><article><h1>Who is Man City star Phil Foden’s girlfriend Rebecca Cooke and how many children do couple have?</h1>${body}</article>`);
    expect(sun.headline).to.equal(
      'Who is Man City star Phil Foden’s girlfriend Rebecca Cooke and how many children do couple have?'
    );
  });

  it('reads the figcaption that follows a figure, outside it, as its caption, with its credit (taz, Mitteldeutsche Zeitung)', () => {
    const read = story(`<title>Ein bisschen Fortschritt</title><body><article><h1>Ein bisschen Fortschritt</h1>
      <div><figure class="image"><a href="/picture/6236752/1900/Buschmann-Paus-1.jpeg"><picture><img src="/picture/6236752/1024/Buschmann-Paus-1.jpeg" alt="Buschmann und Paus"></picture></a></figure>
      <figcaption class="typo-caption caption">Marco Buschmann und Lisa Paus bei der Vorstellung der Eckpunkte <span class="typo-fotocredit"><span class="credit-name">Foto: Felix Zahn/imago</span></span></figcaption></div>
      <div class="key-visual-image-wrapper"><figure class="fp-figure"><div><img src="/2024/04/30/b3c40bdd.jpeg" alt=""></div></figure>
      <figcaption class="fp-image-info"><span data-caption="img-caption">Demonstration im September 2022.</span> <span data-fp-flag="main-image-source">Uncredited/AP/dpa</span></figcaption></div>
      ${body}</article>`);
    expect(captionsAndCredits(read)).to.deep.equal([
      [
        'Marco Buschmann und Lisa Paus bei der Vorstellung der Eckpunkte',
        {photographer: 'Felix Zahn', agency: 'imago'},
      ],
      ['Demonstration im September 2022.', {photographer: 'Uncredited', agency: 'AP/dpa'}],
    ]);
  });

  it('reads a credit in a line of its own anywhere in the caption: after a slash, in brackets, or the photo’s author (Mallorca Zeitung, ABC, NZZ)', () => {
    const read = story(`<title>Zweite Drogenrazzia in Palma</title><body><article><h1>Zweite Drogenrazzia in Palma</h1>
      <figure class="ft-img"><picture><img src="/images/70a5657e.jpg" alt=""></picture><figcaption><p>Polizei-Razzia in La Soledat
      <span data-aida-captionauthor>/ Lorenzo Marina</span></p></figcaption></figure>
      <figure class="v-a-fig"><div><img src="/images/cordoba-noia.jpg" alt=""></div><figcaption class="v-fc"><span class="v-fc__t">Arnaldo Báez intenta marcharse.</span><span class="v-fc__p">(Edu Luque)</span></figcaption></figure>
      <figure><div><img src="/2024/07/17/fb23cc62.jpeg" alt=""></div><figcaption><div class="image-description"><h2 class="image-description__caption">Fahrzeuge bei Rafah.</h2>
      <div class="image-description__author"><span>AP</span></div></div></figcaption></figure>
      ${body}</article>`);
    expect(captionsAndCredits(read)).to.deep.equal([
      ['Polizei-Razzia in La Soledat', {photographer: 'Lorenzo Marina'}],
      ['Arnaldo Báez intenta marcharse.', {photographer: 'Edu Luque'}],
      ['Fahrzeuge bei Rafah.', {agency: 'AP'}],
    ]);
  });

  it('reads a photo in no figure whose box holds a caption’s paragraph and a credit’s (Berliner Zeitung)', () => {
    const read =
      story(`<title>Berliner Imam über Kinderlosigkeit</title><body><article><h1>Berliner Imam über Kinderlosigkeit</h1>
      <div class="my-4"><div class="relative"><div class="relative overflow-hidden"><img src="/2026/05/15/5765400a.jpg" alt="Imam Abdul Adhim Kamouss"></div></div>
      <div class="flex"><p class="font-roboto text-sm">Imam Abdul Adhim Kamouss beim Gebet zum Ramadan</p><p class="font-roboto text-xs">© Rolf Zoellner/imago</p></div></div>
      ${body}</article>`);
    expect(captionsAndCredits(read)).to.deep.equal([
      ['Imam Abdul Adhim Kamouss beim Gebet zum Ramadan', {photographer: 'Rolf Zoellner', agency: 'imago'}],
    ]);
  });

  it('reads a caption after a photo whose own box’s class says it has none (Express, batch 11)', () => {
    const read = story(`<title>Harry and Meghan LIVE</title><body><article><h1>Harry and Meghan LIVE</h1>
      <div class="photo changeSpace"><p class="withoutCaption"><picture><img src="/img/5/1/5504522/1/meghan-markle.jpg" alt="meghan markle"></picture></p>
      <span class="newsCaption">Meghan Markle reportedly hissed at a staff member <span class="caption">(Image: Getty)</span></span></div>
      ${body}</article>`);
    expect(captionsAndCredits(read)).to.deep.equal([
      ['Meghan Markle reportedly hissed at a staff member', {agency: 'Getty'}],
    ]);
  });

  it('reads the caption box after a photo in a header box whose class says it has a caption (Dagbladet, batch 11; Sermitsiaq)', () => {
    const read = story(`<title>- Angsten vil øke</title><body><article id="mainArticleSection">
      <div class="articleHeader column hasCaption"><h1 class="headline mainTitle">- Angsten vil øke</h1>
      <h2 class="subtitle">USAs angrep på Venezuela skaper spenning i Nord-Korea.</h2>
      <div class="media"><figure class="headerImage"><div class="img"><picture><img src="/images/84057994.webp?imageId=84057994&width=1960" width="980" height="559" alt=""></picture></div></figure><div class="floatingText"></div></div>
      <div class="caption truncate"><figcaption itemprop="caption">STRESS: Sørkoreansk ekspert tror USAs angrep stresser Kim Jong-un. Foto: KCNA/Reuters</figcaption></div></div>
      ${body}</article>`);
    expect(captionsAndCredits(read)).to.deep.equal([
      ['STRESS: Sørkoreansk ekspert tror USAs angrep stresser Kim Jong-un.', {photographer: 'KCNA', agency: 'Reuters'}],
    ]);
  });

  it('reads no author of the story for a photo’s credit where its box is not a caption', () => {
    const read = story(`<title>Clash at Damascus Gate</title><body><article><h1>Clash at Damascus Gate</h1>
      <div class="box"><img src="/images/clash.jpg" width="600" height="400" alt=""><span class="author">By Jane Roe</span></div>
      ${body}</article>`);
    expect(read.photos.map(({credit}) => credit)).to.deep.equal([undefined]);
  });
});
