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
} from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { judge, type Judgement } from './rules.ts';
import { evaluateProjects, summariseProjects } from './projects.ts';
import { sequentialProgress } from './schedule.ts';

export function evaluate(plan: Plan, point: EvaluationPoint, settings: EvaluationSettings = DEFAULT_SETTINGS): Evaluation {
  const t = sequentialProgress(point, plan.info);
  const final = t >= 1;
  const ctx = { info: plan.info, point, t, settings };
  const indicators: IndicatorEvaluation[] = plan.indicators.map((indicator) => {
    // Whole years before the 评估时点, and for its own year the figure of the same kind (whole or 上半年).
    const observations = plan.observations
      .filter((o) => o.indicatorId === indicator.id && (o.year < point.year ? !o.half : o.year === point.year && o.half === point.half))
      .sort((a, b) => a.year - b.year);
    const tasks = plan.cityTasks.filter((o) => o.indicatorId === indicator.id).sort((a, b) => a.year - b.year);
    const j = judge(indicator, observations, ctx, tasks);
    const judgement = final ? toFinal(j) : j;
    return {
      indicator,
      observations,
      latest: observations.find((o) => o.year === point.year),
      ...judgement,
      schedule: judgement.schedule ?? t,
      gapPoints: judgement.progress === null ? null : ((judgement.schedule ?? t) - judgement.progress) * 100,
    };
  });
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
    illustrative: indicators.some((e) => e.observations.some((o) => o.illustrative)) || projects.some((e) => e.progress.some((p) => p.illustrative)),
  };
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
