import {expect} from '@open-wc/testing';
import {normalizeDate} from '../../src/data/date.js';

describe('normalizeDate', () => {
  for (const [given, expected] of [
    ['2018-07-03', '2018-07-03'],
    ['2018-07-03T09:30:00+03:00', '2018-07-03T09:30:00+03:00'],
    ['2018-07-03 09:30:00', '2018-07-03T09:30:00'],
    ['2018-07-03T09:30:00+0300', '2018-07-03T09:30:00+03:00'],
    ['2018-07-03T09:30:00.123456Z', '2018-07-03T09:30:00.123456Z'],
    ['2018-07-03T09:30', '2018-07-03T09:30'],
    ['2018-07-03 09:30:00 UTC', '2018-07-03T09:30:00Z'],
    ['2018-07-03T09:30:00 GMT', '2018-07-03T09:30:00Z'],
    ['20180703T093000Z', '2018-07-03T09:30:00Z'],
    ['20180703', '2018-07-03'],
    ['Tue, 03 Jul 2018 09:30:00 GMT', '2018-07-03T09:30:00.000Z'],
    ['Tue, 03 Jul 2018 09:30:00 EST', '2018-07-03T14:30:00.000Z'],
    ['3 July 2018', '2018-07-03'],
    ['  2018-07-03  ', '2018-07-03'],
  ]) {
    it(`reads ${JSON.stringify(given)} as ${expected}`, () => {
      expect(normalizeDate(given)).to.equal(expected);
    });
  }

  for (const given of ['2018-02-30', '2018-13-01', '2018-07-03T25:00', 'last Tuesday', 'soon', '', '12345']) {
    it(`finds no date in ${JSON.stringify(given)}`, () => {
      expect(normalizeDate(given)).to.equal(undefined);
    });
  }
});
