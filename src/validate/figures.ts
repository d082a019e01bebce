// 数值的合理性：有限、量级可信（绝对值小于 10¹⁵）、不超过 15 位有效数字；单位决定不能为负的指标不得为负。
// A 400-digit number is a valid “number” to a regular expression, but Number() makes it Infinity and the report
// then says the target was met. Every figure, from a CSV or from a form, passes through here.
import type { Diagnostic } from '../diagnostics.ts';
import { msg, type Where } from '../messages.ts';
import type { Indicator } from '../model/plan.ts';

/** No statistical figure of a district reaches 10¹⁵ (a thousand trillion) in any unit. */
export const MAX_MAGNITUDE = 1e15;
/** A double holds 15 significant decimal digits exactly; Excel keeps no more either. */
export const MAX_SIGNIFICANT_DIGITS = 15;

export type FigureProblem = 'too-large' | 'too-precise';

/** The number a field written as NUMBER_TEXT stands for, or why it cannot be used. */
export function figureFromText(text: string): number | FigureProblem {
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_MAGNITUDE) return 'too-large';
  if (significantDigits(text) > MAX_SIGNIFICANT_DIGITS) return 'too-precise';
  return value;
}

/**
 * The number of a numeric spreadsheet cell. A value pasted from a calculation carries binary noise
 * (856.0649999999999 for 856.065); Excel shows, and the department sees, 15 significant digits, so that is
 * the figure.
 */
export function figureFromNumber(value: number): number | FigureProblem {
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_MAGNITUDE) return 'too-large';
  return Number(value.toPrecision(MAX_SIGNIFICANT_DIGITS));
}

/** Digits from the first non-zero one, without the zeros that end a decimal fraction: “0.0301” → 3, “12.50” → 3. */
export function significantDigits(text: string): number {
  const [whole = '', fraction = ''] = text.replace(/^[-+]/, '').split('.');
  return (whole + fraction.replace(/0+$/, '')).replace(/^0+/, '').length;
}

/** Units whose figures may fall below zero: rates and shares (a decline), and figures without a unit (indices). */
const SIGNED_UNITS: readonly string[] = ['%', '‰', '百分点', ''];

/** Whether the indicator's figures can never be negative: as the registry says, else as its unit implies. */
export function cannotBeNegative(indicator: Pick<Indicator, 'unit' | 'nonNegative'>): boolean {
  return indicator.nonNegative ?? !SIGNED_UNITS.includes(indicator.unit.trim());
}

/** What to tell the user about a figure that cannot be used. */
export function figureMessage(problem: FigureProblem, file: string, where: Where, raw: string): Diagnostic {
  return problem === 'too-large' ? msg.figureTooLarge(file, where, raw) : msg.figureTooPrecise(file, where, raw);
}
