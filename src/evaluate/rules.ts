// 按目标形式逐项判定（评估方法说明第三部分）。纯函数：不读文件、不取时间，同样输入永远得到同样结果。
import type { EvaluationPoint, EvaluationSettings, Outlook, PathPoint, Status } from '../model/evaluation.ts';
import type { BoundBasis } from '../model/plan.ts';
import { OP_SIGNS } from '../notation/cell.ts';
import type { Indicator, ManualJudgement, Observation, PlanInfo, TargetForm } from '../model/plan.ts';
import { formatNumber, formatPercent, formatPoints, progressShown } from '../format/number.ts';
import { EPS, holdsBound, reachedTarget, statusFromProgress } from './classify.ts';
import { boundOutlook, declineOutlook, levelOutlook, NO_OUTLOOK, rateOutlook, sumOutlook, taskOutlook } from './outlook.ts';
import { compoundSchedule, elapsedYears, pointLabel, reportedYears, yearsBetween } from './schedule.ts';

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

/** What some forms need besides the indicator's own figures. */
export interface JudgeInputs {
  /** Yearly values assigned by the higher level (完成上级下达任务). */
  tasks?: Observation[];
  /** The yearly figures of the series a relative target is compared with. */
  reference?: Observation[];
  /** The department's statement for a qualitative indicator (人工判定), the latest up to the 评估时点. */
  manual?: ManualJudgement;
}

/**
 * Judges one indicator from its figures up to the 评估时点 (`observations` sorted by year); `inputs` carry what
 * a form needs besides them.
 */
export function judge(indicator: Indicator, observations: Observation[], ctx: RuleContext, inputs: JudgeInputs = {}): Judgement & { actualPath: PathPoint[] } {
  const j = judgeForm(indicator, observations, ctx, inputs);
  const levels = observations.map((o) => ({ year: o.year, value: o.value }));
  const withBase = indicator.base === null ? levels : [{ year: ctx.info.baseYear, value: indicator.base }, ...levels];
  return { ...j, actualPath: j.actualPath ?? withBase };
}

function judgeForm(indicator: Indicator, observations: Observation[], ctx: RuleContext, inputs: JudgeInputs): Judgement {
  const form = indicator.form;
  switch (form.type) {
    case 'end-value':
    case 'end-value-rate':
      return judgeEndValue(indicator, form, observations, ctx);
    case 'threshold':
      return judgeThreshold(indicator, form, observations, ctx);
    case 'growth-rate':
      return judgeGrowthRate(form, observations, ctx);
    case 'cumulative':
      return judgeCumulative(indicator, form, observations, ctx);
    case 'bound':
      return judgeBound(indicator, form, observations, ctx);
    case 'maintain':
      return judgeMaintain(indicator, form, observations, ctx);
    case 'city-task':
      return judgeCityTask(indicator, form, observations, inputs.tasks ?? [], ctx);
    case 'cumulative-decline':
      return judgeCumulativeChange(indicator, { type: 'cumulative-change', direction: 'down', value: form.value, by: 'percent', yearly: form.yearly === 'rate' ? 'change' : 'level' }, observations, ctx);
    case 'cumulative-change':
      return judgeCumulativeChange(indicator, form, observations, ctx);
    case 'relative':
      return judgeRelative(form, observations, inputs.reference ?? [], ctx);
    case 'qualitative':
      return judgeQualitative(inputs.manual);
    case 'parts':
      // Judged part by part in evaluate(); a parts indicator reaching here has no parts registered.
      return pending('分项目标未登记分项（parts）');
  }
}

// ——— forms ———

function judgeEndValue(ind: Indicator, form: FormOf<'end-value' | 'end-value-rate'>, obs: Observation[], ctx: RuleContext): Judgement {
  const approx = form.type === 'end-value' && form.approx === true;
  const tolerance = approx ? Math.abs(form.value) * ctx.settings.approxTolerance : 0;
  const reached = (v: number) => reachedTarget(v, form.value, form.direction) || Math.abs(v - form.value) <= tolerance + EPS;
  const targetText = `${show(form.value, ind)}${approx ? `左右（±${formatNumber(ctx.settings.approxTolerance * 100, 1)}%以内视为达到）` : ''}`;
  const path = ind.base === null ? [] : form.type === 'end-value-rate' ? compoundPath(ind.base, form.rate, ctx) : linearPath(ind.base, form.value, ctx);
  // A 年均增长 target is a compound path: its 序时进度 is the share of the planned change that path has made.
  const schedule = form.type === 'end-value-rate' ? compoundProgress(form.rate, ctx) : undefined;
  return judgeLevelTarget(ind, obs, ctx, { value: form.value, direction: form.direction, reached, targetText, path, schedule }, (outlook) =>
    form.type === 'end-value-rate' && outlook.averageGrowth !== null ? `；年均增长${formatNumber(outlook.averageGrowth * 100, 1)}%，规划年均增长${formatNumber(form.rate, 2)}%` : '',
  );
}

