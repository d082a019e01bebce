// 附件“评估方法说明”：写明判定规则与本次评估采用的设定（δ、严重滞后界限、预判方法），与评估引擎同出一源。
// Formulas are written in a small notation the template sets as formulas ({{formula}}, src/format/formula.ts):
// x^{y} is an exponent, x_{i} a subscript, Latin and Greek letters are variables; no Western spaces around numbers.
import { formatNumber, formatPercent } from '../format/number.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import { PROGRESS_STATUSES, statusLabel, statusLabels, type Evaluation, type Vocabulary } from '../model/evaluation.ts';
import type { BoundBasis } from '../model/plan.ts';
import { cutoffSentence } from '../format/observation.ts';
import type { Plan, TargetFormType } from '../model/plan.ts';

export interface MethodNote {
  settings: { label: string; value: string }[];
  statuses: { status: string; rule: string }[];
  forms: { form: string; rule: string; indicators: string }[];
  outlook: string[];
  data: string[];
}

const FORM_RULES: Record<TargetFormType, [name: string, rule: string]> = {
  'end-value': ['期末值', '完成进度p=（实际值−基期值）÷（目标值−基期值），方向按指标“越高越好/越低越好”计；已达到目标为提前实现，“××左右”的目标在约数容差以内即视为达到。规划表无基期值的，以有数据的第一年为起点，序时进度也从该年起算；第一年已达到目标、其后回落的，为滞后。'],
  'end-value-rate': ['期末值（附年均增长）', '完成进度同期末值；规划路径按基期值逐年复合增长，序时进度也按该复合路径计算（评估时点复合路径已完成的变化占全程变化的比例），恰在规划路径上即为基本符合预期；说明中比较实际年均增长与规划年均增长。'],
  'growth-rate': ['增长率指标', '各年增速连乘折算为以基期为1的指数（上半年增速按半年折算），完成进度=（指数−1）÷［(1+规划年均增速)^{规划年数}−1］，与按同一复合路径计算的序时进度比较；“>7”为年均增长不低于（严格高于）7%，“5左右”在约数容差以内即为基本符合预期。期内无法“提前实现”。'],
  cumulative: ['累计', '完成进度=期内累计值÷累计目标。'],
  bound: ['每年须满足的界限（控制目标）', '按规定口径（期内平均、评估时点当年或每一年，见“本次评估的设定”，登记册可逐项指定）判定：满足为基本符合预期；不满足为滞后，当年与期内平均都未满足为严重滞后；逐一列出未满足的年份。“>”“<”为严格界限，恰好等于界限值不算满足。'],
  maintain: ['保持', '保持在目标水平即为基本符合预期，不存在提前实现；未保持的判定同上。'],
  threshold: ['期末门槛', '目标栏写作“>60”“≥80”“60以上”的，为目标年须达到的门槛：完成进度由基期值向门槛值计算，门槛满足（“>”为严格大于）即为提前实现；基期已满足的，按是否保持判定。'],
  'city-task': ['完成上级下达任务', '逐年对照市（省、国家）下达的任务值：当年完成为基本符合预期；当年未完成为滞后，超过半数年份未完成为严重滞后。未录入任务值的为“待核定（需下达任务值）”。'],
  'cumulative-change': ['累计变化', '目标写在“累计”栏（如〔1〕、累计提升20%）的，为五年累计变化：按水平值较基期的差（或其占基期值的百分比），或按各年变化量相加、各年变化率连乘计算累计变化，完成进度=累计变化÷目标；上半年的变化率按半年折算。'],
  relative: ['相对目标', '“与经济增长基本同步”“高于GDP增长”等：逐年比较本指标增速与比较对象增速，“基本同步”指低于比较对象不超过规定的百分点；当年达到要求为基本符合预期，当年未达到为滞后，期内平均（增速连乘折算）也未达到为严重滞后；逐一列出未达到要求的年份。'],
  parts: ['分项目标', '一项指标含几个分项目标（如“成片:约110 零星:约20”）的，各分项按其目标形式分别判定，该指标计为一项，状态取各分项中进展最慢者，判定依据逐项列出。'],
  qualitative: ['定性目标', '目标为定性表述（如“保持在合理区间”“持续改善”）的，不作计算：由责任单位报送判定结果、理由和依据，报告标注“人工判定”并原文引用；未报送的为待核定。'],
  'cumulative-decline': ['累计下降', '按各年下降率r_{i}连乘计算较基期的累计下降1−∏(1−r_{i})（或按水平值计算），完成进度=累计下降÷目标下降幅度。'],
};

const BASIS_WORDS: Record<BoundBasis, string> = {
  average: '按期内各年平均值判定（当年与平均均不满足为严重滞后）',
  latest: '按评估时点当年的数值判定',
  every: '按期内每一年判定，任何一年不满足即为未满足',
};

const VOCABULARY_WORDS: Record<Vocabulary, string> = {
  standard: '提前实现、快于预期、基本符合预期、滞后、严重滞后',
  national: '提前实现、快于预期、基本符合预期、滞后（不单列严重滞后）',
  reach: '提前实现、超过进度要求、达到进度要求、未达到进度要求',
  schedule: '提前实现、超序时、符合序时、滞后序时',
};

