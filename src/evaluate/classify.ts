// 依完成进度 p 与序时进度 t 判定状态（评估方法说明“状态”表）。
import type { EvaluationSettings, Status } from '../model/evaluation.ts';

/**
 * Comparisons at the boundaries (p exactly on t − δ) must not flip with floating-point noise such as
 * 0.55 computed as 0.5499999999; progress is compared after rounding away noise below 1e-9.
 */
export const EPS = 1e-9;

/** The status for progress p against schedule t when the target is not yet met. */
export function statusFromProgress(p: number, t: number, settings: EvaluationSettings): Status {
  if (p <= EPS || p < t * settings.seriousShare - EPS) return '严重滞后';
  if (p >= t + settings.delta - EPS) return '快于预期';
  if (p >= t - settings.delta - EPS) return '基本符合预期';
  return '滞后';
}

/** True when `value` has reached `target` in the indicator's good direction. */
export function reachedTarget(value: number, target: number, direction: 'up' | 'down'): boolean {
  return direction === 'up' ? value >= target - EPS : value <= target + EPS;
}

export function holdsBound(value: number, op: '>' | '>=' | '<' | '<=', bound: number): boolean {
  switch (op) {
    case '>':
      return value > bound + EPS;
    case '>=':
      return value >= bound - EPS;
    case '<':
      return value < bound - EPS;
    case '<=':
      return value <= bound + EPS;
  }
}
