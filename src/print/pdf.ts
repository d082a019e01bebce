// 打印阶段：HTML → PDF。正文只排版打印一遍。有封面和目录时：先在页面中估算其页数（奇数页则加一页空白页），
// 连同正文打印，读出各标题所在页；最后只重印填好页码的封面和目录，换入其页面内容。
// Chromium cannot do target-counter(), so the 目录 numbers come from the printed outline.
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import type { ReportModel } from '../assemble/model.ts';
import { browserFailureOf, lockedPage, releasePage } from './browser.ts';
import { InputError } from '../diagnostics.ts';
import { blockedRequests } from './blocked.ts';
import { MAIN_TEMPLATE } from '../assemble/templates.ts';
import { msg } from '../messages.ts';
import { makeRunFolder, onInterrupt, removeNow } from './runFolder.ts';
import { layoutProblems, type PlacedHeading } from './layoutCheck.ts';
import { graftFrontMatter, loadPdf, stampMetadata } from './pdfDoc.ts';
import { PrintedPdf, PrintError } from './printedPdf.ts';
import { writeText } from './writeText.ts';

export interface PrintInput {
  html: string;
  model: ReportModel;
  /** Folder of the templates, named in the message when the page asked for a file it may not read. */
  templatesDir: string;
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

/** A locked page and the run folder the report's HTML is written to. */
export interface PrintPage {
  page: Page;
  folder: string;
  /** What the page asked for and was refused (a file outside the allowed folders, a network address). */
  refused: { url: string; realPath?: string }[];
  /**
   * Closes the page and removes the folder; a second call does nothing. After a print that completed, a page
   * opened to be reused is given back for the next build on its browser instead (releasePage).
   */
  close(printed?: boolean): Promise<void>;
}

/**
 * Opens the page a report is printed on, allowed to read its run folder and `folders` (templates, fonts), and
 * starts the renderer process for file:// pages with an empty one: build() does this while the figures are drawn.
 * `reuse`: the browser outlives this build (batch, preview, tests), so its page is worth keeping for the next.
 */
export async function openPrintPage(browser: Browser, folders: string[], timeoutSeconds: number, reuse = false): Promise<PrintPage> {
  // The report's HTML is written to a run folder of this process: removed at the end, on Ctrl-C or SIGTERM,
  // and by the next run if this one is killed outright.
  const folder = await makeRunFolder();
  const release = onInterrupt(() => removeNow(folder));
  const refused: PrintPage['refused'] = [];
  let page: Page | undefined;
  let closed: Promise<void> | undefined;
  const close = (printed = false) =>
    (closed ??= (async () => {
      if (page && reuse && printed) await releasePage(page);
      else await page?.close().catch(() => undefined); // a browser that died has no page to close
      release();
      await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    })());
  try {
    page = await lockedPage(browser, [folder, ...folders], (url, realPath) => refused.push({ url, ...(realPath ? { realPath } : {}) }));
    const blank = join(folder, 'blank.html');
    await writeFile(blank, '<!DOCTYPE html><title></title>');
    await page.goto(pathToFileURL(blank).href, { waitUntil: 'load', timeout: timeoutSeconds * 1000 });
  } catch (e) {
    await close();
    throw browserFailureOf(e, browser) ?? e;
  }
  return { page, folder, refused, close };
}

/** Prints the report on `target` and closes it. */
export async function printReport(target: PrintPage, input: PrintInput): Promise<Printed> {
  let printed = false;
  try {
    const result = await printIn(target, input);
    printed = true;
    return result;
  } catch (e) {
    if (e instanceof InputError || e instanceof PrintError) throw e;
    throw browserFailureOf(e, target.page.browser()) ?? e;
  } finally {
    await target.close(printed);
  }
}

async function printIn({ page, folder, refused }: PrintPage, input: PrintInput): Promise<Printed> {
  const display = input.display ?? ((p: string) => p);
  const htmlPath = join(folder, 'report.html');
  // A file:// page (not setContent) is what lets Chromium load the local fonts and stylesheet.
  await writeText(htmlPath, input.html);
  // Anything the page asked for and was refused would be missing from the PDF: the print is not used, and each
  // refusal is reported where the templates make it.
  const refusals = async () => {
    if (refused.length > 0) throw new InputError(await blockedRequests(refused, input.templatesDir, display));
  };
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: input.timeoutSeconds * 1000 });
  // Stylesheets and images of the markup are asked for while loading: a refusal stops here, before any printing.
  await refusals();
  // waitForFonts: each print first waits for document.fonts.ready (the faces the text pulls in load after the
  // load event); anything asked for only then, or while painting, is caught after the print.
  const pdfOptions = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, waitForFonts: true, timeout: input.timeoutSeconds * 1000 } as const;

  // Chromium lays a page out as a left or right page by its physical number, so the body's first page must
  // already be a right-hand (odd) page when the body is printed: an odd count of front pages (cover, 封二,
  // 目录) gets the blank pad page. The count is estimated in the page's layout; when the print shows the
  // estimate was off, the pad is turned the other way and the report printed again.
  let pad = (await arrange(page, { body: true })) % 2 === 1;
  if (pad) await arrange(page, { body: true, pad });
  let doc = new PrintedPdf(await printToFile(page, join(folder, 'body.pdf'), pdfOptions));
  let first = locate(doc, input.model);
  if ((first.bodyStart - 1) % 2 === 1) {
    pad = !pad;
    await arrange(page, { body: true, pad });
    doc = new PrintedPdf(await printToFile(page, join(folder, 'body.pdf'), pdfOptions));
    first = locate(doc, input.model);
    if ((first.bodyStart - 1) % 2 === 1) throw new InputError([msg.printPad(display(join(input.templatesDir, MAIN_TEMPLATE)), first.bodyStart)]);
  }
  await refusals();
  // The body is printed once (twice only when the estimate was off). Its page numbers do not depend on the
  // front matter (cover, 封二 and 目录 are unnumbered), so the 目录 numbers are read from this print's outline.
  // Only entries of the 目录 need numbers; all of them are in the body or after it.
  const numbers = new Map(input.model.toc.map(({ id }) => [id, first.physical.get(id)! - first.bodyStart + 1]));
  if (numbers.size > 0) {
    // Only the front matter is printed again, with the numbers filled in; its pages' content is put in place
    // of the first print's.
    await arrange(page, { body: false, pad, numbers });
    graftFrontMatter(doc, await loadPdf(await printToFile(page, join(folder, 'front.pdf'), pdfOptions)), first.bodyStart - 1);
    await refusals();
  }
  stampMetadata(doc, input.model.meta);

  // A PDF that is not the layout the model expects must not replace the last good one. (The graft changed
  // no page or bookmark: the outline read above is the saved document's.)
  const wrong = layoutProblems(doc.pages(), first.headings, input.model.appendices.map((a) => a.id), input.stylesheetFile);
  if (wrong.length > 0) throw new InputError(wrong);
  const pages = new Map([...first.physical].map(([id, p]) => [id, p - first.bodyStart + 1]));
  return { pdf: doc.toBytes(), pages, physicalPages: doc.pages().length };
}

