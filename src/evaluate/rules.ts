// 按目标形式逐项判定（评估方法说明第三部分）。纯函数：不读文件、不取时间，同样输入永远得到同样结果。
import type { EvaluationPoint, EvaluationSettings, PathPoint, Status } from '../model/evaluation.ts';
import type { Indicator, Observation, PlanInfo, TargetForm } from '../model/plan.ts';
import { formatNumber, formatPercent, formatPoints } from '../format/number.ts';
import { holdsBound, reachedTarget, statusFromProgress } from './classify.ts';
import { elapsedYears, pointLabel } from './schedule.ts';

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
  reached: boolean | null;
  plannedPath: PathPoint[];
  /** The actual series comparable with `plannedPath` (levels, yearly rates, running sums or declines). */
  actualPath?: PathPoint[];
  brokenYears: number[];
  explanation: string;
}

type FormOf<K extends TargetForm['type']> = Extract<TargetForm, { type: K }>;

/** Judges one indicator from its figures up to the 评估时点 (`observations` sorted by year). */
export function judge(indicator: Indicator, observations: Observation[], ctx: RuleContext): Judgement & { actualPath: PathPoint[] } {
  const j = judgeForm(indicator, observations, ctx);
  const levels = observations.map((o) => ({ year: o.year, value: o.value }));
  const withBase = indicator.base === null ? levels : [{ year: ctx.info.baseYear, value: indicator.base }, ...levels];
  return { ...j, actualPath: j.actualPath ?? withBase };
}

function judgeForm(indicator: Indicator, observations: Observation[], ctx: RuleContext): Judgement {
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
      return { ...pending(''), explanation: '待核定（需市下达任务值）：规划目标为“完成市下达任务”，尚未录入市下达的年度任务值' };
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
  if (base === null) {
    return reached
      ? done(`${at}，已达到目标${show(form.value, ind)}，提前实现（规划表无基期值，按目标值判定）`, path)
      : pending(`规划表无基期值，无法计算完成进度；${at}，距目标${show(form.value, ind)}尚差${show(Math.abs(form.value - latest.value), ind, true)}`, path, false);
  }
  if (form.value === base) return judgeAgainstLevel(ind, form.value, form.direction, latest, ctx, path);
  if (reached) return done(`${at}，已达到目标${show(form.value, ind)}，提前实现`, path);
  const p = (latest.value - base) / (form.value - base);
  const growth = form.type === 'end-value-rate' ? `；年均增长${formatNumber(annualGrowth(base, latest.value, elapsedYears(ctx.point, ctx.info)) * 100, 1)}%，规划年均增长${formatNumber(form.rate, 2)}%` : '';
  return progressJudgement(p, ctx, `${at}${growth}`, path);
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
  const j = { ...progressJudgement(p, ctx, lead, planPath), actualPath: rates, reached: null };
  // A rate over the whole period cannot be “already achieved” while years remain.
  return j.status === '提前实现' ? { ...j, status: '快于预期' } : j;
}

function judgeCumulative(ind: Indicator, form: FormOf<'cumulative'>, obs: Observation[], ctx: RuleContext): Judgement {
  const years = elapsedWholeYears(ctx);
  const missing = years.filter((y) => !obs.some((o) => o.year === y));
  const path = yearsOfPlan(ctx).map((year) => ({ year, value: (form.value * (year - ctx.info.baseYear)) / (ctx.info.period.end - ctx.info.baseYear) }));
  if (missing.length > 0) return pending(`缺少${missing.join('、')}年数据，无法计算累计值`, path);
  const used = obs.filter((o) => years.includes(o.year));
  const running = used.map((o, i) => ({ year: o.year, value: used.slice(0, i + 1).reduce((acc, x) => acc + x.value, 0) }));
  const sum = running[running.length - 1]?.value ?? 0;
  const at = `${years[0]}—${years[years.length - 1]}年累计${show(sum, ind)}`;
  const j = sum >= form.value ? done(`${at}，已达到累计目标${show(form.value, ind)}，提前实现`, path) : progressJudgement(sum / form.value, ctx, at, path);
  return { ...j, actualPath: [{ year: ctx.info.baseYear, value: 0 }, ...running] };
}

function judgeBound(ind: Indicator, form: FormOf<'bound'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = yearsOfPlan(ctx).map((year) => ({ year, value: form.value }));
  const latest = latestOf(obs, ctx);
  if (!latest) return missingLatest(ctx, path);
  const used = obs.filter((o) => o.year <= ctx.point.year);
  const broken = used.filter((o) => !holdsBound(o.value, form.op, form.value)).map((o) => o.year);
  const average = used.reduce((acc, o) => acc + o.value, 0) / used.length;
  const rule = `${OP_WORDS[form.op]}${show(form.value, ind)}`;
  const latestHolds = holdsBound(latest.value, form.op, form.value);
  const averageHolds = holdsBound(average, form.op, form.value);
  const brokenNote = broken.length > 0 ? `；${broken.join('、')}年未达到要求` : '';
  const head = `${pointLabel(ctx.point)}为${show(latest.value, ind)}，${used.length > 1 ? `${used[0]!.year}—${latest.year}年平均${show(average, ind)}，` : ''}`;
  // A bound must hold in every year to the end of the period: holding it now is being on schedule, not early.
  if (latestHolds) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: broken, explanation: `${head}符合“${rule}”的要求${brokenNote}，基本符合预期` };
  }
  const status: Status = averageHolds ? '滞后' : '严重滞后';
  const why = averageHolds ? `${pointLabel(ctx.point)}未达到“${rule}”的要求` : `${pointLabel(ctx.point)}及期内平均均未达到“${rule}”的要求`;
  return { status, progress: null, reached: false, plannedPath: path, brokenYears: broken, explanation: `${head}${why}${brokenNote}，${status}` };
}

