import { expect } from 'chai';
import { judge } from '../../src/evaluate/rules.ts';
import { DEFAULT_SETTINGS } from '../../src/model/evaluation.ts';
import { ctx, indicator, obs, series } from '../fixtures.ts';

describe('evaluate/rules: 期末值 (end-value)', () => {
  const up = indicator({ type: 'end-value', direction: 'up', value: 200 }, { base: 100 });
  it('computes p = (V − 基期) / (目标 − 基期) and judges it against t', () => {
    const j = judge(up, series('x', [110, 120, 146]), ctx());
    expect(j.progress).to.be.closeTo(0.46, 1e-9);
    expect(j.status).to.equal('滞后');
    expect(j.explanation).to.contain('完成进度46%，低于序时进度60%达14个百分点，滞后');
  });
  it('exactly on t − δ is 基本符合预期', () => {
    expect(judge(up, series('x', [110, 120, 155]), ctx()).status).to.equal('基本符合预期');
  });
  it('exactly on the target is 提前实现', () => {
    const j = judge(up, series('x', [150, 180, 200]), ctx());
    expect(j.status).to.equal('提前实现');
    expect(j.reached).to.equal(true);
  });
  it('a change in the wrong direction is 严重滞后', () => {
    const j = judge(up, series('x', [98, 96, 95]), ctx());
    expect(j.progress).to.be.lessThan(0);
    expect(j.status).to.equal('严重滞后');
    expect(j.explanation).to.contain('较基期没有进展');
  });
  it('lower-is-better targets measure progress downwards', () => {
    const down = indicator({ type: 'end-value', direction: 'down', value: 30 }, { base: 40, unit: '微克/立方米' });
    const j = judge(down, series('x', [38, 36, 33]), ctx());
    expect(j.progress).to.be.closeTo(0.7, 1e-9);
    expect(j.status).to.equal('快于预期');
    expect(judge(down, series('x', [38, 36, 41]), ctx()).status).to.equal('严重滞后');
    expect(judge(down, series('x', [35, 32, 29]), ctx()).status).to.equal('提前实现');
  });
  it('missing the 评估时点 year is 待核定, naming the year', () => {
    const j = judge(up, series('x', [110, 120]), ctx());
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('缺少2023年数据');
  });
  it('without a 基期 it is 提前实现 once the target is met', () => {
    const noBase = indicator({ type: 'end-value', direction: 'up', value: 94.9 }, { base: null, unit: '' });
    expect(judge(noBase, series('x', [93, 94, 95]), ctx()).status).to.equal('提前实现');
  });
  it('without a 基期 the first year with data is the starting point, and the schedule runs from it', () => {
    const noBase = indicator({ type: 'end-value', direction: 'up', value: 94.9 }, { base: null, unit: '' });
    // from 2021: p = (94.2 − 93) / (94.9 − 93) = 63.1 %, t = (2023 − 2021) / (2025 − 2021) = 50 %
    const j = judge(noBase, series('x', [93, 94, 94.2]), ctx());
    expect(j.progress).to.be.closeTo(1.2 / 1.9, 1e-9);
    expect(j.status).to.equal('快于预期');
    expect(j.explanation).to.contain('规划表无基期值，以2021年93为起点计算');
    expect(j.explanation).to.contain('序时进度50%');
  });
  it('without a 基期 and with a single year of data it is 待核定, saying why', () => {
    const noBase = indicator({ type: 'end-value', direction: 'up', value: 94.9 }, { base: null, unit: '' });
    const j = judge(noBase, [obs('x', 2023, 94.2)], ctx());
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('无基期值');
  });
  it('the planned path runs linearly from 基期 to 目标', () => {
    const j = judge(up, series('x', [110, 120, 146]), ctx());
    expect(j.plannedPath.map((p) => p.value)).to.deep.equal([100, 120, 140, 160, 180, 200]);
    expect(j.actualPath.map((p) => p.year)).to.deep.equal([2020, 2021, 2022, 2023]);
  });
  it('differences of percentages are in 百分点', () => {
    const share = indicator({ type: 'end-value', direction: 'up', value: 94.9 }, { base: null, unit: '%' });
    expect(judge(share, [obs('x', 2023, 94.2)], ctx()).explanation).to.contain('尚差0.7个百分点');
  });
});

