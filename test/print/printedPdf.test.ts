// 读取打印出的 PDF（只读用到的对象）与增量更新：书签所在页、页面尺寸、文档属性，原文件字节不动。
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFName } from 'pdf-lib';
import { loadPdf } from '../../src/print/pdfDoc.ts';
import { PrintedPdf, PrintError } from '../../src/print/printedPdf.ts';
import { addOutline, docOf, printed } from './helpers.ts';

describe('print/printedPdf', () => {
  it('reads the outline depth-first with the physical page of each entry', async () => {
    const doc = await docOf(['', '', '', '', '']);
    addOutline(doc, [{ title: '目　录', page: 2 }, { title: '报告', page: 3, children: [{ title: '一、总体情况', page: 3 }, { title: '二、问题', page: 4 }] }]);
    expect((await printed(doc)).outline()).to.deep.equal([
      { title: '目　录', page: 3 },
      { title: '报告', page: 4 },
      { title: '一、总体情况', page: 4 },
      { title: '二、问题', page: 5 },
    ]);
  });

  it('refuses an outline entry without a page destination, naming it', async () => {
    const doc = await docOf(['']);
    addOutline(doc, [{ title: '报告', page: 0 }]);
    // A named destination, as a browser other than Chromium might write.
    doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First'), PDFDict).set(PDFName.of('Dest'), PDFName.of('h-1'));
    const pdf = await printed(doc);
    expect(() => pdf.outline()).to.throw(PrintError, /“报告”不是指向页面的直接目标/);
  });

  it('gives each page its size, portrait and landscape, in order', async () => {
    const doc = await docOf(['', '']);
    doc.addPage([842, 595]);
    expect((await printed(doc)).pages().map(({ width, height }) => [width, height])).to.deep.equal([[595, 842], [595, 842], [842, 595]]);
  });

  it('reads only the objects it is asked for', async () => {
    const doc = await docOf(Array.from({ length: 50 }, (_, i) => `BT (${i}) Tj ET`));
    const pdf = await printed(doc);
    pdf.pages();
    // The page tree and its pages; none of the 50 content streams.
    expect(pdf.context.enumerateIndirectObjects().length).to.be.at.most(53);
  });

  it('appends an incremental update: the printed bytes stay, the change and the properties read back (pdf-lib, poppler)', async () => {
    const original = await (await docOf(['BT (a) Tj ET', ''])).save({ useObjectStreams: false });
    const pdf = new PrintedPdf(original);
    pdf.setInfo({ Author: '海州区发展和改革局', Subject: '中期评估' });
    const updated = pdf.toBytes();
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).to.equal(true);
    const back = await loadPdf(updated);
    expect([back.getAuthor(), back.getSubject(), back.getPageCount()]).to.deep.equal(['海州区发展和改革局', '中期评估', 2]);
    const file = join(await mkdtemp(join(tmpdir(), 'pe-printed-')), 'u.pdf');
    await writeFile(file, updated);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).to.match(/Author:\s+海州区发展和改革局/).and.match(/Pages:\s+2/);
  });

  it('refuses a file without startxref (cut short)', async () => {
    const bytes = await (await docOf([''])).save({ useObjectStreams: false });
    expect(() => new PrintedPdf(bytes.subarray(0, bytes.length - 30))).to.throw(PrintError, /startxref/);
  });
});
