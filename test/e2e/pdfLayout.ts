// 版式核对的读取与判定：从 PDF 成品读出每页的文字（字体、字号、基线）和画出的图形（表格线、图表），再按 GB/T 9704
// 和校对习惯逐项判定。每个判定返回违例清单（空表示合格），测试断言清单为空，失败时清单就是说明。
// The PDF is read with pdf.js: text runs from getTextContent (after getOperatorList, so fonts are resolved to their
// names), painted paths from the operator list with the transformation matrix tracked through save/restore.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { readFile } from 'node:fs/promises';
import { AnnotationMode, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf, readOutline, type OutlineEntry } from '../pdfRead.ts';
import { expect } from 'chai';
import { FONT_FILES } from '../../src/fonts.ts';
import type { Appendix } from '../../src/assemble/model.ts';
import type { Built } from './builds.ts';

/** Points per millimetre. */
export const MM = 72 / 25.4;
/** GB/T 9704 page: A4, 天头 37, 地脚 35, 订口 28, 切口 26 (mm); 版心 156 × 225 mm; 22 lines of 28.9 pt. */
export const GBT = { width: 210, height: 297, top: 37, bottom: 35, binding: 28, outer: 26, pitch: 28.9, numberBelow: 7, numberIn: 14 } as const;

/** A run of text as drawn, in the page's own frame: points, origin top left, y downwards. */
export interface Run {
  text: string;
  /** PostScript name without the subset prefix (“FandolFang-Regular”). */
  font: string;
  size: number;
  /** Baseline start and end. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Unit vector of the writing direction: (1, 0) for upright horizontal text. */
  dx: number;
  dy: number;
}

/** The bounding box of a painted path. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
}

export interface PageGeometry {
  /** Physical page, 1-based. */
  n: number;
  width: number;
  height: number;
  runs: Run[];
  boxes: Box[];
}

export const landscape = (p: Pick<PageGeometry, 'width' | 'height'>) => p.width > p.height;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

const PAINTS = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Bounds of a pdf.js path (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function pathBounds(data: ArrayLike<number>): [number, number, number, number] | undefined {
  let b: [number, number, number, number] | undefined;
  const add = (x: number, y: number) => (b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y]);
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!;
    const n = op === 0 || op === 1 ? 2 : op === 2 ? 6 : op === 3 ? 4 : 0;
    for (let k = 0; k < n; k += 2) add(data[i + k]!, data[i + k + 1]!);
    i += n;
  }
  return b;
}

/** A PDF as read back: every page's text runs and painted boxes, and the outline. */
export interface PdfRead {
  pages: PageGeometry[];
  outline: OutlineEntry[];
}

/** Reads a PDF once for every check: the geometry for the layout, its text and outline for the others. */
export async function readPdf(pdfPath: string): Promise<PdfRead> {
  const doc = await openPdf(await readFile(pdfPath));
  try {
    const pages: PageGeometry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [vx, vy, vw, vh] = page.view as [number, number, number, number];
      const width = vw - vx;
      const height = vh - vy;
      const flip = (x: number, y: number): [number, number] => [x - vx, height - (y - vy)];

      const boxes: Box[] = [];
      // What the page itself paints; the links of the 目录 and cross-references are annotations, never drawn.
      const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, fill: '#000000', stroke: '#000000', lineWidth: 1 };
      const stack: (typeof state)[] = [];
      list.fnArray.forEach((fn, i) => {
        const args = list.argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push({ ...state });
        else if (fn === OPS.restore) state = stack.pop() ?? state;
        else if (fn === OPS.transform) state.ctm = multiply(state.ctm, args as Matrix);
        else if (fn === OPS.setFillRGBColor) state.fill = String(args[0]);
        else if (fn === OPS.setStrokeRGBColor) state.stroke = String(args[0]);
        else if (fn === OPS.setLineWidth) state.lineWidth = Number(args[0]);
        else if (fn === OPS.constructPath) {
          const [paint, [data], minMax] = args as [number, [ArrayLike<number> | undefined], ArrayLike<number> | null];
          if (!PAINTS.has(paint)) return; // a clip or an unpainted path
          const local: [number, number, number, number] | undefined = minMax ? [minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!] : data && pathBounds(data);
          if (!local) return;
          const corners = [apply(state.ctm, local[0], local[1]), apply(state.ctm, local[2], local[3]), apply(state.ctm, local[0], local[3]), apply(state.ctm, local[2], local[1])].map(([x, y]) => flip(x, y));
          const stroked = STROKES.has(paint);
          const half = stroked ? (state.lineWidth * Math.hypot(state.ctm[0], state.ctm[1])) / 2 : 0;
          const box = {
            x1: Math.min(...corners.map((c) => c[0])) - half,
            y1: Math.min(...corners.map((c) => c[1])) - half,
            x2: Math.max(...corners.map((c) => c[0])) + half,
            y2: Math.max(...corners.map((c) => c[1])) + half,
            colour: stroked ? state.stroke : state.fill,
          };
          // Chromium also paints what lies off the page (clipped away): only what is on the page is printed.
          if (box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height) boxes.push(box);
        }
      });

      const runs: Run[] = [];
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue; // pdf.js adds spaces for gaps: not drawn text
        const t = item.transform as Matrix;
        const size = Math.hypot(t[0], t[1]);
        const [x0, y0] = flip(t[4], t[5]);
        const dx = t[0] / size;
        const dy = -t[1] / size;
        let font = item.fontName;
        try {
          font = (page.commonObjs.get(item.fontName) as { name: string }).name.replace(/^[A-Z]{6}\+/, '');
        } catch {
          // a font pdf.js did not load keeps its internal name
        }
        runs.push({ text: item.str, font, size, x0, y0, x1: x0 + dx * item.width, y1: y0 + dy * item.width, dx, dy });
      }
      pages.push({ n, width, height, runs, boxes });
      page.cleanup();
    }
    return { pages, outline: await readOutline(doc) };
  } finally {
    await doc.destroy();
  }
}

