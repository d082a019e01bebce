// 报告种类对输入的要求，在评估之后核对：总结评估须在规划期末；调整方案须有调整建议，且评估不支持调整的指标须另举依据；
// 审议意见研究处理情况的报告须有审议意见。
// These depend on the config and, for proposals, on the evaluation: a plan folder may hold adjustments.yaml
// while a mid-term report is built from it, and only the report that prints the proposals holds them to it.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { Evaluation, Status } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { PROPOSAL_FILES } from '../load/planFiles.ts';

/**
 * The statuses that by themselves call for a new target: behind (lower it, or say how to catch up) or already
 * reached (raise it). On schedule or undetermined, the evaluation gives no reason to change anything.
 */
export const CALLS_FOR_ADJUSTMENT: readonly Status[] = ['滞后', '严重滞后', '未完成', '提前实现'];

export function checkReportKind(config: Pick<Config, 'file' | 'report' | 'evaluation' | 'paths' | 'display'>, plan: Plan, evaluation: Evaluation): void {
  const problems: Diagnostic[] = [];
  const { end } = plan.info.period;
  switch (config.report.kind) {
    case 'final':
      if (config.evaluation.year !== end || config.evaluation.half) problems.push(msg.finalYear(config.file, config.evaluation.year, config.evaluation.half, end));
      break;
    case 'adjustment':
      if (plan.adjustments.length === 0) problems.push(msg.adjustmentNone(config.display(join(config.paths.plan, PROPOSAL_FILES.adjustments))));
      for (const a of plan.adjustments) {
        const e = evaluation.indicators.find((x) => x.indicator.id === a.indicatorId)!;
        if (!CALLS_FOR_ADJUSTMENT.includes(e.status) && a.evidence === undefined) problems.push(msg.adjustmentNeedsEvidence(a.origin.file, a.origin.position, e.indicator.name, e.statusLabel));
      }
      break;
    case 'response':
      if (plan.opinions.length === 0) problems.push(msg.opinionNone(config.display(join(config.paths.plan, PROPOSAL_FILES.opinions))));
      break;
    case 'midterm':
    case 'annual':
      break;
  }
  if (problems.length > 0) throw new InputError(problems);
}
