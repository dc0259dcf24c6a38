import {expect} from '@open-wc/testing';
import {parseSrcset} from '../../src/data/srcset.js';

describe('parseSrcset', () => {
  it('splits candidates at commas with or without a space after them', () => {
    const expected = [
      {url: 'a.jpg', descriptor: '1x'},
      {url: 'b.jpg', descriptor: '2x'},
    ];
    expect(parseSrcset('a.jpg 1x,b.jpg 2x')).to.deep.equal(expected);
    expect(parseSrcset('a.jpg 1x, b.jpg 2x')).to.deep.equal(expected);
    expect(parseSrcset('  a.jpg   1x ,\n b.jpg 2x ,')).to.deep.equal(expected);
  });

  it('keeps commas inside a URL, as image CDNs write crops', () => {
    expect(
      parseSrcset('https://res.example/w_400,h_300/a.jpg 400w, https://res.example/w_800,h_600/a.jpg 800w')
    ).to.deep.equal([
      {url: 'https://res.example/w_400,h_300/a.jpg', descriptor: '400w'},
      {url: 'https://res.example/w_800,h_600/a.jpg', descriptor: '800w'},
    ]);
  });

  it('ends a URL at its trailing commas when no descriptor follows', () => {
    expect(parseSrcset('a.jpg,b.jpg 2x')).to.deep.equal([{url: 'a.jpg,b.jpg', descriptor: '2x'}]);
    expect(parseSrcset('a.jpg, b.jpg 2x')).to.deep.equal([
      {url: 'a.jpg', descriptor: ''},
      {url: 'b.jpg', descriptor: '2x'},
    ]);
  });

  it('reads a descriptor to the next comma outside parentheses, and nothing from nothing', () => {
    expect(parseSrcset('a.jpg 1x (a, b), c.jpg')).to.deep.equal([
      {url: 'a.jpg', descriptor: '1x (a, b)'},
      {url: 'c.jpg', descriptor: ''},
    ]);
    expect(parseSrcset(' , ')).to.deep.equal([]);
  });
});
