// 读回 PDF（pdf.js）：书签（含所在页）、每页文字，供端到端测试核对成品。生成报告本身读 PDF 用 src/print/printedPdf.ts。
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineEntry {
  title: string;
  depth: number;
  /** 1-based physical page. */
  page: number;
}

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy; fonts are not needed to read text.
  return getDocument({ data: new Uint8Array(data), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

/** The outline (bookmarks) depth-first, which is document order, with the page each entry points to. */
export async function readOutline(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const out: OutlineEntry[] = [];
  type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const walk = async (items: Item[], depth: number) => {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : typeof ref === 'number' ? ref + 1 : 0;
      out.push({ title: item.title, depth, page });
      await walk(item.items, depth + 1);
    }
  };
  await walk((await doc.getOutline()) ?? [], 0);
  return out;
}

/** The text of each page (1-based index → text), joined without the line breaks pdf.js infers. */
export async function readPageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  return pages;
}
