// Word 输出：报告模型 → .docx（与 PDF 同一个模型、同一棵正文树，是流程的另一个最后阶段，不是第二条流程）。
// 人大审议稿：标题、会议与报告人、称谓、开头语、正文、附件说明、署名和成文日期，再是各附件；内部稿：封面、目录（Word 目录域，
// 打开时更新页码）、正文、附件。封面与目录不编页码，正文从第 1 页起。
import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TableOfContents,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ReportModel } from '../assemble/model.ts';
import { appendixSection } from './appendices.ts';
import { A4, FONTS, FOOTER, GRID, MARGINS, OFF_GRID_STYLES, STYLES, font, mm, pt } from './layout.ts';
import { blocksOf, type Block } from './tree.ts';

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const numbered = { footers: pageNumberFooters(), headers: illustrativeHeaders(model) };
  const unnumbered = { footers: { default: new Footer({ children: [] }), even: new Footer({ children: [] }) }, headers: illustrativeHeaders(model) };
  const body = await blocksOf(model.body);
  const sections: ISectionOptions[] = [];
  if (model.format === 'internal') {
    sections.push({ properties: portrait(), ...unnumbered, children: cover(model) });
    sections.push({ properties: { ...portrait(), type: SectionType.ODD_PAGE }, ...unnumbered, children: toc() });
    sections.push({ properties: { ...portrait(), type: SectionType.ODD_PAGE, page: { ...portrait().page, pageNumbers: { start: 1 } } }, ...numbered, children: [title(model), ...body] });
  } else {
    sections.push({ properties: { ...portrait(), page: { ...portrait().page, pageNumbers: { start: 1 } } }, ...numbered, children: [title(model), ...titleBlock(model), ...body, ...closing(model)] });
  }
  for (const a of model.appendices) {
    const s = appendixSection(a);
    sections.push({ properties: { ...(s.landscape ? landscape() : portrait()), type: SectionType.NEXT_PAGE }, ...numbered, children: s.blocks });
  }
  const doc = new Document({
    creator: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(', '),
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    features: { updateFields: model.format === 'internal' },
    sections,
  });
  return finish(await Packer.toBuffer(doc));
}

/** A4 portrait with the GB/T 9704 margins (odd page: inside 28 mm on the left) and the 22 × 28 grid. */
function portrait() {
  return {
    page: {
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
      margin: { top: MARGINS.top, bottom: MARGINS.bottom, left: MARGINS.inside, right: MARGINS.outside, footer: FOOTER, header: mm(20) },
    },
    grid: GRID,
  };
}

/** A4 landscape for the wide 附件 table; the page number stays where it is in the bound document. */
function landscape() {
  return {
    page: {
      // docx swaps width and height for a landscape orientation itself.
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
      margin: { top: mm(28), bottom: mm(30), left: mm(37), right: mm(35), footer: mm(18), header: mm(12) },
    },
  };
}

/** “— N —” in 4号宋体, outside: right on odd pages, left on even pages, one character in. */
function pageNumberFooters() {
  const number = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent: alignment === AlignmentType.RIGHT ? { right: pt(14) * 10, firstLine: 0 } : { left: pt(14) * 10, firstLine: 0 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.songti), size: pt(14) })],
        }),
      ],
    });
  return { default: number(AlignmentType.RIGHT), even: number(AlignmentType.LEFT) };
}

/** What is illustrative is marked on every page, in the words of the PDF's mark. */
function illustrativeHeaders(model: ReportModel) {
  if (!model.meta.illustrative) return { default: new Header({ children: [] }), even: new Header({ children: [] }) };
  const mark = () => new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: [new TextRun({ text: model.meta.illustrativeMark, color: 'C00000', size: pt(12), font: font(FONTS.songti) })] })] });
  return { default: mark(), even: mark() };
}

function notice(model: ReportModel): Paragraph[] {
  if (!model.meta.illustrative) return [];
  const border = { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 };
  return [
    new Paragraph({
      border: { top: border, bottom: border, left: border, right: border },
      indent: { firstLine: 0 },
      children: [new TextRun({ text: '示例数据说明　', color: 'C00000', font: font(FONTS.heiti), size: pt(12) }), new TextRun({ text: model.meta.illustrativeNotes.join(''), color: 'C00000', size: pt(12) })],
    }),
  ];
}

function title(model: ReportModel): Paragraph {
  return new Paragraph({ style: 'Title', children: [new TextRun(model.meta.title)] });
}

function titleBlock(model: ReportModel): Block[] {
  const tb = model.titleBlock;
  if (!tb) return [];
  return [
    new Paragraph({ style: 'TitleBlock', children: [new TextRun(tb.occasion)] }),
    new Paragraph({ style: 'TitleBlock', children: [new TextRun(tb.presenter)] }),
    ...notice(model),
    new Paragraph({ indent: { firstLine: 0 }, children: [new TextRun(tb.salutation)] }),
    new Paragraph({ children: [new TextRun(tb.opening)] }),
  ];
}

/** GB/T 9704 7.3.3 and 7.3.5.2: 附件说明 under the text, then 署名 (right, two characters in) and 成文日期. */
function closing(model: ReportModel): Block[] {
  const c = model.closing;
  if (!c) return [];
  const blank = () => new Paragraph({ children: [] });
  return [
    blank(),
    ...c.appendices.map((a, i) => new Paragraph({ indent: i === 0 ? { firstLine: pt(16) * 20 } : { left: pt(16) * 20 * 5, firstLine: 0 }, children: [new TextRun(i === 0 ? `附件：${a}` : a)] })),
    blank(),
    new Paragraph({ style: 'Signature', indent: { right: pt(16) * 20 * 2, firstLine: 0 }, children: [new TextRun(c.author)] }),
    new Paragraph({ style: 'Signature', indent: { right: pt(16) * 20 * 2, firstLine: 0 }, children: [new TextRun(c.date)] }),
  ];
}

function cover(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: mm(40) }, style: 'Title', children: [new TextRun(model.meta.title)] }),
    ...notice(model),
    new Paragraph({ spacing: { before: mm(90) }, alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: [new TextRun({ text: model.meta.author, font: font(FONTS.kaiti) })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: [new TextRun({ text: model.meta.dateText, font: font(FONTS.kaiti) })] }),
  ];
}

/** A real Word 目录 field over heading levels 1–2 (一、 and （一）); Word fills in the pages when it opens. */
function toc(): (Paragraph | TableOfContents)[] {
  return [new Paragraph({ style: 'Title', children: [new TextRun('目　录')] }), new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' })];
}

/**
 * Two settings the docx library cannot write: odd and even pages mirror their margins (订口 on the inside), and
 * the off-grid styles do not snap to the line grid (w:snapToGrid, placed before w:spacing as the schema orders it).
 */
async function finish(docx: Uint8Array | Buffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const settings = await zip.file('word/settings.xml')!.async('string');
  zip.file('word/settings.xml', settings.includes('<w:mirrorMargins') ? settings : settings.replace(/(<w:settings[^>]*>)/, '$1<w:mirrorMargins/>'));
  let styles = await zip.file('word/styles.xml')!.async('string');
  for (const id of OFF_GRID_STYLES) {
    styles = styles.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<w:pPr>)([\\s\\S]*?)(<w:spacing|<w:ind|<w:jc|</w:pPr>)`), '$1$2<w:snapToGrid w:val="0"/>$3');
  }
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
