// 附件：与 PDF 同一份附件数据（主要指标表横排，各附件另起一节），表头在每页重复。
import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { AdjustmentTable, Appendix, CompletionTable, IndicatorTable, ProjectTable, SourceList } from '../assemble/model.ts';
import type { MethodNote } from '../assemble/method.ts';
import { FONTS, font, mm, pt } from './layout.ts';
import { CELL_BORDERS, type Block } from './tree.ts';

/** Landscape 版心 width of 附件1 (297 − 37 − 35 mm) and the portrait one (156 mm). */
export const WIDE_TEXT = mm(225);
const TEXT = mm(156);

export interface AppendixSection {
  landscape: boolean;
  blocks: Block[];
}

export function appendixSection(a: Appendix): AppendixSection {
  const head = [new Paragraph({ style: 'AppendixLabel', children: [new TextRun(a.label)] }), new Paragraph({ style: 'AppendixTitle', children: [new TextRun(a.title)] })];
  switch (a.partial) {
    case 'appendix-indicators':
      return { landscape: true, blocks: [...head, meta(`评估时点：${a.table.pointLabel}　序时进度：${a.table.schedule}　判定规则见“评估方法说明”`), indicatorTable(a.table), ...notes(a.table.notes)] };
    case 'appendix-completion':
      return { landscape: true, blocks: [...head, meta('完成情况按规划期末（序时进度100%）判定：目标达到为完成，未达到为未完成；判定规则见“评估方法说明”'), completionTable(a.completion), ...notes(a.completion.notes)] };
    case 'appendix-adjustments':
      return { landscape: true, blocks: [...head, meta(`评估时点：${a.adjustments.pointLabel}　评估状态的判定规则见“评估方法说明”`), adjustmentTable(a.adjustments), ...notes(a.adjustments.notes)] };
    case 'appendix-projects':
      return { landscape: a.projects.wide, blocks: [...head, meta(`评估时点：${a.projects.pointLabel}　${a.projects.counts}`), projectTable(a.projects), ...notes(a.projects.notes)] };
    case 'appendix-sources':
      return { landscape: false, blocks: [...head, new Paragraph({ children: [new TextRun(a.sources.registry)] }), sourceTable(a.sources)] };
    case 'appendix-method':
      return { landscape: false, blocks: [...head, ...method(a.method)] };
  }
}

const meta = (text: string) => new Paragraph({ style: 'TableNote', alignment: AlignmentType.RIGHT, children: [new TextRun(text)] });
const notes = (list: string[]) => list.map((n) => new Paragraph({ style: 'TableNote', children: [new TextRun(n)] }));

interface CellSpec {
  text: string;
  header?: boolean;
  span?: number;
  rows?: number;
  align?: 'left' | 'center' | 'right';
  family?: string;
  /** Type size in pt (the table's own when absent) — the sizes of the PDF's stylesheet. */
  size?: number;
}

/** Type size and exact line height (pt) of a table's text, as in the PDF's stylesheet. */
interface TableType {
  size: number;
  line: number;
}
const INDICATOR_TYPE: TableType = { size: 10, line: 13 };
const PROJECT_TYPE: TableType = { size: 10.5, line: 14 };
const METHOD_TYPE: TableType = { size: 12, line: 18 };

/** A cell in a table of type `t`; a cell of another size keeps the table's line-to-size ratio. */
const cellIn = (t: TableType) => (c: CellSpec) => cell(c, t);

function cell(c: CellSpec, t: TableType): TableCell {
  const size = c.size ?? t.size;
  const line = Math.round(size * (t.line / t.size) * 20);
  return new TableCell({
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 50, right: 50, top: 30, bottom: 30 },
    ...(c.span ? { columnSpan: c.span } : {}),
    ...(c.rows ? { rowSpan: c.rows } : {}),
    children: c.text.split('\n').map(
      (text) =>
        new Paragraph({
          style: 'TableText',
          spacing: { line, lineRule: LineRuleType.EXACT },
          alignment: c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' || c.header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text, size: pt(size), ...(c.header || c.family ? { font: font(c.family ?? FONTS.heiti) } : {}) })],
        }),
    ),
  });
}

function grid(widthsMm: number[], total: number): number[] {
  const sum = widthsMm.reduce((a, b) => a + b, 0);
  return widthsMm.map((w) => Math.round((w / sum) * total));
}

function dataTable(t: TableType, widths: number[], header: CellSpec[], body: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell({ ...h, header: true }, t)) }), ...body],
  });
}