// ——— Lines ———

/** Horizontal text gathered into lines: runs on one baseline, split where they are far apart or a rule runs between. */
export interface Line {
  text: string;
  runs: Run[];
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  /** The em box: CJK glyphs fill it, 0.88 em above and 0.12 em below the baseline. */
  top: number;
  bottom: number;
}

const upright = (r: Run) => Math.abs(r.dx - 1) < 1e-3;

/** Thin black boxes: the rules of tables (vertical ones have `vertical`). */
export function rules(page: PageGeometry): { vertical: Box[]; horizontal: Box[] } {
  const black = page.boxes.filter((b) => /^#0{6}$/i.test(b.colour));
  return {
    vertical: black.filter((b) => b.x2 - b.x1 <= 2 && b.y2 - b.y1 >= 4),
    horizontal: black.filter((b) => b.y2 - b.y1 <= 2 && b.x2 - b.x1 >= 4),
  };
}

export function lines(page: PageGeometry, { gapEm = 1.2 } = {}): Line[] {
  const { vertical } = rules(page);
  const sorted = page.runs.filter(upright).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const row = rows.find((rw) => Math.abs(rw[0]!.y0 - r.y0) <= 0.3 * Math.min(rw[0]!.size, r.size));
    if (row) row.push(r);
    else rows.push([r]);
  }
  const out: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let current: Run[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const size = Math.max(...current.map((r) => r.size));
      const baseline = current[0]!.y0;
      out.push({ text: current.map((r) => r.text).join(''), runs: current, x0: current[0]!.x0, x1: Math.max(...current.map((r) => r.x1)), baseline, size, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size });
      current = [];
    };
    for (const r of row) {
      const prev = current[current.length - 1];
      if (prev) {
        const gap = r.x0 - prev.x1;
        const ruled = vertical.some((v) => v.x1 >= prev.x1 - 1 && v.x2 <= r.x0 + 1 && v.y1 < r.y0 && v.y2 > r.y0 - 0.7 * r.size);
        if (gap > gapEm * Math.max(prev.size, r.size) || ruled) flush();
      }
      current.push(r);
    }
    flush();
  }
  return out.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
}

// ——— The 版心 ———

/** Odd printed pages are right-hand pages: 订口 on the left. */
export function textArea(page: PageGeometry, printedOdd: boolean): { left: number; right: number; top: number; bottom: number } {
  const [inner, outer] = [GBT.binding * MM, GBT.outer * MM];
  if (!landscape(page)) {
    const left = printedOdd ? inner : outer;
    const right = page.width - (printedOdd ? outer : inner);
    return { left, right, top: GBT.top * MM, bottom: page.height - GBT.bottom * MM };
  }
  // A landscape page is turned with its head towards the portrait page's left edge: 天头 on the right, 地脚 on the
  // left, the portrait left margin (订口 on odd pages, 切口 on even ones) at the top.
  return { left: GBT.bottom * MM, right: page.width - GBT.top * MM, top: printedOdd ? inner : outer, bottom: page.height - (printedOdd ? outer : inner) };
}

