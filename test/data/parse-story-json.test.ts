import {expect} from '@open-wc/testing';
import {parseStoryJson} from '../../src/data/parse-story-json.js';

describe('parseStoryJson', () => {
  it('parses JSON', () => {
    expect(parseStoryJson(' {"headline": "A"} ')).to.deep.equal({value: {headline: 'A'}});
  });

  it('says an empty body is empty', () => {
    expect(parseStoryJson('  \n')).to.deep.equal({problem: 'is empty'});
  });

  it('recognises an HTML page served in place of JSON', () => {
    expect(parseStoryJson('<!doctype html><title>Not found</title>')).to.have.property('problem').that.match(/is HTML, not JSON/);
  });

  it('explains a syntax error', () => {
    expect(parseStoryJson('{"headline": }')).to.have.property('problem').that.match(/^is not valid JSON \(.+\)$/);
  });
});
