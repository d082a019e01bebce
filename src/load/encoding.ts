// 数据表的文字编码：各单位交来的 CSV 未必是 UTF-8（中文 Windows 上 Excel 的“CSV”是 GBK，“Unicode 文本”是 UTF-16）。
// 能确定编码的，正确读出并给出提示；不能确定的，指明检测结果和另存办法后拒绝。绝不悄悄按猜测读取——
// 乱码的来源会印进报告，“示例”标记也会因此丢失。
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';

export interface DecodedText {
  text: string;
  /** 提示 about how the file was read (an encoding other than the documented UTF-8). */
  warnings: Diagnostic[];
}

/** Multi-byte CJK encodings chardet can name; GB18030 must rank first among them for a file to be read as GBK. */
const CJK_ENCODINGS: readonly string[] = ['GB18030', 'Big5', 'EUC-JP', 'EUC-KR', 'Shift_JIS', 'ISO-2022-CN', 'ISO-2022-JP', 'ISO-2022-KR'];

/** The text of a CSV file, or an InputError naming the encoding found and how to re-save the file. */
export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodedText {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0xef, 0xbb, 0xbf)) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === undefined) throw new InputError([msg.csvBrokenUtf8(file, firstBadLine(bytes.subarray(3)))]);
    return { text, warnings: [] };
  }
  // Excel's “Unicode 文本” is UTF-16LE with a byte-order mark (and tabs between the cells).
  if (starts(0xff, 0xfe)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), warnings: [msg.csvReadAsUtf16(file)] };
  if (starts(0xfe, 0xff)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), warnings: [msg.csvReadAsUtf16(file)] };

  const refuse = () => new InputError([msg.csvEncoding(file, chardet.detect(bytes) ?? '未知')]);
  // A NUL byte is no part of any text file we accept: it is UTF-16 without its mark, or not text at all.
  if (bytes.includes(0)) throw refuse();
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, warnings: [] };
  const gb = strictGb18030(bytes);
  if (gb !== undefined && chardetAgreesGb(bytes)) return { text: gb, warnings: [msg.csvReadAsGb18030(file)] };
  throw refuse();
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line (1-based) of the first byte that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}

/**
 * The text as GB18030, only when every byte belongs to it: iconv-lite writes “?” for a byte it cannot decode, so
 * the text must encode back to exactly the same bytes. Characters of the private-use area (GBK's user-defined
 * codes) are never in a department's data; they are what Big5 text turns into when read as GBK.
 */
function strictGb18030(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes);
  const text = iconv.decode(buffer, 'gb18030');
  if (/[\uE000-\uF8FF]/.test(text) || !iconv.encode(text, 'gb18030').equals(buffer)) return undefined;
  return text;
}

/**
 * chardet agrees when GB18030 ranks first among the CJK encodings it recognises. On a short file (a few dozen
 * characters, a typical single-department CSV) its CJK recognisers all give the same low score; a tie is
 * agreement: the strict decoding above has already excluded most Big5 and Shift_JIS text, and whatever is read
 * as GB18030 is read with a 提示, never silently.
 */
function chardetAgreesGb(bytes: Uint8Array): boolean {
  const cjk = chardet.analyse(bytes).filter((m) => CJK_ENCODINGS.includes(m.name));
  const gb = cjk.find((m) => m.name === 'GB18030');
  return gb !== undefined && cjk.every((m) => m.confidence <= gb.confidence);
}