/** A point of a page in the frame of the bound portrait document (pt, origin top left). */
export function toPortrait(page: PageGeometry, x: number, y: number): [number, number] {
  if (!landscape(page)) return [x, y];
  // Head to the left: the landscape top edge lies along the portrait left edge, its left edge along the portrait foot.
  return [y, page.width - x];
}

// ——— Checks ———

const squash = (s: string) => s.replace(/\s+/g, '');
const HAN = /^\p{Script=Han}$/u;

/** Positions (in characters of `text`) where Intl.Segmenter ends a word. */
export function wordBoundaries(text: string): Set<number> {
  const ends = new Set<number>([0, text.length]);
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) ends.add(s.index + s.segment.length);
  return ends;
}

/** Characters that may not start a line (closing punctuation) or end one (opening). */
const NO_START = /^[，。、；：？！）》」』”’%—…·]/u;
const NO_END = /[（《「『“‘]$/u;

/**
 * The lines a title is printed in (larger than body text), found on `page` by their text; problems if a line
 * ends inside a word, breaks a 禁则, is not centred on `centre`, or the lengths make no trapezoid or diamond.
 */
export function titleProblems(page: PageGeometry, title: string, centre: number, minSize = 17): { lines: string[]; problems: string[] } {
  const want = squash(title);
  const candidates = lines(page, { gapEm: 3 }).filter((l) => l.size >= minSize);
  // The title is the run of consecutive lines whose text, joined, is the title.
  for (let i = 0; i < candidates.length; i++) {
    let joined = '';
    for (let k = i; k < candidates.length && want.startsWith(joined + squash(candidates[k]!.text)); k++) {
      joined += squash(candidates[k]!.text);
      if (joined !== want) continue;
      const found = candidates.slice(i, k + 1);
      const texts = found.map((l) => squash(l.text));
      const problems: string[] = [];
      const bounds = wordBoundaries(want);
      let at = 0;
      texts.slice(0, -1).forEach((t, j) => {
        at += t.length;
        if (!bounds.has(at)) problems.push(`page ${page.n}: title line ${j + 1} ends inside a word: “${t}｜${texts[j + 1]}”`);
      });
      texts.forEach((t, j) => {
        if (j > 0 && NO_START.test(t)) problems.push(`page ${page.n}: title line ${j + 1} starts with closing punctuation: “${t}”`);
        if (j < texts.length - 1 && NO_END.test(t)) problems.push(`page ${page.n}: title line ${j + 1} ends with opening punctuation: “${t}”`);
      });
      for (const l of found) {
        const mid = (l.x0 + l.x1) / 2;
        if (Math.abs(mid - centre) > 2) problems.push(`page ${page.n}: title line “${squash(l.text)}” is centred ${(mid - centre).toFixed(1)} pt off the 版心`);
      }
      // Widths rise then fall (or only rise, or only fall), a line of one or two characters less counting as equal.
      const w = found.map((l) => l.x1 - l.x0);
      const slack = 2 * found[0]!.size;
      let k2 = 0;
      while (k2 + 1 < w.length && w[k2 + 1]! >= w[k2]! - slack) k2++;
      while (k2 + 1 < w.length && w[k2 + 1]! <= w[k2]! + slack) k2++;
      if (k2 !== w.length - 1) problems.push(`page ${page.n}: title lines form no trapezoid or diamond: widths ${w.map((x) => x.toFixed(0)).join(', ')} pt`);
      return { lines: texts, problems };
    }
  }
  return { lines: [], problems: [`page ${page.n}: title “${title}” not found among the large lines: ${candidates.map((l) => l.text).join(' | ')}`] };
}

/** Where the 一字线 of FandolSong sits: the middle of its stroke, in em above the baseline (from the font file). */
export function dashHeight(): number {
  if (!GlobalFonts.has('PE Check Song')) GlobalFonts.registerFromPath(FONT_FILES.song, 'PE Check Song');
  const ctx = createCanvas(8, 8).getContext('2d');
  ctx.font = '100px "PE Check Song"';
  const m = ctx.measureText('—');
  return (m.actualBoundingBoxAscent - m.actualBoundingBoxDescent) / 2 / 100;
}

