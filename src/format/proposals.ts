// 调整建议的书面写法：原目标与调整后的目标（带单位、附年均/累计栏）、约束性指标的法定程序说明。附件表与正文共用。
import { annualText } from '../assemble/indicatorTable.ts';
import { regionLevel } from './chinese.ts';
import type { Indicator, PlanInfo } from '../model/plan.ts';
import type { Adjustment } from '../model/proposals.ts';

/**
 * A target as printed with its unit where the number is: “900左右” → “900亿元左右”, “>60” → “>60%”, “60以上” →
 * “60%以上”; words (“完成市下达任务”, “〔13.5〕”, “—”) stay as they are.
 */
export function targetWithUnit(text: string, unit: string): string {
  const m = /^([<>≥≤＞＜]?=?)(-?\d+(?:\.\d+)?)(.*)$/.exec(text.trim());
  return m && unit !== '' ? `${m[1]}${m[2]}${unit}${m[3]}` : text;
}

/** The plan's target with its 年均/累计 column: “1000亿元”, “—（年均增长8.5%）”. */
export const plannedTarget = (ind: Indicator) => `${targetWithUnit(ind.target, ind.unit)}${annualText(ind.annualGrowth)}`;

/** The proposed target, the same way. */
export const proposedTarget = (a: Adjustment, ind: Indicator) => `${targetWithUnit(a.target, ind.unit)}${annualText(a.annualGrowth)}`;

/** The note a 约束性 indicator's adjustment carries (监督法: the 常委会 approves a changed 约束性 target). */
export const legalProcedureNote = (info: Pick<PlanInfo, 'regionShort'>) =>
  `该指标为约束性指标，其调整须依照法定程序报${regionLevel(info.regionShort)}人民代表大会常务委员会审查批准。`;
