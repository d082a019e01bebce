// 正文 Markdown → 文档树（hast）：标题自动编号（一、（一）1.（1）），表格题注编号，表达式的值作为文本节点放入，
// 图表作为占位元素放入，原始 HTML 一律不输出。HTML 与其他输出格式都从这棵树生成，不再拼接字符串。
import type { Heading as MdHeading, Paragraph, Root as MdRoot, RootContent, Table, Text } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { DiagnosticBag, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { chineseNumeral, MAX_CHINESE_NUMERAL } from '../format/chinese.ts';
import { hasSlot, splitSlots, type Slot } from './slots.ts';

export interface HeadingRef {
  /** 1 = 一、 2 = （一） 3 = 1. 4 = （1） */
  level: number;
  number: string;
  text: string;
  id: string;
}

export interface TableRef {
  id: string;
  caption: string;
}

export interface Section {
  file: string;
  /** The chapter as a document tree; figures are `figure` elements with data-figure-key, filled in by assemble. */
  tree: HastRoot;
  headings: HeadingRef[];
  tables: TableRef[];
  /** The figures placed, in document order, with the number each one got. */
  figures: { key: string; number: number }[];
  /** Things the user should know that do not stop the build (raw HTML dropped). */
  warnings: Diagnostic[];
}

/** Counters shared by all content files, so numbering runs through the whole report. */
export class Numbering {
  private readonly counters = [0, 0, 0, 0];
  tables = 0;
  figures = 0;
  next(level: number): string {
    this.counters[level - 1]! += 1;
    for (let i = level; i < this.counters.length; i++) this.counters[i] = 0;
    const n = this.counters[level - 1]!;
    return level === 1 ? `${chineseNumeral(n)}、` : level === 2 ? `（${chineseNumeral(n)}）` : level === 3 ? `${n}.` : `（${n}）`;
  }
  /** True when the next heading of `level` would need a Chinese numeral past 九百九十九 (levels 1 and 2). */
  full(level: number): boolean {
    return level <= 2 && this.counters[level - 1]! >= MAX_CHINESE_NUMERAL;
  }
  path(level: number): string {
    return this.counters.slice(0, level).join('-');
  }
}

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）])/;
const CAPTION = /^表[：:]\s*/;

/** How a cross-reference reads once everything is numbered (“图2”“附件3”). */
export type RefText = (slot: Extract<Slot, { kind: 'ref' }>) => string;

/**
 * Builds the tree of one content file from its Markdown with expression placeholders (`slots`). Values enter
 * as text nodes and are never parsed as Markdown; a figure must be a paragraph of its own.
 */