export interface PageNumber {
  page: number;
  printed: number;
  /** Portrait frame, mm: the 一字线 below the 版心 bottom edge; the distance from the 版心 edge on the outer side. */
  below: number;
  inset: number;
}

/**
 * Every “— N —” with where it lies in the bound portrait document, and the problems: GB/T 9704 7.5 puts the 一字线
 * 7 mm below the 版心, the number one character (14 pt) in from the outer edge of the 版心, on every page — a
 * landscape page turned with its head to the left included.
 */
export function pageNumberProblems(pages: PageGeometry[]): { numbers: PageNumber[]; problems: string[] } {
  const dash = dashHeight();
  const numbers: PageNumber[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const run = page.runs.find((r) => /^—\s*\d+\s*—$/.test(r.text.trim()));
    if (!run) continue;
    const printed = Number(/\d+/.exec(run.text)![0]);
    const odd = printed % 2 === 1;
    // The number as it reads in the portrait frame: its baseline, the 一字线 above it, its two ends.
    const [sx, sy] = toPortrait(page, run.x0, run.y0);
    const [ex] = toPortrait(page, run.x1, run.y1);
    const dashY = sy - dash * run.size;
    const below = (dashY - (GBT.height - GBT.bottom) * MM) / MM;
    const inset = odd ? ((GBT.width - GBT.outer) * MM - Math.max(sx, ex)) / MM : (Math.min(sx, ex) - GBT.outer * MM) / MM;
    numbers.push({ page: page.n, printed, below, inset });
    const where = `page ${page.n} (— ${printed} —${landscape(page) ? ', landscape' : ''})`;
    if (Math.abs(below - GBT.numberBelow) > 1) problems.push(`${where}: 一字线 ${below.toFixed(1)} mm below the 版心, not ${GBT.numberBelow} mm`);
    if (Math.abs(inset - GBT.numberIn / MM) > 1) problems.push(`${where}: ${inset.toFixed(1)} mm in from the ${odd ? 'right' : 'left'} edge of the 版心, not ${(GBT.numberIn / MM).toFixed(1)} mm`);
  }
  return { numbers, problems };
}

/** Lines of table cells: lines lying between two vertical rules, with the cell (left and right rule) they are in. */
function cellLines(page: PageGeometry): { line: Line; left: number; right: number }[] {
  const { vertical } = rules(page);
  const out: { line: Line; left: number; right: number }[] = [];
  for (const line of lines(page, { gapEm: 99 })) {
    const around = vertical.filter((v) => v.y1 < line.baseline && v.y2 > line.top);
    const left = Math.max(...around.filter((v) => v.x2 <= line.x0 + 1).map((v) => v.x2));
    const right = Math.min(...around.filter((v) => v.x1 >= line.x1 - 1).map((v) => v.x1));
    if (Number.isFinite(left) && Number.isFinite(right)) out.push({ line, left, right });
  }
  return out;
}

/** A cell line holding one CJK character under another line of the same cell: a word broken before its last character. */
export function loneCharacterProblems(page: PageGeometry): string[] {
  const { horizontal } = rules(page);
  const cells = cellLines(page);
  const problems: string[] = [];
  for (const c of cells) {
    const text = squash(c.line.text);
    if (!HAN.test(text)) continue;
    const above = cells.find(
      (o) => o !== c && Math.abs(o.left - c.left) < 1 && Math.abs(o.right - c.right) < 1 && o.line.baseline < c.line.baseline && c.line.baseline - o.line.baseline < 1.8 * c.line.size
        && !horizontal.some((h) => h.y1 > o.line.baseline && h.y2 < c.line.top && h.x1 <= c.left + 1 && h.x2 >= c.right - 1),
    );
    if (above) problems.push(`page ${page.n}: “${squash(above.line.text)}／${text}” leaves one character on its own line`);
  }
  return problems;
}

/** Text drawn over a vertical table rule: a cell too narrow for what it holds. */
export function crossingProblems(page: PageGeometry): string[] {
  const { vertical } = rules(page);
  const problems: string[] = [];
  for (const r of page.runs.filter(upright)) {
    const top = r.y0 - 0.88 * r.size;
    // Overlapping the rule by its advance at all: text kept inside the cell's padding never reaches a rule.
    const rule = vertical.find((v) => r.x0 < v.x2 - 0.1 && r.x1 > v.x1 + 0.1 && v.y1 < r.y0 && v.y2 > top);
    if (rule) problems.push(`page ${page.n}: “${r.text}” crosses the table rule at x = ${((rule.x1 + rule.x2) / 2 / MM).toFixed(1)} mm`);
  }
  return problems;
}

