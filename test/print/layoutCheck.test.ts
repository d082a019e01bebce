// 打印结果的版式核对：A4（附件可横排）、封面与封二各一页、附件另起一页；不符的 PDF 不得交出。
import { expect } from 'chai';
import { layoutProblems, type PlacedHeading } from '../../src/print/layoutCheck.ts';

const A4: [number, number] = [594.96, 841.92]; // as Chromium writes it
const A4_WIDE: [number, number] = [841.92, 594.96];
const LETTER: [number, number] = [612, 792];

const pagesOf = (sizes: [number, number][]) => sizes.map(([width, height]) => ({ width, height }));

/** 目录 on page 3, body from page 5, 附件1 (landscape) from page 7, 附件2 on page 9. */
const HEADINGS: PlacedHeading[] = [
  { id: 'toc', title: '目　录', page: 3 },
  { id: 'doc-title', title: '报告', page: 5 },
  { id: 'h-1', title: '一、总体情况', page: 5 },
  { id: 'appendix-1', title: '主要指标实施进展情况表', page: 7 },
  { id: 'appendix-2', title: '数据来源', page: 9 },
];
const APPENDICES = ['appendix-1', 'appendix-2'];
const GOOD = [A4, A4, A4, A4, A4, A4, A4_WIDE, A4_WIDE, A4];
const check = (sizes: [number, number][], headings = HEADINGS) => layoutProblems(pagesOf(sizes), headings, APPENDICES, 'templates/report.css');

describe('print/layoutCheck', () => {
  it('accepts A4 pages, landscape ones among the 附件', () => {
    expect(check(GOOD)).to.deep.equal([]);
  });
  it('refuses US Letter (what Chromium prints without the stylesheet), naming the stylesheet and the page', () => {
    const found = check(GOOD.map(() => LETTER));
    expect(found.map((d) => d.rule)).to.deep.equal(['print-page-size']);
    expect(found[0]).to.include({ file: 'templates/report.css' });
    expect(found[0]!.message).to.contain('第 1—9 页').and.contain('612×792');
    const mixed = check([A4, LETTER, LETTER, A4, A4, A4, A4_WIDE, [600, 900], A4]);
    expect(mixed.map((d) => /第 ([\d—]+) 页/.exec(d.message)![1])).to.deep.equal(['2—3', '8']);
  });
  it('refuses a landscape page before the 附件', () => {
    const found = check([A4, A4, A4, A4, A4_WIDE, A4, A4_WIDE, A4_WIDE, A4]);
    expect(found.map((d) => [d.rule, d.message.includes('第 5 页')])).to.deep.equal([['print-page-size', true]]);
  });
  it('refuses front matter that is not cover, 封二 and then the 目录', () => {
    const headings = HEADINGS.map((h) => (h.id === 'toc' ? { ...h, page: 1 } : h));
    expect(check(GOOD, headings).map((d) => d.rule)).to.deep.equal(['print-front-matter']);
  });
  it('refuses an 附件 that does not start a page of its own', () => {
    const headings = HEADINGS.map((h) => (h.id === 'appendix-2' ? { ...h, page: 8 } : h.id === 'appendix-1' ? { ...h, page: 8 } : h));
    const found = check([A4, A4, A4, A4, A4, A4, A4, A4_WIDE, A4], headings);
    expect(found.map((d) => d.rule)).to.deep.equal(['print-appendix-page']);
    expect(found[0]!.message).to.contain('数据来源');
  });
});
