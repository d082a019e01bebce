// 海州区“十四五”32项主要指标的逐项算例：每项的预期状态按评估规则手工推出（t = 60%，δ = 5个百分点）。
// The figures are the repository's data/haizhou-14 (all but 2021 GDP are 示例). If that data changes, these
// hand derivations must be redone — that is the point: a status change must be seen and understood.
import { expect } from 'chai';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import type { Evaluation } from '../../src/model/evaluation.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';

const EXPECTED: [id: string, status: string, derivation: string][] = [
  // 经济强
  ['gdp', '滞后', '(812.6−653)/(1000−653) = 46.0% < 55%, ≥ 30%'],
  ['labor-productivity', '基本符合预期', '(18.3−14.6)/(20.8−14.6) = 59.7%, within 55–65%'],
  ['rd-share', '快于预期', '(3.38−3.2)/(3.45−3.2) = 72% ≥ 65%'],
  ['patents', '提前实现', '16.4 ≥ 目标 16'],
  ['manufacturing-share', '严重滞后', '13.5 < 基期 13.7: wrong direction, p < 0'],
  ['hightech-share', '基本符合预期', '(67.9−65)/(70−65) = 58%'],
  ['producer-services-share', '基本符合预期', '(65.8−60)/(70−60) = 58%'],
  ['urbanization', '基本符合预期', '(90.9−89.2)/(92−89.2) = 60.7%'],
  ['foreign-trade', '快于预期', '(14.41−12.13)/(15.5−12.13) = 67.7% ≥ 65%'],
  ['foreign-investment', '滞后', '(3.95−3.37)/(5−3.37) = 35.6%: below 55%, above 30%'],
  // 百姓富
  ['income-growth', '滞后', '1.091×1.062×1.068 − 1 = 23.7%; (1.085⁵ − 1) = 50.4%; p = 47.1%'],
  ['unemployment', '待核定', '完成市下达任务, no 市下达任务值 supplied'],
  ['life-expectancy', '快于预期', '(77.8−77.23)/(78−77.23) = 74%'],
  ['pension-coverage', '基本符合预期', '保持 99: 99.2 ≥ 99'],
  ['childcare', '提前实现', '2.35 ≥ 目标 2'],
  ['physicians', '快于预期', '(4.93−4.79)/(5−4.79) = 66.7% ≥ 65%'],
  ['community-elderly-care', '基本符合预期', '(95.1−87.15)/(100−87.15) = 61.9%'],
  ['home-care-share', '待核定', '完成市下达任务, no 市下达任务值'],
  // 环境美 (all 约束性)
  ['energy-intensity', '待核定', '完成市下达任务, no 市下达任务值'],
  ['carbon-intensity', '待核定', '完成市下达任务, no 市下达任务值'],
  ['surface-water', '基本符合预期', '>80: 91.7 holds in 2023, average 87.5 holds'],
  ['air-quality', '基本符合预期', '≥80: 80.0 holds exactly (non-strict); 2022 (78.9) broke it'],
  ['pm25', '待核定', '完成市下达任务, no 市下达任务值'],
  ['forest-coverage', '滞后', '(29.1−28.2)/(30−28.2) = 50%: below 55%'],
  // 社会文明程度高
  ['rule-of-law-satisfaction', '快于预期', 'no 基期: from 2021 (93.1), (94.2−93.1)/(94.9−93.1) = 61.1% against t = (2023−2021)/(2025−2021) = 50%'],
  ['beautiful-community', '待核定', '完成市下达任务, no 市下达任务值'],
  ['culture-visits', '严重滞后', '2.4 < 基期 2.52: wrong direction'],
  ['education-years', '基本符合预期', '(12.5−12.1)/(12.8−12.1) = 57.1%'],
  ['civility-index', '快于预期', '(91.1−90)/(91.5−90) = 73.3%'],
  // 安全保障
  ['grain-capacity', '基本符合预期', '保持 31.6: 31.9 ≥ 31.6'],
  ['work-accident-decline', '基本符合预期', '1 − 0.92×0.935×0.95 = 18.3%; 18.3/30 = 60.9%'],
  ['public-safety', '基本符合预期', '≥96: 97.5 holds, average 97.2 holds'],
];

describe('evaluate: worked example of the 32 seed indicators (评估时点 2023)', () => {
  let evaluation: Evaluation;
  before(async () => {
    ({ evaluation } = await loadAndEvaluate({ cwd: PROJECT_ROOT }));
  });

  it('covers every indicator of the plan table, in its order', () => {
    expect(evaluation.indicators.map((e) => e.indicator.id)).to.deep.equal(EXPECTED.map(([id]) => id));
  });
  for (const [id, status, derivation] of EXPECTED) {
    it(`${id}: ${status} — ${derivation}`, () => {
      expect(evaluation.indicators.find((e) => e.indicator.id === id)!.status).to.equal(status);
    });
  }
  it('lists the lagging 约束性 indicator first', () => {
    expect(evaluation.summary.lagging[0]).to.equal('forest-coverage');
    expect(evaluation.summary.laggingBinding).to.deep.equal(['forest-coverage']);
  });
});
