// 中文数字：标题序号（一、二……）与封面日期（二〇二四年六月，GB/T 15835 用“〇”）。
import { getMonth, getYear, parseISO } from 'date-fns';

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
