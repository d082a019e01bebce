// 调整方案的附件“主要指标调整方案对照表”：每项拟调整的指标，规划目标与建议调整后的目标、评估状态、调整理由，
// 其下为评估依据、目标年预判、其他依据与约束性指标的法定程序说明。
import { formatNumber } from '../format/number.ts';
import { legalProcedureNote, plannedTarget, proposedTarget } from '../format/proposals.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { AdjustmentRow, AdjustmentTable, TableColumn } from './model.ts';
import { APPENDIX_TABLE, cellsOf, sizedColumns } from '../format/columnWidths.ts';

export function adjustmentTable(plan: Plan, evaluation: Evaluation): AdjustmentTable {
  // In the order of the registry (and so of 附件 indicators), whatever order they were entered in.
  const proposals = plan.indicators.flatMap((ind) => plan.adjustments.filter((a) => a.indicatorId === ind.id).map((a) => ({ a, ind })));
  const illustrative = proposals.filter(({ a }) => a.illustrative).length;
  const binding = proposals.filter(({ a }) => a.legalProcedure).length;
  const rows = proposals.map(({ a, ind }, i): AdjustmentRow => {
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
  });
  return {
    pointLabel: pointLabel(evaluation.point),
    columnCount: 8,
    columns: columns(rows),
    rows,
    notes: [
      '“建议调整为”栏为本调整方案提出的目标，经批准后替代规划目标；评估状态与判定依据见附件“主要指标实施进展情况表”和“评估方法说明”。',
      ...(binding > 0 ? [`其中${binding}项为约束性指标，其调整须依照法定程序报人民代表大会常务委员会审查批准。`] : []),
      ...(illustrative > 0 ? [`标“示例”的${illustrative}项调整建议为示例（非真实调整方案），仅用于演示报告格式。`] : []),
    ],
  };
}

/**
 * The columns in the order templates/appendix-adjustments.hbs prints the cells, each as wide as its content asks
 * (see sizedColumns), across the landscape 版心: 10.5 pt, 黑体 header and 建议调整为, 仿宋 body, 调整理由 9.5 pt,
 * cells padded 3 pt a side.
 */
function columns(rows: AdjustmentRow[]): TableColumn[] {
  const cells = (pick: (r: AdjustmentRow) => string) => cellsOf(rows, pick);
  return sizedColumns(
    [
      { header: ['序号'], cells: cells((r) => String(r.no)) },
      { header: ['指标名称', '（单位）'], cells: cells((r) => r.name) },
      { header: ['属性'], cells: cells((r) => r.attribute) },
      { header: ['基期值'], cells: cells((r) => r.base) },
      { header: ['规划目标'], cells: cells((r) => r.planned) },
      { header: ['建议调整为'], cells: cells((r) => `${r.proposed}${r.illustrative ? '（示例）' : ''}`), role: 'heiti' },
      { header: ['评估状态'], cells: cells((r) => r.status) },
      { header: ['调整理由'], cells: cells((r) => r.reason), size: 9.5 },
    ],
    225,
    APPENDIX_TABLE,
  );
}
