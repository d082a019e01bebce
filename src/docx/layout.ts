// Word 版式：与 PDF 同一套 GB/T 9704 数字——A4，天头 37mm、订口 28mm，版心 156×225mm，3号仿宋，22 行 × 28 字，
// 页码“— N —”单页居右、双页居左、一字线距版心下边缘 7mm。样式用 Word 的命名样式，领导改稿时样式随之保留。
import { AlignmentType, DocumentGridType, LineRuleType, type IStylesOptions } from 'docx';

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
/** Half-points, the unit of run sizes. */
export const pt = (v: number) => Math.round(v * 2);

export const A4 = { width: mm(210), height: mm(297) };
/** Portrait margins of an odd page; Word mirrors them on even pages (mirrorMargins). */
export const MARGINS = { top: mm(37), bottom: mm(35), inside: mm(28), outside: mm(26) };
/** The footer's text bottom: the page number's top sits 7 mm below the 版心 (35 mm − 7 mm − one 4号 line). */
export const FOOTER = mm(35 - 7 - 5);
/** 28.9 pt: 22 lines in the 225 mm 版心. */
export const LINE = 578;
/**
 * The document grid: 22 lines a page. The 28 characters a line come from the body style's character spacing
 * (−0.2 pt: a 156 mm line holds 28 characters of 15.79 pt), not from a character grid, which LibreOffice and WPS
 * read differently from Word (measured: LibreOffice spread each character over two cells).
 */
export const GRID = { type: DocumentGridType.LINES, linePitch: LINE };
/** −0.2 pt, in twentieths of a point. */
export const TRACKING = -4;

/**
 * Font names as the machines of a 政府 office have them; the free stand-ins of the PDF are named second, so a
 * machine without the office fonts still shows the right kind of face.
 */
export const FONTS = {
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  xiaobiaosong: '方正小标宋简体',
  songti: '宋体',
} as const;
export const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** Named styles: 正文, the four heading levels, the title, captions and table text. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONTS.fangsong), size: pt(16) },
      paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED },
    },
  },
  paragraphStyles: [
    { id: 'Normal', name: 'Normal', run: { font: font(FONTS.fangsong), size: pt(16), characterSpacing: TRACKING }, paragraph: { indent: { firstLine: pt(16) * 20 }, spacing: { line: LINE, lineRule: LineRuleType.EXACT } } },
    heading('Heading1', 'heading 1', FONTS.heiti, 0),
    heading('Heading2', 'heading 2', FONTS.kaiti, 1),
    heading('Heading3', 'heading 3', FONTS.fangsong, 2),
    heading('Heading4', 'heading 4', FONTS.fangsong, 3),
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.xiaobiaosong), size: pt(22) },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: mm(12), lineRule: LineRuleType.EXACT, after: LINE } },
    },
    plain('TitleBlock', '标题下说明', FONTS.kaiti, 16, AlignmentType.CENTER),
    plain('AppendixLabel', '附件标识', FONTS.heiti, 16, AlignmentType.LEFT),
    { ...plain('AppendixTitle', '附件标题', FONTS.xiaobiaosong, 18, AlignmentType.CENTER), paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: 160 } } },
    plain('Caption', '图表题注', FONTS.heiti, 12, AlignmentType.CENTER),
    { ...plain('TableText', '表格文字', FONTS.fangsong, 10.5, AlignmentType.LEFT), paragraph: { indent: { firstLine: 0 }, spacing: { line: 300, lineRule: LineRuleType.AUTO } } },
    { ...plain('TableNote', '表注', FONTS.fangsong, 10.5, AlignmentType.LEFT), paragraph: { indent: { firstLine: 0 }, spacing: { line: 300, lineRule: LineRuleType.AUTO } } },
    plain('Signature', '署名', FONTS.fangsong, 16, AlignmentType.RIGHT),
    { ...plain('Figure', '图', FONTS.fangsong, 16, AlignmentType.CENTER), paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, spacing: { line: 240, lineRule: LineRuleType.AUTO } } },
  ],
};

/**
 * Styles whose lines keep their own height instead of snapping to the body's 28.9 pt grid: table text, notes,
 * captions and figures would otherwise take a full body line each.
 */
export const OFF_GRID_STYLES = ['TableText', 'TableNote', 'Caption', 'Figure'];

/** A named paragraph style on top of 正文 (Normal). */
function style(id: string, name: string, family: string, size: number, paragraph: Record<string, unknown>) {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: font(family), size: pt(size), bold: false }, paragraph };
}

/** 一、（一）1.（1）: 3号, indented two characters like the body, kept with the next paragraph, in the outline. */
function heading(id: string, name: string, family: string, level: number) {
  return style(id, name, family, 16, { outlineLevel: level, keepNext: true, keepLines: true, indent: { firstLine: pt(16) * 20 } });
}

function plain(id: string, name: string, family: string, size: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return style(id, name, family, size, { alignment, indent: { firstLine: 0 } });
}
