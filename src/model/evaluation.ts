// 评估结果的数据模型：评估引擎的输出，也是图表、正文表达式和附件表的唯一数据来源。
import type { Diagnostic } from '../diagnostics.ts';
import type { BoundBasis, Indicator, ManualJudgement, Observation, Project, ProjectProgress, ProjectStatus } from './plan.ts';
import { PROJECT_STATUSES } from './plan.ts';

/** Statuses of a mid-term or annual evaluation, best first (the order of every count and table). */
export const PROGRESS_STATUSES = ['提前实现', '快于预期', '基本符合预期', '滞后', '严重滞后', '待核定'] as const;
/** At t = 100 % (总结评估) the statuses collapse to these. */
export const FINAL_STATUSES = ['完成', '未完成', '待核定'] as const;
export type Status = (typeof PROGRESS_STATUSES)[number] | (typeof FINAL_STATUSES)[number];

export const LAGGING: readonly Status[] = ['滞后', '严重滞后', '未完成'];

/** What a department may state for a qualitative indicator (人工判定); 待核定 is what no statement means. */
export const MANUAL_STATUSES = ['提前实现', '快于预期', '基本符合预期', '滞后', '严重滞后', '完成', '未完成'] as const;

/**
 * The printed words for the statuses. The five classes stay the internal model; places differ in the words they
 * print (the national scheme has no 严重滞后; others say 达到/超过/未达到进度要求 or 超序时/符合序时/滞后序时).
 */
export const VOCABULARIES = {
  standard: {},
  national: { 严重滞后: '滞后' },
  reach: { 快于预期: '超过进度要求', 基本符合预期: '达到进度要求', 滞后: '未达到进度要求', 严重滞后: '未达到进度要求' },
  schedule: { 快于预期: '超序时', 基本符合预期: '符合序时', 滞后: '滞后序时', 严重滞后: '滞后序时' },
} as const satisfies Record<string, Partial<Record<Status, string>>>;
export type Vocabulary = keyof typeof VOCABULARIES;

/** The word printed for a status under a vocabulary. */
export function statusLabel(status: Status, vocabulary: Vocabulary): string {
  return (VOCABULARIES[vocabulary] as Partial<Record<Status, string>>)[status] ?? status;
}

/** The printed words of `statuses`, in order, each once (two statuses may share a word). */
export function statusLabels(statuses: readonly Status[], vocabulary: Vocabulary): string[] {
  return [...new Set(statuses.map((s) => statusLabel(s, vocabulary)))];
}

/** Counts by status turned into counts by printed word, in order (classes sharing a word are added up). */
export function countsByLabel(counts: Record<string, number>, statuses: readonly Status[], vocabulary: Vocabulary): [label: string, count: number][] {
  return statusLabels(statuses, vocabulary).map((label) => [label, statuses.filter((s) => statusLabel(s, vocabulary) === label).reduce((n, s) => n + (counts[s] ?? 0), 0)]);
}

/** 评估时点: the last period with data — a whole year, or its first half (上半年). */
export interface EvaluationPoint {
  year: number;
  half: boolean;
}

export interface EvaluationSettings {
  /** δ: the band around 序时进度 that counts as 基本符合预期, as a fraction (0.05 = 5 个百分点). */
  delta: number;
  /** p below this share of t is 严重滞后 (0.5: “p < t / 2”). */
  seriousShare: number;
  /** How the trend is carried forward to the 目标年: compound growth or a straight line. */
  forecast: 'compound' | 'linear';
  /** A target needing at most this multiple of the pace achieved so far is 经努力可以完成. */
  effortFactor: number;
  /** “36左右”: reached within this share of the target (0.05 = ±5 %). */
  approxTolerance: number;
  /** How a yearly control bound is judged when the registry does not say: period average, latest year, every year. */
  boundBasis: BoundBasis;
  /** “与经济增长基本同步”: a yearly rate at most this many 百分点 below the reference rate is in step. */
  inStepTolerance: number;
  /** The printed words for the statuses. */
  vocabulary: Vocabulary;
}

export const DEFAULT_SETTINGS: EvaluationSettings = {
  delta: 0.05,
  seriousShare: 0.5,
  forecast: 'compound',
  effortFactor: 1.5,
  approxTolerance: 0.05,
  boundBasis: 'average',
  inStepTolerance: 1,
  vocabulary: 'standard',
};

/** The forward judgement: will the 目标 be met in the 目标年? */
export const OUTLOOKS = ['能够完成', '经努力可以完成', '完成难度较大'] as const;
export type OutlookJudgement = (typeof OUTLOOKS)[number];

