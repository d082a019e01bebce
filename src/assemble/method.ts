// 附件“评估方法说明”：写明判定规则与本次评估采用的设定（δ、严重滞后界限、预判方法），与评估引擎同出一源。
import { formatNumber, formatPercent } from '../format/number.ts';
import { pointLabel } from '../evaluate/schedule.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan, TargetFormType } from '../model/plan.ts';

export interface MethodNote {
  settings: { label: string; value: string }[];
  statuses: { status: string; rule: string }[];
  forms: { form: string; rule: string; indicators: string }[];
  outlook: string[];
  data: string[];
}

const FORM_RULES: Record<TargetFormType, [name: string, rule: string]> = {
  'end-value': ['期末值', '完成进度 p =（实际值 − 基期值）÷（目标值 − 基期值），方向按指标“越高越好/越低越好”计；已达到目标为提前实现。规划表无基期值的，以有数据的第一年为起点，序时进度也从该年起算。'],
  'end-value-rate': ['期末值（附年均增长）', '完成进度同期末值；规划路径按基期值逐年复合增长；说明中比较实际年均增长与规划年均增长。'],
  'growth-rate': ['增长率指标', '各年增速连乘折算为以基期为1的指数，完成进度 =（指数 − 1）÷（(1 + 规划年均增速)^规划年数 − 1）；期内无法“提前实现”。'],
  cumulative: ['累计', '完成进度 = 期内累计值 ÷ 累计目标。'],
  bound: ['每年须满足的界限', '看评估时点当年与期内各年平均：当年满足为基本符合预期；当年未满足为滞后，平均也未满足为严重滞后；逐一列出未满足的年份。“>”“<”为严格界限，恰好等于界限值不算满足。'],
  maintain: ['保持', '保持在目标水平即为基本符合预期，不存在提前实现；未保持的判定同上。'],
  threshold: ['期末门槛', '目标栏写作“>60”“≥80”“60以上”的，为目标年须达到的门槛：完成进度由基期值向门槛值计算，门槛满足（“>”为严格大于）即为提前实现；基期已满足的，按是否保持判定。'],
  'city-task': ['完成上级下达任务', '逐年对照市（省、国家）下达的任务值：当年完成为基本符合预期；当年未完成为滞后，超过半数年份未完成为严重滞后。未录入任务值的为“待核定（需下达任务值）”。'],
  'cumulative-change': ['累计变化', '目标写在“累计”栏（如〔1〕、累计提升20%）的，为五年累计变化：按水平值较基期的差（或其占基期值的百分比），或按各年变化量相加、各年变化率连乘计算累计变化，完成进度 = 累计变化 ÷ 目标；上半年的变化率按半年折算。'],
  relative: ['相对目标', '“与经济增长基本同步”“高于GDP增长”等：逐年比较本指标增速与比较对象增速，“基本同步”指低于比较对象不超过规定的百分点；当年达到要求为基本符合预期，当年未达到为滞后，期内平均（增速连乘折算）也未达到为严重滞后；逐一列出未达到要求的年份。'],
  qualitative: ['定性目标', '目标为定性表述（如“保持在合理区间”“持续改善”）的，不作计算：由责任单位报送判定结果、理由和依据，报告标注“人工判定”并原文引用；未报送的为待核定。'],
  'cumulative-decline': ['累计下降', '按各年下降率连乘计算较基期的累计下降 1 − Π(1 − rᵢ)（或按水平值计算），完成进度 = 累计下降 ÷ 目标下降幅度。'],
};

export function methodNote(plan: Plan, evaluation: Evaluation): MethodNote {
  const s = evaluation.settings;
  const t = formatPercent(evaluation.schedule);
  const d = formatNumber(s.delta * 100, 2);
  const used = new Map<TargetFormType, string[]>();
  for (const ind of plan.indicators) used.set(ind.form.type, [...(used.get(ind.form.type) ?? []), ind.name]);
  return {
    settings: [
      { label: '评估时点', value: pointLabel(evaluation.point) },
      { label: '序时进度 t', value: `${t}（（评估时点 − ${plan.info.baseYear}）÷ ${plan.info.period.end - plan.info.baseYear}）` },
      { label: '基本符合预期的范围 δ', value: `序时进度上下 ${d} 个百分点` },
      { label: '严重滞后界限', value: `完成进度不足序时进度的 ${formatNumber(s.seriousShare * 100, 0)}%，或较基期没有进展` },
      { label: '目标年预判方法', value: s.forecast === 'compound' ? '按已实现的年均复合增长推算（比重类指标按年均变化的百分点线性推算）' : '按已实现的年均变化线性推算' },
      { label: '“经努力可以完成”界限', value: `尚需的年均变化不超过已实现年均变化的 ${formatNumber(s.effortFactor, 2)} 倍` },
    ],
    statuses: [
      { status: '提前实现', rule: '目标已经达到（“保持”类与每年须满足的界限类指标除外）' },
      { status: '快于预期', rule: `完成进度 ≥ 序时进度 + ${d} 个百分点，目标尚未达到` },
      { status: '基本符合预期', rule: `序时进度 − ${d} 个百分点 ≤ 完成进度 < 序时进度 + ${d} 个百分点` },
      { status: '滞后', rule: `完成进度 < 序时进度 − ${d} 个百分点，差距以百分点表示` },
      { status: '严重滞后', rule: `完成进度 ≤ 0（没有进展或方向相反），或不足序时进度的 ${formatNumber(s.seriousShare * 100, 0)}%` },
      { status: '待核定', rule: '缺少判定所需的数据（基期值、评估时点数据或市下达任务值），并写明所缺内容' },
    ],
    forms: (Object.keys(FORM_RULES) as TargetFormType[])
      .filter((f) => used.has(f))
      .map((f) => ({ form: FORM_RULES[f][0], rule: FORM_RULES[f][1], indicators: used.get(f)!.join('、') })),
    outlook: [
      '按评估时点以前的实际趋势推算目标年的数值，并计算完成目标其余年份尚需的年均增长（比重类指标为年均提高的百分点）。',
      `推算值达到目标的为“能够完成”；尚需的年均变化不超过已实现年均变化 ${formatNumber(s.effortFactor, 2)} 倍的为“经努力可以完成”；其余（含趋势与目标方向相反的）为“完成难度较大”。每年须满足的界限类指标，看当年与推算的目标年数值是否满足要求。`,
      '约束性指标一律按上述规则如实判定，不作上调；文中完成进度按一位小数截取显示，不向上取整。',
    ],
    data: [
      '指标的基期值、目标值、目标形式与属性取自规划纲要主要指标表；年度数据由各责任单位报送，逐项注明来源，见附件1表注。',
      ...(evaluation.illustrative ? ['本报告所用数据中标“示例”的为示例数据（非真实统计数据），相关判定结果仅用于演示评估方法。'] : []),
    ],
  };
}
