// The target notations of real plans (issue: real plans as printed), one rule each, with boundaries.
import { expect } from 'chai';
import fc from 'fast-check';
import { judge } from '../../src/evaluate/rules.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { DEFAULT_SETTINGS } from '../../src/model/evaluation.ts';
import type { ManualJudgement, Observation } from '../../src/model/plan.ts';
import { ctx, indicator, obs, plan, series } from '../fixtures.ts';

const half = (id: string, year: number, value: number): Observation => ({ ...obs(id, year, value), half: true });

describe('evaluate: 期末门槛 (>60, ≥80, 60以上 in the target column)', () => {
  const urban = indicator({ type: 'threshold', op: '>', value: 60 }, { unit: '%', base: 50, target: '>60' });
  it('measures progress from the 基期 toward the threshold', () => {
    const j = judge(urban, series('x', [52, 54, 55]), ctx());
    expect(j.progress).to.be.closeTo(0.5, 1e-9);
    expect(j.status).to.equal('滞后');
  });
  it('is 提前实现 once it holds; a strict threshold is not met on the line', () => {
    expect(judge(urban, series('x', [55, 58, 60.1]), ctx()).status).to.equal('提前实现');
    expect(judge(urban, series('x', [55, 58, 60]), ctx()).status).to.equal('快于预期');
    const nonStrict = indicator({ type: 'threshold', op: '>=', value: 60 }, { unit: '%', base: 50, target: '60以上' });
    expect(judge(nonStrict, series('x', [55, 58, 60]), ctx()).status).to.equal('提前实现');
  });
  it('a threshold already met at the 基期 is judged as a level to keep', () => {
    const water = indicator({ type: 'threshold', op: '>', value: 80 }, { unit: '%', base: 87.5, target: '>80' });
    const kept = judge(water, series('x', [85, 88, 90]), ctx());
    expect(kept.status).to.equal('基本符合预期');
    expect(kept.explanation).to.contain('基期已达到目标');
    expect(judge(water, series('x', [85, 88, 79]), ctx()).status).to.not.equal('基本符合预期');
  });
});

describe('evaluate: approximate targets (36左右, 5左右)', () => {
  const housing = indicator({ type: 'end-value', direction: 'up', value: 36, approx: true }, { unit: '平方米', base: 30, target: '36左右' });
  it('an end value within the tolerance (±5 % by default) is reached', () => {
    expect(judge(housing, series('x', [32, 33, 34.2]), ctx()).status).to.equal('提前实现');
    expect(judge(housing, series('x', [32, 33, 34.1]), ctx()).status).to.not.equal('提前实现');
    expect(judge(housing, series('x', [32, 33, 34.2]), ctx()).explanation).to.contain('左右（±5%以内视为达到）');
  });
  it('the tolerance is a setting', () => {
    const wide = ctx(2023, false, { ...DEFAULT_SETTINGS, approxTolerance: 0.1 });
    expect(judge(housing, series('x', [32, 33, 32.5]), wide).status).to.equal('提前实现');
  });
  it('a growth rate within the band is 基本符合预期; above it 快于预期; below it judged on the band’s lower edge', () => {
    const growth = indicator({ type: 'growth-rate', rate: 6, approx: true }, { unit: '%', base: null, target: '—', annualGrowth: '6左右' });
    expect(judge(growth, series('x', [5.8, 5.9, 6.1]), ctx()).status).to.equal('基本符合预期');
    expect(judge(growth, series('x', [8, 8, 8]), ctx()).status).to.equal('快于预期');
    const low = judge(growth, series('x', [3, 3, 3]), ctx());
    // 3 % a year against the band's lower edge (5.7 %): progress 29.0 % against a compound schedule of 56.6 %,
    // more than half of it, so 滞后 and not 严重滞后.
    expect(low.status).to.equal('滞后');
    expect(low.progress).to.be.closeTo(0.2903, 1e-4);
    expect(low.explanation).to.contain('低于年均增长6%左右');
  });
});

