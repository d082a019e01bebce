// 目标年预判：按已实现的趋势推算目标年的值、完成目标尚需的年均增长，并判断“能够完成 / 经努力可以完成 / 完成难度较大”。
// Our convention (评估方法说明 states it): the trend is the compound (or, by setting, linear) change achieved so
// far; a target the trend reaches is 能够完成; one that needs at most `effortFactor` times the pace achieved so
// far is 经努力可以完成; anything else, including a trend in the wrong direction, is 完成难度较大.
import type { EvaluationSettings, Outlook, OutlookJudgement } from '../model/evaluation.ts';
import { formatNumber } from '../format/number.ts';

const EPS = 1e-9;

export const NO_OUTLOOK: Outlook = { judgement: null, averageGrowth: null, averagePerYear: null, projected: null, requiredGrowth: null, requiredPerYear: null, explanation: '' };

interface Pace {
  /** The pace achieved so far and the pace still needed, in the same unit, signed so that “good” is positive. */
  achieved: number;
  needed: number;
}

function judgeByPace(meets: boolean, pace: Pace, settings: EvaluationSettings): OutlookJudgement {
  if (meets) return '能够完成';
  return pace.achieved > EPS && pace.needed <= settings.effortFactor * pace.achieved + EPS ? '经努力可以完成' : '完成难度较大';
}

const pct = (fraction: number) => `${formatNumber(fraction * 100, 1)}%`;

/**
 * A level moving from `start` (`elapsed` years ago) to `latest`, with `remaining` years to reach `target`.
 * Shares (unit %) move in 百分点, so they are carried forward in a straight line and stay within 0–100 %;
 * other levels follow the `forecast` setting. `show` writes a value (or a difference) with the unit.
 */
export function levelOutlook(
  a: { start: number; latest: number; target: number; direction: 'up' | 'down'; elapsed: number; remaining: number; endYear: number; since: number; share: boolean },
  settings: EvaluationSettings,
  show: (v: number, isDifference?: boolean) => string,
): Outlook {
  if (a.remaining <= 0 || a.elapsed <= 0) return NO_OUTLOOK;
  const d = a.direction === 'up' ? 1 : -1;
  const positive = a.start > 0 && a.latest > 0 && a.target > 0;
  const growth = positive && !a.share ? Math.pow(a.latest / a.start, 1 / a.elapsed) - 1 : null;
  const required = positive && !a.share ? Math.pow(a.target / a.latest, 1 / a.remaining) - 1 : null;
  const compound = settings.forecast === 'compound' && growth !== null && required !== null;
  const slope = (a.latest - a.start) / a.elapsed;
  const neededSlope = (a.target - a.latest) / a.remaining;
  const raw = compound ? a.latest * Math.pow(1 + growth, a.remaining) : a.latest + slope * a.remaining;
  const projected = a.share ? Math.min(100, Math.max(0, raw)) : raw;
  const pace: Pace = compound ? { achieved: d * growth, needed: d * required } : { achieved: d * slope, needed: d * neededSlope };
  const meets = d * (projected - a.target) >= -EPS;
  const judgement = judgeByPace(meets, pace, settings);
  const move = (v: number) => `${v >= 0 ? (a.share ? '提高' : '增加') : a.share ? '降低' : '减少'}${show(Math.abs(v), true)}`;
  const trend = compound ? `按${a.since}年以来年均${growth >= 0 ? '增长' : '下降'}${pct(Math.abs(growth))}推算` : `按${a.since}年以来年均${move(slope)}推算`;
  const need = compound ? `年均${required >= 0 ? '增长' : '下降'}${pct(Math.abs(required))}` : `年均${move(neededSlope)}`;
  return {
    judgement,
    averageGrowth: growth,
    averagePerYear: slope,
    projected,
    requiredGrowth: required,
    requiredPerYear: neededSlope,
    explanation: `${trend}，${a.endYear}年可达${show(projected)}，${meets ? '达到' : '未达到'}目标${show(a.target)}；完成目标尚需${need}，${judgement}`,
  };
}

/** A growth-rate target: `index` = Π(1 + rᵢ) over `elapsed` years of a `span`-year period. */
export function rateOutlook(a: { index: number; elapsed: number; span: number; rate: number; endYear: number }, settings: EvaluationSettings): Outlook {
  const remaining = a.span - a.elapsed;
  if (remaining <= 0) return NO_OUTLOOK;
  const achieved = Math.pow(a.index, 1 / a.elapsed) - 1;
  const goal = Math.pow(1 + a.rate / 100, a.span);
  const required = Math.pow(goal / a.index, 1 / remaining) - 1;
  const projectedAverage = Math.pow(a.index * Math.pow(1 + achieved, remaining), 1 / a.span) - 1;
  const judgement = judgeByPace(required <= achieved + EPS, { achieved, needed: required }, settings);
  return {
    judgement,
    averageGrowth: achieved,
    averagePerYear: achieved * 100,
    projected: projectedAverage * 100,
    requiredGrowth: required,
    requiredPerYear: required * 100,
    explanation: `按目前年均增长${pct(achieved)}推算，规划期年均增长${pct(projectedAverage)}；实现年均增长${formatNumber(a.rate, 2)}%的目标，其余年份尚需年均增长${pct(required)}，${judgement}`,
  };
}

