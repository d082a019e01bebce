// 读取 YAML 文件并保留每个值的行列位置，使校验错误能指回用户的文件。
import { isCollection, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type Position } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { readInput } from './readInput.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[]): Position;
}

export async function readYaml(path: string, file: string): Promise<YamlSource> {
  return parseYaml(await readInput(path, file), file);
}

export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const p = lineCounter.linePos(e.pos[0]);
        return msg.yamlSyntax(file, { line: p.line, column: p.col }, e.message.split('\n')[0] ?? '');
      }),
    );
  }
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return {
    file,
    data: doc.toJS(),
    positionOf: (path) => toPos(offsetOf(doc, path)),
  };
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
