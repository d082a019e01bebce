// 序时进度 t：评估时点在规划期中已过去的比例。
import type { EvaluationPoint } from '../model/evaluation.ts';
import type { PlanInfo } from '../model/plan.ts';

/** Years elapsed since the 基期 at the 评估时点: 2023 → 3, 2023年上半年 → 2.5. */
export function elapsedYears(point: EvaluationPoint, info: PlanInfo): number {
  return point.year - info.baseYear - (point.half ? 0.5 : 0);
}

/** 序时进度 t = elapsed / (目标年 − 基期): 2023 in 2021–2025 → 0.6; 2023年上半年 → 0.5. */
export function sequentialProgress(point: EvaluationPoint, info: PlanInfo): number {
  return elapsedYears(point, info) / (info.period.end - info.baseYear);
}

/** How a 评估时点 is written: “2023年” or “2023年上半年”. */
export function pointLabel(point: EvaluationPoint): string {
  return `${point.year}年${point.half ? '上半年' : ''}`;
}

/** The years from `from` to `to`, both included. */
export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The plan years up to the 评估时点 — the years a report shows figures for. */
export function reportedYears(point: EvaluationPoint, info: PlanInfo): number[] {
  return yearsBetween(info.period.start, point.year);
}

/**
 * The 序时进度 of a compound path: the share of the planned change made after `elapsed` of `span` years at
 * `ratePercent` a year, ((1 + g)ᵉ − 1) / ((1 + g)ˢ − 1); the plain share e / s when g is 0.
 */
export function compoundSchedule(ratePercent: number, elapsed: number, span: number): number {
  const g = ratePercent / 100;
  if (Math.abs(g) < 1e-12) return elapsed / span;
  return (Math.pow(1 + g, elapsed) - 1) / (Math.pow(1 + g, span) - 1);
}
