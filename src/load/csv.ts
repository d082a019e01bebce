// 读取 CSV 表（首行为表头），每行保留行号；逐项含义的校验在 validate 阶段。
// 文字编码见 encoding.ts：UTF-8 为准，GBK 与 UTF-16 能确定时照读并提示。
import { parse } from 'csv-parse/sync';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { decodeCsvBytes } from './encoding.ts';
import { readInputBytes } from './readInput.ts';
import { deepFreeze, remembered } from '../remembered.ts';

export interface CsvRow {
  file: string;
  /** 1-based line in the file. */
  line: number;
  fields: Record<string, string | undefined>;
}

/** The rows of a CSV file, with the 提示 reading it gave (e.g. that it was read as GBK). */
export interface CsvTable {
  rows: CsvRow[];
  warnings: Diagnostic[];
}

/** Every CSV input (data files, city tasks, project progress, imported CSV) is read here, and only here. */
export async function readCsv(path: string, file: string, required: readonly string[]): Promise<CsvTable> {
  const { text, warnings } = decodeCsvBytes(await readInputBytes(path, file), file);
  return { rows: parseCsv(text, file, required), warnings };
}

/** The rows of a CSV text, each with its line; an equal text of the same file is parsed once per process. */
export const parseCsv = remembered(parseCsvText, (text: string, file: string, required: readonly string[]) => `${file}\u0000${required.join(',')}\u0000${text}`, 32, deepFreeze);

function parseCsvText(text: string, file: string, required: readonly string[]): CsvRow[] {
  // Excel's “CSV UTF-8” starts with a byte-order mark.
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(body, {
      // The header as csv-parse reads it (quotes removed, trimmed): Excel and WPS quote every header cell on request.
      columns: (names: string[]) => (header = names),
      delimiter: delimiterOf(body),
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

/**
 * Tabs when the header has tabs and no comma: Excel's “Unicode 文本”, and cells pasted from a spreadsheet into a
 * text editor, are tab-separated. The header decides, so a comma inside a tab-separated note stays text.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}
