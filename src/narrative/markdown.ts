// 正文 Markdown → HTML 片段：标题自动编号（一、（一）1.（1）），表格题注编号，原始 HTML 一律不予执行。
import type { Heading as MdHeading, Root as MdRoot, Paragraph, Table, Text } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { chineseNumeral } from '../format/chinese.ts';

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
  html: string;
  headings: HeadingRef[];
  tables: TableRef[];
}

/** Counters shared by all content files, so numbering runs through the whole report. */
export class Numbering {
  private readonly counters = [0, 0, 0, 0];
  tables = 0;
  next(level: number): string {
    this.counters[level - 1]! += 1;
    for (let i = level; i < this.counters.length; i++) this.counters[i] = 0;
    const n = this.counters[level - 1]!;
    return level === 1 ? `${chineseNumeral(n)}、` : level === 2 ? `（${chineseNumeral(n)}）` : level === 3 ? `${n}.` : `（${n}）`;
  }
  path(level: number): string {
    return this.counters.slice(0, level).join('-');
  }
}

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）])/;
const CAPTION = /^表[：:]\s*/;

/** Renders one content file (after its expressions were expanded). */
export function renderMarkdown(file: string, markdown: string, numbering: Numbering): Section {
  const bag = new DiagnosticBag();
  const headings: HeadingRef[] = [];
  const tables: TableRef[] = [];

  const numberHeadings = () => (tree: MdRoot) => {
    visit(tree, 'heading', (node: MdHeading) => {
      const text = toString(node).trim();
      if (NUMBERED.test(text)) bag.add(msg.headingNumbered(file, { line: node.position?.start.line ?? 1 }, text));
      // 公文 headings have four levels; a deeper one is set as a plain paragraph so it stays out of the outline.
      if (node.depth > 4) {
        node.data = { hName: 'p', hProperties: { className: ['minor-heading'] } };
        return;
      }
      const number = numbering.next(node.depth);
      const id = `h-${numbering.path(node.depth)}`;
      headings.push({ level: node.depth, number, text, id });
      // The report title is the page's h1, so Markdown's # becomes h2 (一、), ## h3 (（一）) and so on.
      node.data = { hName: `h${node.depth + 1}`, hProperties: { id } };
      node.children.unshift({ type: 'text', value: number } satisfies Text);
    });
  };

  // A paragraph “表：标题” directly above a table becomes the table's numbered caption.
  const captionTables = () => (tree: MdRoot) => {
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
  };

  // Sanitising drops raw HTML, scripts and event handlers, and prefixes ids; our own ids are restored after it.
  const restoreIds = () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id === 'string') node.properties.id = id.replace(/^user-content-/, '');
    });
  };

  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(numberHeadings)
      .use(captionTables)
      .use(remarkRehype)
      .use(rehypeSanitize, SANITIZE_SCHEMA)
      .use(restoreIds)
      .use(rehypeStringify)
      .processSync(markdown),
  );
  bag.throwIfAny();
  return { file, html, headings, tables };
}

const SANITIZE_SCHEMA = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className', 'dataLevel'],
  },
};
