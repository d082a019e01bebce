// 规划表单元格的写法：把“目标”“年均增长/累计”栏的原文读成结构，供目标形式推断与登记册一致性核对共用。
// Published plans write the same meaning many ways (≥80 / 80以上 / 不低于80, 〔13.5〕 / [13.5], 5.5以内 /
// 控制在5.5以内, 5左右 / 约5); this module is the one place that knows them. It never guesses a form: it only says
// what the text says, and `infer.ts` turns that into a TargetForm with a confidence.
import type { BoundOp, TaskLevel } from '../model/plan.ts';

export interface NumberCell {
  kind: 'number';
  text: string;
  value: number;
  /** A comparison written with the number: “>60”“≥80”“60以上”“5.5以内”“不低于96”. */
  op?: BoundOp;
  /** “控制在…以内”: explicitly a control bound. */
  control: boolean;
  /** “5左右”“约110”. */
  approx: boolean;
  /** Written in 〔〕 or [] (the 累计 notation of national and provincial tables). */
  bracket: boolean;
  /** “累计达到1000”: an end-of-period stock stated in the 累计 column. */
  stock: boolean;
  /** “累计提升20%” / “累计下降13.5%”: the direction the words give the change. */
  change?: 'up' | 'down';
  /** The number carries a % (or 个百分点) sign. */
  percent: boolean;
  /** A footnote mark after the value (“60.6*”), kept so the table can say it was there. */
  footnote?: string;
}

export type Cell =
  | { kind: 'none'; text: string }
  | NumberCell
  | { kind: 'task'; text: string; level: TaskLevel }
  | { kind: 'relative'; text: string; relation: 'in-step' | 'above' | 'not-below'; reference: string }
  | { kind: 'parts'; text: string; parts: { label: string; cell: NumberCell }[] }
  | { kind: 'text'; text: string };