describe('evaluate: 年均增长 targets compare like with like', () => {
  const income = indicator({ type: 'growth-rate', rate: 8.5 }, { unit: '%', base: null, target: '—', annualGrowth: '8.5' });
  it('a series exactly on the compound path is on schedule (was 滞后 against the linear schedule)', () => {
    const j = judge(income, series('x', [8.5, 8.5, 8.5]), ctx());
    expect(j.progress).to.be.closeTo(j.schedule!, 1e-12);
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.contain('不低于年均增长8.5%');
    expect(j.explanation).to.contain('按复合增长路径的序时进度');
  });
  it('never says “8.5%，低于8.5%”: a figure just below is written with the digits that show it', () => {
    const j = judge(income, series('x', [8.5, 8.5, 8.38]), ctx());
    expect(j.explanation).to.match(/平均增长8\.4\d?%，低于年均增长8\.5%/);
    expect(j.explanation).to.not.contain('平均增长8.5%，低于');
  });
  it('an end value with a 年均增长 rate, exactly on its compound path, is on schedule', () => {
    const trade = indicator({ type: 'end-value-rate', direction: 'up', value: 15.5, rate: 5 }, { unit: '亿美元', base: 12.13, target: '15.5', annualGrowth: '5' });
    const onPath = [1, 2, 3].map((n) => 12.13 * Math.pow(1.05, n));
    const j = judge(trade, series('x', onPath), ctx());
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.contain('按年均增长复合路径的序时进度');
  });
  it('a first-half rate counts for half a year', () => {
    const j = judge(income, [obs('x', 2021, 8.5), obs('x', 2022, 8.5), half('x', 2023, 8.5)], ctx(2023, true));
    expect(j.progress).to.be.closeTo(j.schedule!, 1e-12);
    expect(j.status).to.equal('基本符合预期');
  });
  it('“>7” in the 年均 column is a floor on the average growth; strict at the boundary', () => {
    const rd = indicator({ type: 'growth-rate', rate: 7, op: '>' }, { unit: '%', base: null, target: '—', annualGrowth: '>7' });
    expect(judge(rd, series('x', [7, 7, 7]), ctx()).explanation).to.contain('未高于年均增长高于7%');
    expect(judge(rd, series('x', [12, 12, 12]), ctx()).status).to.equal('快于预期');
  });
});

describe('evaluate: 累计 column targets', () => {
  it('〔1〕 years of life expectancy: the increment over the 基期', () => {
    const life = indicator({ type: 'cumulative-change', direction: 'up', value: 1, by: 'difference', yearly: 'level' }, { unit: '岁', base: 78.3, target: '—', annualGrowth: '〔1〕' });
    const j = judge(life, series('x', [78.5, 78.6, 78.9]), ctx());
    expect(j.progress).to.be.closeTo(0.6, 1e-9);
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.contain('较2020年累计提高0.6岁');
    expect(judge(life, series('x', [78.5, 78.9, 79.3]), ctx()).status).to.equal('提前实现');
  });
  it('累计提升20%: a compounded rise from yearly rates', () => {
    const rise = indicator({ type: 'cumulative-change', direction: 'up', value: 20, by: 'percent', yearly: 'change' }, { unit: '%', base: null, target: '—', annualGrowth: '累计提升20%' });
    const j = judge(rise, series('x', [4, 4, 4]), ctx());
    expect(j.actualPath.at(-1)!.value).to.be.closeTo((Math.pow(1.04, 3) - 1) * 100, 1e-9);
    expect(j.explanation).to.contain('累计提升');
  });
  it('〔13.5〕 decline rates chain as before', () => {
    const energy = indicator({ type: 'cumulative-decline', value: 13.5, yearly: 'rate' }, { unit: '%', base: null, target: '—', annualGrowth: '〔13.5〕' });
    const j = judge(energy, series('x', [3, 3, 3]), ctx());
    expect(j.actualPath.at(-1)!.value).to.be.closeTo((1 - Math.pow(0.97, 3)) * 100, 1e-9);
  });
});