/** 期末门槛 (>60, ≥80, 60以上): a level target that is reached once the comparison holds. */
function judgeThreshold(ind: Indicator, form: FormOf<'threshold'>, obs: Observation[], ctx: RuleContext): Judgement {
  const direction = form.op === '>' || form.op === '>=' ? 'up' : 'down';
  const reached = (v: number) => holdsBound(v, form.op, form.value);
  const targetText = `“${OP_SIGNS[form.op]}${show(form.value, ind)}”`;
  const path = ind.base === null ? [] : linearPath(ind.base, form.value, ctx);
  return judgeLevelTarget(ind, obs, ctx, { value: form.value, direction, reached, targetText, path, schedule: undefined }, () => '');
}

interface LevelTarget {
  value: number;
  direction: 'up' | 'down';
  reached: (v: number) => boolean;
  /** The target as written in explanations (with 左右 or the comparison sign). */
  targetText: string;
  path: PathPoint[];
  /** The 序时进度 to compare with, when the planned path is not a straight line. */
  schedule: number | undefined;
}

/**
 * A level to reach by the 目标年 (期末值, 期末门槛): p = (V − 基期) / (目标 − 基期) against the 序时进度; 提前实现
 * once reached. Without a 基期 the first year with data is the start. A start that already meets the target is
 * judged as a level to keep: there is no progress to measure from it.
 */
function judgeLevelTarget(ind: Indicator, obs: Observation[], ctx: RuleContext, target: LevelTarget, extra: (o: Outlook) => string): Judgement {
  const latest = latestOf(obs, ctx);
  const { path } = target;
  if (!latest) return missingLatest(ctx, path);
  const at = `${pointLabel(ctx.point)}为${show(latest.value, ind)}`;
  const elapsed = elapsedYears(ctx.point, ctx.info);
  const level = (start: number, since: number, years: number) =>
    levelOutlook(
      { start, latest: latest.value, target: target.value, direction: target.direction, elapsed: years, remaining: remainingYears(ctx), endYear: ctx.info.period.end, since, share: ind.unit === '%' },
      ctx.settings,
      (v, diff) => show(v, ind, diff),
    );
  const base = ind.base;
  if (base === null) {
    if (target.reached(latest.value)) return done(`${at}，已达到目标${target.targetText}，提前实现（规划表无基期值，按目标值判定）`, path, NO_OUTLOOK);
    // No 基期: the first year with data stands in for it, and the schedule runs from that year.
    const first = obs[0]!;
    const years = elapsed - (first.year - ctx.info.baseYear);
    if (target.reached(first.value)) {
      const outlook = years > 0 ? level(first.value, first.year, years) : NO_OUTLOOK;
      return {
        ...lagging(`规划表无基期值；${first.year}年为${show(first.value, ind)}，已达到目标${target.targetText}，${at}，回落至目标以下，相差${show(Math.abs(target.value - latest.value), ind, true)}`),
        plannedPath: path,
        outlook,
      };
    }
    if (first === latest || years <= 0) {
      return pending(`规划表无基期值，且只有一年数据，无法计算完成进度；${at}，距目标${target.targetText}尚差${show(Math.abs(target.value - latest.value), ind, true)}`, path, false);
    }
    const t = years / (ctx.info.period.end - first.year);
    const p = (latest.value - first.value) / (target.value - first.value);
    return progressJudgement(p, t, ctx, `规划表无基期值，以${first.year}年${show(first.value, ind)}为起点计算；${at}`, path, level(first.value, first.year, years));
  }
  if (target.reached(base)) {
    return judgeEveryYear(ind, obs, latest, ctx, path, target.reached, `基期已达到目标${target.targetText}，保持住目标水平`, `基期已达到目标${target.targetText}，${pointLabel(ctx.point)}未保持`, 'latest');
  }
  const outlook = level(base, ctx.info.baseYear, elapsed);
  if (target.reached(latest.value)) return done(`${at}，已达到目标${target.targetText}，提前实现`, path, alreadyMet(outlook));
  const p = (latest.value - base) / (target.value - base);
  return progressJudgement(p, target.schedule ?? ctx.t, ctx, `${at}${extra(outlook)}`, path, outlook, target.schedule === undefined ? undefined : '按年均增长复合路径的');
}

