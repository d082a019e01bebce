// 指标表的各行 → 指标登记册的各项：名称与目标原文照录，目标形式由 inferForm 推断，拿不准的写明“请核对”。
// Every row with a name becomes an indicator, however doubtful; a doubt is a check printed for the user and
// written into indicators.yaml beside the indicator, never a silent guess and never a reason to drop the row.
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { Attribute, Indicator, PlanInfo } from '../model/plan.ts';
import { readCell, type Cell } from '../notation/cell.ts';
import { inferForm, type Inference } from '../notation/infer.ts';
import { isHeaderRow, KNOWN_HEADERS, recogniseHeader, type Columns, type HeaderReading } from './header.ts';
import { indicatorIds, slugOf } from './ids.ts';
import type { RawTable, TableRow } from './readTable.ts';

/** One indicator of the table as read, with how its form was inferred and what the user should check. */
export interface IndicatorDraft {
  indicator: Indicator;
  inference: Inference;
  /** Everything to check for this row: the inference's doubt and the table's own (属性 missing, footnote …). */
  checks: string[];
  /** The target and 年均/累计 cells as printed. */
  printed: { target: string; annual: string };
  /** Where the row is: 指标表.xlsx!Sheet1!B7 or 指标表.csv:7. */
  place: string;
  /** The same without the file: “!Sheet1!B7” or “:7”, to name the row after another spelling of the file. */
  placeInFile: string;
  /** The 基期 cell was empty (“—” or blank): a previous plan's figure may stand in (init --previous). */
  baseEmpty: boolean;
  /** The unit as the table gave it (the indicator's may differ: a growth target is in %). */
  tableUnit: string;
  /** Where the 基期 came from when a previous plan supplied it (written above the indicator). */
  previousBase?: string;
  /** The previous plan's indicator the table names for this row (上期指标 column), with where it is written. */
  listedPrevious?: { text: string; where: Pick<Diagnostic, 'file' | 'cell' | 'position'> };
}

export interface TableReading {
  header: HeaderReading;
  drafts: IndicatorDraft[];
  /** The 类别 in order of first appearance (one group 主要指标 when the table has no 类别). */
  groups: string[];
  /** Auxiliary series a relative target needs (its reference is not a row of the table). */
  series: PlanInfo['series'];
}

/** The group of a table without a 类别 column. */
export const DEFAULT_GROUP = '主要指标';
/** What the registry says while the 责任单位 are not known (the table has none). */
export const RESPONSIBLE_UNKNOWN = '待明确';
const NONE = '—';

/** How many rows above the header may hold a title (“示例省‘十四五’主要指标”) or blank lines. */
const HEADER_SEARCH_ROWS = 10;

export function readIndicators(table: RawTable): TableReading {
  const headerIndex = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells));
  if (headerIndex < 0) {
    const first = table.rows[0];
    throw new InputError([{ ...msg.initNoNameColumn(table.file, first?.cells.filter((c) => c !== '') ?? [], KNOWN_HEADERS.name), ...table.where(first?.line ?? 1, 0) }]);
  }
  const headerRow = table.rows[headerIndex]!;
  const header = recogniseHeader(headerRow.cells);
  const problems = header.problems.map((p): Diagnostic => {
    switch (p.kind) {
      case 'unknown':
        return { ...msg.initUnknownHeader(table.file, p.text, KNOWN_HEADERS), ...table.where(headerRow.line, p.col) };
      case 'duplicate':
        return { ...msg.initDuplicateHeader(table.file, p.text, headerRow.cells[p.first] ?? ''), ...table.where(headerRow.line, p.col) };
      case 'missing':
        return { ...msg.initNoTargetColumn(table.file, KNOWN_HEADERS.target), ...table.where(headerRow.line, 0) };
    }
  });
  if (problems.length > 0) throw new InputError(problems);
  return readRows(table, header, header.columns as Columns, table.rows.slice(headerIndex + 1));
}