describe('evaluate: relative targets (与经济增长基本同步, 高于GDP增长)', () => {
  const income = indicator({ type: 'relative', relation: 'in-step', reference: 'gdp-growth' }, { unit: '%', base: null, target: '与经济增长基本同步' });
  const gdp = series('gdp-growth', [8, 3, 6]);
  it('in step within the tolerance (1 个百分点 by default), naming years that missed', () => {
    const j = judge(income, series('x', [8.5, 1.5, 5.2]), ctx(), { reference: gdp });
    expect(j.status).to.equal('基本符合预期');
    expect(j.brokenYears).to.deep.equal([2022]);
    expect(j.explanation).to.contain('低于比较对象不超过1个百分点');
  });
  it('the latest year out of step is 滞后; the period too is 严重滞后', () => {
    expect(judge(income, series('x', [10, 5, 4.5]), ctx(), { reference: gdp }).status).to.equal('滞后');
    expect(judge(income, series('x', [6, 1, 4.5]), ctx(), { reference: gdp }).status).to.equal('严重滞后');
  });
  it('“高于” is strict', () => {
    const above = indicator({ type: 'relative', relation: 'above', reference: 'gdp-growth' }, { unit: '%', base: null, target: '高于GDP增长' });
    expect(judge(above, series('x', [8, 3, 6]), ctx(), { reference: gdp }).status).to.not.equal('基本符合预期');
    expect(judge(above, series('x', [9, 4, 7]), ctx(), { reference: gdp }).status).to.equal('基本符合预期');
  });
  it('without the reference figure it is 待核定, saying which', () => {
    const j = judge(income, series('x', [8.5, 1.5, 5.2]), ctx(), { reference: gdp.slice(0, 2) });
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('gdp-growth');
  });
});

describe('evaluate: qualitative targets are judged by hand (人工判定), never computed', () => {
  const q = indicator({ type: 'qualitative' }, { unit: '', base: null, target: '保持在合理区间' });
  it('without a statement it is 待核定', () => {
    const j = judge(q, [], ctx());
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('人工判定');
  });
  it('the statement’s status, reason and source are printed', () => {
    const manual: ManualJudgement = { indicatorId: 'x', year: 2023, status: '基本符合预期', reason: '三年均在合理区间', source: '区人社局', department: '区人社局', origin: { file: 'j.csv', line: 2 } };
    const j = judge(q, [], ctx(), { manual });
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.equal('人工判定（区人社局，2023年，依据：区人社局）：三年均在合理区间，基本符合预期');
  });
});

describe('evaluate: no 基期 — the first figure already past the target (was “完成进度845.4%，快于预期”)', () => {
  const noBase = indicator({ type: 'end-value', direction: 'up', value: 84 }, { unit: '%', base: null, target: '84' });
  it('a series that met the target and fell back is 滞后, and says so', () => {
    const j = judge(noBase, series('x', [84.11, 83.18]), ctx(2022));
    expect(j.status).to.equal('滞后');
    expect(j.progress).to.equal(null);
    expect(j.explanation).to.contain('回落至目标以下');
  });
  it('property: without a 基期, the status agrees with the direction of the series, both ways', () => {
    const value = fc.double({ min: 1, max: 200, noNaN: true });
    fc.assert(
      fc.property(value, value, value, fc.boolean(), (first, latest, target, up) => {
        const ind = indicator({ type: 'end-value', direction: up ? 'up' : 'down', value: target }, { unit: '', base: null, target: String(target) });
        const j = judge(ind, [obs('x', 2021, first), obs('x', 2022, first), obs('x', 2023, latest)], ctx());
        const better = (a: number, b: number) => (up ? a > b : a < b);
        const reached = up ? latest >= target - 1e-9 : latest <= target + 1e-9;
        if (reached) return j.status === '提前实现';
        // Not reached: never ahead of schedule unless it moved toward the target from a start short of it.
        if (j.status === '快于预期' || j.status === '基本符合预期') return better(latest, first) && !better(first, target) && j.progress! > 0 && j.progress! < 1;
        return j.status !== '提前实现';
      }),
      { numRuns: 400 },
    );
  });
});

