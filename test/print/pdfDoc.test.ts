// 打印结果的读取与修补：书签所在页、封面和目录的重印内容换入（页数或标记内容不符时拒绝）、文档属性。
import { expect } from 'chai';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, type PDFPage, type PDFRef } from 'pdf-lib';
import { graftFrontMatter, loadPdf, markedContent, PrintError, readOutline, stampMetadata } from '../../src/print/pdfDoc.ts';

/** A document whose pages carry these content streams (as Chromium writes them: tagged, compressed). */
async function docOf(contents: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (const content of contents) {
    const page = doc.addPage([595, 842]);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  }
  return doc;
}
const tagged = (text: string, mcid = 0) => `/P <</MCID ${mcid} >>BDC BT (${text}) Tj ET EMC /Artifact BMC BT (x) Tj ET EMC`;
const textOf = (page: PDFPage) => {
  const stream = page.doc.context.lookup(page.node.get(PDFName.of('Contents')));
  return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '';
};

/** Adds outline items (title → page index, children) the way Chromium writes them: explicit destinations. */
function addOutline(doc: PDFDocument, items: { title: string; page: number; children?: { title: string; page: number }[] }[]): void {
  const { context } = doc;
  const root = context.obj({ Type: 'Outlines' });
  const rootRef = context.register(root);
  const make = (list: { title: string; page: number; children?: { title: string; page: number }[] }[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef());
    list.forEach((item, i) => {
      const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: [doc.getPage(item.page).ref, 'XYZ', 0, 0, 0] });
      if (refs[i + 1]) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const kids = make(item.children ?? [], refs[i]!);
      if (kids.length > 0) dict.set(PDFName.of('First'), kids[0]!);
      context.assign(refs[i]!, dict);
    });
    return refs;
  };
  root.set(PDFName.of('First'), make(items, rootRef)[0]!);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}

describe('print/pdfDoc', () => {
  it('reads the outline depth-first with the physical page of each entry, after a save and load', async () => {
    const doc = await docOf(['', '', '', '', '']);
    addOutline(doc, [{ title: '目　录', page: 2 }, { title: '报告', page: 3, children: [{ title: '一、总体情况', page: 3 }, { title: '二、问题', page: 4 }] }]);
    const back = await loadPdf(await doc.save());
    expect(readOutline(back)).to.deep.equal([
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
    expect(() => readOutline(doc)).to.throw(PrintError, /“报告”不是指向页面的直接目标/);
  });

  it('lists marked-content tags and MCIDs in order, artifacts included', async () => {
    const doc = await docOf(['/H1 <</MCID 0 >>BDC BT (a) Tj ET EMC /P <</MCID 1>> BDC EMC /Artifact BMC EMC']);
    expect(markedContent(doc.getPage(0))).to.equal('H10 P1 Artifact');
  });

  it('puts the reprinted front pages’ content into the first print’s page objects, keeping the body and the outline', async () => {
    const doc = await docOf([tagged('cover'), tagged('toc 00'), tagged('body 1'), tagged('body 2')]);
    addOutline(doc, [{ title: '目　录', page: 1 }, { title: '报告', page: 2 }]);
    const refs = doc.getPages().map((p) => p.ref.toString());
    graftFrontMatter(doc, await docOf([tagged('cover'), tagged('toc 3')]), 2);
    expect(doc.getPages().map((p) => p.ref.toString())).to.deep.equal(refs);
    expect(doc.getPages().map(textOf).map((t) => /\((.*?)\)/.exec(t)![1])).to.deep.equal(['cover', 'toc 3', 'body 1', 'body 2']);
    expect(readOutline(await loadPdf(await doc.save())).map((e) => e.page)).to.deep.equal([2, 3]);
  });

  it('refuses a reprint with another page count (the 目录 grew a page): the body numbers would be off', async () => {
    const doc = await docOf([tagged('cover'), tagged('toc'), tagged('body')]);
    const reprint = await docOf([tagged('cover'), tagged('toc'), tagged('toc overflow')]);
    expect(() => graftFrontMatter(doc, reprint, 2)).to.throw(PrintError, /共3页.*填入前（2页）/);
  });

  it('refuses a reprinted page whose marked content differs (its tags would point at the wrong text)', async () => {
    const doc = await docOf([tagged('cover'), tagged('toc'), tagged('body')]);
    const reprint = await docOf([tagged('cover'), `${tagged('toc')} /Span <</MCID 1>> BDC EMC`]);
    expect(() => graftFrontMatter(doc, reprint, 2)).to.throw(PrintError, /第2页/);
  });

  it('writes author, subject, keywords, creator and language', async () => {
    const doc = await docOf(['']);
    stampMetadata(doc, { author: '海州区发展和改革局', subject: '中期评估', keywords: ['海州区', '十四五'] });
    const back = await loadPdf(await doc.save());
    expect([back.getAuthor(), back.getSubject(), back.getKeywords(), back.getCreator()]).to.deep.equal(['海州区发展和改革局', '中期评估', '海州区 十四五', 'plan-eval']);
    expect(String(back.catalog.get(PDFName.of('Lang')))).to.equal('(zh-CN)');
  });
});
