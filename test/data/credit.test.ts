import {expect} from '@open-wc/testing';
import {formatCredit, isCredit, parseCredit, splitCaptionCredit} from '../../src/data/credit.js';
import {SEED_CAPTIONS} from './seed.js';

describe('parseCredit', () => {
  const both = {photographer: 'Catherine Ivill', agency: 'Getty Images'};
  for (const [text, expected] of [
    ['Photo by Catherine Ivill/Getty Images', both],
    ['Catherine Ivill / Getty Images', both],
    ['Catherine Ivill/Getty Images', both],
    ['  Photo by   Catherine Ivill/Getty Images  ', both],
    ['Photo: Carl Court (Getty Images)', {photographer: 'Carl Court', agency: 'Getty Images'}],
    ['Photograph: Laurence Griffiths/Getty Images', {photographer: 'Laurence Griffiths', agency: 'Getty Images'}],
    ['Photos by Jane Doe | Reuters', {photographer: 'Jane Doe', agency: 'Reuters'}],
    ['Picture by John Roe via Getty Images', {photographer: 'John Roe', agency: 'Getty Images'}],
    ['© Jane Doe for The Times', {photographer: 'Jane Doe', agency: 'The Times'}],
    ['Credit: Jane Doe, AP', {photographer: 'Jane Doe', agency: 'AP'}],
    ['Jane Doe – Agence Example', {photographer: 'Jane Doe', agency: 'Agence Example'}],
    ['Getty Images', {agency: 'Getty Images'}],
    ['AFP', {agency: 'AFP'}],
    ['Photo by Reuters', {agency: 'Reuters'}],
    ['Jane Doe', {photographer: 'Jane Doe'}],
    ['Picasso', {photographer: 'Picasso'}],
    ['사진 출처 = 이재명 더불어민주당 캠프', {photographer: '이재명 더불어민주당 캠프'}],
    ['', {}],
  ] as const) {
    it(`reads "${text}"`, () => {
      expect(parseCredit(text)).to.deep.equal(expected);
    });
  }

  for (const [text, expected] of [
    ['Bild: Hersteller', {photographer: 'Hersteller'}],
    ['Prakash Mathema. AFP', {photographer: 'Prakash Mathema', agency: 'AFP'}],
    [
      'Crédits photo : Jean-Christophe MARMARA/Le Figaro',
      {photographer: 'Jean-Christophe MARMARA', agency: 'Le Figaro'},
    ],
    ['Source: Supplied', {agency: 'Supplied'}],
    ['Courtesy G4', {agency: 'Courtesy G4'}],
    ['J. Smith / AP', {photographer: 'J. Smith', agency: 'AP'}],
    ['Photo\u00ad by Jane\u200b Doe', {photographer: 'Jane Doe'}],
    // The Los Angeles Times: a date after the slash is no agency.
    ['Pavel Novak / May 14, 2013', {photographer: 'Pavel Novak'}],
    // Newsday: two label words.
    ['Photo credit: AP', {agency: 'AP'}],
    // WBAL: the agency before "Photo by".
    ['WBAL Photo by Scott Wykoff', {photographer: 'Scott Wykoff', agency: 'WBAL'}],
    // NPR's "Credit" with no colon; a link written out after the credit (VentureBeat).
    ['Credit Khin Maung Win / AP', {photographer: 'Khin Maung Win', agency: 'AP'}],
    [
      'Flickr/Eric Hauser http://www.flickr.com/photos/nomad73/489096006/',
      {photographer: 'Flickr', agency: 'Eric Hauser'},
    ],
    // Pages in other languages (unseen-facts.json, batch 4): Polish "Fot." (money.pl), the
    // agency before a Hungarian label (zaol.hu), "©" and a Bulgarian label (DarikNews).
    ['Fot. alphaspirit/iStockphoto', {photographer: 'alphaspirit', agency: 'iStockphoto'}],
    ['MTI Fotó: Nemes János', {photographer: 'Nemes János', agency: 'MTI'}],
    ['© снимка: БГНЕС', {agency: 'БГНЕС'}],
    // "Photo courtesy of" is a label too (The Island Now, unseen-facts.json batch 6).
    ['Photo courtesy of Northwell Health', {photographer: 'Northwell Health'}],
    // Batch 8: the NYT's visually hidden "Credit" and its shown copy, run into the name by
    // spans without a space; "All photos:" as a label (Atlas Obscura).
    [
      'CreditCreditJeon Heon-Kyun/EPA, via Shutterstock',
      {photographer: 'Jeon Heon-Kyun', agency: 'EPA, via Shutterstock'},
    ],
    ['All photos: Atlas staff', {photographer: 'Atlas staff'}],
    // Batch 9: a slash and "For" both (the Los Angeles Times).
    ['David Butow / For The Times', {photographer: 'David Butow', agency: 'The Times'}],
  ] as const) {
    it(`reads "${text}"`, () => {
      expect(
        parseCredit(text.replace(/\\u([\da-f]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))))
      ).to.deep.equal(expected);
    });
  }

  it('keeps a hyphenated name whole', () => {
    expect(parseCredit('Photo by Anne-Marie Dupont/AFP')).to.deep.equal({
      photographer: 'Anne-Marie Dupont',
      agency: 'AFP',
    });
  });
});

