// 打印结果的版式核对：每页都是 A4（只有附件可以横排），封面、封二各占一页、目录从第 3 页起，各附件另起一页。
// A stylesheet that is missing, broken or edited does not stop Chromium: it prints US Letter pages without page
// breaks. Whatever the cause, such a PDF must not replace the last good one.
import type { Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';

/** ISO 216 A4 in PDF points (Chromium writes 594.96 × 841.92). */
const A4 = { short: 595.28, long: 841.89 };
const TOLERANCE_PT = 1;
/** Cover (page 1) and its blank back (page 2) come before the 目录. */
export const TOC_PAGE = 3;

/** An outline entry of the model with the physical page it was printed on. */
export interface PlacedHeading {
  id: string;
  title: string;
  page: number;
}

/**
 * What is wrong with the printed layout, named against `stylesheet` (the file that decides it). `headings` are
 * the outline in document order (目录, title, headings, 附件), `sizes` the pages in points; `appendixIds` are the 附件, whose pages alone
 * may be landscape.
 */
export function layoutProblems(sizes: readonly { width: number; height: number }[], headings: readonly PlacedHeading[], appendixIds: readonly string[], stylesheet: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const toc = headings.find((e) => e.id === 'toc');
  if (toc && toc.page !== TOC_PAGE) problems.push(msg.printFrontMatter(stylesheet, toc.page, TOC_PAGE));

  const appendixPages = headings.filter((e) => appendixIds.includes(e.id)).map((e) => e.page);
  const firstAppendixPage = appendixPages.length > 0 ? Math.min(...appendixPages) : Infinity;
  headings.forEach((e, i) => {
    const before = headings[i - 1];
    if (appendixIds.includes(e.id) && before && before.page >= e.page) problems.push(msg.printAppendixPage(stylesheet, e.title, e.page));
  });

  // Wrong pages are reported in runs of one size (“第 1—33 页”), not one line per page.
  let run: { first: number; last: number; width: number; height: number; landscape: boolean } | undefined;
  const flush = () => run && problems.push(msg.printPageSize(stylesheet, run.first, run.last, run.width, run.height, run.landscape));
  sizes.forEach(({ width, height }, i) => {
    const n = i + 1;
    const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_PT;
    const portrait = near(width, A4.short) && near(height, A4.long);
    const landscape = near(width, A4.long) && near(height, A4.short);
    const ok = portrait || (landscape && n >= firstAppendixPage);
    if (run && (ok || run.last !== n - 1 || !near(run.width, width) || !near(run.height, height))) {
      flush();
      run = undefined;
    }
    if (ok) return;
    if (run) run.last = n;
    else run = { first: n, last: n, width, height, landscape };
  });
  flush();
  return problems;
}
