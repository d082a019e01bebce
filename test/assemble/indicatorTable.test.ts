import { expect } from 'chai';
import { annualText } from '../../src/assemble/indicatorTable.ts';

describe('assemble/indicatorTable: the 年均/累计 column as printed under the target', () => {
  it('says which column the figure came from, with the % in its place', () => {
    expect(annualText('5')).to.equal('（年均增长5%）');
    expect(annualText('5.5左右')).to.equal('（年均增长5.5%左右）');
    expect(annualText('>7')).to.equal('（年均增长>7%）');
    expect(annualText('6%')).to.equal('（年均增长6%）');
    expect(annualText('〔13.5〕')).to.equal('（五年累计〔13.5〕）');
    expect(annualText('[累计达到1000]')).to.equal('（五年累计[累计达到1000]）');
    expect(annualText('与经济增长基本同步')).to.equal('（与经济增长基本同步）');
    expect(annualText('—')).to.equal('');
  });
});
