// 评估引擎入口：由规划登记册与年度数据得出每项指标的状态及汇总。纯函数，无 I/O。
import {
  DEFAULT_SETTINGS,
  FINAL_STATUSES,
  LAGGING,
  OUTLOOKS,
  PROGRESS_STATUSES,
  type Evaluation,
  type EvaluationPoint,
  type EvaluationSettings,
  type EvaluationSummary,
  type IndicatorEvaluation,
  type Status,
  statusLabel,
} from '../model/evaluation.ts';
import { ILLUSTRATIVE_MARK, partIndicator, PROVISIONAL_KINDS, type Indicator, type Observation, type Plan } from '../model/plan.ts';
import { NO_OUTLOOK } from './outlook.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { judge, type JudgeInputs, type Judgement } from './rules.ts';
import { evaluateProjects, summariseProjects } from './projects.ts';
import { pointLabel, sequentialProgress } from './schedule.ts';

export function evaluate(plan: Plan, point: EvaluationPoint, settings: EvaluationSettings = DEFAULT_SETTINGS): Evaluation {
  const t = sequentialProgress(point, plan.info);
  const final = t >= 1;
  const warnings: Diagnostic[] = [];
  const one = (indicator: Indicator) => evaluateIndicator(indicator, plan, point, settings, final, warnings);
  const indicators: IndicatorEvaluation[] = plan.indicators.map((indicator) =>
    indicator.form.type === 'parts' && indicator.parts ? combineParts(indicator, indicator.parts.map((p) => one(partIndicator(indicator, p))), point, settings) : one(indicator),
  );
  const statuses = final ? FINAL_STATUSES : PROGRESS_STATUSES;
  const projects = evaluateProjects(plan.projects, plan.projectProgress, point);
  return {
    point,
    schedule: t,
    final,
    settings,
    statuses,
    indicators,
    summary: summarise(indicators, plan.info.groups, statuses),
    projects,
    projectSummary: summariseProjects(projects),
    illustrative:
      indicators.some((e) => e.observations.some((o) => o.illustrative) || (e.indicator.baseSource?.includes(ILLUSTRATIVE_MARK) ?? false)) ||
      projects.some((e) => e.progress.some((p) => p.illustrative)),
    warnings,
  };
}

/** One indicator (or one sub-target) at the 评估时点. */
function evaluateIndicator(indicator: Indicator, plan: Plan, point: EvaluationPoint, settings: EvaluationSettings, final: boolean, warnings: Diagnostic[]): IndicatorEvaluation {
  const own = plan.observations.filter((o) => o.indicatorId === indicator.id);
  const form = indicator.form;
  const inputs: JudgeInputs = {
    tasks: plan.cityTasks.filter((o) => o.indicatorId === indicator.id).sort(byPeriod),
    ...(form.type === 'relative' ? { reference: plan.observations.filter((o) => o.indicatorId === form.reference).sort(byPeriod) } : {}),
  };
  const at = dataPointOf(indicator, own, plan, point);
  if (at.half && !point.half) warnings.push(...unusedHalfYears(own, at, indicator.id));
  else if (!point.half) warnings.push(...unusedHalfYears(own, { year: point.year + 1, half: false }, indicator.id));
  const observations = own.filter((o) => (o.year < at.year ? !o.half : o.year === at.year && o.half === at.half)).sort(byPeriod);
  const manual = plan.judgements.filter((m) => m.indicatorId === indicator.id && m.year <= point.year).sort((a, b) => b.year - a.year)[0];
  const ctx = { info: plan.info, point: at, t: sequentialProgress(at, plan.info), settings };
  const j = judge(indicator, observations, ctx, { ...inputs, ...(manual ? { manual } : {}) });
  const judgement = final ? toFinal(j) : j;
  const latest = observations.find((o) => o.year === at.year && o.half === at.half);
  const label = statusLabel(judgement.status, settings.vocabulary);
  return {
    indicator,
    observations,
    latest,
    dataPoint: at,
    provisional: latest !== undefined && PROVISIONAL_KINDS.includes(latest.kind),
    ...(manual ? { manual } : {}),
    ...judgement,
    statusLabel: label,
    explanation: explain(judgement.explanation, judgement.status, label, point, at, latest),
    schedule: judgement.schedule ?? ctx.t,
    gapPoints: judgement.progress === null ? null : ((judgement.schedule ?? ctx.t) - judgement.progress) * 100,
  };
}

/** Worst first: an indicator with sub-targets is only as far along as its weakest part. */
const SEVERITY: readonly Status[] = ['严重滞后', '未完成', '滞后', '待核定', '基本符合预期', '快于预期', '提前实现', '完成'];
const OUTLOOK_SEVERITY = ['完成难度较大', '经努力可以完成', '能够完成'] as const;

/**
 * A 分项目标 indicator: its parts are judged separately and it counts as one indicator of the plan, with the
 * status of its weakest part (a lagging part is never hidden by a part ahead of schedule).
 */