/**
 * A growth-rate target (年均增长 g) is the level path (1 + g)ⁿ of an index with 基期 = 1: the yearly rates are
 * chained, so a strong year and a weak year count as they compound, and the index is compared with the same
 * compound path (序时进度 = ((1 + g)ⁿ − 1) / ((1 + g)ᴺ − 1)), so a series exactly on the path is on schedule. A
 * first-half rate counts for half a year. “5左右” is met anywhere within the approximate tolerance.
 */
function judgeGrowthRate(form: FormOf<'growth-rate'>, obs: Observation[], ctx: RuleContext): Judgement {
  const years = elapsedWholeYears(ctx);
  const missing = years.filter((y) => !obs.some((o) => o.year === y));
  if (missing.length > 0) return pending(`缺少${missing.join('、')}年增速，无法计算年均增长`);
  const used = obs.filter((o) => years.includes(o.year));
  const index = used.reduce((acc, o) => acc * Math.pow(1 + o.value / 100, o.half ? 0.5 : 1), 1);
  const elapsed = elapsedYears(ctx.point, ctx.info);
  const span = ctx.info.period.end - ctx.info.baseYear;
  const avg = (Math.pow(index, 1 / elapsed) - 1) * 100;
  const tolerance = form.approx ? Math.abs(form.rate) * ctx.settings.approxTolerance : 0;
  const goal = form.rate - tolerance;
  const p = (index - 1) / (Math.pow(1 + goal / 100, span) - 1);
  const t = compoundSchedule(goal, elapsed, span);
  const label = `${years[0]}—${pointLabel(ctx.point)}`;
  const targetWords = `${form.op === '>' ? '高于' : form.op === '>=' ? '不低于' : ''}${formatNumber(form.rate, 2)}%${form.approx ? `左右（±${formatNumber(ctx.settings.approxTolerance * 100, 1)}%以内视为达到）` : ''}`;
  const meets = form.op === '>' ? avg > form.rate + EPS : avg >= goal - EPS;
  const cmp = meets ? (form.approx && avg <= form.rate + tolerance + EPS ? '达到' : form.op === '>' ? '高于' : '不低于') : avg < goal - EPS ? '低于' : '未高于';
  const lead = `${label}平均增长${shownAgainst(avg, goal)}%，${cmp}年均增长${targetWords}的目标`;
  const planPath = yearsOfPlan(ctx).slice(1).map((year) => ({ year, value: form.rate }));
  const rates = obs.map((o) => ({ year: o.year, value: o.value }));
  const outlook = rateOutlook({ index, elapsed, span, rate: goal, endYear: ctx.info.period.end }, ctx.settings);
  if (form.approx && meets && avg <= form.rate + tolerance + EPS) {
    return { status: '基本符合预期', progress: p, schedule: t, reached: null, plannedPath: planPath, actualPath: rates, brokenYears: [], explanation: `${lead}，基本符合预期`, outlook };
  }
  return { ...progressJudgement(p, t, ctx, `${lead}；按复合增长折算`, planPath, outlook, '按复合增长路径的'), actualPath: rates, reached: null };
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
  return judgeEveryYear(ind, obs, latest, ctx, path, holds, `符合“${rule}”的要求`, `未达到“${rule}”的要求`, form.basis ?? ctx.settings.boundBasis);
}

function judgeMaintain(ind: Indicator, form: FormOf<'maintain'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = flatPath(form.value, ctx);
  const latest = latestOf(obs, ctx);
  if (!latest) return missingLatest(ctx, path);
  const holds = (v: number) => reachedTarget(v, form.value, form.direction);
  const word = form.direction === 'up' ? '以上' : '以下';
  return judgeEveryYear(ind, obs, latest, ctx, path, holds, `保持在目标水平${show(form.value, ind)}${word}`, `未保持目标水平${show(form.value, ind)}，相差${show(Math.abs(form.value - latest.value), ind, true)}`, 'latest');
}

