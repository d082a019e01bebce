import { expect } from 'chai';
import { readCell } from '../../src/notation/cell.ts';

const num = (text: string) => {
  const c = readCell(text);
  if (c.kind !== 'number') throw new Error(`${text} → ${c.kind}`);
  return c;
};

describe('notation/cell: the target and 年均/累计 cells as printed', () => {
  it('reads empty cells in every spelling', () => {
    for (const t of ['', '—', '-', '－', '——', '/', '无', '  ']) expect(readCell(t).kind, t).to.equal('none');
    expect(readCell(null).kind).to.equal('none');
  });
  it('reads plain numbers, full-width digits and units after the number', () => {
    expect(num('1000').value).to.equal(1000);
    expect(num('１０００').value).to.equal(1000);
    expect(num('78岁').value).to.equal(78);
    expect(num('-2.5').value).to.equal(-2.5);
    expect(num('60%').percent).to.equal(true);
  });
  it('keeps a footnote mark and the value', () => {
    const c = num('60.6*');
    expect(c.value).to.equal(60.6);
    expect(c.footnote).to.equal('*');
    expect(num('12①').footnote).to.equal('①');
  });
  it('reads lower bounds: >60, ＞60, ≥80, >=80, 60以上, 不低于96', () => {
    expect(num('>60').op).to.equal('>');
    expect(num('＞60').op).to.equal('>');
    expect(num('≥80').op).to.equal('>=');
    expect(num('>=80').op).to.equal('>=');
    expect(num('≧80').op).to.equal('>=');
    expect(num('60以上').op).to.equal('>=');
    expect(num('不低于96').op).to.equal('>=');
    expect(num('高于7').op).to.equal('>');
  });
  it('reads upper bounds and control bounds: <5.5, ≤35, 5.5以内, 控制在5.5%以内, 不超过3', () => {
    expect(num('<5.5').op).to.equal('<');
    expect(num('≤35').op).to.equal('<=');
    expect(num('5.5以内').op).to.equal('<=');
    const control = num('控制在5.5%以内');
    expect(control.op).to.equal('<=');
    expect(control.control).to.equal(true);
    expect(control.value).to.equal(5.5);
    expect(num('控制在5.5%').op).to.equal('<=');
    expect(num('不超过3').op).to.equal('<=');
  });
  it('reads approximate targets: 5左右, 36左右, 约110', () => {
    expect(num('5左右').approx).to.equal(true);
    expect(num('36左右').value).to.equal(36);
    expect(num('约110').approx).to.equal(true);
    expect(num('6.5%左右').percent).to.equal(true);
    expect(num('1000').approx).to.equal(false);
  });
  it('reads the 累计 notations: 〔13.5〕, [20], 【1】, ［3］, 累计达到1000, 累计提升20%, 累计下降13.5%', () => {
    expect(num('〔13.5〕')).to.include({ value: 13.5, bracket: true });
    expect(num('[20]')).to.include({ value: 20, bracket: true });
    expect(num('【1】')).to.include({ value: 1, bracket: true });
    expect(num('［3］')).to.include({ value: 3, bracket: true });
    expect(num('[累计达到1000]')).to.include({ value: 1000, stock: true });
    expect(num('累计提升20%')).to.include({ value: 20, change: 'up', bracket: true, percent: true });
    expect(num('〔累计下降13.5%〕')).to.include({ value: 13.5, change: 'down' });
    expect(num('1000').bracket).to.equal(false);
  });
  it('reads tasks assigned by a higher level, with the level', () => {
    expect(readCell('完成市下达任务')).to.deep.include({ kind: 'task', level: '市' });
    expect(readCell('完成省下达任务')).to.deep.include({ kind: 'task', level: '省' });
    expect(readCell('确保完成国家要求')).to.deep.include({ kind: 'task', level: '国家' });
    expect(readCell('完成国家下达目标')).to.deep.include({ kind: 'task', level: '国家' });
    expect(readCell('完成上级下达任务')).to.deep.include({ kind: 'task', level: '市' });
  });
  it('reads relative targets and what they compare with', () => {
    expect(readCell('与经济增长基本同步')).to.deep.include({ kind: 'relative', relation: 'in-step', reference: '经济增长' });
    expect(readCell('高于GDP增长')).to.deep.include({ kind: 'relative', relation: 'above', reference: 'GDP增长' });
    expect(readCell('快于地区生产总值增长')).to.deep.include({ kind: 'relative', relation: 'above' });
    expect(readCell('不低于经济增速')).to.deep.include({ kind: 'relative', relation: 'not-below' });
  });
  it('reads sub-targets in one cell', () => {
    const c = readCell('成片:约110 零星:约20');
    expect(c.kind).to.equal('parts');
    if (c.kind !== 'parts') return;
    expect(c.parts.map((p) => [p.label, p.cell.value, p.cell.approx])).to.deep.equal([
      ['成片', 110, true],
      ['零星', 20, true],
    ]);
  });
  it('leaves qualitative wording as text', () => {
    for (const t of ['保持在合理区间', '全面稳定达到国家二级标准', '持续改善', '稳中有升']) expect(readCell(t).kind, t).to.equal('text');
  });
  it('does not read two numbers as one', () => {
    expect(readCell('5-6').kind).to.not.equal('number');
    expect(readCell('3.5 4').kind).to.not.equal('number');
  });
});
