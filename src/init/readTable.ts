// 读入规划的主要指标表：.xlsx（第一个工作表或指定工作表）或 .csv，逐格取“印出来的文字”，并记住每格的位置。
// Staff have the table as the plan's annex was typed into Excel, or exported from it as CSV (often GB18030 from
// a Chinese Windows). Nothing is interpreted here: the cells are text as printed, with the place each came from,
// so every later message can name 指标表.xlsx!Sheet1!C7 or 指标表.csv:7.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';

export interface TableRow {
  /** Row number in the sheet, or line in the CSV file (1-based). */
  line: number;
  /** Cell texts by column (0-based), trimmed; empty string for an empty cell. */
  cells: string[];
}

export interface RawTable {
  /** The file as the user named it. */
  file: string;
  /** The sheet read (xlsx only). */
  sheet?: string;
  /** How a CSV file was decoded (UTF-8, UTF-8（带 BOM）, GB18030, UTF-16LE). */
  encoding?: string;
  rows: TableRow[];
  /** The place of a cell in the user's words: 指标表.xlsx!Sheet1!C7 or 指标表.csv:7 (with the column for CSV). */
  where(line: number, col: number): Pick<Diagnostic, 'file' | 'cell' | 'position'>;
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function readTable(path: string, file: string, sheet?: string): Promise<RawTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError([msg.fileMissing(file)]);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(bytes, file, sheet);
  if (ext === '.csv' || ext === '.txt') return readCsvTable(bytes, file);
  throw new InputError([msg.initTableType(file)]);
}

// ——— xlsx ———

async function readXlsx(bytes: Buffer, file: string, sheetName?: string): Promise<RawTable> {
  // exceljs is large; only this command needs it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError([msg.initTableUnreadable(file)]);
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) throw new InputError([msg.initSheetMissing(file, sheetName ?? '', names)]);
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    // A merged cell (类别 spanning several rows) reads as its master's text in every cell it covers, which is
    // exactly “the category above”; a category cell simply left empty is continued later, as in CSV.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  const name = ws.name;
  return { file, sheet: name, rows, where: (line, col) => ({ file, cell: `${name}!${columnLetter(col)}${line}` }) };
}

interface XlsxCell {
  value: unknown;
  text: string;
  numFmt?: string;
}

/** The text a cell shows: rich text flattened, a number as its format prints it (decimals, %), no grouping. */
export function cellText(cell: XlsxCell): string {
  let v = cell.value;
  if (v !== null && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result; // a formula's value
  if (v !== null && typeof v === 'object' && 'richText' in v) return clean((v as { richText: { text: string }[] }).richText.map((r) => r.text).join(''));
  if (typeof v === 'number') return formatNumber(v, cell.numFmt);
  if (v === null || v === undefined) return '';
  return clean(typeof v === 'object' ? cell.text : String(v));
}

/** “0.00” → two decimals, “0.0%” → ×100 with %; thousands separators are dropped so the value stays a number. */
function formatNumber(v: number, numFmt?: string): string {
  const m = numFmt ? /^[#,]*0(?:\.(0+))?(%?)$/.exec(numFmt.trim()) : null;
  if (!m) return String(v);
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(v * 100).toFixed(decimals)}%` : v.toFixed(decimals);
}

/** Line breaks inside a cell are layout (wrapped text), not part of the name. */
const clean = (s: string) => s.replace(/\r?\n/g, '').trim();

// ——— csv ———

function readCsvTable(bytes: Buffer, file: string): RawTable {
  const { text, encoding } = decodeCsv(bytes, file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError([msg.csvSyntax(file, err.lines ?? 1, err.message)]);
  }
  const rows = records.map(({ record, info }) => ({ line: info.lines, cells: record.map(clean) }));
  return { file, encoding, rows, where: (line) => ({ file, position: { line } }) };
}

/**
 * UTF-8 (with or without BOM) first; a file that is not valid UTF-8 is GB18030 (what Excel writes for “CSV” on
 * Chinese Windows) when it decodes without a replacement character; otherwise it is refused, naming the likely
 * encoding, rather than read as mojibake.
 */
export function decodeCsv(bytes: Buffer, file: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8（带 BOM）' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: try the Chinese national encoding below
  }
  const gb = iconv.decode(bytes, 'gb18030');
  if (!gb.includes('\uFFFD')) return { text: gb, encoding: 'GB18030' };
  throw new InputError([msg.initEncoding(file, chardet.detect(bytes) ?? '未知')]);
}
