import { expect } from 'chai';
import { notationMismatch } from '../../src/notation/consistency.ts';
import type { TargetForm } from '../../src/model/plan.ts';

const check = (target: string, annualGrowth: string, form: TargetForm) => notationMismatch({ target, annualGrowth, form });

describe('notation/consistency: the form must agree with the printed text, in any notation', () => {
  it('accepts every spelling of the same bound', () => {
    for (const t of ['≥80', '>=80', '≧80', '80以上', '不低于80', '＞＝80'.replace('＞＝', '≥')]) expect(check(t, '—', { type: 'bound', op: '>=', value: 80 }), t).to.equal(undefined);
    expect(check('5.5以内', '—', { type: 'bound', op: '<=', value: 5.5 })).to.equal(undefined);
    expect(check('控制在5.5%以内', '—', { type: 'bound', op: '<=', value: 5.5 })).to.equal(undefined);
    expect(check('>60', '—', { type: 'threshold', op: '>', value: 60 })).to.equal(undefined);
  });
  it('rejects a different number or comparison, naming the field', () => {
    expect(check('900', '—', { type: 'end-value', direction: 'up', value: 1000 })).to.equal('target');
    expect(check('>80', '—', { type: 'bound', op: '>=', value: 80 })).to.equal('target');
    expect(check('15.5', '4', { type: 'end-value-rate', direction: 'up', value: 15.5, rate: 5 })).to.equal('annualGrowth');
  });
  it('reads trailing zeros, footnote marks and full-width digits as the same number', () => {
    expect(check('6.0', '—', { type: 'end-value', direction: 'up', value: 6 })).to.equal(undefined);
    expect(check('60.6*', '—', { type: 'end-value', direction: 'up', value: 60.6 })).to.equal(undefined);
    expect(check('１０００', '—', { type: 'end-value', direction: 'up', value: 1000 })).to.equal(undefined);
  });
  it('an approximate target must be declared approx (it changes the rule)', () => {
    expect(check('36左右', '—', { type: 'end-value', direction: 'up', value: 36, approx: true })).to.equal(undefined);
    expect(check('36左右', '—', { type: 'end-value', direction: 'up', value: 36 })).to.equal('target');
    expect(check('—', '5左右', { type: 'growth-rate', rate: 5, approx: true })).to.equal(undefined);
    expect(check('—', '>7', { type: 'growth-rate', rate: 7, op: '>' })).to.equal(undefined);
    expect(check('—', '>7', { type: 'growth-rate', rate: 7 })).to.equal('annualGrowth');
  });
  it('reads the 累计 column for cumulative forms', () => {
    expect(check('—', '〔13.5〕', { type: 'cumulative-decline', value: 13.5, yearly: 'rate' })).to.equal(undefined);
    expect(check('—', '[1]', { type: 'cumulative-change', direction: 'up', value: 1, by: 'difference', yearly: 'level' })).to.equal(undefined);
    expect(check('—', '[累计达到1000]', { type: 'end-value', direction: 'up', value: 1000 })).to.equal(undefined);
    expect(check('30', '—', { type: 'cumulative-decline', value: 30, yearly: 'rate' })).to.equal(undefined);
    expect(check('—', '〔12〕', { type: 'cumulative-decline', value: 13.5, yearly: 'rate' })).to.equal('annualGrowth');
  });
  it('tasks must name the same level', () => {
    expect(check('完成市下达任务', '—', { type: 'city-task', direction: 'down' })).to.equal(undefined);
    expect(check('完成省下达任务', '—', { type: 'city-task', direction: 'down', level: '省' })).to.equal(undefined);
    expect(check('完成省下达任务', '—', { type: 'city-task', direction: 'down' })).to.equal('target');
  });
  it('relative and qualitative targets', () => {
    expect(check('与经济增长基本同步', '—', { type: 'relative', relation: 'in-step', reference: 'gdp-growth' })).to.equal(undefined);
    expect(check('高于GDP增长', '—', { type: 'relative', relation: 'in-step', reference: 'gdp-growth' })).to.equal('target');
    expect(check('保持在合理区间', '—', { type: 'qualitative' })).to.equal(undefined);
  });
});