/** A 累计 target: `sum` over `elapsed` years, `target` over the whole period. */
export function sumOutlook(a: { sum: number; target: number; elapsed: number; remaining: number; endYear: number }, settings: EvaluationSettings, show: (v: number) => string): Outlook {
  if (a.remaining <= 0 || a.elapsed <= 0) return NO_OUTLOOK;
  const perYear = a.sum / a.elapsed;
  const needed = (a.target - a.sum) / a.remaining;
  const projected = a.sum + perYear * a.remaining;
  const judgement = judgeByPace(projected >= a.target - EPS, { achieved: perYear, needed }, settings);
  return {
    judgement,
    averageGrowth: null,
    averagePerYear: perYear,
    projected,
    requiredGrowth: null,
    requiredPerYear: needed,
    explanation: `按目前年均${show(perYear)}推算，期末累计可达${show(projected)}；完成累计目标其余年份尚需年均${show(Math.max(needed, 0))}，${judgement}`,
  };
}

/**
 * A 累计下降 target: cumulative decline `decline` (fraction) after `elapsed` years, `target` (fraction) by the end.
 * A 累计提升 target is the same with the signs turned (`up`).
 */
export function declineOutlook(a: { decline: number; target: number; elapsed: number; remaining: number; endYear: number; up?: boolean }, settings: EvaluationSettings): Outlook {
  if (a.remaining <= 0 || a.elapsed <= 0 || a.decline >= 1) return NO_OUTLOOK;
  if (a.up) return riseOutlook({ ...a, rise: a.decline }, settings);
  const achieved = 1 - Math.pow(1 - a.decline, 1 / a.elapsed);
  const needed = 1 - Math.pow((1 - a.target) / (1 - a.decline), 1 / a.remaining);
  const projected = 1 - (1 - a.decline) * Math.pow(1 - achieved, a.remaining);
  const judgement = judgeByPace(projected >= a.target - EPS, { achieved, needed }, settings);
  return {
    judgement,
    averageGrowth: -achieved,
    averagePerYear: achieved * 100,
    projected: projected * 100,
    requiredGrowth: -needed,
    requiredPerYear: needed * 100,
    explanation: `按目前年均下降${pct(achieved)}推算，${a.endYear}年累计下降可达${pct(projected)}；完成目标其余年份尚需年均下降${pct(Math.max(needed, 0))}，${judgement}`,
  };
}

/** A bound (or 保持 level) that must keep holding: the latest year and the linear trend to the 目标年. */
export function boundOutlook(
  a: { first: { year: number; value: number }; latest: { year: number; value: number }; holds: (v: number) => boolean; remaining: number; endYear: number; share: boolean },
  show: (v: number) => string,
): Outlook {
  if (a.remaining <= 0) return NO_OUTLOOK;
  const years = a.latest.year - a.first.year;
  const slope = years > 0 ? (a.latest.value - a.first.value) / years : 0;
  const raw = a.latest.value + slope * a.remaining;
  const projected = a.share ? Math.min(100, Math.max(0, raw)) : raw;
  const now = a.holds(a.latest.value);
  const then = a.holds(projected);
  const judgement: OutlookJudgement = now && then ? '能够完成' : now || then ? '经努力可以完成' : '完成难度较大';
  return {
    judgement,
    averageGrowth: null,
    averagePerYear: slope,
    projected,
    requiredGrowth: null,
    requiredPerYear: null,
    explanation: `按${a.first.year}年以来的变化趋势推算，${a.endYear}年约为${show(projected)}，${then ? '仍能' : '难以'}满足要求，${judgement}`,
  };
}

/** 完成市下达任务: the record of meeting the assigned yearly values so far. */
export function taskOutlook(a: { latestMet: boolean; missedYears: number[]; remaining: number; what: string }): Outlook {
  if (a.remaining <= 0) return NO_OUTLOOK;
  const judgement: OutlookJudgement = a.latestMet ? (a.missedYears.length === 0 ? '能够完成' : '经努力可以完成') : '完成难度较大';
  const record = a.missedYears.length === 0 ? `各年均完成${a.what}` : `${a.missedYears.join('、')}年未完成${a.what}`;
  return { judgement, averageGrowth: null, averagePerYear: null, projected: null, requiredGrowth: null, requiredPerYear: null, explanation: `${record}，${judgement}` };
}

/** A 累计提升 target (compounded): rise `rise` (fraction) after `elapsed` years, `target` (fraction) by the end. */
function riseOutlook(a: { rise: number; target: number; elapsed: number; remaining: number; endYear: number }, settings: EvaluationSettings): Outlook {
  if (a.rise <= -1) return NO_OUTLOOK;
  const achieved = Math.pow(1 + a.rise, 1 / a.elapsed) - 1;
  const needed = Math.pow((1 + a.target) / (1 + a.rise), 1 / a.remaining) - 1;
  const projected = (1 + a.rise) * Math.pow(1 + achieved, a.remaining) - 1;
  const judgement = judgeByPace(projected >= a.target - EPS, { achieved, needed }, settings);
  return {
    judgement,
    averageGrowth: achieved,
    averagePerYear: achieved * 100,
    projected: projected * 100,
    requiredGrowth: needed,
    requiredPerYear: needed * 100,
    explanation: `按目前年均提升${pct(achieved)}推算，${a.endYear}年累计提升可达${pct(projected)}；完成目标其余年份尚需年均提升${pct(Math.max(needed, 0))}，${judgement}`,
  };
}
