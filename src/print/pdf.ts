// 打印阶段：HTML → PDF。两遍排版：第一遍读出各标题所在页，把页码填进目录，第二遍再打印并核对。
// Chromium cannot do target-counter(), so the 目录 numbers come from the first print's outline.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import type { ReportModel } from '../assemble/model.ts';
import { browserFailureOf, lockedPage } from './browser.ts';
import { InputError } from '../diagnostics.ts';
import { blockedRequests } from './blocked.ts';
import { makeRunFolder, onInterrupt, removeNow } from './runFolder.ts';
import { layoutProblems, type PlacedHeading } from './layoutCheck.ts';
import { stampMetadata } from './metadata.ts';
import { openPdf, readOutline, type OutlineEntry } from './pdfRead.ts';

export interface PrintInput {
  html: string;
  model: ReportModel;
  /** Folder of the templates: the page may load its stylesheet from there. */
  templatesDir: string;
  /** Folders the page may read besides the build folder (fonts). */
  roots: string[];
  /** The stylesheet as the user knows it, named when the printed layout is wrong. */
  stylesheetFile: string;
  timeoutSeconds: number;
  /** Turns an absolute path into the form used in messages (default: as is). */
  display?: (path: string) => string;
}

export interface Printed {
  pdf: Uint8Array;
  /** Printed page number of each outline entry, by heading id (e.g. “h-1” → 1). */
  pages: Map<string, number>;
  physicalPages: number;
}

export class PrintError extends Error {
  override name = 'PrintError';
}

export async function printReport(browser: Browser, input: PrintInput): Promise<Printed> {
  // The report's HTML is written to a run folder of this process: removed at the end, on Ctrl-C or SIGTERM,
  // and by the next run if this one is killed outright.
  const build = await makeRunFolder();
  const release = onInterrupt(() => removeNow(build));
  try {
    return await printIn(build, browser, input);
  } catch (e) {
    if (e instanceof InputError || e instanceof PrintError) throw e;
    throw browserFailureOf(e, browser) ?? e;
  } finally {
    release();
    await rm(build, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function printIn(build: string, browser: Browser, input: PrintInput): Promise<Printed> {
  const htmlPath = join(build, 'report.html');
  // A file:// page (not setContent) is what lets Chromium load the local fonts and stylesheet.
  await writeFile(htmlPath, input.html);
  // Anything the page asked for and was refused (a file outside the allowed folders, a network address) would be
  // missing from the PDF: the print is not used, and each refusal is reported where the templates make it.
  const refused: { url: string; realPath?: string }[] = [];
  const page = await lockedPage(browser, [build, input.templatesDir, ...input.roots], (url, realPath) => refused.push({ url, ...(realPath ? { realPath } : {}) }));
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: input.timeoutSeconds * 1000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Stylesheets, fonts and images of the markup are asked for while loading: a refusal stops here, before
    // any printing. (Anything asked for only while painting is caught after the print below.)
    if (refused.length > 0) throw new InputError(await blockedRequests(refused, input.templatesDir, input.display ?? ((p) => p)));
    const pdfOptions = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: input.timeoutSeconds * 1000 } as const;

    const firstPdf = await page.pdf(pdfOptions);
    const first = await locate(firstPdf, input.model);
    // Body page 1 must be a right-hand (odd) page: pad the front matter to an even count.
    const frontPages = first.bodyStart - 1;
    const pad = frontPages % 2 === 1;
    // Only entries of the 目录 need numbers; all of them are in the body or after it.
    const numbers = Object.fromEntries(input.model.toc.map(({ id }) => [id, first.physical.get(id)! - first.bodyStart + 1]));
    await page.evaluate(
      (nums: Record<string, number>, padded: boolean) => {
        for (const el of document.querySelectorAll<HTMLElement>('.toc-page')) {
          const n = nums[el.dataset.target ?? ''];
          if (n !== undefined) el.textContent = String(n);
        }
        document.querySelector('.toc-pad')?.classList.toggle('shown', padded);
      },
      numbers,
      pad,
    );

    // Without a 目录 (the 人大 version) nothing changes between passes: the first print is the print.
    const again = input.model.toc.length > 0 || pad;
    const pdf = again ? await page.pdf(pdfOptions) : firstPdf;
    if (refused.length > 0) throw new InputError(await blockedRequests(refused, input.templatesDir, input.display ?? ((p) => p)));
    const second = again ? await locate(pdf, input.model) : first;
    // A PDF that is not the layout the model expects must not replace the last good one.
    const wrong = await layoutProblems(pdf, second.headings, input.model.appendices.map((a) => a.id), input.stylesheetFile);
    if (wrong.length > 0) throw new InputError(wrong);
    const pages = new Map([...second.physical].map(([id, p]) => [id, p - second.bodyStart + 1]));
    for (const [id, n] of Object.entries(numbers)) {
      if (pages.get(id) !== n) throw new PrintError(`目录页码核对失败：“${id}”第一遍在第${n}页，第二遍在第${pages.get(id)}页。`);
    }
    if ((second.bodyStart - 1) % 2 === 1) throw new PrintError('正文第1页未落在奇数页（右页）上。');
    return { pdf: await stampMetadata(pdf, input.model.meta), pages, physicalPages: second.pageCount };
  } finally {
    await page.close().catch(() => undefined); // a browser that died has no page to close
  }
}

/** Physical page of every heading in the model's outline, matched in document order. */
async function locate(pdf: Uint8Array, model: ReportModel): Promise<{ physical: Map<string, number>; headings: PlacedHeading[]; bodyStart: number; pageCount: number }> {
  const doc = await openPdf(pdf);
  try {
    const entries: OutlineEntry[] = await readOutline(doc);
    if (entries.length !== model.outline.length) {
      throw new PrintError(`PDF 书签数（${entries.length}）与报告标题数（${model.outline.length}）不一致：${entries.map((e) => e.title).join(' | ')}`);
    }
    const physical = new Map<string, number>();
    model.outline.forEach((h, i) => physical.set(h.id, entries[i]!.page));
    const headings = model.outline.map((h, i) => ({ ...h, page: entries[i]!.page }));
    return { physical, headings, bodyStart: physical.get('doc-title')!, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