const BASIS_WORDS: Record<BoundBasis, string> = { average: '按期内平均判定', latest: '按评估时点当年判定', every: '按每一年判定' };

/**
 * A requirement that must hold in every year (a bound, a level to keep), judged on `basis`: the period average,
 * the latest year, or every year. Met on the basis is on schedule (never early); missed on it is 滞后, and
 * 严重滞后 when the latest year and the average both miss. Every year that broke it is named.
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
  basis: BoundBasis,
): Judgement {
  const broken = obs.filter((o) => !holds(o.value)).map((o) => o.year);
  const average = obs.reduce((acc, o) => acc + o.value, 0) / obs.length;
  const brokenNote = broken.length > 0 ? `；${broken.join('、')}年未达到要求` : '';
  const head = `${pointLabel(ctx.point)}为${show(latest.value, ind)}，${obs.length > 1 ? `${obs[0]!.year}—${latest.year}年平均${show(average, ind)}，` : ''}`;
  const outlook = boundOutlook({ first: obs[0]!, latest, holds, remaining: remainingYears(ctx), endYear: ctx.info.period.end, share: ind.unit === '%' }, (v) => show(v, ind));
  const met = basis === 'latest' ? holds(latest.value) : basis === 'average' ? holds(average) : broken.length === 0;
  // The latest-year basis is the rule of 保持 and of targets already met at the 基期; a bound says which it used.
  const how = basis === 'latest' ? '' : `（${BASIS_WORDS[basis]}）`;
  if (met) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: broken, explanation: `${head}${metText}${how}${brokenNote}，基本符合预期`, outlook };
  }
  const bothMissed = !holds(latest.value) && !holds(average);
  const status: Status = bothMissed ? '严重滞后' : '滞后';
  const why = bothMissed && obs.length > 1 ? `${missedText}，期内平均也未达到要求` : missedText;
  return { status, progress: null, reached: false, plannedPath: path, brokenYears: broken, explanation: `${head}${why}${how}${brokenNote}，${status}`, outlook };
}

const TASK_WORDS = { 市: '市下达任务', 省: '省下达任务', 国家: '国家下达任务' } as const;

/** 完成上级下达任务: each year's figure against the value the 市 (省, 国家) assigned for that year. */
function judgeCityTask(ind: Indicator, form: FormOf<'city-task'>, obs: Observation[], tasks: Observation[], ctx: RuleContext): Judgement {
  const what = TASK_WORDS[form.level ?? '市'];
  const path = tasks.map((t) => ({ year: t.year, value: t.value }));
  const latest = latestOf(obs, ctx);
  const latestTask = tasks.find((t) => t.year === ctx.point.year);
  if (!latestTask) {
    return {
      ...pending('', path),
      explanation: `待核定（需${what}值）：规划目标为“${ind.target}”，尚未录入${pointLabel(ctx.point)}${(form.level ?? '市')}下达的任务值`,
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
  const head = `${pointLabel(ctx.point)}为${show(latest.value, ind)}，${what}为${word}${show(latestTask.value, ind)}，`;
  const missedNote = missed.length > 0 ? `；${missed.join('、')}年未完成${what}` : '';
  const outlook = taskOutlook({ latestMet: met(latest), missedYears: missed, remaining: remainingYears(ctx), what });
  if (met(latest)) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, brokenYears: missed, explanation: `${head}完成当年任务${missedNote}，基本符合预期`, outlook };
  }
  // More than half of the judged years missed: the shortfall is not a one-year slip.
  const status: Status = missed.length * 2 > judged.length ? '严重滞后' : '滞后';
  return { status, progress: null, reached: false, plannedPath: path, brokenYears: missed, explanation: `${head}未完成当年任务${missedNote}，${status}`, outlook };
}

/**
 * A five-year change from the 基期 (累计下降, 〔1〕, 累计提升20%): the change so far against the target pro-rated by
 * t. From levels: the difference from the 基期, or its share of the 基期 in %; from each year's change: increments
 * added, or rates chained (1 − Π(1 − rᵢ) for declines, Π(1 + rᵢ) − 1 for rises; a half year counts half).
 */
