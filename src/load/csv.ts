// 读取 CSV 表（UTF-8，首行为表头），每行保留行号；逐项含义的校验在 validate 阶段。
import { parse } from 'csv-parse/sync';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { readInput } from './readInput.ts';

export interface CsvRow {
  file: string;
  /** 1-based line in the file. */
  line: number;
  fields: Record<string, string | undefined>;
}

export async function readCsv(path: string, file: string, required: readonly string[]): Promise<CsvRow[]> {
  return parseCsv(await readInput(path, file), file, required);
}

export function parseCsv(text: string, file: string, required: readonly string[]): CsvRow[] {
  // Excel's “CSV UTF-8” starts with a byte-order mark.
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(body, {
      // The header as csv-parse reads it (quotes removed, trimmed): Excel and WPS quote every header cell on request.
      columns: (names: string[]) => (header = names),
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError([msg.csvSyntax(file, err.lines ?? 1, err.message)]);
  }
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InputError([msg.csvHeader(file, missing, required)]);
  return records.map(({ record, info }) => ({ file, line: info.lines, fields: record }));
}
