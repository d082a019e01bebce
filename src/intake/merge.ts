// 把导入的数值并入已有数据：同一指标同一年只能有一个数值。纯函数，不读写文件。
//
// An imported figure replaces an existing one only when that one is illustrative (示例) or came from the same
// department (a correction); any other disagreement — between two imported files, or with a figure from
// another source — is an error, and nothing is merged until it is resolved. Importing the same figures again
// finds them unchanged, so a second import changes nothing.
import { DiagnosticBag, type Diagnostic } from '../diagnostics.ts';
import { formatNumber } from '../format/number.ts';
import { ILLUSTRATIVE_MARK } from '../model/plan.ts';
import type { CsvRow } from '../load/csv.ts';
import { NUMBER_TEXT } from '../validate/fields.ts';
import type { Place, Provenance } from './readForm.ts';

/** The provenance columns every merged data file carries after the first import. */
export const PROVENANCE_COLUMNS = ['department', 'origin', 'imported'] as const;

export interface Incoming {
  /** indicator or project id. */
  id: string;
  /** The period as written in the data file: “2023”, or “2023H1” for a first-half figure. */
  year: string;
  /** The row as it will be written (without provenance). */
  fields: Record<string, string>;
  /** Fields that must agree for two records to be the same figure (e.g. value; or status and investment). */
  compare: string[];
  /** How to name the figure in a message: 指标“地区生产总值”2023年. */
  label: string;
  provenance: Provenance;
  place: Place;
}

export interface MergeResult {
  rows: Record<string, string>[];
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * `existing` are the rows of the data file; `keyOf` reads a row's id; `order` gives the canonical position of
 * an id (registry order), so the written file is sorted and deterministic.
 */
export function mergeRecords(
  existing: CsvRow[],
  incoming: Incoming[],
  idColumn: string,
  order: (id: string) => number,
): { result?: MergeResult; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag();
  const key = (id: string, year: string) => `${id}@${year}`;
  const same = (a: Record<string, string | undefined>, b: Record<string, string>, fields: string[]) =>
    fields.every((f) => normal(a[f]) === normal(b[f]));

  // 1. Incoming records must agree among themselves.
  const byKey = new Map<string, Incoming>();
  for (const r of incoming) {
    const k = key(r.id, r.year);
    const first = byKey.get(k);
    if (!first) byKey.set(k, r);
    else if (!same(first.fields, r.fields, r.compare)) bag.add(conflict(r, first.fields, describe(first.place), r.compare));
  }

  // 2. …and with what is already there.
  const rows = new Map(existing.map((row) => [key(row.fields[idColumn] ?? '', row.fields.year ?? ''), { ...row.fields } as Record<string, string>]));
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  for (const [k, r] of byKey) {
    const old = rows.get(k);
    const withProvenance = { ...r.fields, department: r.provenance.department, origin: r.provenance.origin, imported: r.provenance.imported };
    if (!old) {
      rows.set(k, withProvenance);
      added++;
    } else if (same(old, r.fields, [...r.compare, 'source', 'note'])) {
      unchanged++;
    } else if ((old.source ?? '').includes(ILLUSTRATIVE_MARK) || (old.department && old.department === r.provenance.department)) {
      rows.set(k, withProvenance);
      replaced++;
    } else {
      bag.add(conflict(r, old, old.origin ? old.origin : `已有数据（来源：${old.source}）`, r.compare));
    }
  }
  if (bag.items.length > 0) return { diagnostics: bag.items };
  const sorted = [...rows.values()].sort((a, b) => order(a[idColumn] ?? '') - order(b[idColumn] ?? '') || (a.year ?? '').localeCompare(b.year ?? ''));
  return { result: { rows: sorted, added, replaced, unchanged }, diagnostics: [] };
}

function conflict(r: Incoming, other: Record<string, string | undefined>, otherWhere: string, fields: string[]): Diagnostic {
  const show = (row: Record<string, string | undefined>) => fields.map((f) => row[f] || '（空）').join('，');
  return {
    ...r.place,
    rule: 'import-conflict',
    message: `${r.label}在此为“${show(r.fields)}”，而${otherWhere}为“${show(other)}”，两处不一致。`,
    hint: '同一指标同一年只能有一个数值：请与相关单位核实，改正其中一处后重新导入。',
  };
}

function describe(place: Place): string {
  return place.cell ? `${place.file}!${place.cell}` : `${place.file}:${place.position?.line ?? ''}`;
}

/** 812.60 and 812.6 are the same figure; text is compared as written. */
function normal(v: string | undefined): string {
  const t = (v ?? '').trim();
  return NUMBER_TEXT.test(t) ? formatNumber(Number(t), 10) : t;
}