describe('evaluate/rules: 期末值 with 年均增长 (end-value-rate)', () => {
  const trade = indicator({ type: 'end-value-rate', direction: 'up', value: 15.5, rate: 5 }, { base: 12.13, unit: '亿美元' });
  it('plans a compound path and reports the actual average annual growth', () => {
    const j = judge(trade, series('x', [13.05, 13.62, 14.41]), ctx());
    expect(j.plannedPath[3]!.value).to.be.closeTo(12.13 * 1.05 ** 3, 1e-9);
    expect(j.explanation).to.contain('年均增长5.9%，规划年均增长5%');
    expect(j.progress).to.be.closeTo((14.41 - 12.13) / (15.5 - 12.13), 1e-9);
    expect(j.status).to.equal('快于预期');
  });
});

describe('evaluate/rules: growth-rate indicators', () => {
  const income = indicator({ type: 'growth-rate', rate: 8.5 }, { base: 6, unit: '%', target: '—', annualGrowth: '8.5' });
  it('chains the yearly rates and compares with the compound target', () => {
    const j = judge(income, series('x', [9.1, 6.2, 6.8]), ctx());
    const index = 1.091 * 1.062 * 1.068;
    expect(j.progress).to.be.closeTo((index - 1) / (1.085 ** 5 - 1), 1e-9);
    expect(j.status).to.equal('滞后');
    expect(j.explanation).to.contain('平均增长7.4%，低于年均增长8.5%的目标');
  });
  it('growing exactly at the target rate is 基本符合预期; it is never 提前实现', () => {
    expect(judge(income, series('x', [8.5, 8.5, 8.5]), ctx()).status).to.equal('基本符合预期');
    expect(judge(income, series('x', [40, 40, 40]), ctx()).status).to.equal('快于预期');
  });
  it('a missing year is 待核定, naming it', () => {
    const j = judge(income, [obs('x', 2021, 9), obs('x', 2023, 7)], ctx());
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('缺少2022年增速');
  });
});

describe('evaluate/rules: 累计 (cumulative)', () => {
  const invest = indicator({ type: 'cumulative', value: 800 }, { base: null, target: '800' });
  it('compares the running sum with target × t', () => {
    const j = judge(invest, series('x', [150, 160, 170]), ctx());
    expect(j.progress).to.be.closeTo(480 / 800, 1e-9);
    expect(j.status).to.equal('基本符合预期');
    expect(j.actualPath.map((p) => p.value)).to.deep.equal([0, 150, 310, 480]);
  });
  it('a sum already over the target is 提前实现', () => {
    expect(judge(invest, series('x', [300, 300, 300]), ctx()).status).to.equal('提前实现');
  });
});

describe('evaluate/rules: bounds that must hold every year, judged on the latest year', () => {
  const strict = indicator({ type: 'bound', op: '>', value: 80, basis: 'latest' }, { unit: '%', target: '>80' });
  const nonStrict = indicator({ type: 'bound', op: '>=', value: 80, basis: 'latest' }, { unit: '%', target: '≥80' });
  it('holding the bound is 基本符合预期, never 提前实现', () => {
    const j = judge(strict, series('x', [83, 85, 90]), ctx());
    expect(j.status).to.equal('基本符合预期');
    expect(j.brokenYears).to.deep.equal([]);
  });
  it('exactly on the bound: a strict bound fails, a non-strict one holds', () => {
    expect(judge(strict, series('x', [83, 85, 80]), ctx()).status).to.equal('滞后');
    expect(judge(nonStrict, series('x', [83, 85, 80]), ctx()).status).to.equal('基本符合预期');
  });
  it('names each year that broke the bound', () => {
    const j = judge(nonStrict, series('x', [82.5, 78.9, 80]), ctx());
    expect(j.brokenYears).to.deep.equal([2022]);
    expect(j.explanation).to.contain('2022年未达到要求');
  });
  it('judges the latest year and the average: both broken is 严重滞后', () => {
    expect(judge(nonStrict, series('x', [90, 90, 79]), ctx()).status).to.equal('滞后');
    expect(judge(nonStrict, series('x', [75, 76, 79]), ctx()).status).to.equal('严重滞后');
  });
  it('ceilings work the other way', () => {
    const ceiling = indicator({ type: 'bound', op: '<=', value: 35, basis: 'latest' }, { unit: '微克/立方米', target: '≤35' });
    expect(judge(ceiling, series('x', [36, 34, 35]), ctx()).status).to.equal('基本符合预期');
    expect(judge(ceiling, series('x', [34, 34, 36]), ctx()).status).to.equal('滞后');
  });
});

