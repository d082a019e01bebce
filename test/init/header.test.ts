import { expect } from 'chai';
import { readHeader, recogniseHeader } from '../../src/init/header.ts';
import { parsePeriodOption, planLabel, planPeriod, regionShortOf } from '../../src/init/plan.ts';
import { diagnosticsOf } from '../fixtures.ts';

describe('init/header: the columns of an indicator table', () => {
  it('recognises every spelling of each column named in the issue', () => {
    const roles: [string, string][] = [
      ['类别', 'category'],
      ['分类', 'category'],
      ['指标', 'name'],
      ['指标名称', 'name'],
      ['单位', 'unit'],
      ['单  位', 'unit'],
      ['基期', 'base'],
      ['基期值', 'base'],
      ['2020年完成数', 'base'],
      ['基期值（2020年）', 'base'],
      ['目标', 'target'],
      ['目标值', 'target'],
      ['2025年目标', 'target'],
      ['年均增长', 'annual'],
      ['年均', 'annual'],
      ['累计', 'annual'],
      ['年均〔累计〕', 'annual'],
      ['年均/累计', 'annual'],
      ['年均增长（%）', 'annual'],
      ['年均增长[累计]', 'annual'],
      ['属性', 'attribute'],
      ['指标属性', 'attribute'],
    ];
    for (const [text, role] of roles) expect(readHeader(text).role, text).to.equal(role);
    // Longer wordings go by their key word.
    expect(readHeader('“十四五”目标').role).to.equal('target');
    expect(readHeader('年均增长目标').role).to.equal('annual');
    expect(readHeader('牵头单位').known).to.equal(false);
  });
  it('reads the 基期 and target years from the headers', () => {
    expect(recogniseHeader(['指标', '2020年', '2025年']).columns).to.include({ name: 0, base: 1, target: 2 });
    expect(recogniseHeader(['指标', '2020年', '2025年'])).to.include({ baseYear: 2020, targetYear: 2025 });
    expect(recogniseHeader(['指标', '基期值（2020年）', '目标值（2025年）'])).to.include({ baseYear: 2020, targetYear: 2025 });
    expect(recogniseHeader(['指标', '2020年完成数', '2025年目标'])).to.include({ baseYear: 2020, targetYear: 2025 });
    // Columns in an unusual order: the earlier year is still the 基期.
    expect(recogniseHeader(['2030年', '指标', '2025年']).columns).to.include({ target: 0, base: 2 });
  });
  it('takes a single bare year as the target year when there is no other target column', () => {
    const h = recogniseHeader(['类别', '指标', '单位', '2025年', '年均〔累计〕', '属性']);
    expect(h.columns).to.deep.equal({ category: 0, name: 1, unit: 2, target: 3, annual: 4, attribute: 5 });
    expect(h.targetYear).to.equal(2025);
    expect(h.baseYear).to.equal(undefined);
    expect(h.problems).to.deep.equal([]);
  });
  it('ignores 序号 and empty header cells; reports unknown and duplicate headers and a missing target', () => {
    expect(recogniseHeader(['序号', '指标', '', '目标']).problems).to.deep.equal([]);
    expect(recogniseHeader(['指标', '目标', '牵头单位']).problems).to.deep.equal([{ kind: 'unknown', col: 2, text: '牵头单位' }]);
    expect(recogniseHeader(['指标', '目标', '目标值']).problems).to.deep.equal([{ kind: 'duplicate', col: 2, text: '目标值', first: 1 }]);
    expect(recogniseHeader(['指标', '单位']).problems).to.deep.equal([{ kind: 'missing', role: 'target' }]);
  });
});

describe('init/plan: the period and the plan label', () => {
  const file = '指标表.csv';
  it('from the headers: base and target years', () => {
    expect(planPeriod({ baseYear: 2020, targetYear: 2025 }, file)).to.deep.include({ period: { start: 2021, end: 2025 }, baseYear: 2020 });
  });
  it('without a base column: the five years ending at the target year', () => {
    expect(planPeriod({ targetYear: 2030 }, file)).to.deep.include({ period: { start: 2026, end: 2030 }, baseYear: 2025 });
  });
  it('--period overrides the headers; the 基期 is the year before it', () => {
    expect(planPeriod({ baseYear: 2020, targetYear: 2025 }, file, parsePeriodOption('2026-2030'))).to.deep.include({ period: { start: 2026, end: 2030 }, baseYear: 2025 });
    expect(parsePeriodOption('2021—2025')).to.deep.equal({ start: 2021, end: 2025 });
    expect(diagnosticsOf(() => parsePeriodOption('2025-2021'))[0]!.rule).to.equal('init-period-option');
    expect(diagnosticsOf(() => parsePeriodOption('十四五'))[0]!.rule).to.equal('init-period-option');
  });
  it('with no year in any header asks for --period', () => {
    const [d] = diagnosticsOf(() => planPeriod({}, file));
    expect(d!.rule).to.equal('init-no-period');
    expect(d!.hint).to.contain('--period');
  });
  it('names the plan by its number: 2021 → 十四五, 2026 → 十五五; off the grid, by its years', () => {
    expect(planLabel({ start: 2021, end: 2025 })).to.equal('十四五');
    expect(planLabel({ start: 2026, end: 2030 })).to.equal('十五五');
    expect(planLabel({ start: 2016, end: 2020 })).to.equal('十三五');
    expect(planLabel({ start: 2023, end: 2027 })).to.equal('2023—2027年');
  });
  it('shortens a region to its last unit (州 in a name like 海州区 is not a 自治州)', () => {
    expect(regionShortOf('连云港市海州区')).to.equal('海州区');
    expect(regionShortOf('示例省')).to.equal('示例省');
    expect(regionShortOf('示例省示例市示例县')).to.equal('示例县');
  });
});
