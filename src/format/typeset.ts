// 正文的排版细节，在文档树上做：起止范围（“2021—2023年”“0—3岁”）不在连接号前后断行，免得下一行以“—”开头；
// 标题后只有一行的段落与下文不分页，标题之下总有两行（标题不落在页末两行）。
// The narrative is a hast tree of text nodes (values included); ranges are wrapped in <span class="nobr">, which
// report.css sets white-space: nowrap; a one-line paragraph after a heading gets class keep-with-next, which
// report.css sets break-after: avoid. The tree is changed in place.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** A range of numbers with its dash and unit: 2021—2023年, 0—3岁, 5～10%. */
export const RANGE = /\d+(?:\.\d+)?[—～]\d+(?:\.\d+)?(?:年|岁|%|个百分点)?/g;

export function keepRangesTogether(tree: Root): Root {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (index === undefined || !parent || (parent.type === 'element' && (parent.tagName === 'svg' || (parent.properties.className as string[] | undefined)?.includes('nobr')))) return;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const m of node.value.matchAll(RANGE)) {
      if (m.index > at) parts.push({ type: 'text', value: node.value.slice(at, m.index) });
      parts.push({ type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value: m[0] }] } satisfies Element);
      at = m.index + m[0].length;
    }
    if (parts.length === 0) return;
    if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
    (parent.children as ElementContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  return tree;
}

const HEADING = /^h[2-6]$/;

/** The text of a node and its descendants. */
const textOf = (node: Root | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';

/**
 * Marks the paragraphs that follow a heading and fit on one line (`width` gives a paragraph's width with its
 * indent, to compare with `lineWidth`): a heading keeps its next block with it (break-after: avoid), but when that
 * block is one line, the heading would still sit in the last two lines of a page — so such a paragraph keeps the
 * block after it too.
 */
export function keepHeadingsWithTwoLines(tree: Root, width: (text: string) => number, lineWidth: number): Root {
  visit(tree, (node) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    const blocks = (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (!HEADING.test(b.tagName) || next?.tagName !== 'p' || width(textOf(next)) > lineWidth) return;
      next.properties.className = [...((next.properties.className as string[] | undefined) ?? []), 'keep-with-next'];
    });
  });
  return tree;
}