export function renderSection(file: string, markdown: string, slots: Slot[], numbering: Numbering, refText: RefText): Section {
  const bag = new DiagnosticBag();
  const warnings: Diagnostic[] = [];
  const headings: HeadingRef[] = [];
  const tables: TableRef[] = [];
  const figures: Section['figures'] = [];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdRoot;
  const line = (node: { position?: { start: { line: number; column: number } } }) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

  // What Markdown can say but a 公文 cannot: footnotes and images stop the build, raw HTML is dropped with a warning.
  visit(tree, (node) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') bag.add(msg.footnoteUnsupported(file, line(node)));
    else if (node.type === 'image' || node.type === 'imageReference') bag.add(msg.imageUnsupported(file, line(node)));
    // Comments are the writers' notes to each other: dropped without a word.
    else if (node.type === 'html' && !/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) warnings.push(msg.rawHtmlDropped(file, line(node)));
    else if (node.type === 'code' && splitSlots(node.value).some((p) => typeof p === 'number')) bag.add(msg.figureInCode(file, line(node)));
  });

  // An inline <script> or <style> leaves the text between its tags as ordinary text (only the tags are HTML to
  // Markdown): that is code, not prose, and is dropped with its tags.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    let inside: string | undefined;
    node.children = (node.children as RootContent[]).filter((child) => {
      const html = child.type === 'html' ? child.value : undefined;
      if (inside !== undefined) {
        if (html !== undefined && new RegExp(`</${inside}\\s*>`, 'i').test(html)) inside = undefined;
        return child.type === 'html';
      }
      const open = html === undefined ? null : /^<(script|style|textarea|template)\b[^>]*>/i.exec(html);
      if (open && !new RegExp(`</${open[1]}\\s*>`, 'i').test(html!)) inside = open[1]!;
      return true;
    }) as typeof node.children;
  });

  // Figures: a paragraph that is exactly one figure placeholder becomes a figure element.
  tree.children = tree.children.map((node): RootContent => {
    const only = node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text' ? splitSlots(node.children[0]!.value.trim()) : [];
    const slot = only.length === 1 && typeof only[0] === 'number' ? slots[only[0]] : undefined;
    if (slot?.kind !== 'figure') return node;
    numbering.figures += 1;
    figures.push({ key: slot.key, number: numbering.figures });
    return {
      type: 'paragraph',
      children: [],
      data: { hName: 'figure', hProperties: { className: ['chart'], id: `figure-${numbering.figures}`, dataFigureKey: slot.key, dataFigureNumber: numbering.figures } },
    } satisfies Paragraph;
  });

  // Every other placeholder is a value or a reference: it becomes plain text; a figure left here is misplaced.
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    if (!hasSlot(node.value)) return;
    node.value = splitSlots(node.value)
      .map((part) => {
        if (typeof part === 'string') return part;
        const slot = slots[part]!;
        if (slot.kind === 'text') return slot.text;
        if (slot.kind === 'ref') return refText(slot);
        bag.add(msg.figurePlacement(file, slot.position, slot.key));
        return '';
      })
      .join('');
  });
  // A placeholder anywhere else (a link address, a title) was not written where words go.
  visit(tree, (node) => {
    for (const value of Object.values(node)) {
      if (typeof value === 'string' && hasSlot(value)) {
        bag.add(msg.exprUnsupported(file, line(node), '链接地址或标题属性中的表达式'));
        return SKIP;
      }
    }
    return undefined;
  });

  visit(tree, 'heading', (node: MdHeading) => {
    const text = toString(node).trim();
    if (NUMBERED.test(text)) bag.add(msg.headingNumbered(file, line(node), text));
    // 公文 headings have four levels; a deeper one is set as a plain paragraph so it stays out of the outline.
    if (node.depth > 4) {
      node.data = { hName: 'p', hProperties: { className: ['minor-heading'] } };
      return;
    }
    if (numbering.full(node.depth)) {
      bag.add(msg.headingCount(file, line(node), node.depth, MAX_CHINESE_NUMERAL));
      return;
    }
    const number = numbering.next(node.depth);
    const id = `h-${numbering.path(node.depth)}`;
    headings.push({ level: node.depth, number, text, id });
    // The report title is the page's h1, so Markdown's # becomes h2 (一、), ## h3 (（一）) and so on.
    node.data = { hName: `h${node.depth + 1}`, hProperties: { id } };
    node.children.unshift({ type: 'text', value: number } satisfies Text);
  });

  // A paragraph “表：标题” directly above a table becomes the table's numbered caption.
  const body = tree.children;
  for (let i = 1; i < body.length; i++) {
    const table = body[i];
    const prev = body[i - 1];
    if (table?.type !== 'table' || prev?.type !== 'paragraph' || !CAPTION.test(toString(prev))) continue;
    numbering.tables += 1;
    const caption = `表${numbering.tables} ${toString(prev).replace(CAPTION, '')}`;
    const id = `table-${numbering.tables}`;
    tables.push({ id, caption });
    (prev as Paragraph).data = { hName: 'p', hProperties: { className: ['table-caption'], id } };
    (prev as Paragraph).children = [{ type: 'text', value: caption }];
    (table as Table).data = { hProperties: { className: ['content-table'] } };
  }

  bag.throwIfAny();
  // Raw HTML never reaches the tree (toHast drops it); sanitising still strips unsafe link protocols.
  const hast = sanitize(toHast(tree) as HastRoot, SCHEMA) as HastRoot;
  return { file, tree: hast, headings, tables, figures, warnings };
}

/** One Markdown text without expressions, as HTML (tests and small fragments). */
export function renderMarkdown(file: string, markdown: string, numbering: Numbering): Omit<Section, 'tree'> & { html: string } {
  const { tree, ...rest } = renderSection(file, markdown, [], numbering, () => '');
  return { ...rest, html: toHtml(tree) };
}

const SCHEMA: Schema = {
  ...defaultSchema,
  // Ids come from our numbering, not from content (content cannot write attributes), so they keep their names.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className'],
    figure: ['dataFigureKey', 'dataFigureNumber'],
  },
};
