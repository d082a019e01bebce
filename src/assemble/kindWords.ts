// 各种报告的默认标题与开头语：评估报告“关于《…》实施情况的中期评估报告”，调整方案“关于《…》调整方案（草案）的说明”，
// 审议意见的研究处理情况“关于《…》中期评估报告审议意见研究处理情况的报告”。
// The wording follows the documents local governments send their 人大常委会: an evaluation 报告 reports, a
// 调整方案 is 说明-ed (it is the draft the 常委会 approves), the answer to 审议意见 reports how they were handled.
import type { Config, ReportKind } from '../config.ts';
import { regionLevel } from '../format/chinese.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';

type Reviewed = NonNullable<Config['report']['reviewed']>;

/** The report the 常委会 reviewed, as its 审议意见 name it. */
const REVIEWED_REPORT: Record<Reviewed, string> = {
  midterm: '中期评估报告',
  annual: '年度监测报告',
  final: '总结评估报告',
  adjustment: '调整方案（草案）',
};

/** The report a `response` answers (the 中期评估报告 unless the config says otherwise). */
export const reviewedReport = (config: Pick<Config, 'report'>) => REVIEWED_REPORT[config.report.reviewed ?? 'midterm'];

/** The standing committee as the region's documents call it: 区人大常委会, 市人大常委会 … */
export const standingCommittee = (plan: Plan) => `${regionLevel(plan.info.regionShort)}人大常委会`;

export function defaultTitle(config: Pick<Config, 'report'>, plan: Plan): string {
  const name = `《${plan.info.name}》`;
  switch (config.report.kind) {
    case 'midterm':
      return `关于${name}实施情况的中期评估报告`;
    case 'annual':
      return `关于${name}实施情况的年度监测报告`;
    case 'final':
      return `关于${name}实施情况的总结评估报告`;
    case 'adjustment':
      return `关于${name}调整方案（草案）的说明`;
    case 'response':
      return `关于${name}${reviewedReport(config)}审议意见研究处理情况的报告`;
  }
}

/** The clause after “受…委托，” in the opening sentence of the 人大 version, up to “，请予审议。”. */
export function openingClause(config: Pick<Config, 'report'>, plan: Plan, evaluation: Evaluation): string {
  const name = `《${plan.info.name}》`;
  const words: Record<ReportKind, () => string> = {
    midterm: () => `现将${name}实施中期评估情况报告如下`,
    final: () => `现将${name}实施总结评估情况报告如下`,
    annual: () => `现将${evaluation.point.year}年${name}实施情况报告如下`,
    adjustment: () => `现就${name}调整方案（草案）作如下说明`,
    response: () => `现将${standingCommittee(plan)}对${name}${reviewedReport(config)}审议意见的研究处理情况报告如下`,
  };
  return words[config.report.kind]();
}