describe('evaluate/rules: control bounds on the period average (default) or every year', () => {
  // 城镇调查失业率 “<5.5” / “5.5以内”: a yearly control bound.
  const ceiling = indicator({ type: 'bound', op: '<', value: 5.5 }, { unit: '%', target: '<5.5' });
  it('by default the period average decides, and the explanation says so and names the year outside', () => {
    const j = judge(ceiling, series('x', [5.0, 5.8, 5.2]), ctx());
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.contain('按期内平均判定');
    expect(j.explanation).to.contain('2022年未达到要求');
  });
  it('an average outside the bound is 滞后 while the latest year holds, 严重滞后 when both miss', () => {
    expect(judge(ceiling, series('x', [5.9, 6.0, 5.2]), ctx()).status).to.equal('滞后');
    expect(judge(ceiling, series('x', [5.9, 6.0, 5.6]), ctx()).status).to.equal('严重滞后');
  });
  it('exactly on a strict bound does not hold; on a non-strict one it does', () => {
    expect(judge(ceiling, series('x', [5.5, 5.5, 5.5]), ctx()).status).to.equal('严重滞后');
    const nonStrict = indicator({ type: 'bound', op: '<=', value: 5.5 }, { unit: '%', target: '5.5以内' });
    expect(judge(nonStrict, series('x', [5.5, 5.5, 5.5]), ctx()).status).to.equal('基本符合预期');
  });
  it('the basis is a setting, and the registry may override it per indicator', () => {
    const every = ctx(2023, false, { ...DEFAULT_SETTINGS, boundBasis: 'every' });
    const j = judge(ceiling, series('x', [5.0, 5.8, 5.2]), every);
    expect(j.status).to.equal('滞后');
    expect(j.explanation).to.contain('按每一年判定');
    const latest = ctx(2023, false, { ...DEFAULT_SETTINGS, boundBasis: 'latest' });
    expect(judge(ceiling, series('x', [5.9, 6.0, 5.2]), latest).status).to.equal('基本符合预期');
    const perIndicator = indicator({ type: 'bound', op: '<', value: 5.5, basis: 'latest' }, { unit: '%', target: '<5.5' });
    expect(judge(perIndicator, series('x', [5.9, 6.0, 5.2]), ctx()).status).to.equal('基本符合预期');
  });
});

describe('evaluate/rules: 保持 (maintain)', () => {
  const keep = indicator({ type: 'maintain', direction: 'up', value: 99 }, { base: 99, unit: '%', target: '99' });
  it('met is 基本符合预期, never 提前实现', () => {
    expect(judge(keep, series('x', [99.1, 99, 99.2]), ctx()).status).to.equal('基本符合预期');
    expect(judge(keep, series('x', [99.1, 99, 99]), ctx()).status).to.equal('基本符合预期');
  });
  it('below the level is 滞后 with the gap in 百分点', () => {
    const j = judge(keep, series('x', [99.5, 99.5, 98.5]), ctx());
    expect(j.status).to.equal('滞后');
    expect(j.explanation).to.contain('相差0.5个百分点');
    expect(j.brokenYears).to.deep.equal([2023]);
  });
  it('below the level now and on average is 严重滞后', () => {
    expect(judge(keep, series('x', [99, 99, 98.5]), ctx()).status).to.equal('严重滞后');
  });
  it('an end-value whose target equals its 基期 is judged as 保持', () => {
    const same = indicator({ type: 'end-value', direction: 'up', value: 31.6 }, { base: 31.6, unit: '万吨' });
    expect(judge(same, series('x', [31.8, 31.7, 31.9]), ctx()).status).to.equal('基本符合预期');
  });
});

describe('evaluate/rules: 完成市下达任务 (city-task)', () => {
  it('without assigned values is 待核定（需市下达任务值）, never a guess', () => {
    const task = indicator({ type: 'city-task', direction: 'down' }, { target: '完成市下达任务' });
    const j = judge(task, series('x', [2.1, 2.3, 2.2]), ctx());
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('待核定（需市下达任务值）');
  });
});

