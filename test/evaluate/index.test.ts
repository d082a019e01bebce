import { expect } from 'chai';
import fc from 'fast-check';
import { evaluate } from '../../src/evaluate/index.ts';
import { sequentialProgress } from '../../src/evaluate/schedule.ts';
import { PROGRESS_STATUSES } from '../../src/model/evaluation.ts';
import { INFO, indicator, plan, series } from '../fixtures.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', base: 28.2, unit: '%', group: '环境美', attribute: '约束性' });
const air = indicator({ type: 'bound', op: '>=', value: 80 }, { id: 'air', name: '空气质量', base: 80.3, unit: '%', group: '环境美', attribute: '约束性', target: '≥80' });

describe('evaluate/schedule', () => {
  it('序时进度 is the elapsed share of the plan period', () => {
    expect(sequentialProgress({ year: 2023, half: false }, INFO)).to.be.closeTo(0.6, 1e-12);
    expect(sequentialProgress({ year: 2023, half: true }, INFO)).to.be.closeTo(0.5, 1e-12);
    expect(sequentialProgress({ year: 2025, half: false }, INFO)).to.equal(1);
  });
});

describe('evaluate/index: evaluate()', () => {
  const p = plan([gdp, forest, air], [...series('gdp', [110, 120, 146]), ...series('forest', [28.6, 28.9, 29.1]), ...series('air', [82, 81, 83])]);
  const ev = evaluate(p, { year: 2023, half: false });

  it('counts statuses overall and by group', () => {
    expect(ev.summary.total).to.equal(3);
    expect(ev.summary.counts['滞后']).to.equal(2);
    expect(ev.summary.counts['基本符合预期']).to.equal(1);
    expect(ev.summary.byGroup.find((g) => g.group === '环境美')!.counts['滞后']).to.equal(1);
  });
  it('lists every lagging indicator with 约束性 ones first', () => {
    expect(ev.summary.lagging).to.deep.equal(['forest', 'gdp']);
    expect(ev.summary.laggingBinding).to.deep.equal(['forest']);
  });
  it('ignores figures after the 评估时点 (an annual report for an earlier year)', () => {
    const e2022 = evaluate(p, { year: 2022, half: false });
    expect(e2022.indicators[0]!.observations.map((o) => o.year)).to.deep.equal([2021, 2022]);
    expect(e2022.schedule).to.be.closeTo(0.4, 1e-12);
  });
  it('at a half-year 评估时点 uses that half’s figure and whole years before it', () => {
    const rows = [...series('gdp', [110, 120, 146]), { ...series('gdp', [130])[0]!, year: 2023, half: true }];
    const half = evaluate(plan([gdp], rows), { year: 2023, half: true });
    expect(half.schedule).to.be.closeTo(0.5, 1e-12);
    expect(half.indicators[0]!.latest).to.include({ value: 130, half: true });
    expect(half.indicators[0]!.observations.map((o) => o.value)).to.deep.equal([110, 120, 130]);
    const whole = evaluate(plan([gdp], rows), { year: 2023, half: false });
    expect(whole.indicators[0]!.latest).to.include({ value: 146, half: false });
  });
  it('says when illustrative figures were used', () => {
    expect(ev.illustrative).to.equal(true);
    const real = plan([gdp], series('gdp', [110, 120, 146], '统计公报'));
    expect(evaluate(real, { year: 2023, half: false }).illustrative).to.equal(false);
  });
  it('at t = 100% collapses to 完成 / 未完成', () => {
    const final = evaluate(plan([gdp, air], [...series('gdp', [110, 150, 180, 190, 201]), ...series('air', [82, 81, 83, 79, 85])]), { year: 2025, half: false });
    expect(final.final).to.equal(true);
    expect(final.indicators.map((e) => e.status)).to.deep.equal(['完成', '完成']);
    const missed = evaluate(plan([gdp], series('gdp', [110, 150, 180, 190, 195])), { year: 2025, half: false });
    expect(missed.indicators[0]!.status).to.equal('未完成');
  });
});

describe('evaluate/index: properties', () => {
  const rank = (s: string) => PROGRESS_STATUSES.indexOf(s as (typeof PROGRESS_STATUSES)[number]);
  it('more progress never gives a worse status', () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 250, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (v, extra) => {
        const a = evaluate(plan([gdp], series('gdp', [110, 120, v])), { year: 2023, half: false }).indicators[0]!;
        const b = evaluate(plan([gdp], series('gdp', [110, 120, v + extra])), { year: 2023, half: false }).indicators[0]!;
        return rank(b.status) <= rank(a.status);
      }),
    );
  });
  it('the order of input rows never changes a result', () => {
    const rows = [...series('gdp', [110, 120, 146]), ...series('forest', [28.6, 28.9, 29.1]), ...series('air', [82, 79, 83])];
    const expected = JSON.stringify(evaluate(plan([gdp, forest, air], rows), { year: 2023, half: false }));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        return JSON.stringify(evaluate(plan([gdp, forest, air], shuffled), { year: 2023, half: false })) === expected;
      }),
      { numRuns: 50 },
    );
  });
});
