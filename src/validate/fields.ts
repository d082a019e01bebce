// 各数据表共用的逐格校验：年份在规划期内、数字的写法、同一对象同一年不得重复。
import type { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { PlanInfo } from '../model/plan.ts';

/** A number as a department may write it: digits, an optional sign and decimal point; no units, no commas. */
export const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** The year of a row, or undefined (with a message) when it is not a year of the plan period. */
export function planYear(raw: string, info: PlanInfo, file: string, line: number, bag: DiagnosticBag): number | undefined {
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (year >= info.period.start && year <= info.period.end) return year;
  bag.add(msg.badYear(file, line, raw, info.period.start, info.period.end));
  return undefined;
}

/**
 * The period of an indicator figure: a whole year (“2023”) or its first half (“2023H1” or “2023上半年”), for a
 * 评估时点 in the middle of a year. Undefined (with a message) when it is not in the plan period.
 */
export function planPeriod(raw: string, info: PlanInfo, file: string, line: number, bag: DiagnosticBag): { year: number; half: boolean } | undefined {
  const m = /^(\d{4})(H1|上半年)?$/.exec(raw.trim());
  const year = m ? Number(m[1]) : NaN;
  if (year >= info.period.start && year <= info.period.end) return { year, half: Boolean(m![2]) };
  bag.add(msg.badYear(file, line, raw, info.period.start, info.period.end));
  return undefined;
}

/** Remembers the first line of each (id, period), to report a second one as a duplicate of it. */
export class FirstLines {
  private readonly lines = new Map<string, number>();
  /** The line this key was first seen on, or undefined (and remembers `line`) when it is new. */
  seen(id: string, year: number | string, line: number): number | undefined {
    const key = `${id}@${year}`;
    const first = this.lines.get(key);
    if (first === undefined) this.lines.set(key, line);
    return first;
  }
}
