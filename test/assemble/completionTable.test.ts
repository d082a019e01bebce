import { expect } from 'chai';
import { completionTable } from '../../src/assemble/completionTable.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { indicator, plan, series } from '../fixtures.ts';

// The 总结评估's five-year comparison: 基期 → 目标 → what was achieved, and 完成 / 未完成.
const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', unit: '%', base: 28.2, target: '30', group: '环境美', attribute: '约束性' });
const income = indicator({ type: 'growth-rate', rate: 7 }, { id: 'income', name: '居民收入增长', unit: '%', base: null, target: '—', annualGrowth: '7' });

describe('assemble/completionTable: the 总结评估 comparison of 基期, 目标 and 2025 actual', () => {
  it('prints the 目标年 figure as it is when it was reported, 完成 or 未完成', () => {
    const p = plan([gdp, forest], [...series('gdp', [110, 130, 150, 180, 205], '统计公报'), ...series('forest', [28.4, 28.6, 28.8, 29.0, 29.4], '统计公报')]);
    const table = completionTable(p, evaluate(p, { year: 2025, half: false }));
    const [economy, environment] = table.groups;
    expect(economy!.rows[0]).to.deep.include({ name: '地区生产总值（亿元）', base: '100', target: '200', actual: { text: '205', illustrative: false }, earlier: false, status: '完成', outlook: '' });
    expect(environment!.rows[0]).to.deep.include({ name: '林木覆盖率（%）', binding: true, actual: { text: '29.4', illustrative: false }, status: '未完成' });
    expect(table).to.deep.include({ baseYear: 2020, endYear: 2025 });
    expect(table.notes.join('')).not.to.contain('尚未报送');
  });

  it('names the year of a figure older than the 目标年, says why in a note, and adds the outlook', () => {
    const p = plan([gdp], series('gdp', [110, 130, 150]));
    const [row] = completionTable(p, evaluate(p, { year: 2025, half: false })).groups[0]!.rows;
    expect(row!.actual).to.deep.equal({ text: '150（2023年）', illustrative: true });
    expect(row!.earlier).to.equal(true);
    expect(row!.explanation).to.contain('采用2023年数据');
    expect(row!.outlook).to.match(/^(能够完成|经努力可以完成|完成难度较大)（/);
    const notes = completionTable(p, evaluate(p, { year: 2025, half: false })).notes.join('');
    expect(notes).to.contain('2025年数据尚未报送');
    expect(notes).to.contain('标“*”的1个实际值含示例数据');
  });

  it('gives a 年均增长 target its average rate over the years reported, not one year’s rate', () => {
    const p = plan([income], series('income', [8, 6, 7, 7, 7], '统计公报'));
    const [row] = completionTable(p, evaluate(p, { year: 2025, half: false })).groups[0]!.rows;
    expect(row!.actual.text).to.equal('年均7');
    expect(row!.target).to.equal('—（年均增长7%）');
  });

  it('prints “—” for an indicator without figures, never a number', () => {
    const p = plan([gdp], []);
    const [row] = completionTable(p, evaluate(p, { year: 2025, half: false })).groups[0]!.rows;
    expect(row!.actual.text).to.equal('—');
    expect(row!.status).to.equal('待核定');
    expect(row!.earlier).to.equal(false);
  });
});
