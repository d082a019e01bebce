// 表格列宽随内容：用 PDF 的字体在 Node 中量出每栏的词和整格的宽度，先给每栏其最长的词（数字、“预期性”）那么宽，
// 再把余下的宽度一点一点分给最能减少表格行高的栏。单元格只在词间回行（模板用 {{words}}），所以不会有字出格线，
// 也不会把一个词拆成“预期／性”。
// Chromium's automatic table layout shares width by max-content, which gave the long 目标 cells most of the room and
// left 状态 three characters wide; this divides it by what each extra point buys.
import { words } from './lineBreak.ts';
import { textWidth, type MeasuredRole } from './textWidth.ts';

export interface ColumnContent {
  /** Header lines, each set whole (the template breaks the header between them). */
  header: string[];
  /** The column's body cells as printed; `marked` cells carry a superscript “*” after the text. */
  cells: { text: string; marked?: boolean }[];
  /** Font size of the body cells in pt, where the column's differs from the table's. */
  size?: number;
  /** Face of the body cells, where the column's differs from the table's (a column set in 黑体). */
  role?: MeasuredRole;
}

export interface TableStyle {
  /** Font size in pt of the body and the header. */
  size: number;
  body: MeasuredRole;
  header: MeasuredRole;
  /** Left plus right padding of a cell and one rule, in pt. */
  gutter: number;
  /** Width of the superscript “*”, in pt. */
  mark: number;
}

/** How many lines `unitWidths` (words, in order) take in a column of inner width `w`, breaking between words only. */
function lineCount(unitWidths: number[], w: number): number {
  let lines = 1;
  let used = 0;
  for (const u of unitWidths) {
    if (used > 0 && used + u > w + 0.01) {
      lines++;
      used = 0;
    }
    used += u;
  }
  return lines;
}

/**
 * Column widths in pt, summing to `total`: each at least its widest word (or header line), the rest given where
 * it lowers the table most — the table's height counted as the sum over rows of the tallest cell's lines.
 */
/** Every cell as the widths of its words (pt); a header as the widths of its lines, each line one word. */
function measured(columns: ColumnContent[], style: TableStyle) {
  const measure = (s: string, role: MeasuredRole, size = style.size) => textWidth(s, { role, size });
  const body = columns.map((c) =>
    c.cells.map((cell) => {
      const ws = words(cell.text).map((w) => measure(w, c.role ?? style.body, c.size));
      if (cell.marked && ws.length > 0) ws[ws.length - 1] = ws[ws.length - 1]! + style.mark;
      return ws;
    }),
  );
  const header = columns.map((c) => c.header.map((line) => measure(line, style.header)));
  const rows = Math.max(...body.map((b) => b.length));
  /** The table's height in lines at column widths `ws`: the header, then each row as tall as its tallest cell. */
  const height = (ws: number[]) => {
    let h = Math.max(...header.map((lines) => lines.length));
    for (let r = 0; r < rows; r++) h += Math.max(...body.map((cells, i) => (cells[r] ? lineCount(cells[r]!, ws[i]! - style.gutter) : 1)));
    return h;
  };
  /**
   * What the greedy search lowers: the height, and a hundredth of the lines of all cells — a row is only lower when
   * all its tallest cells are, so widening one of them must count for something.
   */
  const cost = (ws: number[]) => height(ws) + 0.01 * body.reduce((n, cells, i) => n + cells.reduce((m, c) => m + lineCount(c, ws[i]! - style.gutter), 0), 0);
  return { body, header, height, cost };
}

/** The table's height in lines (header, then each row's tallest cell) at the given column widths. */
export function tableHeight(columns: ColumnContent[], widths: number[], style: TableStyle): number {
  return measured(columns, style).height(widths);
}

/**
 * Each column's least width in a table `total` pt wide: its widest word or header line. A word wider than a third
 * of the table (a long web address, a code without spaces) does not count: it breaks inside (report.css:
 * overflow-wrap), rather than every other column being squeezed until its words break character by character.
 */
