// 中文数字：标题序号（一、二……）与封面日期（二〇二四年六月，GB/T 15835 用“〇”）。
// date-fns by one module per function: its index loads some 250 modules, about 0.1 s of every command's start.
import { getDate } from 'date-fns/getDate';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import { parseISO } from 'date-fns/parseISO';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The largest number chineseNumeral writes (headings beyond it are refused with their place by the narrative). */
export const MAX_CHINESE_NUMERAL = 999;

/**
 * 1–999 as a counting numeral: 1 → 一, 10 → 十, 12 → 十二, 35 → 三十五, 100 → 一百, 101 → 一百零一,
 * 110 → 一百一十, 999 → 九百九十九 (after 百 the tens keep their 一: 一百一十, not 一百十).
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) throw new RangeError(`chineseNumeral: ${n} is outside 1–${MAX_CHINESE_NUMERAL}`);
  if (n >= 100) {
    const rest = n % 100;
    const hundreds = `${DIGITS[Math.floor(n / 100)]}百`;
    return rest === 0 ? hundreds : rest < 10 ? `${hundreds}零${DIGITS[rest]}` : rest < 20 ? `${hundreds}一${chineseNumeral(rest)}` : hundreds + chineseNumeral(rest);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return t + (ones === 0 ? '' : DIGITS[ones]);
}

/** A year written digit by digit, as in 二〇二四年 and 二〇三五年远景目标. */
export function chineseYear(year: number): string {
  return [...String(year)].map((d) => DIGITS[Number(d)]).join('');
}

/** A cover date: “2024-06-28” → “二〇二四年六月”. */
export function chineseMonthDate(isoDate: string): string {
  const d = parseISO(isoDate);
  return `${chineseYear(getYear(d))}年${chineseNumeral(getMonth(d) + 1)}月`;
}

/** A 成文日期 in the body, GB/T 9704-2012 7.3.5: Arabic numerals, “2024-06-28” → “2024年6月28日”. */
export function arabicDate(isoDate: string): string {
  const d = parseISO(isoDate);
  return `${getYear(d)}年${getMonth(d) + 1}月${getDate(d)}日`;
}

/**
 * How a body of the region calls itself, from the region's short name: 海州区 → 区, 江苏省 → 省, 示例市 → 市
 * (the last character when it is 省/市/区/县/州/旗; else nothing).
 */
export function regionLevel(regionShort: string): string {
  const last = regionShort.at(-1) ?? '';
  return '省市区县州旗'.includes(last) ? last : '';
}
