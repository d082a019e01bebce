// 读取和修补 Chromium 打印出的 PDF（pdf-lib）：书签所在页、封面和目录的重印内容换入、文档属性。
// One parse per build: the printed body is loaded once, changed in memory and saved once.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObjectCopier, PDFRawStream, PDFRef, PDFString, type PDFPage } from 'pdf-lib';
import type { ReportModel } from '../assemble/model.ts';

export class PrintError extends Error {
  override name = 'PrintError';
}

export interface OutlineEntry {
  title: string;
  /** 1-based physical page the entry leads to (0: a page not in the document). */
  page: number;
}

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // updateMetadata: false keeps Chromium's title and dates; the structure tree and outline are carried over as is.
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** The outline (bookmarks) depth-first, which is document order, with the page each entry leads to. */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: OutlineEntry[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
      out.push({ title, page: pageOf.get(destinationPage(node).toString()) ?? 0 });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return out;
}

/** The page an outline item leads to: Chromium writes explicit destinations ([page /XYZ x y z]). */
function destinationPage(item: PDFDict): PDFRef {
  const dest = item.lookup(PDFName.of('Dest'));
  const first = dest instanceof PDFArray ? dest.get(0) : undefined;
  if (!(first instanceof PDFRef)) throw new PrintError(`PDF 书签“${item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? ''}”不是指向页面的直接目标（${String(dest)}），无法得出各标题所在页。`);
  return first;
}

/**
 * Puts the content of the front matter printed a second time (`front`: 目录 numbers filled in) in place of the
 * body print's first `frontPages` pages. A front page keeps its page object — so the bookmarks, the 目录's links
 * and the tag tree of the body print stay valid — and takes the reprint's content stream and resources. That is
 * sound only if the reprint has as many pages and marks the same content sequences (same tags, same MCIDs) on
 * each, which is checked.
 */
export function graftFrontMatter(doc: PDFDocument, front: PDFDocument, frontPages: number): void {
  const reprinted = front.getPages();
  if (reprinted.length !== frontPages) {
    throw new PrintError(`填入目录页码后封面和目录共${reprinted.length}页，与填入前（${frontPages}页）不一致，正文页码将错位。`);
  }
  const copier = PDFObjectCopier.for(front.context, doc.context);
  const pages = doc.getPages();
  for (let i = 0; i < frontPages; i++) {
    const target = pages[i]!;
    const source = reprinted[i]!;
    if (markedContent(target) !== markedContent(source)) throw new PrintError(`第${i + 1}页填入目录页码后的标记内容与第一次打印不同，无法保留 PDF 的标签结构。`);
    // The replaced content streams belong to this page alone; the fonts its resources name may be shared.
    const old = target.node.get(PDFName.of('Contents'));
    for (const ref of old instanceof PDFArray ? old.asArray() : [old]) if (ref instanceof PDFRef) doc.context.delete(ref);
    target.node.set(PDFName.of('Contents'), copier.copy(source.node.get(PDFName.of('Contents'))!));
    target.node.set(PDFName.of('Resources'), copier.copy(source.node.get(PDFName.of('Resources'))!));
  }
}

/** The sequence of marked-content tags and MCIDs a page's content stream opens, e.g. “P0 Span1 Artifact”. */
export function markedContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  const text = streams
    .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''))
    .join('\n');
  return [...text.matchAll(/\/([A-Za-z0-9_]+)\s*(?:<<[^>]*?\/MCID\s+(\d+)[^>]*>>\s*BDC|BMC)/g)].map((m) => `${m[1]}${m[2] ?? ''}`).join(' ');
}

/** Document properties Chromium does not write (it writes the title): author, subject, keywords, language. */
export function stampMetadata(doc: PDFDocument, meta: Pick<ReportModel['meta'], 'author' | 'subject' | 'keywords'>): void {
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('plan-eval');
  doc.setLanguage('zh-CN');
}

/** Width and height of every page, in points. */
export function pageSizes(doc: PDFDocument): { width: number; height: number }[] {
  return doc.getPages().map((p) => p.getSize());
}
