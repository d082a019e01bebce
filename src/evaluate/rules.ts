// 按目标形式逐项判定（评估方法说明第三部分）。纯函数：不读文件、不取时间，同样输入永远得到同样结果。
import type { EvaluationPoint, EvaluationSettings, Outlook, PathPoint, Status } from '../model/evaluation.ts';
import type { Indicator, Observation, PlanInfo, TargetForm } from '../model/plan.ts';
import { formatNumber, formatPercent, formatPoints, progressShown } from '../format/number.ts';
import { holdsBound, reachedTarget, statusFromProgress } from './classify.ts';
import { boundOutlook, declineOutlook, levelOutlook, NO_OUTLOOK, rateOutlook, sumOutlook, taskOutlook } from './outlook.ts';
import { elapsedYears, pointLabel, reportedYears, yearsBetween } from './schedule.ts';

export interface RuleContext {
  info: PlanInfo;
  point: EvaluationPoint;
  /** 序时进度 t. */
  t: number;
  settings: EvaluationSettings;
}

export interface Judgement {
  status: Status;
  progress: number | null;
  /** The 序时进度 progress was judged against (differs from the plan's t when there is no 基期). */
  schedule?: number;
  reached: boolean | null;
  plannedPath: PathPoint[];
  /** The actual series comparable with `plannedPath` (levels, yearly rates, running sums or declines). */
  actualPath?: PathPoint[];
  brokenYears: number[];
  explanation: string;
  outlook: Outlook;
}

type FormOf<K extends TargetForm['type']> = Extract<TargetForm, { type: K }>;

/**
 * Judges one indicator from its figures up to the 评估时点 (`observations` sorted by year). `tasks` are the
 * city's assigned yearly values, used by 完成市下达任务 indicators only.
 */
export function judge(indicator: Indicator, observations: Observation[], ctx: RuleContext, tasks: Observation[] = []): Judgement & { actualPath: PathPoint[] } {
  const j = judgeForm(indicator, observations, ctx, tasks);
  const levels = observations.map((o) => ({ year: o.year, value: o.value }));
  const withBase = indicator.base === null ? levels : [{ year: ctx.info.baseYear, value: indicator.base }, ...levels];
  return { ...j, actualPath: j.actualPath ?? withBase };
}

function judgeForm(indicator: Indicator, observations: Observation[], ctx: RuleContext, tasks: Observation[]): Judgement {
  const form = indicator.form;
  switch (form.type) {
    case 'end-value':
    case 'end-value-rate':
      return judgeEndValue(indicator, form, observations, ctx);
    case 'growth-rate':
      return judgeGrowthRate(form, observations, ctx);
    case 'cumulative':
      return judgeCumulative(indicator, form, observations, ctx);
    case 'bound':
      return judgeBound(indicator, form, observations, ctx);
    case 'maintain':
      return judgeMaintain(indicator, form, observations, ctx);
    case 'city-task':
      return judgeCityTask(indicator, form, observations, tasks, ctx);
    case 'cumulative-decline':
      return judgeCumulativeDecline(indicator, form, observations, ctx);
  }
}

// ——— forms ———

