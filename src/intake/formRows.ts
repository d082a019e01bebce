// 征集表工作表的逐行、逐格读取：表头与合并单元格的核对、每行归属的证明（同行名称与隐藏校验码）、数值格的校验。
import ExcelJS from 'exceljs';
import type { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { NUMBER_TEXT } from '../validate/fields.ts';
import { figureFromNumber, figureFromText, figureMessage } from '../validate/figures.ts';
import { cellText, isBlank } from './cellText.ts';
import { FIRST_DATA_ROW, HEADER_ROW, type ColumnSpec } from './layout.ts';

/**
 * Whether a row is the one the form was generated with, for the id in it: the locked cells beside the id say
 * what the registry says (`own`: column key → text), and the hidden checksum matches id, year and department.
 * Swapped id cells, or a row pasted from another department's or another year's form, fail one or the other.
 */
export function rowIsItsOwn<K extends string>(
  row: Map<K | 'id' | 'check', ExcelJS.Cell>,
  own: Partial<Record<K, string>>,
  checksum: string,
  label: string,
  sheet: string,
  file: string,
  bag: DiagnosticBag,
): boolean {
  const keys = Object.keys(own) as K[];
  const shown = keys.map((k) => cellText(row.get(k)));
  if (keys.some((k, i) => shown[i] !== own[k])) {
    bag.add(msg.formRowMismatch(file, `${sheet}!${row.get('id')!.address}`, label, shown.join('，'), keys.map((k) => own[k]).join('，')));
    return false;
  }
  const check = row.get('check')!;
  if (cellText(check) !== checksum) {
    bag.add(msg.formRowChecksum(file, `${sheet}!${check.address}`, label));
    return false;
  }
  return true;
}

/**
 * The data rows of a sheet as cells by column key, after checking that the header row is exactly the one
 * generated (so a moved, inserted or renamed column is caught) and that no cell is merged.
 */
export function dataRows<K extends string>(ws: ExcelJS.Worksheet, columns: ColumnSpec<K>[], file: string, bag: DiagnosticBag): Map<K, ExcelJS.Cell>[] {
  const before = bag.items.length;
  const header = ws.getRow(HEADER_ROW);
  const width = Math.max(columns.length, header.cellCount);
  for (let k = 1; k <= width; k++) {
    const expected = columns[k - 1]?.header ?? '';
    const cell = header.getCell(k);
    if (cellText(cell) !== expected) bag.add(msg.formHeader(file, `${ws.name}!${cell.address}`, expected, cellText(cell)));
  }
  // Our own instruction line (row 1) is merged on purpose; nothing below it may be.
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const top = Number(/\d+/.exec(range)?.[0] ?? 0);
    if (top >= HEADER_ROW) bag.add(msg.formMerged(file, `${ws.name}!${range}`));
  }
  if (bag.items.length > before) return [];
  const rows: Map<K, ExcelJS.Cell>[] = [];
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(new Map(columns.map((c, k) => [c.key, row.getCell(k + 1)])));
  }
  return rows;
}

/** What a value cell holds and the unit that rules out a negative value (none for a rate or share). */
export interface Quantity {
  what: string;
  unit: string;
  nonNegative: boolean;
}

/**
 * The number in a value cell, checked as a CSV figure is (figures.ts), at its cell; undefined (with a message,
 * unless the cell is empty) when there is none.
 */
export function numberIn(cell: ExcelJS.Cell, sheet: string, file: string, bag: DiagnosticBag, quantity: Quantity): number | undefined {
  const where = `${sheet}!${cell.address}`;
  if (cell.type === ExcelJS.ValueType.Formula) {
    bag.add(msg.formFormula(file, where));
    return undefined;
  }
  if (isBlank(cell)) return undefined;
  const raw = typeof cell.value === 'number' ? String(cell.value) : cellText(cell);
  // A number typed into a text-formatted cell is still unambiguous; anything else is not a number.
  if (typeof cell.value !== 'number' && !NUMBER_TEXT.test(raw)) {
    bag.add(msg.formText(file, where, raw));
    return undefined;
  }
  const figure = typeof cell.value === 'number' ? figureFromNumber(cell.value) : figureFromText(raw);
  if (typeof figure === 'string') {
    bag.add(figureMessage(figure, file, { cell: where }, raw));
    return undefined;
  }
  if (figure < 0 && quantity.nonNegative) {
    bag.add(msg.figureNegative(file, { cell: where }, quantity.what, raw, quantity.unit));
    return undefined;
  }
  return figure;
}

