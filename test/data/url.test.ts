import {expect} from '@open-wc/testing';
import {checkUrl} from '../../src/data/url.js';

describe('checkUrl', () => {
  it('accepts http(s) URLs as they are', () => {
    expect(checkUrl('https://news.example/a.jpg')).to.deep.equal({url: 'https://news.example/a.jpg'});
    expect(checkUrl('http://news.example/a.jpg')).to.deep.equal({url: 'http://news.example/a.jpg'});
  });

  it('resolves relative URLs against the base it is given', () => {
    expect(checkUrl('../images/a.jpg', 'https://news.example/stories/japan.json')).to.deep.equal({
      url: 'https://news.example/images/a.jpg',
    });
    expect(checkUrl('/a.jpg', 'https://news.example/stories/')).to.deep.equal({url: 'https://news.example/a.jpg'});
  });

  for (const hostile of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\x01javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'mailto:someone@example.com',
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      const checked = checkUrl(hostile, 'https://partner.example/page');
      expect(checked)
        .to.have.property('refused')
        .that.match(/must be an http\(s\) or relative URL/);
    });
  }

  // As the publisher's own page reads them: on https, whatever page the card is on.
  for (const [given, expected] of [
    ['//cdn.news.example/a.jpg?w=800', 'https://cdn.news.example/a.jpg?w=800'],
    ['/\\cdn.news.example/a.jpg', 'https://cdn.news.example/a.jpg'],
    [' //cdn.news.example', 'https://cdn.news.example/'],
    ['/\t/cdn.news.example/a.jpg', 'https://cdn.news.example/a.jpg'],
  ]) {
    for (const base of ['http://partner.example/page', undefined]) {
      it(`reads the protocol-relative ${JSON.stringify(given)} as https (base ${base})`, () => {
        expect(checkUrl(given, base)).to.deep.equal({url: expected});
      });
    }
  }

  it('refuses what cannot be parsed at all', () => {
    expect(checkUrl('https://exa mple.com:99999/')).to.have.property('refused');
  });
});
