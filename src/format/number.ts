// 数字的书面写法（GB/T 15835：统计数字用阿拉伯数字），供评估说明、正文和表格共用。

/** Rounds to at most `digits` decimals and drops trailing zeros: 52.30 → “52.3”, 60.0 → “60”. */
export function formatNumber(n: number, digits = 2): string {
  const rounded = Number(n.toFixed(digits));
  return (Object.is(rounded, -0) ? 0 : rounded).toString();
}

/**
 * A number as plain decimal text, as the data files hold it: 1e-7 → “0.0000001”. String() switches to exponent
 * notation below 10⁻⁶ (and from 10²¹), which no CSV check accepts as a number.
 */
export function decimalText(n: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(n));
  if (!m) return String(n);
  const [, sign, lead, rest = '', exp] = m;
  const digits = `${lead}${rest}`;
  const e = Number(exp);
  return e < 0 ? `${sign}0.${'0'.repeat(-e - 1)}${digits}` : `${sign}${digits.padEnd(e + 1, '0')}`;
}

/** A fraction as a percentage with one decimal: 0.523 → “52.3%”. */
export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(fraction * 100, digits)}%`;
}

/** A difference of two fractions in 百分点 (without the word): 0.077 → “7.7”. */
export function formatPoints(fraction: number, digits = 1): string {
  return formatNumber(fraction * 100, digits);
}


/**
 * 完成进度 as written: cut (not rounded) to one decimal, so a progress is never shown better than the one that
 * was judged — 54.96 % reads 54.9 %, never 55 %, beside a 滞后.
 */
export function progressShown(fraction: number): number {
  return Math.floor(fraction * 1000 + 1e-9) / 1000;
}

export function formatProgress(fraction: number): string {
  return formatPercent(progressShown(fraction));
}
