// 打印结果的修补：封面和目录的重印内容换入（页数或标记内容不符时拒绝）、文档属性，写成增量更新后读回。
import { expect } from 'chai';
import { decodePDFRawStream, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { graftFrontMatter, loadPdf, markedContent, stampMetadata } from '../../src/print/pdfDoc.ts';
import { PrintedPdf, PrintError } from '../../src/print/printedPdf.ts';
import { addOutline, docOf, printed, tagged } from './helpers.ts';

/** The text each page shows (the first string it draws). */
const pageTexts = (doc: PDFDocument) =>
  doc.getPages().map((page) => {
    const stream = doc.context.lookup(page.node.get(PDFName.of('Contents')));
    const text = stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '';
    return /\((.*?)\)/.exec(text)?.[1];
  });

describe('print/pdfDoc', () => {
  it('lists marked-content tags and MCIDs in order, artifacts included', async () => {
    const doc = await docOf(['/H1 <</MCID 0 >>BDC BT (a) Tj ET EMC /P <</MCID 1>> BDC EMC /Artifact BMC EMC']);
    const page = doc.getPage(0).node;
    expect(markedContent(page.get(PDFName.of('Contents')), (o) => doc.context.lookup(o))).to.equal('H10 P1 Artifact');
  });

  it('puts the reprinted front pages’ content into the first print’s page objects, keeping the body and the outline', async () => {
    const body = await docOf([tagged('cover'), tagged('toc 00'), tagged('body 1'), tagged('body 2')]);
    addOutline(body, [{ title: '目　录', page: 1 }, { title: '报告', page: 2 }]);
    const pdf = await printed(body);
    const refs = pdf.pages().map((p) => p.ref);
    graftFrontMatter(pdf, await docOf([tagged('cover'), tagged('toc 3')]), 2);
    const back = new PrintedPdf(pdf.toBytes());
    expect(back.pages().map((p) => p.ref)).to.deep.equal(refs);
    expect(back.outline().map((e) => e.page)).to.deep.equal([2, 3]);
    expect(pageTexts(await loadPdf(pdf.toBytes()))).to.deep.equal(['cover', 'toc 3', 'body 1', 'body 2']);
  });

  it('refuses a reprint with another page count (the 目录 grew a page): the body numbers would be off', async () => {
    const pdf = await printed(await docOf([tagged('cover'), tagged('toc'), tagged('body')]));
    const reprint = await docOf([tagged('cover'), tagged('toc'), tagged('toc overflow')]);
    expect(() => graftFrontMatter(pdf, reprint, 2)).to.throw(PrintError, /共3页.*填入前（2页）/);
  });

  it('refuses a reprinted page whose marked content differs (its tags would point at the wrong text)', async () => {
    const pdf = await printed(await docOf([tagged('cover'), tagged('toc'), tagged('body')]));
    const reprint = await docOf([tagged('cover'), `${tagged('toc')} /Span <</MCID 1>> BDC EMC`]);
    expect(() => graftFrontMatter(pdf, reprint, 2)).to.throw(PrintError, /第2页/);
  });

  it('writes author, subject, keywords, creator and language', async () => {
    const pdf = await printed(await docOf(['']));
    stampMetadata(pdf, { author: '海州区发展和改革局', subject: '中期评估', keywords: ['海州区', '十四五'] });
    const back = await loadPdf(pdf.toBytes());
    expect([back.getAuthor(), back.getSubject(), back.getKeywords(), back.getCreator()]).to.deep.equal(['海州区发展和改革局', '中期评估', '海州区 十四五', 'plan-eval']);
    expect(String(back.catalog.get(PDFName.of('Lang')))).to.equal('(zh-CN)');
  });
});
