// 报告种类对输入的要求，在评估之后核对：总结评估须在规划期末；调整方案须有调整建议（且进展正常的指标须另举依据）；
// 审议意见研究处理情况的报告须有审议意见。
// These depend on the config and, for proposals, on the evaluation: a plan folder may hold adjustments.yaml
// while a mid-term report is built from it, and only the report that prints the proposals holds them to it.
import type { Config } from '../config.ts';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';

export function checkReportKind(config: Pick<Config, 'file' | 'report' | 'evaluation'>, plan: Plan, _evaluation: Evaluation): void {
  const problems: Diagnostic[] = [];
  const { end } = plan.info.period;
  if (config.report.kind === 'final' && (config.evaluation.year !== end || config.evaluation.half)) {
    problems.push(msg.finalYear(config.file, config.evaluation.year, config.evaluation.half, end));
  }
  if (problems.length > 0) throw new InputError(problems);
}
