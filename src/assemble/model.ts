// 报告模型：评估结果、图表与正文汇合成的一份文档结构。PDF 由它渲染；今后的 HTML 预览与 .docx 也从它出发。
import type { ReportFormat, ReportKind } from '../config.ts';
import type { Root as HastRoot } from 'hast';
import type { MethodNote } from './method.ts';
import type { AppendixKey } from '../model/appendices.ts';

export interface TocEntry {
  /** 1: 一、 and 附件; 2: （一） */
  level: 1 | 2;
  label: string;
  /** Id of the heading the entry points to. */
  id: string;
}

export interface FigureRef {
  number: number;
  id: string;
  caption: string;
}

export interface IndicatorTableRow {
  no: number;
  name: string;
  attribute: string;
  binding: boolean;
  base: string;
  target: string;
  values: { text: string; illustrative: boolean }[];
  schedule: string;
  progress: string;
  status: string;
  statusClass: string;
  /** 实际年均变化, 目标年预测值, 尚需年均变化, as written for the form. */
  averageChange: string;
  projected: string;
  required: string;
  outlook: string;
  explanation: string;
  outlookExplanation: string;
}

/** A column of a 附件 table: its header lines (set one under another) and its width in % of the table. */
export interface TableColumn {
  header: string[];
  width: number;
}

export interface IndicatorTable {
  pointLabel: string;
  schedule: string;
  baseYear: number;
  endYear: number;
  years: number[];
  columnCount: number;
  /** Columns the explanation row spans (all but 序号). */
  whyColumns: number;
  /** Headers and widths, in the order the template prints the cells. */
  columns: TableColumn[];
  groups: { label: string; rows: IndicatorTableRow[] }[];
  notes: string[];
}

/** One indicator in the 总结评估's five-year comparison (附件 主要指标完成情况表). */
export interface CompletionRow {
  no: number;
  name: string;
  attribute: string;
  binding: boolean;
  base: string;
  target: string;
  /** The figure achieved, with its year when it is not the 目标年's. */
  actual: { text: string; illustrative: boolean };
  /** The figure is of an earlier year than the 目标年 (its data not yet reported). */
  earlier: boolean;
  status: string;
  statusClass: string;
  explanation: string;
  /** For a figure of an earlier year: the trend's outlook for the 目标年; else empty. */
  outlook: string;
}

export interface CompletionTable {
  baseYear: number;
  endYear: number;
  columnCount: number;
  /** Headers and widths, in the order the template prints the cells. */
  columns: TableColumn[];
  groups: { label: string; rows: CompletionRow[] }[];
  notes: string[];
}

/** One proposed target adjustment (调整方案 附件 主要指标调整方案对照表). */
export interface AdjustmentRow {
  no: number;
  name: string;
  attribute: string;
  binding: boolean;
  base: string;
  /** The plan's target and the proposed one, with units and the 年均/累计 column. */
  planned: string;
  proposed: string;
  status: string;
  statusClass: string;
  reason: string;
  /** The proposal is illustrative (its reason says 示例): labelled in the table. */
  illustrative: boolean;
  explanation: string;
  outlook: string;
  evidence: string;
  /** The statutory-procedure note of a 约束性 indicator; else empty. */
  procedure: string;
}

export interface AdjustmentTable {
  pointLabel: string;
  columnCount: number;
  /** Headers and widths, in the order the template prints the cells. */
  columns: TableColumn[];
  rows: AdjustmentRow[];
  notes: string[];
}

export interface ProjectTable {
  pointLabel: string;
  years: number[];
  columnCount: number;
  /** Headers and widths, in the order the template prints the cells. */
  columns: TableColumn[];
  /** Too many columns for the upright 版心: the table is set landscape, as 附件1. */
  wide: boolean;
  /** “已完成19项，推进中59项…” */
  counts: string;
  groups: {
    label: string;
    rows: {
      no: number;
      title: string;
      responsible: string;
      statuses: { text: string; illustrative: boolean; lagging: boolean }[];
      investment: string;
      note: string;
    }[];
  }[];
  notes: string[];
}

export interface SourceList {
  rows: { source: string; supplied: string; illustrative: boolean }[];
  registry: string;
}

interface AppendixBase {
  id: string;
  label: string;
  title: string;
}

/** The template partial that renders each kind of 附件. */
export const APPENDIX_PARTIALS = {
  indicators: 'appendix-indicators',
  completion: 'appendix-completion',
  adjustments: 'appendix-adjustments',
  projects: 'appendix-projects',
  sources: 'appendix-sources',
  method: 'appendix-method',
} as const satisfies Record<AppendixKey, string>;

/** Each kind of 附件 names the template partial that renders it. */
export type Appendix =
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['indicators']; table: IndicatorTable })
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['completion']; completion: CompletionTable })
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['adjustments']; adjustments: AdjustmentTable })
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['projects']; projects: ProjectTable })
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['sources']; sources: SourceList })
  | (AppendixBase & { partial: (typeof APPENDIX_PARTIALS)['method']; method: MethodNote });

export interface ReportModel {
  meta: {
    title: string;
    subject: string;
    author: string;
    /** Document keywords (PDF metadata). */
    keywords: string[];
    kind: ReportKind;
    /** 封面日期: 二〇二四年六月 */
    dateText: string;
    illustrative: boolean;
    /** What is illustrative, one sentence each (data, proposals, opinions), for the 示例 notice. */
    illustrativeNotes: string[];
    /** The mark at the top of every page (empty when nothing is illustrative); see illustrativeMark. */
    illustrativeMark: string;
  };
  /** npc: the 人大 version (title block, 附件说明, 署名 and 成文日期); internal: cover and 目录. */
  format: ReportFormat;
  /** The lines under the title in the 人大 version, in order. */
  titleBlock?: { occasion: string; presenter: string; salutation: string; opening: string };
  /** GB/T 9704 closing parts after the last paragraph (人大 version): 附件说明, 署名, 成文日期 in Arabic numerals. */
  closing?: { appendices: string[]; author: string; date: string };
  /** The 目录 (internal version only; empty in the 人大 version). */
  toc: TocEntry[];
  /** The chapters as one document tree, figures in place (HTML and other outputs are rendered from it). */
  body: HastRoot;
  figures: FigureRef[];
  appendices: Appendix[];
  /** Every heading that must appear in the PDF outline, in document order (for the 目录 page numbers). */
  outline: { id: string; title: string }[];
}

/** An 附件 before it is numbered. */
export type AppendixContent = Appendix extends infer A ? (A extends Appendix ? Omit<A, 'id' | 'label'> : never) : never;
