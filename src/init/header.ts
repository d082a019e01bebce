// 识别指标表的表头：各栏的常见写法（类别/分类、指标/指标名称、2020年/基期值、2025年/目标值、年均〔累计〕……），
// 以及表头里写明的基期年与目标年。
// Plans print the same columns under many names; this module is the one place that knows them. A header it
// does not know is an error that lists the ones it does, so a table is never read into the wrong fields.
import { normalise } from '../notation/cell.ts';

export type ColumnRole = 'seq' | 'category' | 'name' | 'unit' | 'base' | 'target' | 'annual' | 'attribute' | 'note' | 'previous';

export interface Columns {
  name: number;
  target: number;
  category?: number;
  unit?: number;
  base?: number;
  annual?: number;
  attribute?: number;
  note?: number;
  /** The previous plan's indicator this row continues (its name or id), read with init --previous. */
  previous?: number;
}

export type HeaderProblem =
  | { kind: 'unknown'; col: number; text: string }
  | { kind: 'duplicate'; col: number; text: string; first: number }
  | { kind: 'missing'; role: 'name' | 'target' };

export interface HeaderReading {
  columns: Partial<Columns>;
  /** The 基期 year written in the base header (“2020年”“基期值（2020年）”). */
  baseYear?: number;
  /** The target year written in the target header (“2025年”“2025年目标”). */
  targetYear?: number;
  problems: HeaderProblem[];
}

/** The header spellings recognised, per column, as listed in a message about an unknown header. */
export const KNOWN_HEADERS: Record<Exclude<ColumnRole, 'seq' | 'note'>, string[]> & { other: string[] } = {
  category: ['类别', '分类', '指标类别', '领域'],
  name: ['指标', '指标名称', '主要指标'],
  unit: ['单位', '计量单位'],
  base: ['2020年', '2020年完成数', '2020年基期值', '基期', '基期值', '基期值（2020年）', '完成数', '现状值'],
  target: ['2025年', '2025年目标', '2025年目标值', '目标', '目标值', '目标值（2025年）', '规划目标'],
  annual: ['年均增长', '年均', '累计', '年均〔累计〕', '年均/累计', '年均增长（%）', '年均增速'],
  attribute: ['属性', '指标属性'],
  previous: ['上期指标', '上期规划指标', '对应上期指标', '“十四五”对应指标'],
  other: ['序号', '备注', '说明'],
};

const ROLE_WORDS: [ColumnRole, RegExp][] = [
  ['seq', /^(?:序号|编号|序)$/],
  ['category', /^(?:类别|分类|指标类别|指标分类|类型|领域|方面)$/],
  ['name', /^(?:指标|指标名称|指标名|主要指标|指标内容|名称)$/],
  ['unit', /^(?:单位|计量单位|指标单位)$/],
  ['attribute', /^(?:属性|指标属性|性质|指标性质)$/],
  ['note', /^(?:备注|说明|注)$/],
  // 年均增长 / 年均 / 累计 / 年均〔累计〕/ 年均[累计] / 年均/累计 / 年均增速 / 五年累计
  ['annual', /^(?:五年)?(?:年均|累计)(?:增长|增速|增幅)?(?:[〔[（(/／、]?(?:累计|年均)(?:增长)?[〕\]）)]?)?$/],
  ['base', /^(?:基期|基期值|基期年|基数|基年|基年值|完成数|完成值|实际|实际值|实际完成|现状|现状值|现状水平)$/],
  ['target', /^(?:目标|目标值|规划目标|预期目标|目标年|规划值|期末目标|期末值)$/],
];

const LOOSE_WORDS: [ColumnRole, RegExp][] = [
  // “上期指标”“对应‘十四五’指标”“原规划指标”: the row's indicator in the previous plan (before 年均: “上期累计…” is not one).
  ['previous', /(?:上期|上一规划|原规划|对应).*指标|十[一二三四五六七八九]五.*指标/],
  ['annual', /年均|累计/],
  ['target', /目标/],
  ['base', /基期|完成数/],
];

/** What a header cell says: its role (undefined for a bare year) and the year it names, if any. */
export function readHeader(text: string): { role?: ColumnRole; year?: number; known: boolean } {
  const t = normalise(text).replace(/\s+/g, '');
  const yearMatch = /((?:19|20)\d{2})年?/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  // “基期值（2020年）”“年均增长（%）”: the year and a unit in brackets say nothing about the role.
  const words = t
    .replace(/[（(](?:(?:19|20)\d{2}年?|%|％|百分点|单位)[)）]/g, '')
    .replace(/(?:19|20)\d{2}年?/, '')
    .trim();
  if (year !== undefined) {
    if (words === '') return { year, known: true }; // a bare “2020年”: base or target, decided by the others
    if (/目标|规划|预期|期末/.test(words)) return { role: 'target', year, known: true };
    if (/完成|基期|实际|现状|基数|基年|预计/.test(words)) return { role: 'base', year, known: true };
  }
  const withYear = year !== undefined ? { year } : {};
  for (const [role, re] of ROLE_WORDS) if (re.test(words)) return { role, ...withYear, known: true };
  // Longer wordings (“‘十四五’目标”“年均增长目标”“基期完成情况”): the column's key word decides, 年均/累计 first.
  for (const [role, re] of LOOSE_WORDS) if (re.test(words)) return { role, ...withYear, known: true };
  return { known: false };
}

/** Recognises the columns of a header row; years written in bare year headers decide base (earlier) and target. */
export function recogniseHeader(cells: readonly string[]): HeaderReading {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const problems: HeaderProblem[] = [];
  const years: { col: number; year: number }[] = [];
  let baseYear: number | undefined;
  let targetYear: number | undefined;
  const assign = (role: ColumnRole, col: number) => {
    const first = columns[role];
    if (first !== undefined) problems.push({ kind: 'duplicate', col, text: cells[col]!, first });
    else columns[role] = col;
  };
  cells.forEach((text, col) => {
    if (text.trim() === '') return;
    const h = readHeader(text);
    if (!h.known) return problems.push({ kind: 'unknown', col, text });
    if (h.role === undefined) return years.push({ col, year: h.year! });
    assign(h.role, col);
    if (h.role === 'base' && h.year !== undefined) baseYear = h.year;
    if (h.role === 'target' && h.year !== undefined) targetYear = h.year;
  });
  // Bare year headers: the latest is the target year unless a target column is named otherwise, the next the
  // 基期 (the table's “2020年” beside “2025年”); a third year column has no place and is reported.
  years.sort((a, b) => b.year - a.year);
  for (const { col, year } of years) {
    if (columns.target === undefined) {
      columns.target = col;
      targetYear ??= year;
    } else {
      if (columns.base === undefined) baseYear ??= year;
      assign('base', col);
    }
  }
  if (columns.name === undefined) problems.push({ kind: 'missing', role: 'name' });
  if (columns.target === undefined) problems.push({ kind: 'missing', role: 'target' });
  const { seq: _seq, ...rest } = columns;
  return { columns: rest, ...(baseYear !== undefined ? { baseYear } : {}), ...(targetYear !== undefined ? { targetYear } : {}), problems };
}

/** Whether a row looks like the header: it has a cell naming the indicator column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  return cells.some((c) => c.trim() !== '' && readHeader(c).role === 'name');
}