function combineParts(indicator: Indicator, parts: IndicatorEvaluation[], point: EvaluationPoint, settings: EvaluationSettings): IndicatorEvaluation {
  const worst = <T>(order: readonly T[], values: T[]) => order.find((x) => values.includes(x));
  const status = worst(SEVERITY, parts.map((p) => p.status)) ?? '待核定';
  const outlook = worst(OUTLOOK_SEVERITY, parts.flatMap((p) => (p.outlook.judgement ? [p.outlook.judgement] : [])));
  const named = parts.map((p, i) => ({ ...p, partName: indicator.parts![i]!.name }));
  const label = statusLabel(status, settings.vocabulary);
  return {
    indicator,
    observations: [],
    latest: undefined,
    dataPoint: point,
    provisional: parts.some((p) => p.provisional),
    status,
    statusLabel: label,
    progress: null,
    schedule: parts[0]!.schedule,
    gapPoints: null,
    reached: parts.every((p) => p.reached === true) ? true : parts.some((p) => p.reached === false) ? false : null,
    plannedPath: [],
    actualPath: [],
    brokenYears: [],
    explanation: `${named.map((p) => `${p.partName}：${p.explanation}`).join('；')}。按各分项中进展最慢者判定，${label}`,
    outlook: { ...NO_OUTLOOK, judgement: outlook ?? null, explanation: named.map((p) => `${p.partName}：${p.outlook.explanation || '—'}`).join('；') },
    parts: named,
  };
}

const byPeriod = (a: Observation, b: Observation) => a.year - b.year || Number(b.half) - Number(a.half);

/**
 * The period an indicator is judged at: the 评估时点 when its figure is there; else, for a whole-year 评估时点,
 * the same year's first half; else the latest earlier whole year with a figure (against that year's own 序时进度).
 * With no figure at all, the 评估时点 itself (and the rule says what is missing).
 */
function dataPointOf(indicator: Indicator, own: Observation[], plan: Plan, point: EvaluationPoint): EvaluationPoint {
  if (indicator.form.type === 'qualitative') return point;
  const has = (year: number, half: boolean) => own.some((o) => o.year === year && o.half === half);
  if (has(point.year, point.half)) return point;
  if (!point.half && has(point.year, true)) return { year: point.year, half: true };
  const earlier = own.filter((o) => !o.half && o.year < point.year && o.year >= plan.info.period.start).map((o) => o.year);
  return earlier.length > 0 ? { year: Math.max(...earlier), half: false } : point;
}

/** First-half figures that the evaluation does not use (a whole year's figure is there, or the year is past). */
function unusedHalfYears(own: Observation[], at: EvaluationPoint, id: string): Diagnostic[] {
  return own.filter((o) => o.half && o.year < at.year).map((o) => msg.halfYearUnused(o.origin.file, o.origin.line, id, o.year));
}

/** The rule's sentence in the printed vocabulary, saying which figure it rests on when that is not the 评估时点's. */
function explain(text: string, status: Status, label: string, point: EvaluationPoint, at: EvaluationPoint, latest: Observation | undefined): string {
  const worded = label !== status && text.endsWith(`，${status}`) ? `${text.slice(0, -status.length)}${label}` : text;
  const earlier = at.year !== point.year || at.half !== point.half ? `采用${pointLabel(at)}数据（${pointLabel(point)}数据尚未报送）；` : '';
  const kind = latest && PROVISIONAL_KINDS.includes(latest.kind) ? `（${pointLabel(at)}数据为${latest.kind}数，判定待正式数据核实）` : '';
  return `${earlier}${worded}${kind}`;
}

/** 总结评估 (t = 100 %): only whether the target was met counts. */
function toFinal<J extends Judgement>(j: J): J {
  if (j.status === '待核定' || j.reached === null) return j.status === '待核定' ? j : { ...j, status: '待核定', explanation: `${j.explanation}（目标是否完成待核定）` };
  const status: Status = j.reached ? '完成' : '未完成';
  return { ...j, status, explanation: `${j.explanation}；总结评估：${status}` };
}

export function summarise(items: IndicatorEvaluation[], groups: readonly string[], statuses: readonly Status[]): EvaluationSummary {
  const zero = () => Object.fromEntries(statuses.map((s) => [s, 0])) as Record<string, number>;
  const counts = zero();
  const lists = Object.fromEntries(statuses.map((s) => [s, [] as string[]])) as Record<string, string[]>;
  for (const e of items) {
    counts[e.status] = (counts[e.status] ?? 0) + 1;
    (lists[e.status] ??= []).push(e.indicator.id);
  }
  const byGroup = groups.map((group) => {
    const c = zero();
    const inGroup = items.filter((e) => e.indicator.group === group);
    for (const e of inGroup) c[e.status] = (c[e.status] ?? 0) + 1;
    return { group, counts: c, total: inGroup.length };
  });
  const lagging = items.filter((e) => LAGGING.includes(e.status));
  const binding = lagging.filter((e) => e.indicator.attribute === '约束性');
  const outlookCounts = Object.fromEntries(OUTLOOKS.map((o) => [o, items.filter((e) => e.outlook.judgement === o).length]));
  return {
    total: items.length,
    counts,
    outlookCounts,
    byGroup,
    lists,
    lagging: [...binding, ...lagging.filter((e) => e.indicator.attribute !== '约束性')].map((e) => e.indicator.id),
    laggingBinding: binding.map((e) => e.indicator.id),
  };
}
