// 正文文档树（hast）→ Word 段落、表格与图：与 HTML 同出一棵树，标题用命名样式，图表栅格化为印刷分辨率的图片。
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { canvas } from '../format/canvas.ts';
import { FONTS, font, mm } from './layout.ts';

export type Block = Paragraph | Table;

const HEADINGS: Record<string, string> = { h2: 'Heading1', h3: 'Heading2', h4: 'Heading3', h5: 'Heading4' };
/** The 版心 width in CSS px (96/in): charts wider than this are scaled to it. */
const TEXT_WIDTH_PX = (156 / 25.4) * 96;
/** Charts are drawn at this multiple of their CSS size: about 290 dpi, print resolution. */
const RASTER_SCALE = 3;

/**
 * The blocks of the body tree, in order. Made side by side: the figures are rasterized and PNG-encoded off the main
 * thread (encode, in libuv's thread pool), so the six figures of a report take both cores instead of one after another.
 */
export async function blocksOf(tree: Root): Promise<Block[]> {
  return (await Promise.all(tree.children.map(block))).flat();
}

async function block(node: RootContent | ElementContent): Promise<Block[]> {
  if (node.type === 'text') return node.value.trim() === '' ? [] : [new Paragraph({ children: [new TextRun(node.value)] })];
  if (node.type !== 'element') return [];
  const cls = classes(node);
  const heading = HEADINGS[node.tagName];
  if (heading) return [new Paragraph({ style: heading, children: runs(node.children) })];
  switch (node.tagName) {
    case 'p':
      if (cls.includes('table-caption')) return [new Paragraph({ style: 'Caption', keepNext: true, children: runs(node.children) })];
      return [new Paragraph({ children: runs(node.children) })];
    case 'figure':
      return figure(node);
    case 'table':
      return [table(node)];
    case 'ul':
    case 'ol':
      return list(node, node.tagName === 'ol');
    case 'blockquote': {
      const inner = await Promise.all(node.children.map(block));
      return inner.flat();
    }
    case 'hr':
      return [];
    default: {
      const inner = await Promise.all(node.children.map(block));
      return inner.flat();
    }
  }
}

/** Inline content: text as written; 强调 in 黑体 and 楷体 as on the PDF (the free faces have no bold or italic). */
export function runs(children: ElementContent[], style: { family?: string } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const c of children) {
    if (c.type === 'text') out.push(new TextRun({ text: c.value, ...(style.family ? { font: font(style.family) } : {}) }));
    else if (c.type === 'element') {
      if (c.tagName === 'br') out.push(new TextRun({ break: 1 }));
      else if (c.tagName === 'strong') out.push(...runs(c.children, { family: FONTS.heiti }));
      else if (c.tagName === 'em') out.push(...runs(c.children, { family: FONTS.kaiti }));
      else out.push(...runs(c.children, style));
    }
  }
  return out;
}

function list(node: Element, ordered: boolean): Paragraph[] {
  const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.map(
    (li, i) =>
      new Paragraph({
        indent: { left: mm(11), hanging: mm(6), firstLine: 0 },
        children: [new TextRun(ordered ? `${i + 1}. ` : '· '), ...runs(li.children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c])))],
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A GFM table of the narrative: header rows repeat on every page. */
function table(node: Element): Table {
  const rows: TableRow[] = [];
  const walk = (el: Element, header: boolean) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'thead') walk(c, true);
      else if (c.tagName === 'tbody') walk(c, false);
      else if (c.tagName === 'tr') {
        const cells = c.children.filter((x): x is Element => x.type === 'element' && (x.tagName === 'td' || x.tagName === 'th'));
        rows.push(
          new TableRow({
            tableHeader: header,
            cantSplit: true,
            children: cells.map((cell) => new TableCell({ borders: CELL_BORDERS, children: [new Paragraph({ style: 'TableText', alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs(cell.children, header ? { family: FONTS.heiti } : {}) })] })),
          }),
        );
      }
    }
  };
  walk(node, false);
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** A chart: its own SVG drawn at print resolution, then the numbered caption. */
async function figure(node: Element): Promise<Block[]> {
  const raw = node.children.find((c) => (c as { type: string }).type === 'raw') as { value: string } | undefined;
  const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  const out: Block[] = [];
  if (raw) {
    const png = await rasterize(raw.value);
    const scale = Math.min(1, TEXT_WIDTH_PX / png.width);
    out.push(
      new Paragraph({
        style: 'Figure',
        children: [new ImageRun({ type: 'png', data: png.data, transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) } })],
      }),
    );
  }
  if (caption) out.push(new Paragraph({ style: 'Caption', children: [new TextRun(toString(caption))] }));
  return out;
}

/** The SVG as PNG at RASTER_SCALE, with its CSS size (px) for the layout. */
export async function rasterize(svg: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { createCanvas, loadImage } = canvas();
  const image = await loadImage(Buffer.from(svg));
  const raster = createCanvas(Math.ceil(image.width * RASTER_SCALE), Math.ceil(image.height * RASTER_SCALE));
  const ctx = raster.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, raster.width, raster.height);
  ctx.drawImage(image, 0, 0, raster.width, raster.height);
  return { data: await raster.encode('png'), width: image.width, height: image.height };
}

function classes(node: Element): string[] {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? String(c).split(' ') : [];
}
