// 附件 重大工程项目推进情况表：按专栏列出各项目的责任单位、逐年状态、累计完成投资与进展说明。
import { formatNumber } from '../format/number.ts';
import { pointLabel, reportedYears } from '../evaluate/schedule.ts';
import { PROJECT_REPORT_STATUSES, type Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { APPENDIX_TABLE, cellsOf, fitsWidth, sizedColumns } from '../format/columnWidths.ts';
import type { ProjectTable, TableColumn } from './model.ts';

export function projectTable(plan: Plan, evaluation: Evaluation): ProjectTable {
  const years = reportedYears(evaluation.point, plan.info);
  const summary = evaluation.projectSummary;
  const groups: ProjectTable['groups'] = summary.byColumn.map((c) => ({
    label: `专栏${c.column}　${c.name}（${c.chapter.split('　')[0]}，${c.total}项）`,
    rows: evaluation.projects
      .filter((e) => e.project.column === c.column)
      .map((e) => ({
        no: e.project.no,
        title: e.project.title,
        responsible: e.project.responsible,
        statuses: years.map((y) => {
          const p = e.progress.find((x) => x.year === y);
          return { text: p?.status ?? '—', illustrative: p?.illustrative ?? false, lagging: p?.status === '滞后' || p?.status === '未启动' };
        }),
        investment: e.investment === null ? '—' : formatNumber(e.investment, 2),
        note: e.latest?.note || (e.status === '未报送' ? '未报送' : ''),
      })),
  }));
  return {
    pointLabel: pointLabel(evaluation.point),
    years,
    columnCount: 5 + years.length,
    ...columns(groups.flatMap((g) => g.rows), years),
    counts: PROJECT_REPORT_STATUSES.filter((s) => (summary.counts[s] ?? 0) > 0).map((s) => `${s}${summary.counts[s]}项`).join('，'),
    groups,
    notes: [
      `状态为各责任单位报送的当年进展；“累计完成投资”为${years[0]}年以来各年报送的完成投资之和（亿元），未报送投资的项目为“—”。`,
      ...(evaluation.projects.some((e) => e.progress.some((p) => p.illustrative)) ? ['标“*”的为示例数据（非真实数据），仅用于演示，待各责任单位报送后替换。'] : []),
      ...(plan.info.responsibleIllustrative ? ['规划纲要未列明各项目的责任单位，表中责任单位为示例分工，须由区发展和改革委员会核定。'] : []),
    ],
  };
}

type ProjectRow = ProjectTable['groups'][number]['rows'][number];

/**
 * The table's columns in the order templates/appendix-projects.hbs prints its cells, each as wide as its content
 * asks (see columnWidths, sizedColumns). The table is set as report.css has it: 10.5 pt (进展说明 9 pt), 黑体 header, 仿宋 body,
 * cells padded 3 pt a side with 0.75 pt rules, across the 156 mm 版心. Every numeric header names its unit.
 */
function columns(rows: ProjectRow[], years: number[]): { columns: TableColumn[]; wide: boolean } {
  const cells = (pick: (r: ProjectRow) => string) => cellsOf(rows, pick);
  const content = [
    { header: ['序号'], cells: cells((r) => String(r.no)) },
    { header: ['项目名称'], cells: cells((r) => r.title) },
    { header: ['责任单位'], cells: cells((r) => r.responsible) },
    ...years.map((y, k) => ({ header: [`${y}年`], cells: rows.map((r) => ({ text: r.statuses[k]!.text, marked: r.statuses[k]!.illustrative })) })),
    { header: ['累计完成', '投资', '（亿元）'], cells: cells((r) => r.investment) },
    { header: ['进展说明'], cells: cells((r) => r.note), size: 9 },
  ];
  // Upright while every column gets its widest word; with more years (a 总结评估's five) it turns landscape.
  const wide = !fitsWidth(content, 156, APPENDIX_TABLE);
  return { columns: sizedColumns(content, wide ? 225 : 156, APPENDIX_TABLE), wide };
}
