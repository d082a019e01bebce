// 调整方案的附件“主要指标调整方案对照表”：每项拟调整的指标，规划目标与建议调整后的目标、评估状态、调整理由，
// 其下为评估依据、目标年预判、其他依据与约束性指标的法定程序说明。
import { formatNumber } from '../format/number.ts';
import { legalProcedureNote, plannedTarget, proposedTarget } from '../format/proposals.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { AdjustmentTable } from './model.ts';

export function adjustmentTable(plan: Plan, evaluation: Evaluation): AdjustmentTable {
  // In the order of the registry (and so of 附件 indicators), whatever order they were entered in.
  const proposals = plan.indicators.flatMap((ind) => plan.adjustments.filter((a) => a.indicatorId === ind.id).map((a) => ({ a, ind })));
  const illustrative = proposals.filter(({ a }) => a.illustrative).length;
  const binding = proposals.filter(({ a }) => a.legalProcedure).length;
  return {
    pointLabel: pointLabel(evaluation.point),
    columnCount: 8,
    rows: proposals.map(({ a, ind }, i) => {
      const e = evaluation.indicators.find((x) => x.indicator.id === ind.id)!;
      return {
        no: i + 1,
        name: `${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`,
        attribute: ind.attribute,
        binding: ind.attribute === '约束性',
        base: ind.base === null ? '—' : formatNumber(ind.base, 2),
        planned: plannedTarget(ind),
        proposed: proposedTarget(a, ind),
        status: e.statusLabel,
        statusClass: STATUS_STYLE[e.status].cssClass,
        reason: a.reason,
        illustrative: a.illustrative,
        explanation: e.explanation,
        outlook: e.outlook.judgement ? `${e.outlook.judgement}${e.outlook.explanation ? `（${e.outlook.explanation}）` : ''}` : '',
        evidence: a.evidence ?? '',
        procedure: a.legalProcedure ? legalProcedureNote(plan.info) : '',
      };
    }),
    notes: [
      '“建议调整为”栏为本调整方案提出的目标，经批准后替代规划目标；评估状态与判定依据见附件“主要指标实施进展情况表”和“评估方法说明”。',
      ...(binding > 0 ? [`其中${binding}项为约束性指标，其调整须依照法定程序报人民代表大会常务委员会审查批准。`] : []),
      ...(illustrative > 0 ? [`标“示例”的${illustrative}项调整建议为示例（非真实调整方案），仅用于演示报告格式。`] : []),
    ],
  };
}
