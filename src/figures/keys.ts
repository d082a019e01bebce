// 一份规划可供正文放置的图表的键：{{figure 键}} 和 {{ref figure 键}} 用它核对，不必载入画图的模块（Vega）。
import type { PlanInfo } from '../model/plan.ts';

/** The keys content may use, without rendering anything (for checking expressions). */
export function figureKeys(info: Pick<PlanInfo, 'groups'>): string[] {
  return ['status-by-group', ...info.groups.map((g) => `trend:${g}`)];
}