/** 附件1: one row of figures and one of 判定依据 per indicator, grouped by 类别. */
function indicatorTable(t: IndicatorTable): Table {
  const cell = cellIn(INDICATOR_TYPE);
  const widths = grid([20, 98, 34, 38, 50, ...t.years.map(() => 38), 32, 32, 46, 46, 38, 46, 46], WIDE_TEXT);
  const header: CellSpec[] = [
    { text: '序号' },
    { text: '指标名称（单位）' },
    { text: '属性' },
    { text: `${t.baseYear}年\n基期值` },
    { text: `${t.endYear}年\n目标` },
    ...t.years.map((y) => ({ text: `${y}年` })),
    { text: '序时\n进度' },
    { text: '完成\n进度' },
    { text: '状态' },
    { text: '实际年均\n变化' },
    { text: `${t.endYear}年\n预测值` },
    { text: '尚需年均\n变化' },
    { text: '目标年\n预判' },
  ];
  const rows = groupedRows(t.groups, t.columnCount, cell, (r) => [
    { text: r.target, align: 'right' },
    ...r.values.map((v): CellSpec => ({ text: `${v.text}${v.illustrative ? '*' : ''}`, align: 'right' })),
    { text: r.schedule, align: 'right' },
    { text: r.progress, align: 'right' },
    { text: r.status, align: 'center' },
    { text: r.averageChange, align: 'right' },
    { text: r.projected, align: 'right' },
    { text: r.required, align: 'right' },
    { text: r.outlook, align: 'center' },
  ], (r) => `判定依据：${r.explanation}${r.outlookExplanation ? `　预判依据：${r.outlookExplanation}` : ''}`);
  return dataTable(INDICATOR_TYPE, widths, header, rows);
}

/**
 * Rows of an indicator table grouped by 类别: a group row, then for each indicator its number, name, 属性 and
 * 基期 with the table's own `figures`, and under them the sentence that explains the status.
 */
function groupedRows<R extends { no: number; name: string; attribute: string; base: string }>(
  groups: { label: string; rows: R[] }[],
  columnCount: number,
  cell: (c: CellSpec) => TableCell,
  figures: (r: R) => CellSpec[],
  why: (r: R) => string,
): TableRow[] {
  return groups.flatMap((g) => [
    new TableRow({ cantSplit: true, children: [cell({ text: g.label, span: columnCount, family: FONTS.heiti })] }),
    ...g.rows.flatMap((r) => [
      new TableRow({
        cantSplit: true,
        children: [cell({ text: String(r.no), rows: 2, align: 'center' }), cell({ text: r.name }), cell({ text: r.attribute, align: 'center' }), cell({ text: r.base, align: 'right' }), ...figures(r).map(cell)],
      }),
      new TableRow({ cantSplit: true, children: [cell({ text: why(r), span: columnCount - 1, size: 9 })] }),
    ]),
  ]);
}

/** 总结评估: 基期 → 目标 → 期末实际 and 完成/未完成, with the 判定依据 under each indicator. */
function completionTable(t: CompletionTable): Table {
  const cell = cellIn(INDICATOR_TYPE);
  const widths = grid([20, 150, 40, 60, 80, 80, 60], WIDE_TEXT);
  const header: CellSpec[] = [{ text: '序号' }, { text: '指标名称（单位）' }, { text: '属性' }, { text: `${t.baseYear}年\n基期值` }, { text: `${t.endYear}年\n目标` }, { text: `${t.endYear}年\n实际` }, { text: '完成情况' }];
  const rows = groupedRows(t.groups, t.columnCount, cell, (r) => [
    { text: r.target, align: 'right' },
    { text: `${r.actual.text}${r.actual.illustrative ? '*' : ''}`, align: 'right' },
    { text: r.status, align: 'center' },
  ], (r) => `判定依据：${r.explanation}${r.outlook ? `　${t.endYear}年预判：${r.outlook}` : ''}`);
  return dataTable(INDICATOR_TYPE, widths, header, rows);
}