function judgeEndValue(ind: Indicator, form: FormOf<'end-value' | 'end-value-rate'>, obs: Observation[], ctx: RuleContext): Judgement {
  const latest = latestOf(obs, ctx);
  const base = ind.base;
  const path = base === null ? [] : form.type === 'end-value-rate' ? compoundPath(base, form.rate, ctx) : linearPath(base, form.value, ctx);
  if (!latest) return missingLatest(ctx, path);
  const reached = reachedTarget(latest.value, form.value, form.direction);
  const at = `${pointLabel(ctx.point)}为${show(latest.value, ind)}`;
  const elapsed = elapsedYears(ctx.point, ctx.info);
  const level = (start: number, since: number, years: number) =>
    levelOutlook(
      { start, latest: latest.value, target: form.value, direction: form.direction, elapsed: years, remaining: remainingYears(ctx), endYear: ctx.info.period.end, since, share: ind.unit === '%' },
      ctx.settings,
      (v, diff) => show(v, ind, diff),
    );

  if (base === null) {
    if (reached) return done(`${at}，已达到目标${show(form.value, ind)}，提前实现（规划表无基期值，按目标值判定）`, path, NO_OUTLOOK);
    // No 基期: the first year with data stands in for it, and the schedule runs from that year.
    const first = obs[0]!;
    const years = elapsed - (first.year - ctx.info.baseYear);
    if (first === latest || years <= 0 || first.value === form.value) {
      return pending(`规划表无基期值，且只有一年数据，无法计算完成进度；${at}，距目标${show(form.value, ind)}尚差${show(Math.abs(form.value - latest.value), ind, true)}`, path, false);
    }
    const t = years / (ctx.info.period.end - first.year);
    const p = (latest.value - first.value) / (form.value - first.value);
    return progressJudgement(p, t, ctx, `规划表无基期值，以${first.year}年${show(first.value, ind)}为起点计算；${at}`, path, level(first.value, first.year, years));
  }
  if (form.value === base) return judgeAgainstLevel(ind, form.value, form.direction, obs, latest, ctx, path);
  const outlook = level(base, ctx.info.baseYear, elapsed);
  if (reached) return done(`${at}，已达到目标${show(form.value, ind)}，提前实现`, path, alreadyMet(outlook));
  const p = (latest.value - base) / (form.value - base);
  const growth = form.type === 'end-value-rate' && outlook.averageGrowth !== null ? `；年均增长${formatNumber(outlook.averageGrowth * 100, 1)}%，规划年均增长${formatNumber(form.rate, 2)}%` : '';
  return progressJudgement(p, ctx.t, ctx, `${at}${growth}`, path, outlook);
}

/**
 * A growth-rate target (年均增长 g) is the level path (1 + g)ⁿ of an index with 基期 = 1: the yearly rates are
 * chained, so a strong year and a weak year count as they compound, and p is comparable to t like any level.
 */
function judgeGrowthRate(form: FormOf<'growth-rate'>, obs: Observation[], ctx: RuleContext): Judgement {
  const years = elapsedWholeYears(ctx);
  const missing = years.filter((y) => !obs.some((o) => o.year === y));
  if (missing.length > 0) return pending(`缺少${missing.join('、')}年增速，无法计算年均增长`);
  const index = obs.filter((o) => years.includes(o.year)).reduce((acc, o) => acc * (1 + o.value / 100), 1);
  const span = ctx.info.period.end - ctx.info.baseYear;
  const planned = Math.pow(1 + form.rate / 100, span) - 1;
  const p = (index - 1) / planned;
  const avg = Math.pow(index, 1 / years.length) - 1;
  const cmp = avg * 100 >= form.rate ? '不低于' : '低于';
  const lead = `${years[0]}—${years[years.length - 1]}年平均增长${formatNumber(avg * 100, 1)}%，${cmp}年均增长${formatNumber(form.rate, 2)}%的目标；按复合增长折算`;
  const planPath = yearsOfPlan(ctx).slice(1).map((year) => ({ year, value: form.rate }));
  const rates = obs.map((o) => ({ year: o.year, value: o.value }));
  const outlook = rateOutlook({ index, elapsed: years.length, span, rate: form.rate, endYear: ctx.info.period.end }, ctx.settings);
  const j = { ...progressJudgement(p, ctx.t, ctx, lead, planPath, outlook), actualPath: rates, reached: null };
  // A rate over the whole period cannot be “already achieved” while years remain.
  return j.status === '提前实现' ? { ...j, status: '快于预期' } : j;
}