function readRows(table: RawTable, header: HeaderReading, cols: Columns, rows: TableRow[]): TableReading {
  const bag: Diagnostic[] = [];
  const footnotes: string[] = [];
  const rowsRead: { row: TableRow; group: string; name: string; unit: string }[] = [];
  const groups: string[] = [];
  let group: string | undefined;
  const cell = (row: TableRow, col: number | undefined) => (col === undefined ? '' : (row.cells[col] ?? ''));
  for (const row of rows) {
    const filled = row.cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    // “注：带*的为2019年数据” below the table: kept for the footnote marks it explains.
    if (filled.length === 1 && /^(?:注|备注|说明)\s*\d*[:：]/.test(filled[0]!)) {
      footnotes.push(filled[0]!);
      continue;
    }
    const name = cell(row, cols.name);
    const category = cell(row, cols.category);
    // A row merged across the table (“一、经济发展”), or one lone word with no indicator name (a 类别 on its own
    // line, or a section title that landed in the 序号 column of a CSV): the category of the rows below.
    const lone = filled.length === 1 ? row.cells.findIndex((c) => c !== '') : -1;
    const section = (filled.length > 1 && filled.every((c) => c === filled[0])) || (name === '' && lone >= 0 && (lone === cols.category || lone < cols.name) && /\D/.test(filled[0]!));
    if (section) {
      group = groupName(filled[0]!);
      continue;
    }
    if (name === '') {
      bag.push({ ...msg.initNoName(table.file, filled.join('、')), ...table.where(row.line, cols.name) });
      continue;
    }
    // A 类别 cell left empty continues the category above (a merged cell exported to CSV).
    if (category !== '') group = groupName(category);
    const g = group ?? DEFAULT_GROUP;
    if (!groups.includes(g)) groups.push(g);
    const fromName = cols.unit === undefined ? trailingUnit(name) : undefined;
    rowsRead.push({ row, group: g, name: fromName?.name ?? name, unit: normaliseUnit(fromName?.unit ?? cell(row, cols.unit)) });
  }
  if (bag.length > 0) throw new InputError(bag);
  if (rowsRead.length === 0) throw new InputError([{ ...msg.initNoRows(table.file), ...table.where(rows[0]?.line ?? 1, cols.name) }]);

  const ids = indicatorIds(rowsRead.map((r) => r.name));
  const drafts = rowsRead.map((r, i) => draftOf(table, cols, r, ids[i]!, footnotes));
  const series = resolveReferences(drafts);
  return { header, drafts, groups, series };
}

function draftOf(
  table: RawTable,
  cols: Columns,
  r: { row: TableRow; group: string; name: string; unit: string },
  id: string,
  footnotes: string[],
): IndicatorDraft {
  const text = (col: number | undefined) => (col === undefined ? '' : (r.row.cells[col] ?? ''));
  const printed = { target: text(cols.target) || NONE, annual: text(cols.annual) || NONE };
  const notes: string[] = [];
  const checks: string[] = [];
  const noteFootnote = (what: string, c: Cell) => {
    if (c.kind !== 'number' || !c.footnote) return;
    const explained = footnotes.filter((f) => f.includes(c.footnote!));
    notes.push(msg.initNoteFootnote(what, c.text, c.footnote, explained));
    checks.push(msg.initCheckFootnote(what, c.footnote));
  };

  let base: number | null = null;
  let baseEmpty = true;
  if (cols.base !== undefined) {
    const raw = text(cols.base);
    const c = readCell(raw);
    baseEmpty = c.kind === 'none';
    if (c.kind === 'number') {
      base = c.value;
      noteFootnote('基期值', c);
      if (c.op || c.approx || c.bracket) checks.push(msg.initCheckBaseRead(raw, c.value));
    } else if (c.kind !== 'none') {
      notes.push(msg.initNoteBaseText(raw));
      checks.push(msg.initCheckBaseText(raw));
    }
  }
  const target = readCell(printed.target);
  const annual = readCell(printed.annual);
  noteFootnote('目标', target);
  noteFootnote('年均/累计栏', annual);

  const inference = inferForm({ name: r.name, unit: r.unit, base, target, annual });
  let unit = r.unit;
  if (inference.unit !== undefined && inference.unit !== r.unit) {
    if (r.unit !== '') notes.push(msg.initNoteUnit(r.unit, inference.unit));
    unit = inference.unit;
  }
  // A relative form's reference is settled once every row is read (resolveReferences); its check replaces this one.
  if (inference.check && inference.form.type !== 'relative') checks.unshift(inference.check);

  const attribute = attributeOf(cols.attribute === undefined ? undefined : text(cols.attribute), checks);
  const indicator: Indicator = {
    id,
    name: r.name,
    unit,
    group: r.group,
    attribute,
    base,
    target: printed.target,
    annualGrowth: printed.annual,
    form: inference.form,
    // Sub-targets get readable keys from their names (成片 → cp), as indicators get ids.
    ...(inference.parts ? { parts: inference.parts.map((p, i, all) => ({ ...p, key: indicatorIds(all.map((x) => x.name))[i]! })) } : {}),
    responsible: RESPONSIBLE_UNKNOWN,
    ...(notes.length > 0 ? { note: `${notes.join('；')}。` } : {}),
  };
  const where = table.where(r.row.line, cols.name);
  const placeInFile = where.cell ? `!${where.cell}` : `:${where.position!.line}`;
  const listed = text(cols.previous).trim();
  return {
    indicator,
    inference,
    checks,
    printed,
    place: `${where.file}${placeInFile}`,
    placeInFile,
    baseEmpty,
    tableUnit: r.unit,
    ...(listed !== '' && cols.previous !== undefined ? { listedPrevious: { text: listed, where: table.where(r.row.line, cols.previous) } } : {}),
  };
}

