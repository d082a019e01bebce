// 组装阶段：把评估结果、图表与正文组成报告模型（封面、目录、正文、图表编号、附件）。
import { REPORT_KINDS, type Config } from '../config.ts';
import { chineseMonthDate } from '../format/chinese.ts';
import type { Figure } from '../figures/index.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { NarrativeSection } from '../narrative/index.ts';
import { indicatorTable } from './indicatorTable.ts';
import { methodNote } from './method.ts';
import { projectTable } from './projectTable.ts';
import { sourceList } from './sources.ts';
import type { Appendix, AppendixContent, FigureRef, ReportModel, TocEntry } from './model.ts';

export function reportTitle(config: Pick<Config, 'report'>, plan: Plan): string {
  return config.report.title ?? `关于《${plan.info.name}》实施情况的${REPORT_KINDS[config.report.kind]}报告`;
}

export function assembleReport(config: Config, plan: Plan, evaluation: Evaluation, sections: NarrativeSection[], figures: Figure[]): ReportModel {
  const title = reportTitle(config, plan);
  const figureRefs: FigureRef[] = [];
  const byKey = new Map(figures.map((f) => [f.key, f]));

  // Figures are numbered in the order the narrative places them (图1, 图2 …).
  const body = sections
    .map((s) =>
      s.figures.reduce((html, placed) => {
        const figure = byKey.get(placed.key)!;
        const ref: FigureRef = { number: figureRefs.length + 1, id: `figure-${figureRefs.length + 1}`, caption: figure.title };
        figureRefs.push(ref);
        return html.replace(`<p>${placed.token}</p>`, figureHtml(ref, figure.svg));
      }, s.html),
    )
    .join('\n');

  // 附件 are numbered in order (附件1, 附件2 …), so adding one never leaves a gap.
  const parts: AppendixContent[] = [
    { partial: 'appendix-indicators', title: '主要指标实施进展情况表', table: indicatorTable(plan, evaluation) },
    ...(plan.projects.length > 0 ? [{ partial: 'appendix-projects' as const, title: '重大工程项目推进情况表', projects: projectTable(plan, evaluation) }] : []),
    { partial: 'appendix-sources', title: '数据来源', sources: sourceList(plan, evaluation) },
    { partial: 'appendix-method', title: '评估方法说明', method: methodNote(plan, evaluation) },
  ];
  const appendices = parts.map((a, i) => ({ ...a, id: `appendix-${i + 1}`, label: `附件${i + 1}` }) as Appendix);

  const headings = sections.flatMap((s) => s.headings);
  const toc: TocEntry[] = [
    ...headings.filter((h) => h.level <= 2).map((h) => ({ level: h.level as 1 | 2, label: `${h.number}${h.text}`, id: h.id })),
    ...appendices.map((a) => ({ level: 1 as const, label: `${a.label}　${a.title}`, id: a.id })),
  ];
  const outline = [
    { id: 'toc', title: '目　录' },
    { id: 'doc-title', title },
    ...headings.map((h) => ({ id: h.id, title: `${h.number}${h.text}` })),
    ...appendices.map((a) => ({ id: a.id, title: a.title })),
  ];

  return {
    meta: {
      title,
      subject: `${plan.info.shortName}${REPORT_KINDS[config.report.kind]}（评估时点：${evaluation.point.year}年${evaluation.point.half ? '上半年' : ''}）`,
      author: config.report.author,
      keywords: [plan.info.regionShort, plan.info.planLabel, REPORT_KINDS[config.report.kind], '规划实施评估'],
      kind: config.report.kind,
      dateText: chineseMonthDate(config.report.date),
      illustrative: evaluation.illustrative,
    },
    toc,
    body,
    figures: figureRefs,
    appendices,
    outline,
  };
}

function figureHtml(ref: FigureRef, svg: string): string {
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${ref.caption}" `);
  return `<figure class="chart" id="${ref.id}">${labelled}<figcaption>图${ref.number}　${ref.caption}</figcaption></figure>`;
}
