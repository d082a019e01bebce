// 数值的合理性：量级、有效数字、不能为负的单位。
import { expect } from 'chai';
import { cannotBeNegative, figureFromNumber, figureFromText, significantDigits } from '../../src/validate/figures.ts';
import { decimalText } from '../../src/format/number.ts';

describe('validate/figures', () => {
  it('reads ordinary figures', () => {
    expect(['727.83', '-2.5', '0', '0.0000001', '999999999999999'].map(figureFromText)).to.deep.equal([727.83, -2.5, 0, 1e-7, 999999999999999]);
  });
  it('refuses what is not a figure: Infinity, 10¹⁵ and beyond, more than 15 significant digits', () => {
    expect(figureFromText('9'.repeat(400))).to.equal('too-large');
    expect(figureFromText('-1000000000000000')).to.equal('too-large');
    expect(figureFromText('0.1234567890123456')).to.equal('too-precise');
    expect(figureFromNumber(Infinity)).to.equal('too-large');
    expect(figureFromNumber(1e21)).to.equal('too-large');
  });
  it('counts significant digits as a statistician does', () => {
    expect(['0.0301', '12.50', '100', '-0.5', '0'].map(significantDigits)).to.deep.equal([3, 3, 3, 1, 0]);
  });
  it('reads a spreadsheet number as Excel shows it (15 significant digits)', () => {
    expect(figureFromNumber(815.3 * 1.05)).to.equal(856.065);
    expect(figureFromNumber(1e-7)).to.equal(1e-7);
  });
  it('knows from the unit whether a figure may be negative, unless the registry says', () => {
    const units = ['亿元', '万元', '人', '件', '岁', '年', '微克/立方米', '%', '‰', '百分点', ''];
    expect(units.map((unit) => cannotBeNegative({ unit }))).to.deep.equal([true, true, true, true, true, true, true, false, false, false, false]);
    expect(cannotBeNegative({ unit: '亿元', nonNegative: false })).to.equal(false);
    expect(cannotBeNegative({ unit: '%', nonNegative: true })).to.equal(true);
  });
  it('writes numbers as plain decimals, as the data files hold them', () => {
    expect([1e-7, -2.5e-8, 727.83, 1.5e21, 0].map(decimalText)).to.deep.equal(['0.0000001', '-0.000000025', '727.83', '1500000000000000000000', '0']);
  });
});