function judgeCumulative(ind: Indicator, form: FormOf<'cumulative'>, obs: Observation[], ctx: RuleContext): Judgement {
  const years = elapsedWholeYears(ctx);
  const missing = years.filter((y) => !obs.some((o) => o.year === y));
  const path = proRatedPath(form.value, ctx);
  if (missing.length > 0) return pending(`缺少${missing.join('、')}年数据，无法计算累计值`, path);
  const used = obs.filter((o) => years.includes(o.year));
  const running = used.map((o, i) => ({ year: o.year, value: used.slice(0, i + 1).reduce((acc, x) => acc + x.value, 0) }));
  const sum = running[running.length - 1]?.value ?? 0;
  const at = `${years[0]}—${years[years.length - 1]}年累计${show(sum, ind)}`;
  const outlook = sumOutlook({ sum, target: form.value, elapsed: years.length, remaining: remainingYears(ctx), endYear: ctx.info.period.end }, ctx.settings, (v) => show(v, ind));
  const j = sum >= form.value ? done(`${at}，已达到累计目标${show(form.value, ind)}，提前实现`, path, alreadyMet(outlook)) : progressJudgement(sum / form.value, ctx.t, ctx, at, path, outlook);
  return { ...j, actualPath: [{ year: ctx.info.baseYear, value: 0 }, ...running] };
}

function judgeBound(ind: Indicator, form: FormOf<'bound'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = flatPath(form.value, ctx);
  const latest = latestOf(obs, ctx);
  if (!latest) return missingLatest(ctx, path);
  const holds = (v: number) => holdsBound(v, form.op, form.value);
  const rule = `${OP_WORDS[form.op]}${show(form.value, ind)}`;
  return judgeEveryYear(ind, obs, latest, ctx, path, holds, `符合“${rule}”的要求`, `未达到“${rule}”的要求`);
}

function judgeMaintain(ind: Indicator, form: FormOf<'maintain'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = flatPath(form.value, ctx);
  const latest = latestOf(obs, ctx);
  if (!latest) return missingLatest(ctx, path);
  return judgeAgainstLevel(ind, form.value, form.direction, obs, latest, ctx, path);
}

/** 保持: met is on schedule (there was nothing to achieve early); below the level is behind. */
function judgeAgainstLevel(ind: Indicator, level: number, direction: 'up' | 'down', obs: Observation[], latest: Observation, ctx: RuleContext, path: PathPoint[]): Judgement {
  const holds = (v: number) => reachedTarget(v, level, direction);
  return judgeEveryYear(ind, obs, latest, ctx, path, holds, `保持在目标水平${show(level, ind)}${direction === 'up' ? '以上' : '以下'}`, `未保持目标水平${show(level, ind)}，相差${show(Math.abs(level - latest.value), ind, true)}`);
}

/**
 * A requirement that must hold in every year (a bound, a level to keep): judged on the latest year and on the
 * average of the elapsed years, naming each year that broke it. Holding it now is on schedule, never early.
 */
function judgeEveryYear(
  ind: Indicator,
  obs: Observation[],
  latest: Observation,
  ctx: RuleContext,
  path: PathPoint[],
  holds: (v: number) => boolean,
  metText: string,
  missedText: string,
): Judgement {
  const broken = obs.filter((o) => !holds(o.value)).map((o) => o.year);
  const average = obs.reduce((acc, o) => acc + o.value, 0) / obs.length;
  const brokenNote = broken.length > 0 ? `；${broken.join('、')}年未达到要求` : '';
  const head = `${pointLabel(ctx.point)}为${show(latest.value, ind)}，${obs.length > 1 ? `${obs[0]!.year}—${latest.year}年平均${show(average, ind)}，` : ''}`;
  const outlook = boundOutlook({ first: obs[0]!, latest, holds, remaining: remainingYears(ctx), endYear: ctx.info.period.end, share: ind.unit === '%' }, (v) => show(v, ind));
  if (holds(latest.value)) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: broken, explanation: `${head}${metText}${brokenNote}，基本符合预期`, outlook };
  }
  const status: Status = holds(average) ? '滞后' : '严重滞后';
  const why = holds(average) ? missedText : `${missedText}，期内平均也未达到要求`;
  return { status, progress: null, reached: false, plannedPath: path, brokenYears: broken, explanation: `${head}${why}${brokenNote}，${status}`, outlook };
}

