// 规划信息（plan.yaml）：规划期与基期年（取自表头或 --period）、“十四五”等称谓、规划名称与地区（取自选项，
// 未给出时写明“请填写”的占位）。
import { InputError } from '../diagnostics.ts';
import { chineseNumeral } from '../format/chinese.ts';
import { msg } from '../messages.ts';
import type { PlanInfo } from '../model/plan.ts';
import type { HeaderReading } from './header.ts';

export type PeriodSource = 'option' | 'headers' | 'target-year' | 'base-year';

export interface PlanPeriod {
  period: { start: number; end: number };
  baseYear: number;
  /** Where the period came from, for the printed summary: --period, both header years, or one of them. */
  from: PeriodSource;
}

/** Plans run five years; without a 基期 column the 基期 is the target year − 5. */
const PLAN_YEARS = 5;

/** “2021-2025” (also 2021—2025, 2021–2025, 2021至2025). */
export function parsePeriodOption(raw: string): { start: number; end: number } {
  const m = /^\s*(\d{4})\s*(?:-|—|–|－|~|～|至|到)\s*(\d{4})\s*$/.exec(raw);
  const start = Number(m?.[1]);
  const end = Number(m?.[2]);
  if (!m || end < start) throw new InputError([msg.initPeriodOption(raw)]);
  return { start, end };
}

/**
 * The period: `--period` when given (基期 the year before its start); else from the headers — target year from
 * the target header, 基期 year from the base header or, without one, the target year − 5.
 */
export function planPeriod(header: Pick<HeaderReading, 'baseYear' | 'targetYear'>, file: string, override?: { start: number; end: number }): PlanPeriod {
  if (override) return { period: override, baseYear: override.start - 1, from: 'option' };
  const { baseYear, targetYear } = header;
  if (targetYear !== undefined) {
    const both = baseYear !== undefined && baseYear < targetYear;
    const base = both ? baseYear : targetYear - PLAN_YEARS;
    return { period: { start: base + 1, end: targetYear }, baseYear: base, from: both ? 'headers' : 'target-year' };
  }
  if (baseYear !== undefined) return { period: { start: baseYear + 1, end: baseYear + PLAN_YEARS }, baseYear, from: 'base-year' };
  throw new InputError([msg.initNoPeriod(file)]);
}

/**
 * “十四五” for 2021–2025, “十五五” for 2026–2030: the first five-year plan began in 1953, so the plan starting in
 * year y is number (y − 1956) / 5 + 1. A period off that grid has no such name (undefined).
 */
export function planNumber(start: number): number | undefined {
  const n = (start - 1956) / 5 + 1;
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : undefined;
}

export function planLabel(period: { start: number; end: number }): string {
  const n = planNumber(period.start);
  return n === undefined || period.end - period.start !== PLAN_YEARS - 1 ? `${period.start}—${period.end}年` : `${chineseNumeral(n)}五`;
}

/** Placeholders for what the table does not say; the word 请填写 marks them wherever they are printed. */
export const PLACEHOLDERS = {
  region: '（请填写地区全称）',
  regionShort: '（请填写地区简称）',
  issuer: '（请填写发文机关）',
  author: '（请填写署名单位）',
} as const;

/** The short name of a region: its last unit (连云港市海州区 → 海州区; 示例省 stays 示例省). */
export function regionShortOf(region: string): string {
  let short = region;
  for (;;) {
    const m = /^.+?(?:自治区|特别行政区|省|自治州|市|盟|地区)(?=.)/.exec(short);
    if (!m) return short;
    short = short.slice(m[0].length);
  }
}

export function planInfo(p: PlanPeriod, groups: string[], series: PlanInfo['series'], options: { name?: string; region?: string }): PlanInfo {
  const label = planLabel(p.period);
  const region = options.region ?? PLACEHOLDERS.region;
  const regionShort = options.region ? regionShortOf(options.region) : PLACEHOLDERS.regionShort;
  const n = planNumber(p.period.start);
  const standard = !/年$/.test(label);
  const name =
    options.name ??
    `${options.region ?? ''}国民经济和社会发展${standard && n !== undefined ? `第${chineseNumeral(n)}个五年规划` : `${label}规划`}纲要（请填写规划全称）`;
  return {
    name,
    shortName: standard ? `${regionShort}“${label}”规划纲要` : `${regionShort}${label}规划纲要`,
    planLabel: label,
    region,
    regionShort,
    issuer: options.region ? `${options.region}人民政府` : PLACEHOLDERS.issuer,
    period: p.period,
    baseYear: p.baseYear,
    groups,
    responsibleIllustrative: true,
    series,
  };
}
