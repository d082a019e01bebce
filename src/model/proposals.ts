// 规划目录中的两份“提出”：指标调整建议（adjustments.yaml，规划调整方案用）与人大常委会的审议意见（opinions.yaml，
// 审议意见研究处理情况的报告用）。zod 模式同时给出校验与类型。
// Both are written by people, not measured: an entry whose words say 示例 is illustrative and the report says so
// visibly, as it does for illustrative figures.
import { z } from 'zod';
import type { Position } from '../diagnostics.ts';

/** Where an entry of a YAML list is: the file and the position of its first field. */
export interface EntryOrigin {
  file: string;
  position: Position;
}

/** One proposed target adjustment, as entered in adjustments.yaml. */
export const AdjustmentSchema = z
  .object({
    /** The indicator's id in indicators.yaml. */
    id: z.string().min(1),
    /** The proposed target as it would be printed in the 目标 column (“900左右”“完成市下达任务”). */
    target: z.string().min(1),
    /** The proposed 年均/累计 column, when that changes too; absent: as in the plan. */
    annualGrowth: z.string().min(1).optional(),
    /** Why the target should change. Always required. */
    reason: z.string().min(1),
    /** Evidence beyond the evaluation (a changed statistical definition, a new higher-level target …). */
    evidence: z.string().min(1).optional(),
    /**
     * A 约束性 target may only be changed by the 人大常委会's approval under the statutory procedure: the
     * proposal must say so (true), and the report prints the note.
     */
    legalProcedure: z.boolean().optional(),
  })
  .strict();

export interface Adjustment {
  indicatorId: string;
  target: string;
  /** The proposed 年均/累计 text (the plan's own when not changed). */
  annualGrowth: string;
  reason: string;
  evidence?: string;
  /** Set for (and only for) a 约束性 indicator: the statutory approval note is printed. */
  legalProcedure: boolean;
  /** The reason says 示例: an illustrative proposal, labelled as such in the report. */
  illustrative: boolean;
  origin: EntryOrigin;
}

/** One 审议意见 of the 人大常委会, with the government's answer, as entered in opinions.yaml. */
export const OpinionSchema = z
  .object({
    /** Its number in the 常委会's 审议意见 (1, 2, 3 … in order, none left out). */
    no: z.number().int().positive(),
    /** What it is about, for the heading “关于……的意见”. */
    topic: z.string().min(1),
    /** The opinion as the 常委会 wrote it. */
    text: z.string().min(1),
    /** The measures taken (plain text; expressions such as {{status gdp}} allowed; blank lines part paragraphs). */
    response: z.string().min(1),
    /** What the measures have achieved so far (plain text with expressions). */
    progress: z.string().min(1).optional(),
    /** Indicators the opinion concerns: their current status and explanation are printed under the answer. */
    indicators: z.array(z.string().min(1)).default([]),
  })
  .strict();

export interface Opinion {
  no: number;
  topic: string;
  text: string;
  response: string;
  progress?: string;
  indicatorIds: string[];
  /** The opinion's text says 示例: an illustrative opinion, labelled as such in the report. */
  illustrative: boolean;
  origin: EntryOrigin;
  /** Where each text field's value starts, so an expression in it is reported there. */
  fields: { response: Position; progress?: Position };
}
