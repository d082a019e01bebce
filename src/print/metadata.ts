// 打印后的修补：写入文档属性（作者、主题、关键词、语言）。Chromium 只写标题。
import { PDFDocument } from 'pdf-lib';
import type { ReportModel } from '../assemble/model.ts';

export async function stampMetadata(pdf: Uint8Array, meta: ReportModel['meta']): Promise<Uint8Array> {
  // updateMetadata: false keeps Chromium's title and dates; the structure tree and outline are carried over as is.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('plan-eval');
  doc.setLanguage('zh-CN');
  return doc.save({ useObjectStreams: false });
}
