// 规划登记册（plan registry）的数据模型：规划信息、主要指标及其目标形式、年度数据。
// The zod schemas are the single source of both validation and the TypeScript types.
import { z } from 'zod';
import type { Adjustment, Opinion } from './proposals.ts';

export const ATTRIBUTES = ['预期性', '约束性'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const Direction = z.enum(['up', 'down']);
export type Direction = z.infer<typeof Direction>;

export const BoundOp = z.enum(['>', '>=', '<', '<=']);
export type BoundOp = z.infer<typeof BoundOp>;

/** The level that assigns a task (完成市下达任务 / 完成省下达任务 / 确保完成国家要求). */
export const TaskLevel = z.enum(['市', '省', '国家']);
export type TaskLevel = z.infer<typeof TaskLevel>;

/** How a yearly control bound is judged: period average (default), the latest year, or every year. */
export const BoundBasis = z.enum(['average', 'latest', 'every']);
export type BoundBasis = z.infer<typeof BoundBasis>;

/** 目标形式: how the plan states the 目标, which decides the rule that judges the indicator. */
export const TargetForm = z.discriminatedUnion('type', [
  /** 期末值: a value to reach in the 目标年; `approx` for “36左右” (reached within the approximate tolerance). */
  z.object({ type: z.literal('end-value'), direction: Direction, value: z.number(), approx: z.boolean().optional() }).strict(),
  /** 期末值 with a 年均增长 rate (%/yr): the planned path is compound growth from the 基期. */
  z.object({ type: z.literal('end-value-rate'), direction: Direction, value: z.number(), rate: z.number() }).strict(),
  /** 期末门槛 “>60”“≥80”“60以上”: progress from the 基期 toward the threshold; 提前实现 once it holds. */
  z.object({ type: z.literal('threshold'), op: BoundOp, value: z.number() }).strict(),
  /**
   * A growth-rate indicator: the yearly figures are rates, chained against (1 + rate)ⁿ. `op` for “>7” (at least),
   * `approx` for “5左右”.
   */
  z.object({ type: z.literal('growth-rate'), rate: z.number(), op: z.enum(['>', '>=']).optional(), approx: z.boolean().optional() }).strict(),
  /** 累计: a sum over the plan period. */
  z.object({ type: z.literal('cumulative'), value: z.number().positive() }).strict(),
  /** A floor or ceiling that must hold in every year (控制在…以内); `basis` overrides the setting `evaluation.boundBasis`. */
  z.object({ type: z.literal('bound'), op: BoundOp, value: z.number(), basis: BoundBasis.optional() }).strict(),
  /** 保持: keep the 基期 level. */
  z.object({ type: z.literal('maintain'), direction: Direction, value: z.number() }).strict(),
  /** 完成上级下达任务: judged against yearly values assigned by the 市 (default), 省 or 国家 (an input of their own). */
  z.object({ type: z.literal('city-task'), direction: Direction, level: TaskLevel.optional() }).strict(),
  /** 累计下降%: the cumulative decline since the 基期 against `value`, from yearly rates or from levels. */
  z.object({ type: z.literal('cumulative-decline'), value: z.number().positive(), yearly: z.enum(['rate', 'level']) }).strict(),
  /**
   * A five-year change from the 基期 stated in the 累计 column (〔1〕 years of life expectancy, “累计提升20%”):
   * `by` difference (increments added) or percent (compounded); yearly figures are levels or each year's change.
   */
  z
    .object({
      type: z.literal('cumulative-change'),
      direction: Direction,
      value: z.number().positive(),
      by: z.enum(['difference', 'percent']),
      yearly: z.enum(['level', 'change']),
    })
    .strict(),
  /** 相对目标 “与经济增长基本同步”“高于GDP增长”: yearly rates compared with another series of the plan. */
  z.object({ type: z.literal('relative'), relation: z.enum(['in-step', 'above', 'not-below']), reference: z.string().min(1) }).strict(),
  /** 定性目标 “保持在合理区间”“持续改善”: the status is supplied by the responsible department (人工判定), never computed. */
  z.object({ type: z.literal('qualitative') }).strict(),
  /** 分项目标 “成片:约110 零星:约20”: the indicator's `parts` are judged separately; it counts as one indicator. */
  z.object({ type: z.literal('parts') }).strict(),
]);
export type TargetForm = z.infer<typeof TargetForm>;
export type TargetFormType = TargetForm['type'];

/** One sub-target of an indicator; its figures go into observations.csv under the id “指标编号-key”. */
export const IndicatorPartSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '分项编号只能用小写字母、数字和连字符'),
    name: z.string().min(1),
    base: z.number().nullable().default(null),
    target: z.string().min(1),
    form: TargetForm,
  })
  .strict();
export type IndicatorPart = z.infer<typeof IndicatorPartSchema>;

/** The indicator a sub-target is judged as: the parent's unit, group and attribute with the part's own target. */
export function partIndicator(parent: Indicator, part: IndicatorPart): Indicator {
  const { parts: _parts, ...rest } = parent;
  return { ...rest, id: `${parent.id}-${part.key}`, name: `${parent.name}（${part.name}）`, base: part.base, target: part.target, annualGrowth: '—', form: part.form };
}