/** 完成市下达任务: each year's figure against the value the city assigned for that year. */
function judgeCityTask(ind: Indicator, form: FormOf<'city-task'>, obs: Observation[], tasks: Observation[], ctx: RuleContext): Judgement {
  const path = tasks.map((t) => ({ year: t.year, value: t.value }));
  const latest = latestOf(obs, ctx);
  const latestTask = tasks.find((t) => t.year === ctx.point.year);
  if (!latestTask) {
    return {
      ...pending('', path),
      explanation: `待核定（需市下达任务值）：规划目标为“完成市下达任务”，尚未录入${pointLabel(ctx.point)}市下达的任务值`,
    };
  }
  if (!latest) return missingLatest(ctx, path);
  const met = (o: Observation) => {
    const task = tasks.find((t) => t.year === o.year);
    return task === undefined || reachedTarget(o.value, task.value, form.direction);
  };
  const judged = obs.filter((o) => tasks.some((t) => t.year === o.year));
  const missed = judged.filter((o) => !met(o)).map((o) => o.year);
  const word = form.direction === 'up' ? '不低于' : '不高于';
  const head = `${pointLabel(ctx.point)}为${show(latest.value, ind)}，市下达任务为${word}${show(latestTask.value, ind)}，`;
  const missedNote = missed.length > 0 ? `；${missed.join('、')}年未完成市下达任务` : '';
  const outlook = taskOutlook({ latestMet: met(latest), missedYears: missed, remaining: remainingYears(ctx) });
  if (met(latest)) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: missed, explanation: `${head}完成当年任务${missedNote}，基本符合预期`, outlook };
  }
  // More than half of the judged years missed: the shortfall is not a one-year slip.
  const status: Status = missed.length * 2 > judged.length ? '严重滞后' : '滞后';
  return { status, progress: null, reached: false, plannedPath: path, brokenYears: missed, explanation: `${head}未完成当年任务${missedNote}，${status}`, outlook };
}

function judgeCumulativeDecline(ind: Indicator, form: FormOf<'cumulative-decline'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = proRatedPath(form.value, ctx);
  // The running cumulative decline (in %) after each year since the 基期.
  let running: PathPoint[];
  if (form.yearly === 'rate') {
    const years = elapsedWholeYears(ctx);
    const missing = years.filter((y) => !obs.some((o) => o.year === y));
    if (missing.length > 0) return pending(`缺少${missing.join('、')}年下降率，无法计算累计下降`, path);
    let remaining = 1;
    running = obs.filter((o) => years.includes(o.year)).map((o) => {
      remaining *= 1 - o.value / 100;
      return { year: o.year, value: (1 - remaining) * 100 };
    });
  } else {
    if (!latestOf(obs, ctx)) return missingLatest(ctx, path);
    const base = ind.base;
    if (base === null || base === 0) return pending('基期值缺失或为零，无法计算累计下降', path);
    running = obs.map((o) => ({ year: o.year, value: ((base - o.value) / base) * 100 }));
  }
  const decline = running[running.length - 1]!.value;
  const at = `较${ctx.info.baseYear}年累计下降${formatNumber(decline, 1)}%`;
  const outlook = declineOutlook({ decline: decline / 100, target: form.value / 100, elapsed: elapsedYears(ctx.point, ctx.info), remaining: remainingYears(ctx), endYear: ctx.info.period.end }, ctx.settings);
  const j = decline >= form.value ? done(`${at}，已达到累计下降${form.value}%的目标，提前实现`, path, alreadyMet(outlook)) : progressJudgement(decline / form.value, ctx.t, ctx, at, path, outlook);
  return { ...j, actualPath: [{ year: ctx.info.baseYear, value: 0 }, ...running] };
}

// ——— shared pieces ———

const OP_WORDS = { '>': '高于', '>=': '不低于', '<': '低于', '<=': '不高于' } as const;