describe('splitCaptionCredit', () => {
  // Captions of pages no rule was written from (test/corpus/unseen-facts.json): a credit
  // in brackets at the end names a photographer and agency, or an agency; other brackets
  // are the caption's.
  for (const [text, caption, credit] of [
    [
      'The Blackhawks celebrate. (David Crane/Los Angeles Daily News)',
      'The Blackhawks celebrate.',
      'David Crane/Los Angeles Daily News',
    ],
    [
      'Rolando McClain announced his retirement on Wednesday. (AP Photo)',
      'Rolando McClain announced his retirement on Wednesday.',
      'AP Photo',
    ],
    ['Tiger Woods prepares to hit from the rough. (USATSI)', 'Tiger Woods prepares to hit from the rough.', 'USATSI'],
    [
      'Carl Bildt hands the gavel to Leona Aglukkaq. (Charles Dharapak/Associated Press)',
      'Carl Bildt hands the gavel to Leona Aglukkaq.',
      'Charles Dharapak/Associated Press',
    ],
    [
      'Rukwapithecus (front, center) and Nsungwepithecus (right)',
      'Rukwapithecus (front, center) and Nsungwepithecus (right)',
      undefined,
    ],
  ] as const) {
    it(`reads "${text}"`, () => expect(splitCaptionCredit(text)).to.deep.equal(credit ? {caption, credit} : {caption}));
  }

  it('lifts the credit off each of the seed story’s captions', () => {
    const split = SEED_CAPTIONS.map(splitCaptionCredit);
    expect(split.map((s) => s.credit)).to.deep.equal([
      'Photo by Catherine Ivill/Getty Images',
      'Photo by Carl Court/Getty Images',
      'Photo by Laurence Griffiths/Getty Images',
    ]);
    for (const {caption} of split) {
      expect(caption).to.match(/Rostov-on-Don, Russia\.$/);
      expect(caption).not.to.include('Photo by');
    }
  });

  it('lifts a credit written after the last sentence', () => {
    expect(splitCaptionCredit('Fans leave the stadium. Photo: Carl Court/Getty Images')).to.deep.equal({
      caption: 'Fans leave the stadium.',
      credit: 'Photo: Carl Court/Getty Images',
    });
  });

  it('lifts a © credit in parentheses', () => {
    expect(splitCaptionCredit('The team bows. (© Jane Doe)')).to.deep.equal({
      caption: 'The team bows.',
      credit: '© Jane Doe',
    });
  });

  it('leaves parentheses that are not a credit', () => {
    const caption = 'Shinji Kagawa (left) of Japan after the match (Rostov-on-Don)';
    expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });

  // Credit conventions from the corpus's pages (test/corpus/facts.json) and other languages.
  for (const [given, caption, credit] of [
    ['1Password scannt auch QR-Codes. (Bild: Hersteller)', '1Password scannt auch QR-Codes.', 'Bild: Hersteller'],
    [
      'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)',
      'Un Népalais prie à Katmandou, le 30 avril 2015.',
      'Prakash Mathema. AFP',
    ],
    [
      'Sala de espera de un ambulatorio madrileño. / GORKA LEJARCEGI',
      'Sala de espera de un ambulatorio madrileño.',
      'GORKA LEJARCEGI',
    ],
    [
      'Some of the biggest states are poised to lose electoral votes. | AP Photo',
      'Some of the biggest states are poised to lose electoral votes.',
      'AP Photo',
    ],
    [
      'Arnaud Montebourg, ministre. Crédits photo : Jean Marmara/Le Figaro',
      'Arnaud Montebourg, ministre.',
      'Crédits photo : Jean Marmara/Le Figaro',
    ],
    ['Fans in Rostov. Foto: Jane Doe/dpa', 'Fans in Rostov.', 'Foto: Jane Doe/dpa'],
    ['A new Bill. Source: Supplied', 'A new Bill.', 'Source: Supplied'],
    ['(Al Dukes Photography)', '', 'Al Dukes Photography'],
    ['Photo by Catherine Ivill/Getty Images', '', 'Photo by Catherine Ivill/Getty Images'],
    ['Credit: Kevin', '', 'Credit: Kevin'],
    ['ロストフのファン。(写真: 山田太郎/共同)', 'ロストフのファン。', '写真: 山田太郎/共同'],
    ['Болельщики. (Фото: Иван Петров/ТАСС)', 'Болельщики.', 'Фото: Иван Петров/ТАСС'],
    // Pages in other languages (unseen-facts.json, batch 4): wprost.pl, zaol.hu, DarikNews.
    [
      'W Polsce najwięcej wydają turyści amerykańscy (fot. sxc.hu)',
      'W Polsce najwięcej wydają turyści amerykańscy',
      'fot. sxc.hu',
    ],
    [
      'Petőfi Sándor megrongált szobra. Ismeretlen elkövetők letörték a szoboralak kardját. MTI Fotó: Nemes János',
      'Petőfi Sándor megrongált szobra. Ismeretlen elkövetők letörték a szoboralak kardját.',
      'MTI Fotó: Nemes János',
    ],
    [
      'Министърът на транспорта Ивайло Московски и премиерът Бойко Борисов © снимка: БГНЕС',
      'Министърът на транспорта Ивайло Московски и премиерът Бойко Борисов',
      '© снимка: БГНЕС',
    ],
    // A caption that is one agency's word (Gazeta.Ru's figure, SB Nation's caption).
    ['Shutterstock', '', 'Shutterstock'],
    ['Handout', '', 'Handout'],
    // A caption that is only a photographer's name and an agency's (Engadget's figures).
    ['Devindra Hardawar/AOL', '', 'Devindra Hardawar/AOL'],
    // In square brackets, as a whole caption or after its text (Fast Company).
    ['[Photo: Flickr user WOCinTech Chat ]', '', 'Photo: Flickr user WOCinTech Chat'],
    ['Natasie Malaihollo [Photo: via Twitter]', 'Natasie Malaihollo', 'Photo: via Twitter'],
    // In square brackets with a Korean label (MBN), after a dash (Malay Mail), after a
    // full-width equals sign (読売新聞), and a label in Vietnamese (VnExpress).
    [
      '1989년 사법연수원 졸업식에서 기념 촬영을 하는 이재명 대통령 당선인. [사진 출처 = 이재명 더불어민주당 캠프]',
      '1989년 사법연수원 졸업식에서 기념 촬영을 하는 이재명 대통령 당선인.',
      '사진 출처 = 이재명 더불어민주당 캠프',
    ],
    [
      'Fahmi Fadzil at Menara KWSP on November 19, 2024. — Picture by Yusof Mat Isa',
      'Fahmi Fadzil at Menara KWSP on November 19, 2024.',
      'Picture by Yusof Mat Isa',
    ],
    [
      '尹大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ',
      '尹大統領の発言をテレビで見る国民（ソウルで、３日）',
      'ＡＰ',
    ],
    [
      'Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp',
      'Y bác sĩ nội soi cho bệnh nhân.',
      'Ảnh: Bệnh viện cung cấp',
    ],
    // Before a bar (Newsday).
    [
      'Photo credit: AP | In this Nov. 22, 2010, file photo, Tim Duncan, left, and Tony Parker congratulate Manu Ginobili.',
      'In this Nov. 22, 2010, file photo, Tim Duncan, left, and Tony Parker congratulate Manu Ginobili.',
      'Photo credit: AP',
    ],
  ]) {
    it(`lifts the credit off "${given}"`, () => {
      expect(splitCaptionCredit(given)).to.deep.equal({caption, credit});
    });
  }

  it('leaves a slash or a bar that is no credit', () => {
    for (const caption of ['Fans / players after the match', 'Left | right', 'Paris / London', 'Paris/London', 'AC/DC'])
      expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });

  it('leaves a time after a full-width equals sign, which is no credit (中日新聞)', () => {
    const caption = '気象庁で開かれた評価検討会＝１３日午後１０時３１分';
    expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });

  it('leaves a last sentence that begins with the word credit', () => {
    const caption = 'The bank’s chief spoke in London. Credit markets fell.';
    expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });

  it('leaves a caption of one word that names no agency, or of more words that name one', () => {
    for (const caption of ['Nougat', 'Breaking news', 'The Press Gallery'])
      expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });

  it('leaves a caption that mentions a photo in passing', () => {
    const caption = 'A fan holds a photo by the gate.';
    expect(splitCaptionCredit(caption)).to.deep.equal({caption});
  });
});

