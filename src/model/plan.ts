// 规划登记册（plan registry）的数据模型：规划信息、主要指标及其目标形式、年度数据。
// The zod schemas are the single source of both validation and the TypeScript types.
import { z } from 'zod';

export const ATTRIBUTES = ['预期性', '约束性'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const Direction = z.enum(['up', 'down']);
export type Direction = z.infer<typeof Direction>;

export const BoundOp = z.enum(['>', '>=', '<', '<=']);
export type BoundOp = z.infer<typeof BoundOp>;

/** 目标形式: how the plan states the 目标, which decides the rule that judges the indicator. */
export const TargetForm = z.discriminatedUnion('type', [
  /** 期末值: a value to reach in the 目标年. */
  z.object({ type: z.literal('end-value'), direction: Direction, value: z.number() }).strict(),
  /** 期末值 with a 年均增长 rate (%/yr): the planned path is compound growth from the 基期. */
  z.object({ type: z.literal('end-value-rate'), direction: Direction, value: z.number(), rate: z.number() }).strict(),
  /** A growth-rate indicator: the yearly figures are rates, judged by their average against `rate`. */
  z.object({ type: z.literal('growth-rate'), rate: z.number() }).strict(),
  /** 累计: a sum over the plan period. */
  z.object({ type: z.literal('cumulative'), value: z.number().positive() }).strict(),
  /** A floor or ceiling that must hold in every year. */
  z.object({ type: z.literal('bound'), op: BoundOp, value: z.number() }).strict(),
  /** 保持: keep the 基期 level. */
  z.object({ type: z.literal('maintain'), direction: Direction, value: z.number() }).strict(),
  /** 完成市下达任务: judged against yearly values assigned by the city (an input of their own). */
  z.object({ type: z.literal('city-task'), direction: Direction }).strict(),
  /** 累计下降%: the cumulative decline since the 基期 against `value`, from yearly rates or from levels. */
  z.object({ type: z.literal('cumulative-decline'), value: z.number().positive(), yearly: z.enum(['rate', 'level']) }).strict(),
]);
export type TargetForm = z.infer<typeof TargetForm>;
export type TargetFormType = TargetForm['type'];

export const IndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '指标编号只能用小写字母、数字和连字符'),
    name: z.string().min(1),
    unit: z.string(),
    group: z.string().min(1),
    attribute: z.enum(ATTRIBUTES),
    base: z.number().nullable(),
    target: z.string().min(1),
    annualGrowth: z.string().min(1),
    form: TargetForm,
    responsible: z.string().min(1),
    note: z.string().optional(),
    /** Figures can never be below zero (amounts, counts); absent: decided by the unit (validate/figures.ts). */
    nonNegative: z.boolean().optional(),
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
}

/** A figure is illustrative when its source says so; the word is the contract with the data owner. */
export const ILLUSTRATIVE_MARK = '示例';