function judgeCumulativeChange(ind: Indicator, form: FormOf<'cumulative-change'>, obs: Observation[], ctx: RuleContext): Judgement {
  const path = proRatedPath(form.value, ctx);
  const d = form.direction === 'up' ? 1 : -1;
  const percent = form.by === 'percent';
  let running: PathPoint[];
  if (form.yearly === 'change') {
    const years = elapsedWholeYears(ctx);
    const missing = years.filter((y) => !obs.some((o) => o.year === y));
    if (missing.length > 0) return pending(`缺少${missing.join('、')}年${percent ? (d > 0 ? '提升率' : '下降率') : '变化量'}，无法计算累计变化`, path);
    let acc = percent ? 1 : 0;
    running = obs
      .filter((o) => years.includes(o.year))
      .map((o) => {
        if (percent) acc *= Math.pow(1 + (d * o.value) / 100, o.half ? 0.5 : 1);
        else acc += o.value;
        return { year: o.year, value: percent ? d * (acc - 1) * 100 : acc };
      });
  } else {
    if (!latestOf(obs, ctx)) return missingLatest(ctx, path);
    const base = ind.base;
    if (base === null || (percent && base === 0)) return pending('基期值缺失或为零，无法计算较基期的变化', path);
    running = obs.map((o) => ({ year: o.year, value: percent ? (d * (o.value - base) * 100) / base : d * (o.value - base) }));
  }
  const change = running[running.length - 1]!.value;
  const verb = d > 0 ? (percent ? '提升' : '提高') : percent ? '下降' : '降低';
  const amount = (v: number) => (percent ? `${formatNumber(v, 1)}%` : show(v, ind, true));
  const at = `较${ctx.info.baseYear}年累计${verb}${amount(change)}`;
  const elapsed = elapsedYears(ctx.point, ctx.info);
  const outlook = percent
    ? declineOutlook({ decline: change / 100, target: form.value / 100, elapsed, remaining: remainingYears(ctx), endYear: ctx.info.period.end, up: d > 0 }, ctx.settings)
    : sumOutlook({ sum: change, target: form.value, elapsed, remaining: remainingYears(ctx), endYear: ctx.info.period.end }, ctx.settings, (v) => show(v, ind, true));
  const j = change >= form.value - EPS ? done(`${at}，已达到累计${verb}${amount(form.value)}的目标，提前实现`, path, alreadyMet(outlook)) : progressJudgement(change / form.value, ctx.t, ctx, at, path, outlook);
  return { ...j, actualPath: [{ year: ctx.info.baseYear, value: 0 }, ...running] };
}

const RELATION_WORDS = { 'in-step': '基本同步', above: '高于', 'not-below': '不低于' } as const;

/**
 * A relative target (与经济增长基本同步, 高于GDP增长): each year's rate against the reference series' rate of the
 * same year — 基本同步 is at most `inStepTolerance` 百分点 below it. Judged on the latest year and on the period
 * as a whole (rates chained); every year that missed is named.
 */
function judgeRelative(form: FormOf<'relative'>, obs: Observation[], reference: Observation[], ctx: RuleContext): Judgement {
  const paired = obs.flatMap((o) => {
    const r = reference.find((x) => x.year === o.year && x.half === o.half);
    return r ? [{ year: o.year, half: o.half, value: o.value, ref: r.value }] : [];
  });
  const refPath = reference.map((r) => ({ year: r.year, value: r.value }));
  const latest = paired.find((x) => x.year === ctx.point.year);
  if (!latestOf(obs, ctx)) return missingLatest(ctx, refPath);
  if (!latest) return pending(`缺少${pointLabel(ctx.point)}比较对象（${form.reference}）的数据`, refPath);
  const tol = form.relation === 'in-step' ? ctx.settings.inStepTolerance : 0;
  const meets = (r: number, g: number) => (form.relation === 'above' ? r > g + EPS : r >= g - tol - EPS);
  const chain = (pick: (x: (typeof paired)[number]) => number) => (Math.pow(paired.reduce((a, x) => a * (1 + pick(x) / 100), 1), 1 / paired.length) - 1) * 100;
  const avg = chain((x) => x.value);
  const avgRef = chain((x) => x.ref);
  const missed = paired.filter((x) => !meets(x.value, x.ref)).map((x) => x.year);
  const rule = `${RELATION_WORDS[form.relation]}${form.relation === 'in-step' ? `（低于比较对象不超过${formatNumber(tol, 2)}个百分点）` : ''}`;
  const head = `${pointLabel(ctx.point)}增长${formatNumber(latest.value, 2)}%，比较对象增长${formatNumber(latest.ref, 2)}%${paired.length > 1 ? `；${paired[0]!.year}—${latest.year}年平均增长${formatNumber(avg, 2)}%，比较对象${formatNumber(avgRef, 2)}%` : ''}`;
  const missedNote = missed.length > 0 ? `；${missed.join('、')}年未达到要求` : '';
  const path = refPath;
  const actual = obs.map((o) => ({ year: o.year, value: o.value }));
  const outlook: Outlook = { ...NO_OUTLOOK };
  if (meets(latest.value, latest.ref)) {
    return { status: '基本符合预期', progress: null, reached: true, plannedPath: path, actualPath: actual, brokenYears: missed, explanation: `${head}，符合“${rule}”的要求${missedNote}，基本符合预期`, outlook };
  }
  const status: Status = meets(avg, avgRef) ? '滞后' : '严重滞后';
  const why = status === '严重滞后' && paired.length > 1 ? `未达到“${rule}”的要求，期内平均也未达到` : `未达到“${rule}”的要求`;
  return { status, progress: null, reached: false, plannedPath: path, actualPath: actual, brokenYears: missed, explanation: `${head}，${why}${missedNote}，${status}`, outlook };
}

