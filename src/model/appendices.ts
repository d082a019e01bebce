// 附件的种类与顺序：正文的交叉引用（{{ref appendix sources}}）与组装阶段共用，附件增减时编号随之变化。
import type { Plan } from './plan.ts';

export const APPENDIX_TITLES = {
  indicators: '主要指标实施进展情况表',
  projects: '重大工程项目推进情况表',
  sources: '数据来源',
  method: '评估方法说明',
} as const;
export type AppendixKey = keyof typeof APPENDIX_TITLES;

/** The 附件 of a report, in order: the projects table only when the plan has a projects registry. */
export function appendixKeys(plan: Pick<Plan, 'projects'>): AppendixKey[] {
  return ['indicators', ...(plan.projects.length > 0 ? (['projects'] as const) : []), 'sources', 'method'];
}