/** 规划调整方案: the plan's target and the proposed one, the reason, and the evaluation behind it. */
function adjustmentTable(t: AdjustmentTable): Table {
  const cell = cellIn(INDICATOR_TYPE);
  const widths = grid([20, 110, 34, 44, 60, 60, 46, 150], WIDE_TEXT);
  const header: CellSpec[] = [{ text: '序号' }, { text: '指标名称（单位）' }, { text: '属性' }, { text: '基期值' }, { text: '规划目标' }, { text: '建议调整为' }, { text: '评估状态' }, { text: '调整理由' }];
  const rows = t.rows.flatMap((r) => [
    new TableRow({
      cantSplit: true,
      children: [
        cell({ text: String(r.no), rows: 2, align: 'center' }),
        cell({ text: r.name }),
        cell({ text: r.attribute, align: 'center' }),
        cell({ text: r.base, align: 'right' }),
        cell({ text: r.planned, align: 'right' }),
        cell({ text: `${r.proposed}${r.illustrative ? '（示例）' : ''}`, align: 'right' }),
        cell({ text: r.status, align: 'center' }),
        cell({ text: r.reason }),
      ],
    }),
    new TableRow({
      cantSplit: true,
      children: [
        cell({
          text: `判定依据：${r.explanation}${r.outlook ? `　目标年预判：${r.outlook}` : ''}${r.evidence ? `　其他依据：${r.evidence}` : ''}${r.procedure ? `　法定程序：${r.procedure}` : ''}`,
          span: 7,
          size: 9,
        }),
      ],
    }),
  ]);
  return dataTable(INDICATOR_TYPE, widths, header, rows);
}

function projectTable(p: ProjectTable): Table {
  const cell = cellIn(PROJECT_TYPE);
  const widths = grid([24, 104, 60, ...p.years.map(() => 46), 52, 64], p.wide ? WIDE_TEXT : TEXT);
  const header: CellSpec[] = [{ text: '序号' }, { text: '项目名称' }, { text: '责任单位' }, ...p.years.map((y) => ({ text: `${y}年` })), { text: '累计完成\n投资（亿元）' }, { text: '进展说明' }];
  const rows: TableRow[] = [];
  for (const g of p.groups) {
    rows.push(new TableRow({ cantSplit: true, children: [cell({ text: g.label, span: p.columnCount, family: FONTS.heiti })] }));
    for (const r of g.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell({ text: String(r.no), align: 'center' }),
            cell({ text: r.title }),
            cell({ text: r.responsible }),
            ...r.statuses.map((s) => cell({ text: `${s.text}${s.illustrative ? '*' : ''}`, align: 'center' })),
            cell({ text: r.investment, align: 'right' }),
            cell({ text: r.note, size: 9 }),
          ],
        }),
      );
    }
  }
  return dataTable(PROJECT_TYPE, widths, header, rows);
}

function sourceTable(s: SourceList): Table {
  const cell = cellIn(METHOD_TYPE);
  const rows = s.rows.map((r) => new TableRow({ cantSplit: true, children: [cell({ text: r.source, family: FONTS.heiti }), cell({ text: r.supplied })] }));
  return dataTable(METHOD_TYPE, grid([50, 106], TEXT), [{ text: '数据来源' }, { text: '提供的数据' }], rows);
}

function method(m: MethodNote): Block[] {
  const cell = cellIn(METHOD_TYPE);
  const heading = (text: string) => new Paragraph({ style: 'Heading2', children: [new TextRun(text)] });
  const two = (pairs: [string, string][], head?: [string, string]) => {
    const rows = pairs.map(([a, b]) => new TableRow({ cantSplit: true, children: [cell({ text: a, family: FONTS.heiti }), cell({ text: b })] }));
    return head ? dataTable(METHOD_TYPE, grid([40, 116], TEXT), [{ text: head[0] }, { text: head[1] }], rows) : new Table({ width: { size: TEXT, type: WidthType.DXA }, columnWidths: grid([40, 116], TEXT), rows });
  };
  const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  return [
    heading('一、本次评估的设定'),
    two(m.settings.map((s) => [s.label, s.value])),
    heading('二、进展状态的判定'),
    two(
      m.statuses.map((s) => [s.status, s.rule]),
      ['状态', '判定规则'],
    ),
    para('评估时点为规划期末（序时进度100%）时，状态为“完成”或“未完成”。'),
    heading('三、各类目标形式的计算'),
    ...m.forms.map((f) => new Paragraph({ children: [new TextRun({ text: `${f.form}。`, font: font(FONTS.heiti) }), new TextRun(`${f.rule}（适用：${f.indicators}）`)] })),
    heading('四、目标年预判'),
    ...m.outlook.map(para),
    heading('五、数据来源'),
    ...m.data.map(para),
  ];
}