export const IndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '指标编号只能用小写字母、数字和连字符'),
    name: z.string().min(1),
    unit: z.string(),
    group: z.string().min(1),
    attribute: z.enum(ATTRIBUTES),
    base: z.number().nullable(),
    /**
     * Where the 基期 value comes from when it is not the plan table's (init --previous: the previous plan's
     * monitoring figure for the base year); printed among the data sources. Says 示例 when the figure is one.
     */
    baseSource: z.string().min(1).optional(),
    target: z.string().min(1),
    annualGrowth: z.string().min(1),
    form: TargetForm,
    responsible: z.string().min(1),
    note: z.string().optional(),
    /** Figures can never be below zero (amounts, counts); absent: decided by the unit (validate/figures.ts). */
    nonNegative: z.boolean().optional(),
    /** Sub-targets of a 分项目标 indicator (form type parts), each with its own printed target and form. */
    parts: z.array(IndicatorPartSchema).min(2).optional(),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const PlanSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    planLabel: z.string().min(1),
    region: z.string().min(1),
    regionShort: z.string().min(1),
    issuer: z.string().min(1),
    period: z.object({ start: z.number().int(), end: z.number().int() }).strict(),
    baseYear: z.number().int(),
    groups: z.array(z.string().min(1)).min(1),
    /** True while the 责任单位 in the registers are a working assignment, not taken from the plan. */
    responsibleIllustrative: z.boolean().default(false),
    /**
     * Auxiliary series that are not indicators of the plan but are needed to judge one (the GDP growth a
     * “与经济增长基本同步” target refers to); their yearly figures go into observations.csv like any indicator's.
     */
    series: z.array(z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), name: z.string().min(1), unit: z.string() }).strict()).default([]),
  })
  .strict();
export type PlanInfo = z.infer<typeof PlanSchema>;

export const PROJECT_STATUSES = ['已完成', '推进中', '未启动', '滞后'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const ProjectItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '项目编号只能用小写字母、数字和连字符'),
    no: z.number().int().positive(),
    title: z.string().min(1),
    content: z.string(),
    responsible: z.string().min(1),
  })
  .strict();

/** A 专栏 of the plan with its numbered items (重大工程项目). */
export const ProjectColumnSchema = z
  .object({ column: z.number().int().positive(), name: z.string().min(1), chapter: z.string().min(1), items: z.array(ProjectItemSchema).min(1) })
  .strict();
export type ProjectColumn = z.infer<typeof ProjectColumnSchema>;

/** One item of a 专栏, with the 专栏 it belongs to. */
export interface Project extends z.infer<typeof ProjectItemSchema> {
  column: number;
  columnName: string;
  chapter: string;
}

/** A project's state in one year, as reported, with where it came from. */
export interface ProjectProgress {
  projectId: string;
  year: number;
  status: ProjectStatus;
  /** Investment completed in the year (亿元), where reported. */
  investment: number | null;
  note: string;
  source: string;
  illustrative: boolean;
  origin: { file: string; line: number };
}

/**
 * 数据性质: a figure may be an estimate (预计), a preliminary figure (快报) or 初步核实; a 修订 figure (after an
 * 经济普查, say) replaces the one it revises. 正式 figures carry no mark.
 */
export const DATA_KINDS = ['正式', '预计', '快报', '初步核实', '修订'] as const;
export type DataKind = (typeof DATA_KINDS)[number];
/** Kinds that are not yet final: a status resting on one says so. */
export const PROVISIONAL_KINDS: readonly DataKind[] = ['预计', '快报', '初步核实'];

/** One yearly figure as supplied, with where it came from so every number in the report can be traced. */
export interface Observation {
  indicatorId: string;
  year: number;
  /** A first-half figure (2023H1), used only when the 评估时点 is that half year. */
  half: boolean;
  value: number;
  unit: string;
  source: string;
  note: string;
  /** Illustrative figure (its source says 示例): the report must say so visibly. */
  illustrative: boolean;
  origin: { file: string; line: number };
  /** The department that reported it, when it came in through plan-eval import (else empty). */
  department: string;
  /** 数据性质 (正式 when not marked). */
  kind: DataKind;
  /** For a 修订 figure: the figure it replaced, kept for the record. */
  revises?: { value: number; source: string; origin: { file: string; line: number } };
}

/**
 * A status supplied by the responsible department for a 定性 (qualitative) indicator, with its reasoning and
 * source; printed as 人工判定.
 */
export interface ManualJudgement {
  indicatorId: string;
  year: number;
  status: string;
  reason: string;
  source: string;
  department: string;
  origin: { file: string; line: number };
}

export interface Plan {
  info: PlanInfo;
  indicators: Indicator[];
  observations: Observation[];
  /** Yearly values assigned by the city for 完成市下达任务 indicators (city-tasks.csv; may be empty). */
  cityTasks: Observation[];
  /** The 专栏 items (projects.yaml; may be empty) and their yearly progress (projects-progress.csv). */
  projects: Project[];
  projectProgress: ProjectProgress[];
  /** 人工判定 of qualitative indicators (judgements.csv; may be empty). */
  judgements: ManualJudgement[];
  /** Proposed target adjustments (adjustments.yaml; may be empty): the subject of a 调整方案. */
  adjustments: Adjustment[];
  /** The 人大常委会's 审议意见 with the answers (opinions.yaml; may be empty). */
  opinions: Opinion[];
}

/** A figure is illustrative when its source says so; the word is the contract with the data owner. */
export const ILLUSTRATIVE_MARK = '示例';