describe('evaluate: data as it is at the 评估时点', () => {
  const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', base: 100 });
  it('judges on the latest available year against that year’s own 序时进度, and says so', () => {
    const e = evaluate(plan([gdp], series('gdp', [110, 140])), { year: 2023, half: false });
    const g = e.indicators[0]!;
    expect(g.dataPoint).to.deep.equal({ year: 2022, half: false });
    expect(g.schedule).to.be.closeTo(0.4, 1e-12);
    expect(g.status).to.equal('基本符合预期');
    expect(g.explanation).to.match(/^采用2022年数据（2023年数据尚未报送）；/);
  });
  it('with no figure at all it is 待核定', () => {
    expect(evaluate(plan([gdp], []), { year: 2023, half: false }).indicators[0]!.status).to.equal('待核定');
  });
  it('a first-half figure stands in for a whole year not yet published; otherwise it is a warning, not dropped silently', () => {
    const withHalf = evaluate(plan([gdp], [...series('gdp', [110, 130]), half('gdp', 2023, 140)]), { year: 2023, half: false });
    expect(withHalf.indicators[0]!.dataPoint).to.deep.equal({ year: 2023, half: true });
    expect(withHalf.warnings).to.deep.equal([]);
    const both = evaluate(plan([gdp], [...series('gdp', [110, 130, 150]), half('gdp', 2023, 140)]), { year: 2023, half: false });
    expect(both.indicators[0]!.dataPoint).to.deep.equal({ year: 2023, half: false });
    expect(both.warnings.map((w) => w.rule)).to.deep.equal(['observation-half-unused']);
  });
  it('a status resting on an estimate says so', () => {
    const est = series('gdp', [110, 130, 150]);
    est[2] = { ...est[2]!, kind: '预计' };
    const g = evaluate(plan([gdp], est), { year: 2023, half: false }).indicators[0]!;
    expect(g.provisional).to.equal(true);
    expect(g.explanation).to.contain('2023年数据为预计数，判定待正式数据核实');
  });
});

describe('evaluate: the printed status vocabulary is a setting', () => {
  const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', base: 100 });
  const data = series('gdp', [100, 100, 101]);
  it('the national scheme has no 严重滞后; the internal class stays', () => {
    const e = evaluate(plan([gdp], data), { year: 2023, half: false }, { ...DEFAULT_SETTINGS, vocabulary: 'national' }).indicators[0]!;
    expect(e.status).to.equal('严重滞后');
    expect(e.statusLabel).to.equal('滞后');
    expect(e.explanation).to.match(/，滞后$/);
  });
  it('超序时/符合序时/滞后序时 and 达到/超过/未达到进度要求', () => {
    expect(evaluate(plan([gdp], data), { year: 2023, half: false }, { ...DEFAULT_SETTINGS, vocabulary: 'schedule' }).indicators[0]!.statusLabel).to.equal('滞后序时');
    expect(evaluate(plan([gdp], data), { year: 2023, half: false }, { ...DEFAULT_SETTINGS, vocabulary: 'reach' }).indicators[0]!.statusLabel).to.equal('未达到进度要求');
  });
});

describe('evaluate: one indicator with sub-targets (成片:约110 零星:约20)', () => {
  const land = indicator(
    { type: 'parts' },
    {
      id: 'land',
      name: '城镇低效用地再开发',
      unit: '公顷',
      base: null,
      target: '成片:约110 零星:约20',
      parts: [
        { key: 'cp', name: '成片', base: 0, target: '约110', form: { type: 'end-value', direction: 'up', value: 110, approx: true } },
        { key: 'lx', name: '零星', base: 0, target: '约20', form: { type: 'end-value', direction: 'up', value: 20, approx: true } },
      ],
    },
  );
  it('judges each part separately, counts one indicator, and takes the status of the weakest part', () => {
    const e = evaluate(plan([land], [...series('land-cp', [30, 50, 70]), ...series('land-lx', [2, 4, 5])]), { year: 2023, half: false });
    expect(e.summary.total).to.equal(1);
    const [l] = e.indicators;
    expect(l!.parts!.map((p) => p.status)).to.deep.equal(['基本符合预期', '严重滞后']);
    expect(l!.status).to.equal('严重滞后');
    expect(l!.explanation).to.match(/^成片：.*；零星：.*按各分项中进展最慢者判定，严重滞后$/);
  });
  it('a part without data makes the indicator 待核定 unless another part lags', () => {
    const e = evaluate(plan([land], series('land-cp', [30, 50, 70])), { year: 2023, half: false });
    expect(e.indicators[0]!.status).to.equal('待核定');
  });
});