/**
 * Rows whose cells are not all printed whole on one page. `pageTexts` are the pages' texts without white space;
 * each row is the texts of its cells (those long enough to be found by their text alone).
 */
export function splitRowProblems(pageTexts: string[], rows: string[][]): string[] {
  const problems: string[] = [];
  for (const cells of rows) {
    const wanted = cells.map(squash).filter((c) => c.length > 0);
    if (wanted.length === 0) continue;
    const whole = pageTexts.findIndex((t) => wanted.every((c) => t.includes(c)));
    if (whole < 0) problems.push(`row “${wanted[0]!.slice(0, 24)}” is not on one page: ${wanted.map((c) => `“${c.slice(0, 12)}…” on page ${pageTexts.findIndex((t) => t.includes(c)) + 1 || '—'}`).join(', ')}`);
  }
  return problems;
}

/** The slot (0-based line of the 22-line grid) a line's em box centre lies in. */
export const gridLine = (area: { top: number }, line: Pick<Line, 'top' | 'bottom'>) => ((line.top + line.bottom) / 2 - area.top) / GBT.pitch;

/**
 * Headings that sit in the last two lines of the 版心 (GB/T 9704 grid): a heading must be followed on its page by
 * at least two lines.
 */
export function headingAtFootProblems(page: PageGeometry, area: { top: number; bottom: number }, isHeading: (l: Line) => boolean): string[] {
  const problems: string[] = [];
  for (const l of lines(page)) {
    if (!isHeading(l)) continue;
    const left = (area.bottom - l.bottom) / GBT.pitch;
    if (left < 2 - 0.15) problems.push(`page ${page.n}: heading “${squash(l.text)}” has ${left.toFixed(2)} lines of the 版心 below it`);
  }
  return problems;
}

