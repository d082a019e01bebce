// 打印阶段测试用的 PDF：页面带标记内容（如 Chromium 所写：有标签、压缩），书签用直接目标。
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { PrintedPdf } from '../../src/print/printedPdf.ts';

/** A document whose pages carry these content streams. */
export async function docOf(contents: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (const content of contents) {
    const page = doc.addPage([595, 842]);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  }
  return doc;
}

/** A page's text drawn inside a tagged paragraph, then an artifact (the page furniture). */
export const tagged = (text: string, mcid = 0) => `/P <</MCID ${mcid} >>BDC BT (${text}) Tj ET EMC /Artifact BMC BT (x) Tj ET EMC`;

export interface OutlineItem {
  title: string;
  /** 0-based page index. */
  page: number;
  children?: OutlineItem[];
}

/** Adds outline items the way Chromium writes them: explicit destinations [page /XYZ x y z]. */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const { context } = doc;
  const root = context.obj({ Type: 'Outlines' });
  const rootRef = context.register(root);
  const make = (list: OutlineItem[], parent: PDFRef): PDFRef[] => {
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

/** The document as Chromium would hand it over: saved with a classic cross-reference table, read lazily. */
export async function printed(doc: PDFDocument): Promise<PrintedPdf> {
  return new PrintedPdf(await doc.save({ useObjectStreams: false }));
}
