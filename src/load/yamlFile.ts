// 读取 YAML 文件并保留每个值的行列位置，使校验错误能指回用户的文件。
import { isCollection, isNode, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError, type Position } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { readInput } from './readInput.ts';
import { deepFreeze, remembered } from '../remembered.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[]): Position;
  /**
   * The source text of every string value (quotes and escapes included), with the position of each of its
   * characters: for checks on the text as printed (font coverage).
   */
  strings(): { text: string; at: (index: number) => Position }[];
}

export async function readYaml(path: string, file: string): Promise<YamlSource> {
  return parseYaml(await readInput(path, file), file);
}

/**
 * Line and column (1-based) of character offsets, counted on the text itself. yaml's LineCounter is fed by its
 * lexer, which in a damaged file (an unclosed “[” spanning lines) can miss newlines and report a column past
 * the end of the line.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

/** The text of a YAML file as data with positions; an equal text of the same file is parsed once per process. */
export const parseYaml = remembered(parseYamlText, (text: string, file: string) => `${file}\u0000${text}`, 32, (source) => {
  deepFreeze(source.data);
  return Object.freeze(source);
});

function parseYamlText(text: string, file: string): YamlSource {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const toPos = positionsIn(text);
  // One syntax error (a tab, a missing quote) makes the parser report everything after it as wrong too —
  // a single tab gave 1381 messages. Only the first is meaningful; the file is not read further.
  const first = doc.errors[0];
  if (first) {
    // A tab in the indentation of the line is the cause whatever yaml calls it (often “unexpected scalar” on the
    // text after the tab): name the tab, at the tab.
    const lineStart = text.lastIndexOf('\n', first.pos[0] - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const tab = indent.indexOf('\t');
    const [offset, code] = tab !== -1 ? [lineStart + tab, 'TAB_AS_INDENT'] : [first.pos[0], first.code];
    throw new InputError([msg.yamlError(file, toPos(offset), code, first.message.split('\n')[0] ?? '')]);
  }
  return {
    file,
    data: toJs(doc, toPos, file),
    positionOf: (path) => toPos(offsetOf(doc, path)),
    strings: () => {
      const found: { text: string; at: (index: number) => Position }[] = [];
      visit(doc, {
        Scalar(_key, node) {
          const range = node.range;
          if (typeof node.value === 'string' && range) found.push({ text: text.slice(range[0], range[1]), at: (i) => toPos(range[0] + i) });
        },
      });
      return found;
    },
  };
}

/**
 * The document as plain data. Aliases (*name) are expanded here; a few nested aliases can expand to billions
 * of values (the “billion laughs”), which yaml refuses after 100 — in English, without the file. Data files
 * never need aliases, so the refusal names the file and the first alias.
 */
function toJs(doc: Document, toPos: (offset: number) => Position, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    let alias: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        alias ??= node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new InputError([msg.yamlAliasBomb(file, toPos(alias ?? 0))]);
  }
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const key of path) {
    if (!isCollection(node)) break;
    const item = node.items.find((it, i) => (isPair(it) ? isScalar(it.key) && it.key.value === key : i === key));
    if (item === undefined) break;
    node = isPair(item) ? item.value : item;
    // Point at the value when there is one (that is what is wrong), else at its key.
    const at = (isNode(node) ? node : isPair(item) ? item.key : null) as Node | null;
    offset = at?.range?.[0] ?? offset;
  }
  return offset;
}
