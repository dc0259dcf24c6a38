import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {jsonErrorOffset, parseStoryJson} from '../../src/data/parse-story-json.js';

describe('parseStoryJson', () => {
  it('parses JSON', () => {
    expect(parseStoryJson(' {"headline": "A"} ')).to.deep.equal({value: {headline: 'A'}});
  });

  it('says an empty body is empty', () => {
    expect(parseStoryJson('  \n')).to.deep.equal({problem: 'is empty'});
  });

  it('recognises an HTML page served in place of JSON', () => {
    expect(parseStoryJson('<!doctype html><title>Not found</title>'))
      .to.have.property('problem')
      .that.match(/is HTML, not JSON/);
  });

  for (const [text, problem] of [
    ['{"headline": }', 'unexpected "}" at line 1, column 14'],
    ['{\n  "headline": "A",\n}', 'unexpected "}" at line 3, column 1'],
    ['{"headline": "A"', 'it ends too early (line 1, column 17)'],
    ['{"headline": "A\u0001"}', 'unexpected "\\u0001" at line 1, column 16'],
    ["{'headline': 'A'}", 'unexpected "\'" at line 1, column 2'],
    ['{"headline": "A"} extra', 'unexpected "e" at line 1, column 19'],
    ['{"a": [1, 2,]}', 'unexpected "]" at line 1, column 13'],
    ['{"a": tru}', 'unexpected "t" at line 1, column 7'],
    ['{"a": "\\x"}', 'unexpected "\\\\" at line 1, column 8'],
    ['{"a" 1}', 'unexpected "1" at line 1, column 6'],
  ]) {
    it(`names where ${JSON.stringify(text)} breaks, the same in every engine`, () => {
      expect(parseStoryJson(text)).to.deep.equal({problem: `is not valid JSON: ${problem}`});
    });
  }

  it('finds no error in valid JSON', () => {
    const valid = '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}}';
    expect(jsonErrorOffset(valid)).to.equal(valid.length);
    expect(parseStoryJson(valid)).to.have.property('value');
  });

  it('finds no error in any JSON, however it is spaced, and reads all that comes before an error', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2, '\t'), (json, indent) => {
        const text = JSON.stringify(JSON.parse(json), null, indent);
        expect(jsonErrorOffset(` ${text}\n`)).to.equal(text.length + 2);
      }),
      {numRuns: 500}
    );
    // Any text gets a place within it, and everything before that place reads without error.
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', ':', '"', 'x', '\u0001'),
        (json, cut, junk) => {
          const text = json.slice(0, cut % (json.length + 1)) + junk;
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const offset = jsonErrorOffset(text);
          expect(offset, text).to.be.at.most(text.length);
          if (valid) expect(offset, text).to.equal(text.length);
          else expect(jsonErrorOffset(text.slice(0, offset)), text).to.equal(offset);
        }
      ),
      {numRuns: 2000}
    );
  });

  it('gives up politely on nesting too deep to scan', () => {
    expect(parseStoryJson('['.repeat(100000))).to.deep.equal({
      problem: 'is not valid JSON: it nests too deeply to read',
    });
  });
});