function judgeMaintain(ind: Indicator, form: FormOf<'maintain'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = yearsOfPlan(ctx).map((year) => ({ year, value: form.value }));
  const latest = latestOf(obs, ctx);
  if (!latest) return missingLatest(ctx, path);
  return judgeAgainstLevel(ind, form.value, form.direction, latest, ctx, path);
}

/** 保持: met is on schedule (there was nothing to achieve early); below the level is behind. */
function judgeAgainstLevel(ind: Indicator, level: number, direction: 'up' | 'down', latest: Observation, ctx: RuleContext, path: PathPoint[]): Judgement {
  const at = `${pointLabel(ctx.point)}为${show(latest.value, ind)}`;
  if (reachedTarget(latest.value, level, direction)) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: [], explanation: `${at}，保持在目标水平${show(level, ind)}${direction === 'up' ? '以上' : '以下'}，基本符合预期` };
  }
  return { status: '滞后', progress: null, reached: false, plannedPath: path, brokenYears: [], explanation: `${at}，未保持目标水平${show(level, ind)}，相差${show(Math.abs(level - latest.value), ind, true)}，滞后` };
}

function judgeCumulativeDecline(ind: Indicator, form: FormOf<'cumulative-decline'>, obs: Observation[], ctx: RuleContext): Judgement {
  const span = ctx.info.period.end - ctx.info.baseYear;
  const path = yearsOfPlan(ctx).map((year) => ({ year, value: (form.value * (year - ctx.info.baseYear)) / span }));
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
  const j = decline >= form.value ? done(`${at}，已达到累计下降${form.value}%的目标，提前实现`, path) : progressJudgement(decline / form.value, ctx, at, path);
  return { ...j, actualPath: [{ year: ctx.info.baseYear, value: 0 }, ...running] };
}

// ——— shared pieces ———

const OP_WORDS = { '>': '高于', '>=': '不低于', '<': '低于', '<=': '不高于' } as const;

function progressJudgement(p: number, ctx: RuleContext, lead: string, path: PathPoint[]): Judgement {
  const status = statusFromProgress(p, ctx.t, ctx.settings);
  const pp = `完成进度${formatPercent(p)}`;
  const tt = `序时进度${formatPercent(ctx.t)}`;
  const gap = formatPoints(Math.abs(ctx.t - p));
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
  return { status, progress: p, reached: false, plannedPath: path, brokenYears: [], explanation: `${lead ? `${lead}，` : ''}${rule}，${status}` };
}

function done(explanation: string, path: PathPoint[]): Judgement {
  return { status: '提前实现', progress: null, reached: true, plannedPath: path, brokenYears: [], explanation };
}

function pending(reason: string, path: PathPoint[] = [], reached: boolean | null = null): Judgement {
  return { status: '待核定', progress: null, reached, plannedPath: path, brokenYears: [], explanation: `待核定：${reason}` };
}

function missingLatest(ctx: RuleContext, path: PathPoint[]): Judgement {
  return pending(`缺少${pointLabel(ctx.point)}数据`, path);
}

function latestOf(obs: Observation[], ctx: RuleContext): Observation | undefined {
  return obs.find((o) => o.year === ctx.point.year);
}

/** The whole years from the first plan year to the 评估时点 (a half year counts its year's figures). */
function elapsedWholeYears(ctx: RuleContext): number[] {
  const years: number[] = [];
  for (let y = ctx.info.period.start; y <= ctx.point.year; y++) years.push(y);
  return years;
}

function yearsOfPlan(ctx: RuleContext): number[] {
  const years: number[] = [];
  for (let y = ctx.info.baseYear; y <= ctx.info.period.end; y++) years.push(y);
  return years;
}

function linearPath(base: number, target: number, ctx: RuleContext): PathPoint[] {
  const span = ctx.info.period.end - ctx.info.baseYear;
  return yearsOfPlan(ctx).map((year) => ({ year, value: base + ((target - base) * (year - ctx.info.baseYear)) / span }));
}

function compoundPath(base: number, ratePercent: number, ctx: RuleContext): PathPoint[] {
  return yearsOfPlan(ctx).map((year) => ({ year, value: base * Math.pow(1 + ratePercent / 100, year - ctx.info.baseYear) }));
}

/** Compound annual growth from `from` to `to` over `years`. */
export function annualGrowth(from: number, to: number, years: number): number {
  return Math.pow(to / from, 1 / years) - 1;
}

/** A value with the indicator's unit; a difference of percentages is in 百分点. */
function show(value: number, ind: Indicator, isDifference = false): string {
  const n = formatNumber(value, 2);
  if (ind.unit === '%') return isDifference ? `${n}个百分点` : `${n}%`;
  return `${n}${ind.unit}`;
}