/** 属性 as printed: 预期性/约束性, or the abbreviations 预期/约束; otherwise 预期性 and a check. */
function attributeOf(raw: string | undefined, checks: string[]): Attribute {
  if (raw === undefined) {
    checks.push(msg.initCheckNoAttributeColumn());
    return '预期性';
  }
  if (/约束/.test(raw)) return '约束性';
  if (/预期/.test(raw)) return '预期性';
  checks.push(msg.initCheckAttribute(raw));
  return '预期性';
}

/** Words naming the economy's growth in a relative target (与经济增长基本同步, 高于GDP增长). */
const ECONOMY = /地区生产总值|生产总值|GDP|经济/i;

/**
 * A relative target is compared with another series: a growth row of the table when there is one (地区生产总值增长
 * for “与经济增长基本同步”), else an auxiliary series declared in plan.yaml whose yearly rates the user enters.
 */
function resolveReferences(drafts: IndicatorDraft[]): PlanInfo['series'] {
  const series: PlanInfo['series'] = [];
  const ids = new Set(drafts.map((d) => d.indicator.id));
  for (const d of drafts) {
    const form = d.indicator.form;
    if (form.type !== 'relative') continue;
    const words = d.inference.reference ?? '';
    const economy = ECONOMY.test(words);
    const stem = words.replace(/增长|增速|增幅/g, '');
    // A yearly growth rate (growth-rate form, or a % row named …增长), of the economy or of what the words name.
    const isRate = (o: IndicatorDraft) => o.indicator.form.type === 'growth-rate' || (o.indicator.unit === '%' && /增长|增速/.test(o.indicator.name));
    const names = (o: IndicatorDraft) => (economy ? ECONOMY.test(o.indicator.name) && !/人均|居民/.test(o.indicator.name) : stem !== '' && o.indicator.name.includes(stem));
    const candidates = drafts.filter((o) => o !== d && isRate(o) && names(o));
    const match = candidates.find((o) => o.indicator.form.type === 'growth-rate') ?? candidates[0];
    if (match) {
      d.indicator.form = { ...form, reference: match.indicator.id };
      d.checks.unshift(msg.initCheckReferenceRow(words, match.indicator.name, match.indicator.id));
      continue;
    }
    const name = economy ? '地区生产总值增长' : words;
    let existing = series.find((s) => s.name === name);
    if (!existing) {
      const slug = economy ? 'gdp-growth' : `${slugOf(words)}-series`;
      let id = slug;
      for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
      ids.add(id);
      existing = { id, name, unit: '%' };
      series.push(existing);
    }
    d.indicator.form = { ...form, reference: existing.id };
    d.checks.unshift(msg.initCheckReferenceSeries(words, existing.id, name));
  }
  return series;
}

/**
 * A 类别 without the ordinal it was printed with (“一、经济发展” → 经济发展): the report numbers and words its
 * sections itself (“经济发展方面”), as it does headings.
 */
export function groupName(text: string): string {
  return text.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])\s*/, '').trim() || text;
}

/** Units written at the end of a name: “城镇化率（%）”“地区生产总值（亿元）” (never an acronym like “（PM2.5）”). */
const UNIT_END = /(?:%|‰|元|人|岁|年|个|家|件|所|张|床|米|顷|亩|吨|瓦|时|天|次|项|台|辆|座|户|册|克|度|倍|分|本|条|处|套|间|位|名|百分点|里|标准煤|m3|m³)$/;

export function trailingUnit(name: string): { name: string; unit: string } | undefined {
  const m = /^(.*\S)\s*[（(]([^（）()]{1,12})[)）]$/.exec(name);
  if (!m) return undefined;
  const unit = m[2]!.trim();
  return UNIT_END.test(normaliseUnit(unit)) ? { name: m[1]!, unit } : undefined;
}

const normaliseUnit = (unit: string) => unit.replace(/％/g, '%').trim();