/** The status for progress p against schedule t, with the sentence that cites the rule (figures as shown). */
function progressJudgement(p: number, t: number, ctx: RuleContext, lead: string, path: PathPoint[], outlook: Outlook): Judgement {
  const status = statusFromProgress(p, t, ctx.settings);
  const shown = progressShown(p);
  const pp = `完成进度${formatPercent(shown)}`;
  const tt = `序时进度${formatPercent(t)}`;
  const gap = formatPoints(Math.abs(t - shown));
  let rule: string;
  switch (status) {
    case '快于预期':
      rule = `${pp}，高于${tt}达${gap}个百分点`;
      break;
    case '基本符合预期':
      rule = `${pp}，与${tt}相差${gap}个百分点（在±${formatPoints(ctx.settings.delta)}个百分点以内）`;
      break;
    case '滞后':
      rule = `${pp}，低于${tt}达${gap}个百分点`;
      break;
    default:
      rule = p <= 0 ? `较基期没有进展（${pp}）` : `${pp}，不足${tt}的${formatNumber(ctx.settings.seriousShare * 100, 0)}%`;
  }
  return { status, progress: p, schedule: t, reached: false, plannedPath: path, brokenYears: [], explanation: `${lead ? `${lead}，` : ''}${rule}，${status}`, outlook };
}

/** A target already met needs nothing more; the trend is kept for the record. */
function alreadyMet(outlook: Outlook): Outlook {
  return { ...outlook, judgement: '能够完成', requiredGrowth: null, requiredPerYear: null, explanation: '已提前达到目标，能够完成' };
}

function done(explanation: string, path: PathPoint[], outlook: Outlook): Judgement {
  return { status: '提前实现', progress: null, reached: true, plannedPath: path, brokenYears: [], explanation, outlook };
}

function pending(reason: string, path: PathPoint[] = [], reached: boolean | null = null): Judgement {
  return { status: '待核定', progress: null, reached, plannedPath: path, brokenYears: [], explanation: `待核定：${reason}`, outlook: NO_OUTLOOK };
}

function missingLatest(ctx: RuleContext, path: PathPoint[]): Judgement {
  return pending(`缺少${pointLabel(ctx.point)}数据`, path);
}

function latestOf(obs: Observation[], ctx: RuleContext): Observation | undefined {
  return obs.find((o) => o.year === ctx.point.year);
}

/** Years from the 评估时点 to the 目标年: 2 after 2023, 2.5 after 2023年上半年. */
function remainingYears(ctx: RuleContext): number {
  return ctx.info.period.end - ctx.info.baseYear - elapsedYears(ctx.point, ctx.info);
}

/** The whole years from the first plan year to the 评估时点 (a half year counts its year's figures). */
function elapsedWholeYears(ctx: RuleContext): number[] {
  return reportedYears(ctx.point, ctx.info);
}

function yearsOfPlan(ctx: RuleContext): number[] {
  return yearsBetween(ctx.info.baseYear, ctx.info.period.end);
}

/** A target reached in equal steps from zero at the 基期 (累计 and 累计下降 targets). */
function proRatedPath(target: number, ctx: RuleContext): PathPoint[] {
  const span = ctx.info.period.end - ctx.info.baseYear;
  return yearsOfPlan(ctx).map((year) => ({ year, value: (target * (year - ctx.info.baseYear)) / span }));
}

/** A level that applies in every year (a bound, a level to keep). */
function flatPath(level: number, ctx: RuleContext): PathPoint[] {
  return yearsOfPlan(ctx).map((year) => ({ year, value: level }));
}

function linearPath(base: number, target: number, ctx: RuleContext): PathPoint[] {
  const span = ctx.info.period.end - ctx.info.baseYear;
  return yearsOfPlan(ctx).map((year) => ({ year, value: base + ((target - base) * (year - ctx.info.baseYear)) / span }));
}

function compoundPath(base: number, ratePercent: number, ctx: RuleContext): PathPoint[] {
  return yearsOfPlan(ctx).map((year) => ({ year, value: base * Math.pow(1 + ratePercent / 100, year - ctx.info.baseYear) }));
}

/** A value with the indicator's unit; a difference of percentages is in 百分点. */
function show(value: number, ind: Indicator, isDifference = false): string {
  const n = formatNumber(value, 2);
  if (ind.unit === '%') return isDifference ? `${n}个百分点` : `${n}%`;
  return `${n}${ind.unit}`;
}
