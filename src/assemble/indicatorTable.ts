// 附件1 主要指标实施进展情况表：32 项指标的基期、目标、逐年数值、序时进度、完成进度、状态与判定依据。
import { chineseNumeral } from '../format/chinese.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import type { Evaluation, IndicatorEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { IndicatorTable, IndicatorTableRow } from './model.ts';

export function indicatorTable(plan: Plan, evaluation: Evaluation): IndicatorTable {
  const years: number[] = [];
  for (let y = plan.info.period.start; y <= evaluation.point.year; y++) years.push(y);
  let no = 0;
  const groups = plan.info.groups.map((group, gi) => ({
    label: `${chineseNumeral(gi + 1)}、${group}`,
    rows: evaluation.indicators.filter((e) => e.indicator.group === group).map((e) => row(++no, e, years, evaluation)),
  }));
  return {
    pointLabel: pointLabel(evaluation.point),
    schedule: formatPercent(evaluation.schedule),
    baseYear: plan.info.baseYear,
    endYear: plan.info.period.end,
    years,
    columnCount: 9 + years.length,
    groups,
    notes: sourceNotes(evaluation),
  };
}

function row(no: number, e: IndicatorEvaluation, years: number[], evaluation: Evaluation): IndicatorTableRow {
  const ind = e.indicator;
  const growth = ind.annualGrowth !== '—' ? `（年均增长${ind.annualGrowth}%）` : '';
  return {
    no,
    name: `${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`,
    attribute: ind.attribute,
    binding: ind.attribute === '约束性',
    base: ind.base === null ? '—' : formatNumber(ind.base, 2),
    target: `${ind.target}${growth}`,
    values: years.map((y) => {
      const o = e.observations.find((x) => x.year === y);
      return o ? { text: formatNumber(o.value, 2), illustrative: o.illustrative } : { text: '—', illustrative: false };
    }),
    schedule: e.progress === null ? '—' : formatPercent(evaluation.schedule),
    progress: e.progress === null ? '—' : formatPercent(e.progress),
    status: e.status,
    statusClass: STATUS_STYLE[e.status].cssClass,
    explanation: e.explanation,
  };
}

/** Where the figures come from: each real source with what it supplied, and the illustrative ones counted. */
function sourceNotes(evaluation: Evaluation): string[] {
  const bySource = new Map<string, string[]>();
  let illustrative = 0;
  for (const e of evaluation.indicators) {
    for (const o of e.observations) {
      if (o.illustrative) {
        illustrative++;
        continue;
      }
      const list = bySource.get(o.source) ?? [];
      list.push(`${e.indicator.name}（${o.year}年）`);
      bySource.set(o.source, list);
    }
  }
  const notes = [...bySource].map(([source, items]) => `数据来源：${source}——${items.join('、')}。`);
  if (illustrative > 0) notes.push(`标“*”的${illustrative}个数值为示例数据（非真实统计数据），仅用于演示，待各责任单位报送实际数据后替换。`);
  notes.push('“—”表示规划表无基期值、目标以“完成市下达任务”等形式表述、或该形式不计算完成进度。');
  return notes;
}