const NONE = /^(?:|[—–\-－─]+|\/|无|不适用)$/;
const FOOTNOTE = /([*＊※#△▲①-⑳¹²³⁴⁵]+)$/;
const NUMBER = '[-+]?\\d+(?:\\.\\d+)?';

/** Words before a number that make it a bound, longest first so “不低于” is not read as “低于”. */
const PREFIX_OPS: [RegExp, BoundOp][] = [
  [/^(?:≥|>=|不低于|不少于|不小于|至少)/, '>='],
  [/^(?:≤|<=|不高于|不超过|不大于|至多)/, '<='],
  [/^(?:>|大于|高于|超过|突破|多于)/, '>'],
  [/^(?:<|小于|低于|少于)/, '<'],
];
const SUFFIX_OPS: [RegExp, BoundOp][] = [
  [/(?:以上)$/, '>='],
  [/(?:以内|以下)$/, '<='],
];

/** Reads one cell of a plan's indicator table exactly as printed. */
export function readCell(raw: string | number | null | undefined): Cell {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  // Footnote marks first: NFKC would turn “①” into a digit of the value.
  const fn = FOOTNOTE.exec(text);
  const t = normalise(fn ? text.slice(0, -fn[1]!.length) : text);
  if (NONE.test(t)) return { kind: 'none', text };
  const task = /(?:完成|确保完成|落实)?(市|省|国家|上级)(?:下达|确定|分解|规定)?的?(?:任务|目标|要求)/.exec(t);
  if (task && /完成|下达|要求/.test(t)) return { kind: 'task', text, level: task[1] === '上级' ? '市' : (task[1] as TaskLevel) };
  const relative = readRelative(t);
  if (relative) return { kind: 'relative', text, ...relative };
  const number = readNumber(t, text);
  if (number) return fn ? { ...number, footnote: fn[1]! } : number;
  const parts = readParts(t, text);
  if (parts) return parts;
  return { kind: 'text', text };
}

/** Full-width digits and signs to half-width; ≧ ≦ to ≥ ≤; 【】［］ to []. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/\s+/g, ' ')
    .trim();
}

function readNumber(t: string, text: string): NumberCell | undefined {
  let s = t;
  let bracket = false;
  const br = /^[〔[(（](.*)[〕\])）]$/.exec(s);
  if (br) {
    bracket = s.startsWith('〔') || s.startsWith('[');
    s = br[1]!.trim();
  }
  let stock = false;
  let change: 'up' | 'down' | undefined;
  let control = false;
  const lead = /^(?:五年)?累计(达到)?(提升|提高|增加|增长|下降|降低|减少)?/.exec(s);
  if (lead && lead[0] !== '') {
    bracket = true;
    stock = Boolean(lead[1]);
    if (lead[2]) change = /下降|降低|减少/.test(lead[2]) ? 'down' : 'up';
    s = s.slice(lead[0].length);
  } else {
    const verb = /^(提升|提高|增加|增长|下降|降低|减少)/.exec(s);
    if (verb) {
      change = /下降|降低|减少/.test(verb[1]!) ? 'down' : 'up';
      s = s.slice(verb[0].length);
    }
  }
  if (/^控制在/.test(s)) {
    control = true;
    s = s.slice(3);
  }
  s = s.replace(/^(?:力争|达到|保持在?|为)/, '');
  let op: BoundOp | undefined;
  for (const [re, o] of PREFIX_OPS) {
    if (re.test(s)) {
      op = o;
      s = s.replace(re, '').trim();
      break;
    }
  }
  let approx = false;
  if (/^约/.test(s)) {
    approx = true;
    s = s.slice(1);
  }
  const m = new RegExp(`^(${NUMBER})(.*)$`).exec(s);
  if (!m) return undefined;
  let rest = m[2]!.trim();
  if (/左右$/.test(rest)) {
    approx = true;
    rest = rest.slice(0, -2).trim();
  }
  for (const [re, o] of SUFFIX_OPS) {
    if (re.test(rest)) {
      op ??= o;
      rest = rest.replace(re, '').trim();
    }
  }
  if (/左右$/.test(rest)) {
    approx = true;
    rest = rest.slice(0, -2).trim();
  }
  const percent = /^(?:%|‰|个百分点|百分点)$/.test(rest);
  // Anything left must be a unit (亿元, 岁, 万人…), never another number or a second clause.
  if (!percent && rest !== '' && !/^[\p{Script=Han}A-Za-z/²³·.]{1,8}$/u.test(rest)) return undefined;
  if (/\d/.test(rest)) return undefined;
  if (control) op ??= '<=';
  return {
    kind: 'number',
    text,
    value: Number(m[1]),
    ...(op ? { op } : {}),
    control,
    approx,
    bracket,
    stock,
    ...(change ? { change } : {}),
    percent,
  };
}

/** “与经济增长基本同步”“高于GDP增长”“快于地区生产总值增长”“不低于经济增速”. */
function readRelative(t: string): { relation: 'in-step' | 'above' | 'not-below'; reference: string } | undefined {
  const inStep = /^与(.+?)(?:基本)?同步(?:增长)?$/.exec(t);
  if (inStep) return { relation: 'in-step', reference: inStep[1]!.trim() };
  const above = /^(高于|快于|超过|不低于|不慢于)(.*?(?:增长|增速|增幅))$/.exec(t);
  if (above && !/\d/.test(above[2]!)) return { relation: /不/.test(above[1]!) ? 'not-below' : 'above', reference: above[2]!.trim() };
  return undefined;
}

/** “成片:约110 零星:约20” — one indicator with sub-targets. */
function readParts(t: string, text: string): Cell | undefined {
  const segments = t.split(/[；;，,、 ]+/).filter((x) => x !== '');
  if (segments.length < 2) return undefined;
  const parts: { label: string; cell: NumberCell }[] = [];
  for (const seg of segments) {
    const m = /^([^:：\d约≥≤<>]+)[:：]?(.+)$/.exec(seg);
    if (!m) return undefined;
    const cell = readNumber(m[2]!.trim(), m[2]!.trim());
    if (!cell) return undefined;
    parts.push({ label: m[1]!.trim(), cell });
  }
  return { kind: 'parts', text, parts };
}

/** The comparison written as in a plan table (≥ ≤ rather than >= <=). */
export const OP_SIGNS: Record<BoundOp, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };
