// 附件的种类与顺序：正文的交叉引用（{{ref appendix sources}}）与组装阶段共用，附件增减时编号随之变化。
// Each kind of report has its own 附件: an evaluation shows the progress table, a 总结评估 the five-year
// completion table in its place, a 调整方案 the proposals beside the progress that motivates them.
import type { ReportKind } from '../config.ts';
import type { Plan, PlanInfo } from './plan.ts';

export const APPENDIX_TITLES = {
  indicators: '主要指标实施进展情况表',
  completion: '主要指标完成情况表',
  adjustments: '主要指标调整方案对照表',
  projects: '重大工程项目推进情况表',
  sources: '数据来源',
  method: '评估方法说明',
} as const;
export type AppendixKey = keyof typeof APPENDIX_TITLES;

/** The title as printed: the completion table names the years it compares (“（2020—2025年）”). */
export function appendixTitle(key: AppendixKey, info: Pick<PlanInfo, 'baseYear' | 'period'>): string {
  return key === 'completion' ? `${APPENDIX_TITLES.completion}（${info.baseYear}—${info.period.end}年）` : APPENDIX_TITLES[key];
}

/**
 * The 附件 of a report, in order. The projects table only when the plan has a projects registry, and only in the
 * evaluations (a 调整方案 and the answer to 审议意见 are about the indicators).
 */
export function appendixKeys(plan: Pick<Plan, 'projects'>, kind: ReportKind): AppendixKey[] {
  const projects = plan.projects.length > 0 ? (['projects'] as const) : [];
  switch (kind) {
    case 'midterm':
    case 'annual':
      return ['indicators', ...projects, 'sources', 'method'];
    case 'final':
      return ['completion', ...projects, 'sources', 'method'];
    case 'adjustment':
      return ['adjustments', 'indicators', 'sources', 'method'];
    case 'response':
      return ['indicators', 'sources', 'method'];
  }
}
