import { expect } from 'chai';
import { chineseMonthDate, chineseNumeral, chineseYear } from '../../src/format/chinese.ts';
import { formatNumber, formatPercent, formatPoints } from '../../src/format/number.ts';

describe('format/chinese', () => {
  it('writes counting numerals for heading numbers', () => {
    expect([1, 4, 10, 11, 20, 35, 99].map(chineseNumeral)).to.deep.equal(['一', '四', '十', '十一', '二十', '三十五', '九十九']);
    expect(() => chineseNumeral(0)).to.throw(RangeError);
  });
  it('writes hundreds for the 100th heading and beyond (up to 999)', () => {
    expect([100, 101, 105, 110, 111, 119, 120, 200, 230, 999].map(chineseNumeral)).to.deep.equal(
      ['一百', '一百零一', '一百零五', '一百一十', '一百一十一', '一百一十九', '一百二十', '二百', '二百三十', '九百九十九'],
    );
    expect(() => chineseNumeral(1000)).to.throw(RangeError);
  });
  it('writes years digit by digit with 〇 (GB/T 15835)', () => {
    expect(chineseYear(2035)).to.equal('二〇三五');
    expect(chineseMonthDate('2024-06-28')).to.equal('二〇二四年六月');
    expect(chineseMonthDate('2020-12-01')).to.equal('二〇二〇年十二月');
  });
});

describe('format/number', () => {
  it('rounds and drops trailing zeros', () => {
    expect(formatNumber(52.3)).to.equal('52.3');
    expect(formatNumber(60.0)).to.equal('60');
    expect(formatNumber(727.834)).to.equal('727.83');
    expect(formatNumber(-0.001)).to.equal('0');
    expect(formatPercent(0.523)).to.equal('52.3%');
    expect(formatPoints(0.077)).to.equal('7.7');
  });
});