export interface Outlook {
  /** null where there is nothing to judge (待核定, or no years remain). */
  judgement: OutlookJudgement | null;
  /** Actual average annual growth so far (fraction), where the form has one. */
  averageGrowth: number | null;
  /**
   * The average change per elapsed year in the indicator's unit (百分点 for shares, an amount for 累计, a rate
   * in % for growth and decline targets), where the form has one.
   */
  averagePerYear: number | null;
  /** The trend's value in the 目标年, in the indicator's comparable unit (level, average rate %, sum, decline %). */
  projected: number | null;
  /** Annual growth still needed over the remaining years (fraction), where the form has one. */
  requiredGrowth: number | null;
  /**
   * The change still needed per remaining year in the indicator's unit (百分点 for shares; per-year amount
   * for 累计; average rate for growth and decline targets).
   */
  requiredPerYear: number | null;
  explanation: string;
}

export interface PathPoint {
  year: number;
  value: number;
}

export interface IndicatorEvaluation {
  indicator: Indicator;
  /** The figures used, one per year, in year order. */
  observations: Observation[];
  /** The figure the status rests on: the 评估时点's, or the latest available before it. */
  latest: Observation | undefined;
  /**
   * The period the status was judged at: the 评估时点, or the latest earlier year with data when the 评估时点's
   * figure is not yet published (“采用2022年数据”).
   */
  dataPoint: EvaluationPoint;
  /** The status rests on a figure that is not final (预计, 快报, 初步核实). */
  provisional: boolean;
  /** For a qualitative indicator: the department's statement the status comes from (人工判定). */
  manual?: ManualJudgement;
  status: Status;
  /** The status in the printed vocabulary. */
  statusLabel: string;
  /** 完成进度 p as a fraction, where the form defines one. */
  progress: number | null;
  /** The 序时进度 p is judged against: the plan's t, or t counted from the first year with data when there is no 基期. */
  schedule: number;
  /** (t − p) in 百分点 (positive = behind schedule), where p is defined. */
  gapPoints: number | null;
  /** Whether the target is met now (for the final evaluation and 提前实现); null when it cannot be judged. */
  reached: boolean | null;
  /** The value the planned path expects in each year from the 基期 to the 目标年, where the form defines one. */
  plannedPath: PathPoint[];
  /** The actual series comparable with `plannedPath`: levels from the 基期, yearly rates, running sums or declines. */
  actualPath: PathPoint[];
  /** Years in which a bound that must hold every year was broken. */
  brokenYears: number[];
  /** One sentence that cites the rule, e.g. “完成进度52.3%，低于序时进度60%达7.7个百分点，滞后”. */
  explanation: string;
  /** The forward judgement for the 目标年. */
  outlook: Outlook;
  /** A 分项目标 indicator's sub-targets, each judged on its own. */
  parts?: IndicatorEvaluation[];
  /** For a sub-target: its name in the plan (“成片”). */
  partName?: string;
}

export interface EvaluationSummary {
  total: number;
  counts: Record<string, number>;
  /** Counts of the forward judgements (能够完成 …). */
  outlookCounts: Record<string, number>;
  byGroup: { group: string; counts: Record<string, number>; total: number }[];
  /** Indicator ids per status. */
  lists: Record<string, string[]>;
  /** Lagging indicators, every 约束性 one first. */
  lagging: string[];
  laggingBinding: string[];
}

export interface Evaluation {
  point: EvaluationPoint;
  /** 序时进度 t as a fraction. */
  schedule: number;
  final: boolean;
  settings: EvaluationSettings;
  statuses: readonly Status[];
  indicators: IndicatorEvaluation[];
  summary: EvaluationSummary;
  /** The 专栏 items at the 评估时点. */
  projects: ProjectEvaluation[];
  projectSummary: ProjectSummary;
  /** True when any figure used is illustrative (示例). */
  illustrative: boolean;
  /** Figures supplied but not used, and other things the user should know (never silently dropped). */
  warnings: Diagnostic[];
}

/** A project's status at the 评估时点; 未报送 when its department sent nothing for that year. */
export const PROJECT_REPORT_STATUSES = [...PROJECT_STATUSES, '未报送'] as const;
export type ProjectReportStatus = ProjectStatus | '未报送';

export interface ProjectEvaluation {
  project: Project;
  /** Reports up to the 评估时点, in year order. */
  progress: ProjectProgress[];
  latest: ProjectProgress | undefined;
  status: ProjectReportStatus;
  /** Investment completed from the first plan year to the 评估时点 (亿元), where reported. */
  investment: number | null;
}

export interface ProjectSummary {
  total: number;
  /** Number of 专栏. */
  columns: number;
  counts: Record<string, number>;
  byColumn: { column: number; name: string; chapter: string; total: number; counts: Record<string, number> }[];
  lists: Record<string, string[]>;
}