/** A qualitative target: the status is the responsible department's statement (人工判定), never computed. */
function judgeQualitative(manual: ManualJudgement | undefined): Judgement {
  if (!manual) return pending('定性目标，须由责任单位报送人工判定结果及依据（judgements.csv），尚未报送');
  const status = manual.status as Status;
  return {
    status,
    progress: null,
    reached: status === '提前实现' || status === '完成' ? true : status === '未完成' ? false : null,
    plannedPath: [],
    brokenYears: [],
    explanation: `人工判定（${manual.department}，${manual.year}年，依据：${manual.source}）：${manual.reason}，${status}`,
    outlook: NO_OUTLOOK,
  };
}

// ——— shared pieces ———

const OP_WORDS = { '>': '高于', '>=': '不低于', '<': '低于', '<=': '不高于' } as const;

/**
 * The status for progress p against schedule t, with the sentence that cites the rule (figures as shown).
 * `scheduleKind` names a schedule that is not the plain share of elapsed years (“按复合增长路径的”).
 */
function progressJudgement(p: number, t: number, ctx: RuleContext, lead: string, path: PathPoint[], outlook: Outlook, scheduleKind = ''): Judgement {
  const status = statusFromProgress(p, t, ctx.settings);
  const shown = progressShown(p);
  const pp = `完成进度${formatPercent(shown)}`;
  const tt = `${scheduleKind}序时进度${formatPercent(t)}`;
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

/** The planned share of the change at the 评估时点 on a compound path of `ratePercent` a year. */
function compoundProgress(ratePercent: number, ctx: RuleContext): number {
  return compoundSchedule(ratePercent, elapsedYears(ctx.point, ctx.info), ctx.info.period.end - ctx.info.baseYear);
}

/**
 * `value` written with one decimal, or with as many more as it takes for the written figure not to read equal to
 * `reference` when it is not (“8.46%，低于8.5%”, never “8.5%，低于8.5%”).
 */
function shownAgainst(value: number, reference: number): string {
  for (let digits = 1; digits < 4; digits++) {
    const shown = formatNumber(value, digits);
    if (Math.abs(value - reference) < EPS || Number(shown) !== Number(formatNumber(reference, digits))) return shown;
  }
  return formatNumber(value, 4);
}

/** A target already met needs nothing more; the trend is kept for the record. */
function alreadyMet(outlook: Outlook): Outlook {
  return { ...outlook, judgement: '能够完成', requiredGrowth: null, requiredPerYear: null, explanation: '已提前达到目标，能够完成' };
}

function done(explanation: string, path: PathPoint[], outlook: Outlook): Judgement {
  return { status: '提前实现', progress: null, reached: true, plannedPath: path, brokenYears: [], explanation, outlook };
}

/** A target met before but not held at the 评估时点. */
function lagging(explanation: string): Omit<Judgement, 'plannedPath' | 'outlook'> {
  return { status: '滞后', progress: null, reached: false, brokenYears: [], explanation: `${explanation}，滞后` };
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