export function methodNote(plan: Plan, evaluation: Evaluation): MethodNote {
  const s = evaluation.settings;
  const t = formatPercent(evaluation.schedule);
  const d = formatNumber(s.delta * 100, 2);
  const used = new Map<TargetFormType, string[]>();
  for (const ind of plan.indicators) used.set(ind.form.type, [...(used.get(ind.form.type) ?? []), ind.name]);
  const types = new Set(plan.indicators.map((i) => i.form.type));
  const approxUsed = plan.indicators.some((i) => (i.form.type === 'end-value' || i.form.type === 'growth-rate') && i.form.approx === true);
  const vocabulary = s.vocabulary;
  const ruleOf: Record<string, string> = {
    提前实现: '目标已经达到（“保持”类与每年须满足的界限类指标除外）',
    快于预期: `完成进度≥序时进度+${d}个百分点，目标尚未达到`,
    基本符合预期: `序时进度−${d}个百分点≤完成进度<序时进度+${d}个百分点`,
    滞后: `完成进度<序时进度−${d}个百分点，差距以百分点表示`,
    严重滞后: `完成进度≤0（没有进展或方向相反），或不足序时进度的${formatNumber(s.seriousShare * 100, 0)}%`,
    待核定: '缺少判定所需的数据（基期值、任何一年的数据、上级下达任务值、比较对象的数据或定性指标的人工判定），并写明所缺内容',
  };
  // One row per printed word: a vocabulary that gives two classes one word states both rules under it.
  const statuses = statusLabels(PROGRESS_STATUSES, vocabulary).map((label) => ({
    status: label,
    rule: PROGRESS_STATUSES.filter((st) => statusLabel(st, vocabulary) === label)
      .map((st) => (label === st ? ruleOf[st]! : `${ruleOf[st]!}（${st}）`))
      .join('；或 '),
  }));
  return {
    settings: [
      { label: '评估时点', value: pointLabel(evaluation.point) },
      { label: '序时进度t', value: `t=（评估时点−${plan.info.baseYear}）÷${plan.info.period.end - plan.info.baseYear}=${t}；年均增长类目标按复合增长路径计算` },
      { label: '基本符合预期的范围δ', value: `序时进度上下${d}个百分点` },
      { label: '严重滞后界限', value: `完成进度不足序时进度的${formatNumber(s.seriousShare * 100, 0)}%，或较基期没有进展` },
      { label: '目标年预判方法', value: s.forecast === 'compound' ? '按已实现的年均复合增长推算（比重类指标按年均变化的百分点线性推算）' : '按已实现的年均变化线性推算' },
      { label: '“经努力可以完成”界限', value: `尚需的年均变化不超过已实现年均变化的${formatNumber(s.effortFactor, 2)}倍` },
      ...(types.has('bound') ? [{ label: '控制目标的判定口径', value: BASIS_WORDS[s.boundBasis] }] : []),
      ...(approxUsed ? [{ label: '约数目标（“××左右”）的容差', value: `目标值上下${formatNumber(s.approxTolerance * 100, 2)}%以内视为达到` }] : []),
      ...(types.has('relative') ? [{ label: '“基本同步”的容差', value: `增速低于比较对象不超过${formatNumber(s.inStepTolerance, 2)}个百分点` }] : []),
      ...(vocabulary !== 'standard' ? [{ label: '状态用语', value: VOCABULARY_WORDS[vocabulary] }] : []),
    ],
    statuses,
    forms: (Object.keys(FORM_RULES) as TargetFormType[])
      .filter((f) => used.has(f))
      .map((f) => ({ form: FORM_RULES[f][0], rule: FORM_RULES[f][1], indicators: used.get(f)!.join('、') })),
    outlook: [
      '按评估时点以前的实际趋势推算目标年的数值，并计算完成目标其余年份尚需的年均增长（比重类指标为年均提高的百分点）。',
      `推算值达到目标的为“能够完成”；尚需的年均变化不超过已实现年均变化${formatNumber(s.effortFactor, 2)}倍的为“经努力可以完成”；其余（含趋势与目标方向相反的）为“完成难度较大”。每年须满足的界限类指标，看当年与推算的目标年数值是否满足要求。`,
      '约束性指标一律按上述规则如实判定，不作上调；文中完成进度按一位小数截取显示，不向上取整。',
    ],
    data: [
      `指标的基期值、目标值、目标形式与属性取自规划纲要主要指标表${plan.indicators.some((i) => i.baseSource) ? `（规划表未列基期值的${plan.indicators.filter((i) => i.baseSource).length}项指标，基期值取自上期规划的监测数据，逐项注明来源）` : ''}；年度数据由各责任单位报送，逐项注明来源，见附件“数据来源”。`,
      `${cutoffSentence(evaluation)}评估时点的数据尚未报送的指标，采用最近一年的数据，按该年的序时进度判定，并在判定依据中写明；评估时点为全年而当年只有上半年数据的，采用上半年数据。`,
      '数值标注“预计”“快报”“初步核实”的，为尚未最终核定的数据，依其作出的判定在判定依据中注明；标注“修订”的为修订后的数据（如经济普查后），已替换原数，原数留存备查。',
      ...(types.has('qualitative') ? ['定性目标的状态为责任单位报送的人工判定，报告原文引用其理由和依据，不作计算。'] : []),
      ...(evaluation.illustrative ? ['本报告所用数据中标“示例”的为示例数据（非真实统计数据），相关判定结果仅用于演示评估方法。'] : []),
    ],
  };
}