/** The vertical extent of everything drawn inside the 版心 (text and paths), merged into runs of ink. */
function inkRows(page: PageGeometry, area: { left: number; right: number; top: number; bottom: number }): [number, number][] {
  const spans: [number, number][] = [];
  for (const r of page.runs) {
    const xs = [r.x0, r.x1];
    const ys = upright(r) ? [r.y0 - 0.88 * r.size, r.y0 + 0.12 * r.size] : [Math.min(r.y0, r.y1), Math.max(r.y0, r.y1)];
    if (Math.max(...xs) < area.left || Math.min(...xs) > area.right) continue;
    spans.push([Math.min(...ys), Math.max(...ys)]);
  }
  for (const b of page.boxes) {
    if (/^#f{6}$/i.test(b.colour) || b.x2 < area.left || b.x1 > area.right) continue;
    spans.push([b.y1, b.y2]);
  }
  return spans.map(([a, b]) => [Math.max(a, area.top), Math.min(b, area.bottom)] as [number, number]).filter(([a, b]) => b >= a);
}

/** The tallest stretch of the 版心 with nothing drawn, in mm, and where it starts (mm below the 版心 top). */
export function largestBlank(page: PageGeometry, area: { left: number; right: number; top: number; bottom: number }): { height: number; from: number; atFoot: boolean } {
  const spans = inkRows(page, area).sort((a, b) => a[0] - b[0]);
  let best = { height: 0, from: 0, atFoot: false };
  let reached = area.top;
  for (const [a, b] of [...spans, [area.bottom, area.bottom] as [number, number]]) {
    if (a - reached > best.height * MM) best = { height: (a - reached) / MM, from: (reached - area.top) / MM, atFoot: a === area.bottom };
    reached = Math.max(reached, b);
  }
  return best;
}

/**
 * GB/T 9704 8.3 (附件): “附件” and its number on the first line of the 版心, the title centred on the third.
 * `label` and `title` are found on `page` among its lines.
 */
export function appendixTitleProblems(page: PageGeometry, area: { top: number }, label: string, title: string): string[] {
  const all = lines(page, { gapEm: 3 });
  const labelLine = all.find((l) => squash(l.text) === squash(label));
  const first = all.find((l) => l.size >= 17 && squash(title).startsWith(squash(l.text)));
  const problems: string[] = [];
  if (!labelLine) problems.push(`page ${page.n}: no line “${label}”`);
  else if (Math.floor(gridLine(area, labelLine)) !== 0) problems.push(`page ${page.n}: “${label}” on line ${(gridLine(area, labelLine) + 1).toFixed(2)}, not line 1`);
  if (!first) problems.push(`page ${page.n}: title “${title}” not found`);
  else if (Math.floor(gridLine(area, first)) !== 2) problems.push(`page ${page.n}: title “${title}” on line ${(gridLine(area, first) + 1).toFixed(2)} of the 版心, not line 3`);
  return problems;
}

/** Lines of body text (3号, 16 pt) in the 版心 of a page. */
const bodyLines = (page: PageGeometry, area: { left: number; right: number }) =>
  lines(page).filter((l) => Math.abs(l.size - 16) < 0.3 && l.x0 > area.left - 2 && l.x1 < area.right + 2);

/**
 * A paragraph that ends in one or two characters on a line of their own (“理。”) after a full line; and a line that
 * starts with the “—” of a split range (“2021／—2023年”).
 */
export function raggedEndProblems(page: PageGeometry, area: { left: number; right: number }): string[] {
  const body = bodyLines(page, area);
  const problems: string[] = [];
  body.forEach((l, i) => {
    const text = squash(l.text);
    const prev = body[i - 1];
    if (prev && l.baseline - prev.baseline < 1.5 * GBT.pitch && prev.x1 > area.right - 3 && [...text].length <= 2 && Math.abs(l.x0 - area.left) < 3) {
      problems.push(`page ${page.n}: paragraph ends in “${text}” alone after “${squash(prev.text).slice(-8)}”`);
    }
    if (/^—\d/.test(text)) problems.push(`page ${page.n}: a range is split before its dash: “${prev ? squash(prev.text).slice(-6) : ''}／${text.slice(0, 8)}”`);
  });
  return problems;
}

/** The 目录 entries of a page: their baseline pitch and the colours the page draws its leaders in. */
export function tocProblems(page: PageGeometry, labels: string[]): string[] {
  const wanted = labels.map(squash);
  const rows = lines(page, { gapEm: 99 }).filter((l) => wanted.some((w) => squash(l.text).startsWith(w)));
  const problems: string[] = [];
  if (rows.length < 2) return [`page ${page.n}: ${rows.length} 目录 entries found`];
  const pitches = rows.slice(1).map((r, i) => r.baseline - rows[i]!.baseline);
  // Chromium puts text on whole CSS pixels (0.75 pt): a pitch of 28.9 pt prints as 28.5 and 29.25 in turn.
  if (Math.max(...pitches) - Math.min(...pitches) > 0.8) problems.push(`page ${page.n}: 目录 entries ${Math.min(...pitches).toFixed(1)}–${Math.max(...pitches).toFixed(1)} pt apart, not on one pitch`);
  // Leaders: whatever is drawn on the entries' lines between the text and the page number.
  const leaders = page.boxes.filter((b) => rows.some((r) => b.y1 > r.top && b.y2 < r.bottom + 2 && b.x1 > r.runs[0]!.x1 && b.x2 < r.runs[r.runs.length - 1]!.x0));
  if (leaders.length === 0) problems.push(`page ${page.n}: no leaders drawn`);
  const colours = new Set(leaders.map((b) => b.colour.toLowerCase()));
  colours.delete('#000000');
  if (colours.size > 0) problems.push(`page ${page.n}: leaders drawn in ${[...colours].join(', ')}, not in the text colour`);
  return problems;
}

// ——— A report read back ———

export interface Read {
  built: Built;
  pages: PageGeometry[];
  /** Each page's text without white space. */
  texts: string[];
  /** Printed number of each physical page that has one. */
  printed: Map<number, number>;
  numberProblems: string[];
  /** Physical page of body page 1. */
  bodyStart: number;
  /** First and last physical page of each 附件, in order. */
  appendices: { appendix: Appendix; first: number; last: number }[];
}

export function readReport(built: Built, { pages }: PdfRead): Read {
  const texts = pages.map(pageText);
  const { numbers, problems } = pageNumberProblems(pages);
  const printed = new Map(numbers.map((n) => [n.page, n.printed]));
  const bodyStart = numbers.find((n) => n.printed === 1)!.page;
  const starts = built.result.model.appendices.map((a) => {
    const page = pages.find((p) => p.n > bodyStart && lines(p).some((l) => l.text.replace(/\s+/g, '') === a.label) && texts[p.n - 1]!.includes(a.title.replace(/\s+/g, '')));
    return { appendix: a, first: page?.n ?? 0 };
  });
  const appendices = starts.map((s, i) => ({ ...s, last: (starts[i + 1]?.first ?? pages.length + 1) - 1 }));
  return { built, pages, texts, printed, numberProblems: problems, bodyStart, appendices };
}

/** A page's text as drawn, without white space. */
export const pageText = (page: PageGeometry) => page.runs.map((r) => r.text).join('').replace(/\s+/g, '');

/** The 版心 of a page: by its printed number, or by its physical place for the unnumbered front matter. */
export const areaOf = (r: Read, page: PageGeometry) => textArea(page, (r.printed.get(page.n) ?? page.n) % 2 === 1);
export const normal = (s: string) => s.replace(/[^\p{Script=Han}\d]/gu, '');
export const LEVEL1 = /^[一二三四五六七八九十]+、/;
/** Asserts there is no problem, listing all of them (chai would cut a long list to its length). */
export const none = (problems: string[], context = '') => expect(problems.length, `${context}\n${problems.join('\n')}`).to.equal(0);

/** Table rows as the model has them, by 附件: the texts of the cells that must print together. */
export function tableRows(a: Appendix): string[][] {
  switch (a.partial) {
    case 'appendix-indicators':
      return a.table.groups.flatMap((g) => g.rows.map((r) => [r.name, r.explanation, r.outlookExplanation]));
    case 'appendix-projects':
      return a.projects.groups.flatMap((g) => g.rows.map((r) => [r.title, r.responsible, r.note]));
    case 'appendix-method':
      return [...a.method.settings.map((s) => [s.label, s.value]), ...a.method.statuses.map((s) => [s.status, s.rule])];
    case 'appendix-sources':
      return a.sources.rows.map((s) => [s.source, s.supplied]);
    case 'appendix-completion':
      return a.completion.groups.flatMap((g) => g.rows.map((r) => [r.name, r.explanation, r.outlook]));
    case 'appendix-adjustments':
      return a.adjustments.rows.map((r) => [r.name, r.reason, r.explanation]);
  }
}


/**
 * What is printed outside the 版心 (beyond `tolerance` pt): on a GB/T 9704 page only the page number and, on
 * illustrative reports, the 示例 mark in the top margin stand outside it. On a landscape page this checks the
 * margins turned with the page (天头 on the right, 订口/切口 at the top and bottom, mirrored on even pages).
 */
export function outsideProblems(page: PageGeometry, area: { left: number; right: number; top: number; bottom: number }, tolerance = 1.5): string[] {
  const problems: string[] = [];
  const out = (x1: number, y1: number, x2: number, y2: number) =>
    x1 < area.left - tolerance || x2 > area.right + tolerance || y1 < area.top - tolerance || y2 > area.bottom + tolerance;
  const mm = (v: number) => (v / MM).toFixed(1);
  for (const r of page.runs) {
    if (/^—\s*\d+\s*—$/.test(r.text.trim()) || (r.y0 < area.top && /示例数据/.test(r.text))) continue;
    const top = r.y0 - 0.88 * r.size;
    const bottom = r.y0 + 0.12 * r.size;
    // A closing mark that ends a line is set half wide (text-spacing-trim); pdf.js counts its full advance.
    const x1 = r.x1 - (/[，。、；：”’）》」』]$/.test(r.text) ? 0.5 * r.size * r.dx : 0);
    if (out(Math.min(r.x0, x1), Math.min(top, r.y1), Math.max(r.x0, x1), Math.max(bottom, r.y1)))
      problems.push(`page ${page.n}: “${r.text.slice(0, 16)}” at x ${mm(r.x0)}–${mm(r.x1)} mm, y ${mm(top)}–${mm(bottom)} mm is outside the 版心`);
  }
  for (const b of page.boxes) {
    if (/^#f{6}$/i.test(b.colour)) continue;
    if (out(b.x1, b.y1, b.x2, b.y2)) problems.push(`page ${page.n}: a ${b.colour} drawing at x ${mm(b.x1)}–${mm(b.x2)} mm, y ${mm(b.y1)}–${mm(b.y2)} mm is outside the 版心`);
  }
  return problems;
}
