import { expect } from 'chai';
import { columnWidths, tableHeight, type ColumnContent } from '../../src/format/columnWidths.ts';
import { words } from '../../src/format/lineBreak.ts';
import { textWidth } from '../../src/format/textWidth.ts';

const STYLE = { size: 10, body: 'fangsong', header: 'heiti', gutter: 5.75, mark: 3.5 } as const;
const body = (s: string) => textWidth(s, { role: 'fangsong', size: 10 });

const COLUMNS: ColumnContent[] = [
  { header: ['序号'], cells: [{ text: '1' }, { text: '2' }] },
  { header: ['指标名称', '（单位）'], cells: [{ text: '居民人均可支配收入增长率（%）' }, { text: '每千人拥有0-3岁婴幼儿托育数（个）' }] },
  { header: ['属性'], cells: [{ text: '预期性' }, { text: '约束性' }] },
  { header: ['完成', '进度'], cells: [{ text: '-129.2%', marked: true }, { text: '45.9%' }] },
  { header: ['状态'], cells: [{ text: '基本符合预期' }, { text: '严重滞后' }] },
  { header: ['目标年', '预判'], cells: [{ text: '经努力可以完成' }, { text: '完成难度较大' }] },
];

/** Every column is at least as wide as its widest word or header line. */
function expectWidestWordsFit(columns: ColumnContent[], widths: number[]): void {
  columns.forEach((c, i) => {
    const widest = Math.max(...c.cells.flatMap((cell) => words(cell.text).map(body)), ...c.header.map((h) => textWidth(h, { role: 'heiti', size: 10 })));
    expect(widths[i]! - STYLE.gutter, c.header.join('')).to.be.at.least(widest - 1e-6);
  });
}

describe('format/columnWidths', () => {
  it('gives every column at least its widest word or header line, and the table its whole width', () => {
    const total = 300;
    const widths = columnWidths(COLUMNS, total, STYLE);
    expect(widths.reduce((a, b) => a + b, 0)).to.be.closeTo(total, 1e-6);
    expectWidestWordsFit(COLUMNS, widths);
    // The marked number keeps room for its “*”.
    expect(widths[3]! - STYLE.gutter).to.be.at.least(body('-129.2%') + STYLE.mark - 1e-6);
  });

  it('spends spare width where it saves lines: a table no taller than with the spare shared by content, as browsers do', () => {
    const min = COLUMNS.map((c) => Math.max(...c.cells.flatMap((cell) => words(cell.text).map(body)), ...c.header.map((h) => textWidth(h, { role: 'heiti', size: 10 }))) + STYLE.gutter + (c.cells.some((cell) => cell.marked) ? STYLE.mark : 0));
    const natural = COLUMNS.map((c, i) => Math.max(min[i]!, ...c.cells.map((cell) => body(cell.text) + STYLE.gutter)));
    for (const total of [260, 300, 330, 360, 400]) {
      const widths = columnWidths(COLUMNS, total, STYLE);
      // CSS automatic table layout: every column its minimum, the rest in proportion to what it lacks of one line.
      const spare = total - min.reduce((a, b) => a + b, 0);
      const lack = natural.map((n, i) => n - min[i]!);
      const shared = min.map((m, i) => m + (spare * lack[i]!) / lack.reduce((a, b) => a + b, 0));
      expect(tableHeight(COLUMNS, widths, STYLE), `at ${total} pt`).to.be.at.most(tableHeight(COLUMNS, shared, STYLE));
    }
    // With room for all on one line, 状态 and 预判 take theirs.
    const wide = columnWidths(COLUMNS, 440, STYLE);
    expect(wide[4]! - STYLE.gutter, '状态').to.be.at.least(body('基本符合预期') - 1e-6);
    expect(wide[5]! - STYLE.gutter, '预判').to.be.at.least(body('经努力可以完成') - 1e-6);
    expect(tableHeight(COLUMNS, wide, STYLE)).to.equal(2 + 1 + 1);
  });

  it('scales the minimum widths down when even they do not fit (the browser then has the last word)', () => {
    const widths = columnWidths(COLUMNS, 120, STYLE);
    expect(widths.reduce((a, b) => a + b, 0)).to.be.closeTo(120, 1e-6);
  });
});

describe('format/columnWidths: a word wider than a third of the table', () => {
  it('breaks inside instead of squeezing the other columns below their words', () => {
    const long = 'HTTPS://EXAMPLE.GOV.CN/' + 'X'.repeat(120);
    const columns: ColumnContent[] = [...COLUMNS, { header: ['调整理由'], cells: [{ text: long }, { text: '空间有限' }] }];
    const total = 600;
    const widths = columnWidths(columns, total, STYLE);
    expect(widths.reduce((a, b) => a + b, 0)).to.be.closeTo(total, 1e-6);
    expectWidestWordsFit(COLUMNS, widths);
    expect(body(long)).to.be.greaterThan(total);
  });
});
