// 组装阶段：把评估结果、图表与正文组成报告模型（封面、目录、正文、图表编号、附件）。
import { REPORT_KINDS, type Config } from '../config.ts';
import { arabicDate, chineseMonthDate } from '../format/chinese.ts';
import type { Figure } from '../figures/index.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { NarrativeSection } from '../narrative/index.ts';
import { indicatorTable } from './indicatorTable.ts';
import { methodNote } from './method.ts';
import { projectTable } from './projectTable.ts';
import { sourceList } from './sources.ts';
import { APPENDIX_PARTIALS, type Appendix, type AppendixContent, type FigureRef, type ReportModel, type TocEntry } from './model.ts';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { appendixKeys, appendixTitle, type AppendixKey } from '../model/appendices.ts';
import { completionTable } from './completionTable.ts';
import { adjustmentTable } from './adjustmentTable.ts';
import { defaultTitle, openingClause } from './kindWords.ts';

export function reportTitle(config: Pick<Config, 'report'>, plan: Plan): string {
  return config.report.title ?? defaultTitle(config, plan);
}

export function assembleReport(config: Config, plan: Plan, evaluation: Evaluation, sections: NarrativeSection[], figures: Figure[]): ReportModel {
  const title = reportTitle(config, plan);
  const figureRefs: FigureRef[] = [];
  const byKey = new Map(figures.map((f) => [f.key, f]));

  // Figures were numbered where the narrative placed them (图1, 图2 …); here they get their drawing and caption.
  const body: HastRoot = { type: 'root', children: sections.flatMap((s) => s.tree.children) };
  visit(body, 'element', (node: Element) => {
    if (node.tagName !== 'figure' || typeof node.properties.dataFigureKey !== 'string') return;
    const figure = byKey.get(node.properties.dataFigureKey)!;
    const ref: FigureRef = { number: Number(node.properties.dataFigureNumber), id: String(node.properties.id), caption: figure.title };
    figureRefs.push(ref);
    node.properties = { className: ['chart'], id: ref.id, role: 'img', ariaLabel: `图${ref.number}　${ref.caption}` };
    // The SVG is our own drawing (vega escapes the data it draws); everything else stays text nodes.
    node.children = [
      { type: 'raw', value: figure.svg },
      { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: `图${ref.number}　${ref.caption}` }] },
    ];
  });

  // 附件 are numbered in order (附件1, 附件2 …), so adding one never leaves a gap; the narrative's references use
  // the same order (appendixKeys).
  const content = (key: AppendixKey): AppendixContent => {
    const title = appendixTitle(key, plan.info);
    switch (key) {
      case 'indicators':
        return { partial: APPENDIX_PARTIALS.indicators, title, table: indicatorTable(plan, evaluation) };
      case 'completion':
        return { partial: APPENDIX_PARTIALS.completion, title, completion: completionTable(plan, evaluation) };
      case 'adjustments':
        return { partial: APPENDIX_PARTIALS.adjustments, title, adjustments: adjustmentTable(plan, evaluation) };
      case 'projects':
        return { partial: APPENDIX_PARTIALS.projects, title, projects: projectTable(plan, evaluation) };
      case 'sources':
        return { partial: APPENDIX_PARTIALS.sources, title, sources: sourceList(plan, evaluation) };
      case 'method':
        return { partial: APPENDIX_PARTIALS.method, title, method: methodNote(plan, evaluation) };
    }
  };
  const parts = appendixKeys(plan, config.report.kind).map(content);
  const appendices = parts.map((a, i) => ({ ...a, id: `appendix-${i + 1}`, label: `附件${i + 1}` }) as Appendix);

  const illustrative = {
    data: evaluation.illustrative,
    adjustments: config.report.kind === 'adjustment' && plan.adjustments.some((a) => a.illustrative),
    opinions: config.report.kind === 'response' && plan.opinions.some((o) => o.illustrative),
  };
  const illustrativeNotes = [
    ...(illustrative.data ? [ILLUSTRATIVE_DATA] : []),
    ...(illustrative.adjustments ? [ILLUSTRATIVE_ADJUSTMENTS] : []),
    ...(illustrative.opinions ? [ILLUSTRATIVE_OPINIONS] : []),
  ];
  const headings = sections.flatMap((s) => s.headings);
  const npc = config.report.format === 'npc';
  const toc: TocEntry[] = npc
    ? []
    : [
        ...headings.filter((h) => h.level <= 2).map((h) => ({ level: h.level as 1 | 2, label: `${h.number}${h.text}`, id: h.id })),
        ...appendices.map((a) => ({ level: 1 as const, label: `${a.label}　${a.title}`, id: a.id })),
      ];
  const outline = [
    ...(npc ? [] : [{ id: 'toc', title: '目　录' }]),
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
      illustrative: illustrativeNotes.length > 0,
      illustrativeNotes,
      illustrativeMark: illustrativeMark(illustrative),
    },
    format: config.report.format,
    ...(npc ? { titleBlock: titleBlock(config, plan, evaluation), closing: closing(config, appendices) } : {}),
    toc,
    body,
    figures: figureRefs,
    appendices,
    outline,
  };
}

/**
 * The mark at the top of every page when something in the report is illustrative, saying what: real statistics
 * must not be called illustrative because only the proposals or the opinions are. The data come first: when they
 * are illustrative, so is every figure and status.
 */
export function illustrativeMark({ data, adjustments, opinions }: { data: boolean; adjustments: boolean; opinions: boolean }): string {
  if (data) return '示例数据 · 非真实统计数据';
  if (adjustments) return '含示例调整建议 · 非真实调整方案';
  if (opinions) return '含示例审议意见 · 非真实审议意见';
  return '';
}

/** The 示例 notice's sentence about the data (the templates print one sentence per illustrative input). */
const ILLUSTRATIVE_DATA = '本报告除注明来源者外，指标数据均为示例数据（非真实统计数据），仅用于演示评估方法与报告格式，不得作为正式评估结论引用。';
const ILLUSTRATIVE_ADJUSTMENTS = '调整理由注明“示例”的指标调整建议为示例，不是真实的调整方案，不得作为调整依据引用。';
const ILLUSTRATIVE_OPINIONS = '标题注明“示例”的审议意见及其研究处理情况为示例，不是人大常委会真实的审议意见，不得引用。';

/** The 人大 version's lines under the title: where and by whom it is presented, the salutation, the opening. */
function titleBlock(config: Config, plan: Plan, evaluation: Evaluation): ReportModel['titleBlock'] {
  const r = config.report;
  return {
    occasion: `——${arabicDate(r.meeting!.date)}在${r.meeting!.name}上`,
    presenter: `${r.presenter!.office}　${r.presenter!.name}`,
    salutation: r.salutation,
    opening: r.opening ?? `受${r.entrustedBy!}委托，${openingClause(config, plan, evaluation)}，请予审议。`,
  };
}

/** GB/T 9704 7.3.3 and 7.3.5: the 附件说明 (“附件：1. …”), then the 署名 and the 成文日期 in Arabic numerals. */
function closing(config: Config, appendices: Appendix[]): ReportModel['closing'] {
  return { appendices: appendices.map((a, i) => `${i + 1}. ${a.title}`), author: config.report.author, date: arabicDate(config.report.date) };
}
