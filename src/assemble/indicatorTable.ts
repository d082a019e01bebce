// 附件1 主要指标实施进展情况表：各项指标的基期、目标、逐年数值、序时进度、完成进度、状态、目标年预判及其依据。
import { chineseNumeral } from '../format/chinese.ts';
import { formatNumber, formatPercent, formatProgress } from '../format/number.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { pointLabel, reportedYears } from '../evaluate/schedule.ts';
import type { Evaluation, IndicatorEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { valueMark } from '../format/observation.ts';
import { readCell } from '../notation/cell.ts';
import { cellsOf, sizedColumns } from '../format/columnWidths.ts';
import type { IndicatorTable, IndicatorTableRow, TableColumn } from './model.ts';
import { baseSources, indicatorSources } from './sources.ts';

export function indicatorTable(plan: Plan, evaluation: Evaluation): IndicatorTable {
  const years = reportedYears(evaluation.point, plan.info);
  let no = 0;
  const groups = plan.info.groups.map((group, gi) => ({
    label: `${chineseNumeral(gi + 1)}、${group}`,
    rows: evaluation.indicators.filter((e) => e.indicator.group === group).map((e) => row(++no, e, years)),
  }));
  return {
    pointLabel: pointLabel(evaluation.point),
    schedule: formatPercent(evaluation.schedule),
    baseYear: plan.info.baseYear,
    endYear: plan.info.period.end,
    years,
    columnCount: 12 + years.length,
    whyColumns: 11 + years.length,
    columns: columns(groups.flatMap((g) => g.rows), years, plan.info.baseYear, plan.info.period.end),
    groups,
    notes: sourceNotes(evaluation),
  };
}

/**
 * The table's columns in the order templates/appendix-indicators.hbs prints its cells, each as wide as its content
 * asks (see columnWidths, sizedColumns). The table is set as report.css has it: 10 pt, 黑体 header, 仿宋 body, cells padded
 * 2.5 pt a side with 0.75 pt rules, across the 225 mm of the landscape 版心.
 */
function columns(rows: IndicatorTableRow[], years: number[], baseYear: number, endYear: number): TableColumn[] {
  const cells = (pick: (r: IndicatorTableRow) => string) => cellsOf(rows, pick);
  const content = [
    { header: ['序号'], cells: cells((r) => String(r.no)) },
    { header: ['指标名称', '（单位）'], cells: cells((r) => r.name) },
    { header: ['属性'], cells: cells((r) => r.attribute) },
    { header: [`${baseYear}年`, '基期值'], cells: cells((r) => r.base) },
    { header: [`${endYear}年`, '目标'], cells: cells((r) => r.target) },
    ...years.map((y, k) => ({ header: [`${y}年`], cells: rows.map((r) => ({ text: r.values[k]!.text, marked: r.values[k]!.illustrative })) })),
    { header: ['序时', '进度'], cells: cells((r) => r.schedule) },
    { header: ['完成', '进度'], cells: cells((r) => r.progress) },
    { header: ['状态'], cells: cells((r) => r.status) },
    { header: ['实际年均', '变化'], cells: cells((r) => r.averageChange) },
    { header: [`${endYear}年`, '预测值'], cells: cells((r) => r.projected) },
    { header: ['尚需年均', '变化'], cells: cells((r) => r.required) },
    { header: ['目标年', '预判'], cells: cells((r) => r.outlook) },
  ];
  return sizedColumns(content, 225, { size: 10, body: 'fangsong', header: 'heiti', gutter: 2 * 2.5 + 0.75, mark: 3.5 });
}

function row(no: number, e: IndicatorEvaluation, years: number[]): IndicatorTableRow {
  const ind = e.indicator;
  const growth = annualText(ind.annualGrowth);
  return {
    no,
    name: `${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`,
    attribute: ind.attribute,
    binding: ind.attribute === '约束性',
    base: ind.base === null ? '—' : formatNumber(ind.base, 2),
    target: `${ind.target}${growth}`,
    values: years.map((y) => {
      // A 分项目标 indicator shows each part's figure, named.
      const figures = (e.parts ?? [e]).flatMap((p) => {
        const o = p.observations.find((x) => x.year === y);
        const name = p.partName ?? '';
        return o ? [{ text: `${name}${formatNumber(o.value, 2)}${valueMark(o)}`, illustrative: o.illustrative }] : [];
      });
      return figures.length > 0 ? { text: figures.map((f) => f.text).join('；'), illustrative: figures.some((f) => f.illustrative) } : { text: '—', illustrative: false };
    }),
    schedule: e.progress === null ? '—' : formatPercent(e.schedule),
    progress: e.progress === null ? '—' : formatProgress(e.progress),
    status: e.statusLabel,
    statusClass: STATUS_STYLE[e.status].cssClass,
    ...outlookCells(e),
    outlook: e.outlook.judgement ?? '—',
    explanation: e.explanation,
    outlookExplanation: e.outlook.explanation,
  };
}

/** The 年均/累计 column as printed, with the words that say which it is. */
export function annualText(text: string): string {
  const cell = readCell(text);
  if (cell.kind === 'none') return '';
  // “5左右” reads “年均增长5%左右”: the % goes right after the number, not after the words.
  if (cell.kind === 'number') return cell.bracket || cell.stock ? `（五年累计${text}）` : `（年均增长${cell.percent ? text : text.replace(/(\d(?:\.\d+)?)(?!.*\d)/, '$1%')}）`;
  return `（${text}）`;
}

/**
 * The trend columns in the unit that fits the form: relative growth for levels, 百分点 a year for shares,
 * rates for growth and decline targets, amounts for 累计; “—” where the form has none.
 */
function outlookCells(e: IndicatorEvaluation): Pick<IndicatorTableRow, 'averageChange' | 'projected' | 'required'> {
  const o = e.outlook;
  const unit = e.indicator.unit;
  const pct = (f: number | null) => (f === null ? '—' : `${formatNumber(f * 100, 1)}%`);
  const points = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${formatNumber(v, 2)}个百分点`);
  const level = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));
  switch (e.indicator.form.type) {
    case 'end-value':
    case 'end-value-rate':
    case 'threshold':
    case 'maintain':
    case 'bound':
      if (unit === '%') return { averageChange: points(o.averagePerYear), projected: level(o.projected), required: points(o.requiredPerYear) };
      return { averageChange: pct(o.averageGrowth), projected: level(o.projected), required: pct(o.requiredGrowth) };
    case 'growth-rate':
    case 'cumulative-decline':
    case 'cumulative-change':
      if (e.indicator.form.type === 'cumulative-change' && e.indicator.form.by === 'difference') return { averageChange: level(o.averagePerYear), projected: level(o.projected), required: level(o.requiredPerYear) };
      return { averageChange: o.averagePerYear === null ? '—' : `${formatNumber(o.averagePerYear, 1)}%`, projected: o.projected === null ? '—' : `${formatNumber(o.projected, 1)}%`, required: o.requiredPerYear === null ? '—' : `${formatNumber(o.requiredPerYear, 1)}%` };
    case 'cumulative':
      return { averageChange: level(o.averagePerYear), projected: level(o.projected), required: level(o.requiredPerYear) };
    case 'city-task':
    case 'relative':
    case 'qualitative':
    case 'parts':
      return { averageChange: '—', projected: '—', required: '—' };
  }
}

/** Where the figures come from: each real source with what it supplied, and the illustrative ones counted. */
function sourceNotes(evaluation: Evaluation): string[] {
  const sources = [...indicatorSources(evaluation)];
  const notes = sources.filter(([, e]) => !e.illustrative).map(([source, e]) => `数据来源：${source}——${e.items.join('、')}。`);
  // 基期 values the plan table did not print, and where they came from (init --previous).
  for (const [source, names] of baseSources({ indicators: evaluation.indicators.map((e) => e.indicator) })) notes.push(`${source}——${names.join('、')}。`);
  const illustrative = sources.filter(([, e]) => e.illustrative).reduce((n, [, e]) => n + e.items.length, 0);
  if (illustrative > 0) notes.push(`标“*”的${illustrative}个数值为示例数据（非真实统计数据），仅用于演示，待各责任单位报送实际数据后替换。`);
  notes.push('“—”表示规划表无基期值、目标以“完成上级下达任务”、相对目标或定性表述等形式给出、或该形式不计算完成进度。');
  return notes;
}
