// 读取年度数据表（CSV）：每行一项指标一年的数值，保留行号；逐项含义的校验在 validate 阶段。
import { parse } from 'csv-parse/sync';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { readInput } from './readInput.ts';

export const OBSERVATION_COLUMNS = ['indicator', 'year', 'value', 'unit', 'source', 'note'] as const;
const REQUIRED = ['indicator', 'year', 'value', 'source'];

export interface ObservationRow {
  file: string;
  /** 1-based line in the file. */
  line: number;
  fields: Partial<Record<(typeof OBSERVATION_COLUMNS)[number], string>>;
}

export async function readObservations(path: string, file: string): Promise<ObservationRow[]> {
  return parseObservationCsv(await readInput(path, file), file);
}

export function parseObservationCsv(text: string, file: string): ObservationRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    // Excel's “CSV UTF-8” starts with a byte-order mark.
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, info: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError([msg.csvSyntax(file, err.lines ?? 1, err.message)]);
  }
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InputError([msg.csvHeader(file, missing)]);
  return records.map(({ record, info }) => ({ file, line: info.lines, fields: record }));
}
