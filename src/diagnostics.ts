// 输入问题的统一表示：每条都指向文件中的确切位置，并说明该怎么改。
// Modelled on vfile messages: a problem is data attached to a place, never a bare thrown string.
import { msg } from './messages.ts';

export interface Position {
  line: number;
  column?: number;
}

export interface Diagnostic {
  /** Path as the user would type it, relative to the working directory. */
  file: string;
  position?: Position;
  /** For spreadsheets: sheet and cell (e.g. 数据征集表!C7). */
  cell?: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** What to do about it, in Chinese. */
  hint?: string;
  /** Stable id of the rule that found it, for tests and documentation. */
  rule: string;
  /**
   * Absent for errors, which stop the run. A warning (提示) lets the run go on and is printed after it: the input
   * was read correctly but not as documented (e.g. a GBK CSV), and the user should know.
   */
  severity?: 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.cell
    ? `${d.file}!${d.cell}`
    : d.position
      ? `${d.file}:${d.position.line}${d.position.column ? `:${d.position.column}` : ''}`
      : d.file;
  const hint = d.hint ? `\n    → ${d.hint}` : '';
  return `${where}: ${d.message} [${d.rule}]${hint}`;
}

/**
 * A run lists at most this many problems. A form of 200 000 wrong rows is mended from its first problems; a
 * screen of 200 000 lines helps no one.
 */
export const MAX_LISTED = 200;

/** The lines that report `diagnostics`: the first MAX_LISTED of them, then how many more there are. */
export function listDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const lines = diagnostics.slice(0, MAX_LISTED).map(formatDiagnostic);
  if (diagnostics.length > MAX_LISTED) lines.push(msg.moreProblems(diagnostics.length - MAX_LISTED));
  return lines;
}

/** Thrown by a stage when its input cannot be used; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`发现 ${diagnostics.length} 处输入问题：\n${listDiagnostics(diagnostics).join('\n')}`);
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

/** Collects problems during a stage and throws them together at the end. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push(d);
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new InputError(this.items);
  }
}
