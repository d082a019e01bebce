// 总结评估的附件“主要指标完成情况表（2020—2025年）”：每项指标的基期值、目标、目标年的实际值（或最近一年的值，
// 注明年份）与完成情况，一行一项，判定依据在其下。
// The five-year comparison a 总结评估 is read for. A figure of an earlier year than the 目标年 is printed with
// its year and the note says why; nothing is shown as the 目标年's figure that is not.
import { chineseNumeral } from '../format/chinese.ts';
import { formatNumber } from '../format/number.ts';
import { valueMark } from '../format/observation.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import type { Evaluation, IndicatorEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { annualText } from './indicatorTable.ts';
import { APPENDIX_TABLE, cellsOf, sizedColumns } from '../format/columnWidths.ts';
import type { CompletionRow, CompletionTable } from './model.ts';

export function completionTable(plan: Plan, evaluation: Evaluation): CompletionTable {
  const end = plan.info.period.end;
  let no = 0;
  const groups = plan.info.groups.map((group, gi) => ({
    label: `${chineseNumeral(gi + 1)}、${group}`,
    rows: evaluation.indicators.filter((e) => e.indicator.group === group).map((e) => row(++no, e, plan.info.baseYear, end)),
  }));
  const rows = groups.flatMap((g) => g.rows);
  const cells = (pick: (r: CompletionRow) => string) => cellsOf(rows, pick);
  // The columns in the order templates/appendix-completion.hbs prints the cells, each as wide as its content asks
  // (see sizedColumns), across the landscape 版心: 10.5 pt, 黑体 header, 仿宋 body, cells padded 3 pt a side.
  const columns = sizedColumns(
    [
      { header: ['序号'], cells: cells((r) => String(r.no)) },
      { header: ['指标名称', '（单位）'], cells: cells((r) => r.name) },
      { header: ['属性'], cells: cells((r) => r.attribute) },
      { header: [`${plan.info.baseYear}年`, '基期值'], cells: cells((r) => r.base) },
      { header: [`${end}年`, '目标'], cells: cells((r) => r.target) },
      { header: [`${end}年`, '实际'], cells: rows.map((r) => ({ text: r.actual.text, marked: r.actual.illustrative })) },
      { header: ['完成情况'], cells: cells((r) => r.status) },
    ],
    225,
    APPENDIX_TABLE,
  );
  const earlier = rows.filter((r) => r.earlier).length;
  const illustrative = rows.filter((r) => r.actual.illustrative).length;
  return {
    baseYear: plan.info.baseYear,
    endYear: end,
    columnCount: 7,
    columns,
    groups,
    notes: [
      ...(earlier > 0 ? [`“${end}年实际”栏注明年份的${earlier}项指标，${end}年数据尚未报送，按最近一年的数据判定，并附按趋势推算的目标年预判。`] : []),
      '年均增长类指标的实际值为期内年均增速，累计类指标为期内累计值；“—”表示尚无数据，或目标以上级下达任务、相对目标、定性表述等形式给出。',
      ...(illustrative > 0 ? [`标“*”的${illustrative}个实际值含示例数据（非真实统计数据），仅用于演示，待各责任单位报送实际数据后替换。`] : []),
    ],
  };
}

function row(no: number, e: IndicatorEvaluation, baseYear: number, end: number): CompletionRow {
  const ind = e.indicator;
  const earlier = e.dataPoint.year !== end || e.dataPoint.half;
  const figure = achieved(e, baseYear);
  const outlook = earlier && e.outlook.judgement ? `${e.outlook.judgement}${e.outlook.explanation ? `（${e.outlook.explanation}）` : ''}` : '';
  return {
    no,
    name: `${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`,
    attribute: ind.attribute,
    binding: ind.attribute === '约束性',
    base: ind.base === null ? '—' : formatNumber(ind.base, 2),
    target: `${ind.target}${annualText(ind.annualGrowth)}`,
    actual: { text: figure.text === '—' || !earlier ? figure.text : `${figure.text}（${figure.period ?? pointLabel(e.dataPoint)}）`, illustrative: figure.illustrative },
    earlier: earlier && figure.text !== '—',
    status: e.statusLabel,
    statusClass: STATUS_STYLE[e.status].cssClass,
    explanation: e.explanation,
    outlook,
  };
}

/**
 * What the indicator achieved, in the terms of its target: the level at the data year for level targets, the
 * average rate for a 年均增长 target, the running total or change for 累计 targets, each part for 分项目标.
 */
function achieved(e: IndicatorEvaluation, baseYear: number): { text: string; illustrative: boolean; period?: string } {
  const illustrative = e.observations.some((o) => o.illustrative);
  const form = e.indicator.form;
  const percent = e.indicator.unit === '%' ? '' : '%';
  const last = e.actualPath[e.actualPath.length - 1];
  const span = e.observations.length > 0 ? `${e.observations[0]!.year}—${pointLabel(e.dataPoint)}` : undefined;
  switch (form.type) {
    case 'parts': {
      const parts = (e.parts ?? []).map((p) => ({ name: p.partName ?? '', ...achieved(p, baseYear) })).filter((p) => p.text !== '—');
      return parts.length === 0 ? { text: '—', illustrative: false } : { text: parts.map((p) => `${p.name}${p.text}`).join('；'), illustrative: parts.some((p) => p.illustrative) };
    }
    case 'qualitative':
      return { text: e.manual ? `人工判定：${e.manual.status}` : '—', illustrative: false };
    case 'growth-rate': {
      // The rule's own average: the yearly rates chained over the years elapsed (a first half counts half).
      if (e.progress === null) return { text: '—', illustrative };
      const index = e.observations.reduce((acc, o) => acc * Math.pow(1 + o.value / 100, o.half ? 0.5 : 1), 1);
      const average = (Math.pow(index, 1 / (e.dataPoint.year - baseYear - (e.dataPoint.half ? 0.5 : 0))) - 1) * 100;
      return { text: `年均${formatNumber(average, 1)}${percent}`, illustrative, ...(span ? { period: span } : {}) };
    }
    case 'cumulative':
    case 'cumulative-decline':
    case 'cumulative-change': {
      if (e.progress === null || last === undefined) return { text: '—', illustrative };
      const unit = form.type === 'cumulative' || (form.type === 'cumulative-change' && form.by === 'difference') ? '' : percent;
      return { text: `${form.type === 'cumulative-decline' ? '累计下降' : '累计'}${formatNumber(last.value, 2)}${unit}`, illustrative };
    }
    default:
      return e.latest ? { text: `${formatNumber(e.latest.value, 2)}${valueMark(e.latest)}`, illustrative: e.latest.illustrative } : { text: '—', illustrative: false };
  }
}