function minimumWidths(columns: ColumnContent[], total: number, style: TableStyle): number[] {
  const { body, header } = measured(columns, style);
  return columns.map((_, i) => Math.min(Math.max(...header[i]!, ...body[i]!.flat(), 0), total / 3) + style.gutter);
}

export function columnWidths(columns: ColumnContent[], total: number, style: TableStyle): number[] {
  const { body, cost } = measured(columns, style);
  const min = minimumWidths(columns, total, style);
  const widths = [...min];
  let left = total - min.reduce((a, b) => a + b, 0);
  if (left <= 0) return widths.map((w) => (w * total) / (total - left));

  // Greedy: widen the column whose next step saves the most lines per point, until no step saves a line. A step
  // goes to the nearest width at which some cell of the column loses a line (cost only changes there), found by
  // halving the interval for each cell.
  const nextStep = (i: number): number | undefined => {
    let step: number | undefined;
    for (const cell of body[i]!) {
      const inner = widths[i]! - style.gutter;
      const lines = lineCount(cell, inner);
      if (lines === 1 || lineCount(cell, inner + left) === lines) continue;
      let [lo, hi] = [0, left];
      while (hi - lo > 0.25) {
        const mid = (lo + hi) / 2;
        if (lineCount(cell, inner + mid) < lines) hi = mid;
        else lo = mid;
      }
      step = Math.min(step ?? hi, hi);
    }
    return step;
  };
  for (let current = cost(widths); left > 0.5; ) {
    let best: { i: number; step: number; gain: number } | undefined;
    widths.forEach((w, i) => {
      const step = nextStep(i);
      if (step === undefined) return;
      const trial = [...widths];
      trial[i] = w + step;
      const saved = current - cost(trial);
      if (saved > 0 && (!best || saved / step > best.gain)) best = { i, step, gain: saved / step };
    });
    if (!best) break;
    widths[best.i]! += best.step;
    left -= best.step;
    current = cost(widths);
  }
  // What no column needs goes to all in proportion to how much wider than its minimum each would be on one line.
  const want = columns.map((_, i) => Math.max(0, Math.max(...body[i]!.map((ws) => ws.reduce((a, b) => a + b, 0)), 0) + style.gutter - widths[i]!));
  const wanted = want.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => w + left * (wanted > 0 ? want[i]! / wanted : 1 / widths.length));
}

/** A column as the templates print it: header lines, and width in percent of the table (<col style="width: …%">). */
export interface SizedColumn {
  header: string[];
  width: number;
}

/** Width in pt of a table across `mm` of the 版心, less 1% for the rules Chromium adds. */
const usable = (mm: number) => ((mm * 72) / 25.4) * 0.99;

/** True when every column gets its widest word (or header line) in a table `mm` wide: no word has to break. */
export function fitsWidth(columns: ColumnContent[], mm: number, style: TableStyle): boolean {
  return minimumWidths(columns, usable(mm), style).reduce((a, b) => a + b, 0) <= usable(mm);
}

/** The columns of a table `mm` wide (156 mm upright, 225 mm landscape), widths as columnWidths shares them out. */
export function sizedColumns(columns: ColumnContent[], mm: number, style: TableStyle): SizedColumn[] {
  const total = (mm * 72) / 25.4;
  const widths = columnWidths(columns, usable(mm), style);
  return columns.map((c, i) => ({ header: c.header, width: Number(((widths[i]! / total) * 100).toFixed(2)) }));
}

/** A column's body cells: one field of every row, as printed. */
export const cellsOf = <R>(rows: R[], pick: (r: R) => string): ColumnContent['cells'] => rows.map((r) => ({ text: pick(r) }));

/**
 * The 附件 data tables other than 附件1 as report.css sets them: 10.5 pt, 黑体 header, 仿宋 body, cells padded
 * 3 pt a side with 0.75 pt rules.
 */
export const APPENDIX_TABLE: TableStyle = { size: 10.5, body: 'fangsong', header: 'heiti', gutter: 2 * 3 + 0.75, mark: 3.5 };
