import { expect } from 'chai';
import { adjustmentTable } from '../../src/assemble/adjustmentTable.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { targetWithUnit } from '../../src/format/proposals.ts';
import type { Adjustment } from '../../src/model/proposals.ts';
import { indicator, plan, series } from '../fixtures.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', base: 28.2, unit: '%', group: '环境美', attribute: '约束性', target: '30' });
const origin = { file: 'adjustments.yaml', position: { line: 1 } };

describe('assemble/adjustmentTable: the 调整方案 对照表', () => {
  it('lists each proposal in the order of the registry: planned → proposed, status, reason, evidence, statutory note', () => {
    const p = plan([gdp, forest], [...series('gdp', [110, 120, 146], '统计公报'), ...series('forest', [28.6, 28.9, 29.1], '统计公报')]);
    const adjustments: Adjustment[] = [
      { indicatorId: 'forest', target: '29.5', annualGrowth: '—', reason: '空间有限', legalProcedure: true, illustrative: false, origin },
      { indicatorId: 'gdp', target: '180左右', annualGrowth: '—', reason: '示例：外需走弱', evidence: '口径调整', legalProcedure: false, illustrative: true, origin },
    ];
    p.adjustments = adjustments;
    const table = adjustmentTable(p, evaluate(p, { year: 2023, half: false }));
    expect(table.rows.map((r) => [r.no, r.name, r.planned, r.proposed, r.status])).to.deep.equal([
      [1, '地区生产总值（亿元）', '200亿元', '180亿元左右', '滞后'],
      [2, '林木覆盖率（%）', '30%', '29.5%', '滞后'],
    ]);
    expect(table.rows[0]).to.deep.include({ evidence: '口径调整', procedure: '', illustrative: true });
    expect(table.rows[1]!.procedure).to.equal('该指标为约束性指标，其调整须依照法定程序报区人民代表大会常务委员会审查批准。');
    expect(table.notes.join('')).to.contain('标“示例”的1项调整建议为示例');
    expect(table.notes.join('')).to.contain('其中1项为约束性指标');
  });

  it('puts the unit where the number is, and leaves words alone', () => {
    expect(targetWithUnit('900左右', '亿元')).to.equal('900亿元左右');
    expect(targetWithUnit('>60', '%')).to.equal('>60%');
    expect(targetWithUnit('60以上', '%')).to.equal('60%以上');
    expect(targetWithUnit('完成市下达任务', '%')).to.equal('完成市下达任务');
    expect(targetWithUnit('〔13.5〕', '%')).to.equal('〔13.5〕');
    expect(targetWithUnit('1000', '')).to.equal('1000');
  });
});