describe('formatCredit', () => {
  it('joins photographer and agency as newsrooms print them', () => {
    expect(formatCredit({photographer: 'Catherine Ivill', agency: 'Getty Images'})).to.equal(
      'Catherine Ivill/Getty Images'
    );
  });

  it('shows whichever part it has, and the licence after', () => {
    expect(formatCredit({agency: 'Reuters'})).to.equal('Reuters');
    expect(formatCredit({photographer: 'Jane Doe', license: 'CC BY 4.0'})).to.equal('Jane Doe, CC BY 4.0');
    expect(formatCredit({license: 'Public domain'})).to.equal('Public domain');
  });
});

describe('isCredit', () => {
  // Lines of a caption that are only its credit (unseen-facts.json, batch 10).
  it('takes a line after a slash, in brackets, or of names joined by slashes for a credit', () => {
    for (const line of ['/ Lorenzo Marina', '(Edu Luque)', 'Uncredited/AP/dpa', 'Imago/Blaulicht-News.de'])
      expect(isCredit(line), line).to.equal(true);
  });

  it('leaves a line of a caption’s own text', () => {
    for (const line of [
      'Polizei-Razzia, hier beim ersten Einsatz am vergangenen Montag in La Soledat',
      'Fans in Paris (France) after the match',
      'Paris / London',
      'AC/DC on stage, 1980',
    ])
      expect(isCredit(line), line).to.equal(false);
  });
});
