// 表达式在 Markdown 解析期间的占位符：表达式先换成私用区字符包住的序号，解析成文档树后再换成文本节点、图、交叉引用。
// Values never pass through the Markdown parser, so a value such as “1. …”, “www.…” or “&lt;” stays the words it is.
import type { Position } from '../diagnostics.ts';
import type { AppendixKey } from '../model/appendices.ts';

export type Slot =
  | { kind: 'text'; text: string }
  /** A figure placed by {{figure …}}: it must stand alone in its paragraph. */
  | { kind: 'figure'; key: string; position: Position }
  /** {{ref figure …}} / {{ref appendix …}}: resolved once every figure and 附件 is numbered. */
  | { kind: 'ref'; target: 'figure'; key: string; position: Position }
  | { kind: 'ref'; target: 'appendix'; key: AppendixKey; position: Position };

const OPEN = '\uE000';
const CLOSE = '\uE001';
export const SLOT_PATTERN = /\uE000(\d+)\uE001/g;

/** True when `text` holds a placeholder. */
export const hasSlot = (text: string) => /\uE000\d+\uE001/.test(text);

/** The placeholder written into the Markdown for slot `i`. */
export const slotMark = (i: number) => `${OPEN}${i}${CLOSE}`;

/** True when the text holds the placeholder characters (content may not use them itself). */
export const hasSlotCharacters = (text: string) => text.includes(OPEN) || text.includes(CLOSE);

/** Splits text at its placeholders: strings and slot indexes, in order. */
export function splitSlots(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  let last = 0;
  for (const m of text.matchAll(SLOT_PATTERN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