/**
 * Sets the page up for the next print: the body shown or removed (from the top-level element holding the title
 * on), the pad page shown or not, the 目录 numbers filled in. Returns how many pages the front matter (the
 * top-level blocks before the body; none in the 人大 version) will take, estimated without printing: each block
 * starts a page (cover, 封二 and 目录 all break before) and its children are packed into pages of the 版心's
 * height (GB/T 9704: 225 mm) as unbreakable rows — which the 目录's entries are — laid out at the 版心's width
 * (156 mm). A template that breaks its front matter otherwise only costs a second print (see printIn).
 *
 * A 目录 that overflows its page by a few entries would leave them alone on the next one (a proof-reader's
 * complaint): when its entries fit on one page at no less than 80% of their pitch, they are set that much closer.
 * A longer 目录 keeps its pitch and runs on.
 */
async function arrange(page: Page, { body, pad = false, numbers }: { body: boolean; pad?: boolean; numbers?: Map<string, number> }): Promise<number> {
  return page.evaluate(
    (showBody: boolean, padded: boolean, nums: Record<string, number> | null) => {
      let top: Element | null = document.getElementById('doc-title');
      while (top && top.parentElement !== document.body) top = top.parentElement;
      // The front matter alone is printed last: the body is then taken out of the page (hidden, it still cost
      // that print ~40 ms more).
      for (let el = top; el; ) {
        const next = el.nextElementSibling;
        if (showBody) (el as HTMLElement).style.display = '';
        else el.remove();
        el = next;
      }
      document.querySelector('.toc-pad')?.classList.toggle('shown', padded);
      for (const el of nums ? document.querySelectorAll<HTMLElement>('.toc-page') : []) {
        const n = nums![el.dataset.target ?? ''];
        if (n !== undefined) el.textContent = String(n);
      }
      const height = (225 * 96) / 25.4;
      const width = document.body.style.width;
      document.body.style.width = '156mm';
      const entries = [...document.querySelectorAll<HTMLElement>('.toc-page')].map((n) => n.parentElement!);
      const block = entries[0]?.parentElement;
      if (block && !block.dataset.fitted) {
        block.dataset.fitted = 'yes';
        const blockTop = block.getBoundingClientRect().top;
        const first = entries[0]!.getBoundingClientRect();
        const pitch = first.height;
        const fit = (height - (first.top - blockTop)) / entries.length;
        if (entries.at(-1)!.getBoundingClientRect().bottom - blockTop > height + 0.5 && fit >= 0.8 * pitch) {
          for (const e of entries) e.style.lineHeight = `${Math.floor(fit * 10) / 10}px`;
        }
      }
      let pages = 0;
      for (let block = top?.previousElementSibling; block; block = block.previousElementSibling) {
        if (getComputedStyle(block).display === 'none') continue;
        let start = block.getBoundingClientRect().top;
        pages += 1;
        for (const row of block.children) {
          const { top: rowTop, bottom } = row.getBoundingClientRect();
          if (bottom - start > height + 0.5) {
            pages += 1;
            start = rowTop;
          }
        }
      }
      document.body.style.width = width;
      return pages;
    },
    body,
    pad,
    numbers ? Object.fromEntries(numbers) : null,
  );
}

/**
 * Prints to a file in the run folder and reads it back. page.pdf() would gather the chunks Chromium sends
 * (base64 in JSON) and join them: for a 500-page report that is tens of MB more of Node's memory at its peak.
 */
async function printToFile(page: Page, path: string, options: PDFOptions): Promise<Uint8Array> {
  await pipeline(Readable.fromWeb((await page.createPDFStream(options)) as WebReadableStream<Uint8Array>), createWriteStream(path));
  return readFile(path);
}

/** Physical page of every heading in the model's outline, matched in document order. */
function locate(doc: PrintedPdf, model: ReportModel): { physical: Map<string, number>; headings: PlacedHeading[]; bodyStart: number } {
  const entries = doc.outline();
  if (entries.length !== model.outline.length) {
    throw new PrintError(`PDF 书签数（${entries.length}）与报告标题数（${model.outline.length}）不一致：${entries.map((e) => e.title).join(' | ')}`);
  }
  const headings = model.outline.map((h, i) => ({ ...h, page: entries[i]!.page }));
  const physical = new Map(headings.map((h) => [h.id, h.page]));
  return { physical, headings, bodyStart: physical.get('doc-title')! };
}
