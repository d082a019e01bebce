// 打印结果的修补：重印的封面和目录换入第一次打印的页面、文档属性。
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFObjectCopier, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import type { ReportModel } from '../assemble/model.ts';
import { PrintError, type PrintedPdf } from './printedPdf.ts';

/** A short print (the front matter alone), read whole. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/**
 * Puts the content of the front matter printed a second time (`front`: 目录 numbers filled in) in place of the
 * body print's first `frontPages` pages. A front page keeps its page object — so the bookmarks, the 目录's links
 * and the tag tree of the body print stay valid — and takes the reprint's content stream and resources. That is
 * sound only if the reprint has as many pages and marks the same content sequences (same tags, same MCIDs) on
 * each, which is checked.
 */
export function graftFrontMatter(doc: PrintedPdf, front: PDFDocument, frontPages: number): void {
  const reprinted = front.getPages();
  if (reprinted.length !== frontPages) {
    throw new PrintError(`填入目录页码后封面和目录共${reprinted.length}页，与填入前（${frontPages}页）不一致，正文页码将错位。`);
  }
  const copier = PDFObjectCopier.for(front.context, doc.context);
  const pages = doc.pages();
  for (let i = 0; i < frontPages; i++) {
    const target = pages[i]!;
    const source = reprinted[i]!.node;
    const before = markedContent(target.dict.get(PDFName.of('Contents')), (o) => doc.resolve(o));
    const after = markedContent(source.get(PDFName.of('Contents')), (o) => front.context.lookup(o));
    if (before !== after) throw new PrintError(`第${i + 1}页填入目录页码后的标记内容与第一次打印不同，无法保留 PDF 的标签结构。`);
    target.dict.set(PDFName.of('Contents'), copier.copy(source.get(PDFName.of('Contents'))!));
    target.dict.set(PDFName.of('Resources'), copier.copy(source.get(PDFName.of('Resources'))!));
    doc.touch(target.ref);
  }
}

/** The sequence of marked-content tags and MCIDs a page's content opens, e.g. “P0 Span1 Artifact”. */
export function markedContent(contents: PDFObject | undefined, resolve: (o: PDFObject | undefined) => PDFObject | undefined): string {
  const value = resolve(contents);
  const streams = value instanceof PDFArray ? value.asArray().map(resolve) : [value];
  const text = streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
  return [...text.matchAll(/\/([A-Za-z0-9_]+)\s*(?:<<[^>]*?\/MCID\s+(\d+)[^>]*>>\s*BDC|BMC)/g)].map((m) => `${m[1]}${m[2] ?? ''}`).join(' ');
}

/** Document properties Chromium does not write (it writes the title): author, subject, keywords, language. */
export function stampMetadata(doc: PrintedPdf, meta: Pick<ReportModel['meta'], 'author' | 'subject' | 'keywords'>): void {
  doc.setInfo({ Author: meta.author, Subject: meta.subject, Keywords: meta.keywords.join(' '), Creator: 'plan-eval' });
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('zh-CN'));
  doc.touch(doc.rootRef);
}