describe('evaluate/rules: 累计下降% (cumulative-decline)', () => {
  const rates = indicator({ type: 'cumulative-decline', value: 30, yearly: 'rate' }, { base: 10, unit: '%', target: '30' });
  it('chains yearly decline rates: 1 − Π(1 − r)', () => {
    const j = judge(rates, series('x', [8, 6.5, 5]), ctx());
    const decline = (1 - 0.92 * 0.935 * 0.95) * 100;
    expect(j.progress).to.be.closeTo(decline / 30, 1e-9);
    expect(j.status).to.equal('基本符合预期');
  });
  it('from levels: (基期 − V) / 基期', () => {
    const levels = indicator({ type: 'cumulative-decline', value: 30, yearly: 'level' }, { base: 200, unit: '起', target: '30' });
    const j = judge(levels, series('x', [190, 170, 160]), ctx());
    expect(j.progress).to.be.closeTo(20 / 30, 1e-9);
    expect(j.status).to.equal('快于预期');
    expect(judge(levels, series('x', [150, 140, 130]), ctx()).status).to.equal('提前实现');
  });
  it('levels without a 基期 (or zero) are 待核定', () => {
    const zero = indicator({ type: 'cumulative-decline', value: 30, yearly: 'level' }, { base: 0, target: '30' });
    expect(judge(zero, series('x', [1, 1, 1]), ctx()).status).to.equal('待核定');
  });
});

describe('evaluate/rules: half-year 评估时点', () => {
  it('uses t = 50% for 2023年上半年', () => {
    const up = indicator({ type: 'end-value', direction: 'up', value: 200 }, { base: 100 });
    const j = judge(up, series('x', [110, 120, 150]), ctx(2023, true));
    expect(j.status).to.equal('基本符合预期');
    expect(j.explanation).to.contain('序时进度50%');
    expect(j.explanation).to.contain('2023年上半年为150亿元');
  });
});

describe('evaluate/rules: 完成市下达任务 with the assigned values', () => {
  const unemployment = indicator({ type: 'city-task', direction: 'down' }, { unit: '%', target: '完成市下达任务' });
  const tasks = series('x', [3.5, 3.5, 3.5], '市下达任务');
  it('meeting the latest year’s task is 基本符合预期, naming years that missed', () => {
    const j = judge(unemployment, series('x', [2.1, 3.6, 2.2]), ctx(), { tasks });
    expect(j.status).to.equal('基本符合预期');
    expect(j.brokenYears).to.deep.equal([2022]);
    expect(j.explanation).to.contain('市下达任务为不高于3.5%');
    expect(j.explanation).to.contain('2022年未完成市下达任务');
  });
  it('missing the latest year is 滞后; missing most years is 严重滞后', () => {
    expect(judge(unemployment, series('x', [2.1, 3.4, 3.6]), ctx(), { tasks }).status).to.equal('滞后');
    expect(judge(unemployment, series('x', [3.7, 3.4, 3.6]), ctx(), { tasks }).status).to.equal('严重滞后');
  });
  it('exactly on the task counts as done; the direction decides', () => {
    expect(judge(unemployment, series('x', [3.5, 3.5, 3.5]), ctx(), { tasks }).status).to.equal('基本符合预期');
    const energy = indicator({ type: 'city-task', direction: 'up' }, { unit: '%', target: '完成市下达任务' });
    expect(judge(energy, series('x', [3.6, 3.6, 3.4]), ctx(), { tasks }).status).to.equal('滞后');
  });
  it('without the latest year’s task value is 待核定（需市下达任务值）', () => {
    const j = judge(unemployment, series('x', [2.1, 2.3, 2.2]), ctx(), { tasks: tasks.slice(0, 2) });
    expect(j.status).to.equal('待核定');
    expect(j.explanation).to.contain('尚未录入2023年市下达的任务值');
  });
});

describe('evaluate/rules: figures are never shown rounded up to a better status', () => {
  it('writes 完成进度 cut to one decimal, so 54.96% beside 滞后 reads 54.9%', () => {
    const up = indicator({ type: 'end-value', direction: 'up', value: 200 }, { base: 100, attribute: '约束性' });
    const j = judge(up, series('x', [110, 120, 154.96]), ctx());
    expect(j.status).to.equal('滞后');
    expect(j.explanation).to.contain('完成进度54.9%，低于序时进度60%达5.1个百分点，滞后');
  });
});

describe('evaluate/outlook: will the 目标 be met in the 目标年?', () => {
  const up = indicator({ type: 'end-value', direction: 'up', value: 200 }, { base: 100 });
  it('projects the compound trend and the growth still needed', () => {
    // 100 → 133.1 over 3 years is 10 %/yr; 2025: 133.1 × 1.1² = 161.05; needed (200/133.1)^(1/2) − 1 = 22.6 %
    const o = judge(up, series('x', [110, 121, 133.1]), ctx()).outlook;
    expect(o.averageGrowth).to.be.closeTo(0.1, 1e-9);
    expect(o.projected).to.be.closeTo(161.051, 1e-6);
    expect(o.requiredGrowth).to.be.closeTo(Math.sqrt(200 / 133.1) - 1, 1e-9);
    expect(o.judgement).to.equal('完成难度较大'); // 22.6 % > 1.5 × 10 %
    expect(o.explanation).to.contain('完成目标尚需年均增长22.6%');
  });
  it('a trend that reaches the target is 能够完成; one within 1.5× the pace is 经努力可以完成', () => {
    expect(judge(up, series('x', [120, 140, 160]), ctx()).outlook.judgement).to.equal('能够完成');
    // 100 → 150: 14.5 %/yr reaches 196.5 by 2025; needed (200/150)^(1/2) − 1 = 15.5 % ≤ 1.5 × 14.5 %
    expect(judge(up, series('x', [110, 130, 150]), ctx()).outlook.judgement).to.equal('经努力可以完成');
    // 100 → 140: 11.9 %/yr; needed 19.5 % > 1.5 × 11.9 %
    expect(judge(up, series('x', [110, 125, 140]), ctx()).outlook.judgement).to.equal('完成难度较大');
  });
  it('a trend in the wrong direction is 完成难度较大', () => {
    expect(judge(up, series('x', [98, 96, 95]), ctx()).outlook.judgement).to.equal('完成难度较大');
  });
  it('can project linearly by setting', () => {
    const linear = { ...ctx(), settings: { ...ctx().settings, forecast: 'linear' as const } };
    const o = judge(up, series('x', [110, 120, 130]), linear).outlook;
    expect(o.projected).to.be.closeTo(150, 1e-9);
    expect(o.judgement).to.equal('完成难度较大'); // needs 35/yr against 10/yr
  });
  it('judges growth-rate targets by the average still needed', () => {
    const income = indicator({ type: 'growth-rate', rate: 8.5 }, { unit: '%', target: '—', annualGrowth: '8.5' });
    const o = judge(income, series('x', [9.1, 6.2, 6.8]), ctx()).outlook;
    const index = 1.091 * 1.062 * 1.068;
    expect(o.requiredGrowth).to.be.closeTo(Math.sqrt(1.085 ** 5 / index) - 1, 1e-9);
    expect(o.judgement).to.equal('经努力可以完成');
  });
  it('bounds: holding now and by trend is 能够完成; breaking both is 完成难度较大', () => {
    const air = indicator({ type: 'bound', op: '>=', value: 80 }, { unit: '%', target: '≥80' });
    expect(judge(air, series('x', [82, 83, 84]), ctx()).outlook.judgement).to.equal('能够完成');
    expect(judge(air, series('x', [84, 82, 80.5]), ctx()).outlook.judgement).to.equal('经努力可以完成');
    expect(judge(air, series('x', [82, 80, 78]), ctx()).outlook.judgement).to.equal('完成难度较大');
  });
  it('nothing to judge when the status is 待核定 or no years remain', () => {
    const task = indicator({ type: 'city-task', direction: 'down' }, { target: '完成市下达任务' });
    expect(judge(task, series('x', [1, 2, 3]), ctx()).outlook.judgement).to.equal(null);
    expect(judge(up, series('x', [110, 120, 130, 140, 150]), ctx(2025)).outlook.judgement).to.equal(null);
  });
});

describe('evaluate/rules: a zero 基期', () => {
  it('still gives p for end values (from 0 to the target)', () => {
    const fromZero = indicator({ type: 'end-value', direction: 'up', value: 10 }, { base: 0, unit: '个', target: '10' });
    const j = judge(fromZero, series('x', [2, 4, 6]), ctx());
    expect(j.progress).to.be.closeTo(0.6, 1e-12);
    expect(j.status).to.equal('基本符合预期');
    // Compound growth from zero is undefined: the outlook falls back to the straight line (6 + 2 × 2 = 10).
    expect(j.outlook.projected).to.be.closeTo(10, 1e-9);
    expect(j.outlook.judgement).to.equal('能够完成');
  });
});
