// 版式：出错的构建（缺少样式表时在打印前停下；打印出的页面不是 A4 时也停下，两种情况都不覆盖上一次的 PDF），
// 以及成品的版式按 GB/T 9704 和校对习惯逐项核对（见文件后半）。
import { expect } from 'chai';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { annualBuild, defaultBuild, early, fixtureBuild, internalBuild, kindBuild, letterBuild, readDocument, stylesBuild, watchedBrowser, type Built, type Outcome } from './builds.ts';
import * as L from './pdfLayout.ts';
import { output } from '../run.ts';

/** A project using the repository's data and narrative with a copy of its templates, changed by `damage`. */
async function projectWithTemplates(damage: (templates: string) => Promise<void>): Promise<{ dir: string; previous: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-layout-'));
  await cp(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  await damage(join(dir, 'templates'));
  const config = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8'))
    .replace(/^plan: .*$/m, `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}`)
    .replace(/^content: .*$/m, `content: ${join(PROJECT_ROOT, 'content')}`);
  await writeFile(join(dir, 'plan-eval.yaml'), config);
  const previous = join(dir, 'out', 'haizhou-14-midterm.pdf');
  await mkdir(join(dir, 'out'));
  await cp(join(PROJECT_ROOT, 'package.json'), previous); // stands in for the last good output
  return { dir, previous };
}

/**
 * The problems a build that fails on its inputs reports: before any figure is drawn and before a browser is
 * started. The previous PDF must be byte for byte and time for time untouched.
 */
async function failedBuild(dir: string, previous: string): Promise<Diagnostic[]> {
  const before = await readFile(previous);
  const mtime = (await stat(previous)).mtimeMs;
  let found: Diagnostic[] = [];
  const stages: string[] = [];
  const { browser, asked } = watchedBrowser();
  try {
    await build({ cwd: dir, onStage: (stage) => stages.push(stage), browser });
    expect.fail('the build should fail');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    found = e.diagnostics;
  }
  expect(stages, 'the stages run').to.deep.equal(['load', 'validate', 'evaluate', 'narrative']);
  expect(asked(), 'a browser was asked for').to.equal(false);
  expect((await readFile(previous)).equals(before)).to.equal(true);
  expect((await stat(previous)).mtimeMs).to.equal(mtime);
  return found;
}

/**
 * The same for a build made in the background (builds.ts): it must have failed, and the previous PDF, as read
 * just before that build, must be byte for byte and time for time untouched.
 */
async function failedInBackground(outcome: Promise<Outcome>): Promise<Diagnostic[]> {
  const { previous, result, error } = await outcome;
  expect(result, 'the build should fail').to.equal(undefined);
  if (!(error instanceof InputError)) throw error;
  expect((await readFile(previous.path)).equals(previous.bytes)).to.equal(true);
  expect((await stat(previous.path)).mtimeMs).to.equal(previous.mtimeMs);
  return error.diagnostics;
}

// The layout of each report below is read once (pdf.js, every page), in the background while other suites run.
const REPORTS = {
  default: defaultBuild,
  annual: annualBuild,
  internal: internalBuild,
  province: () => fixtureBuild('province-style'),
  final: () => kindBuild('final'),
  adjustment: () => kindBuild('adjustment'),
  response: () => kindBuild('response'),
} satisfies Record<string, () => Promise<Built>>;
const reads = new Map<() => Promise<Built>, Promise<L.Read>>();
const readOnce = (get: () => Promise<Built>): Promise<L.Read> => {
  let read = reads.get(get);
  if (!read) reads.set(get, (read = get().then(async (built) => L.readReport(built, await readDocument(built)))));
  return read;
};
early(letterBuild, stylesBuild, ...Object.values(REPORTS).map((get) => () => readOnce(get)));

describe('e2e: a build whose layout is broken', function () {
  this.timeout(120_000);

  it('stops before the figures and the browser when report.css is missing, naming it where report.hbs links it', async () => {
    const { dir, previous } = await projectWithTemplates((t) => rm(join(t, 'report.css')));
    const [d, ...rest] = await failedBuild(dir, previous);
    expect(rest).to.deep.equal([]);
    expect(d).to.include({ rule: 'template-missing', file: join('templates', 'report.hbs') });
    expect(d!.position!.line).to.equal(23);
    expect(d!.message).to.contain(join('templates', 'report.css'));
  });

  it('stops after printing when the pages are not A4, naming the stylesheet', async () => {
    const found = await failedInBackground(letterBuild());
    expect(found.map((d) => d.rule)).to.include('print-page-size');
    expect(found.every((d) => d.file === join('templates', 'report.css'))).to.equal(true);
  });
});

describe('e2e layout: the row check on a stylesheet that lets rows break', function () {
  this.timeout(180_000);
  // The reports above keep every row whole, so the check passes on them; with rows allowed to break it must not.
  it('finds the rows that Chromium splits across pages, naming the row and its pages', async () => {
    // The build of builds.ts whose report.css lets rows break (its narrative also has the extra styles build.test checks).
    const styles = await stylesBuild();
    const r = L.readReport(styles, await readDocument(styles));
    const problems = r.appendices.flatMap((a) => L.splitRowProblems(r.texts.slice(a.first - 1, a.last).map(L.normal), L.tableRows(a.appendix).map((cells) => cells.map(L.normal))));
    expect(problems.length).to.be.greaterThan(0);
    expect(problems[0]).to.match(/^row “.+” is not on one page: .*on page \d+/);
  });
});

// ——— The printed layout, read back from the PDF as a proof-reader reads it (issue 10) ———
// Each report is built once for the whole run (builds.ts) and read once here; every check lists what is wrong,
// so a failure says where. The reports: the default (人大 version), the annual example and the internal draft
// (cover, 目录), and a fixture plan with long indicator names brought in through `plan-eval init`.

/** `front`: the report has a cover and a 目录 (internal format); otherwise it ends with the closing (人大 version). */
function layoutChecks(name: string, get: () => Promise<Built>, { front }: { front: boolean }) {
  describe(`e2e layout: ${name}`, function () {
    this.timeout(240_000);
    let r: L.Read;
    before(async () => {
      r = await readOnce(get);
    });

    it('breaks the title and every 附件 title at word boundaries, centred, in a trapezoid or diamond', () => {
      const { model } = r.built.result;
      const problems: string[] = [];
      const found: string[][] = [];
      const check = (page: L.PageGeometry, title: string) => {
        const area = L.areaOf(r, page);
        const t = L.titleProblems(page, title, (area.left + area.right) / 2);
        found.push(t.lines);
        problems.push(...t.problems);
      };
      check(r.pages[r.bodyStart - 1]!, model.meta.title);
      if (model.format === 'internal') check(r.pages[0]!, model.meta.title); // the cover
      for (const a of r.appendices) check(r.pages[a.first - 1]!, a.appendix.title);
      L.none(problems, JSON.stringify(found));
    });

    it('sets “— N —” with its 一字线 7 mm below the 版心, one character in, on every numbered page — landscape ones turned with the page', () => {
      L.none(r.numberProblems);
      const numbered = r.pages.filter((p) => p.n >= r.bodyStart);
      expect(numbered.map((p) => r.printed.get(p.n)), 'every page from body page 1 on is numbered in order').to.deep.equal(numbered.map((p) => p.n - r.bodyStart + 1));
    });

    it('prints nothing outside the 版心 but the page number and the 示例 mark — landscape pages with their margins turned', () => {
      const problems = r.pages.filter((p) => p.n >= r.bodyStart).flatMap((p) => L.outsideProblems(p, L.areaOf(r, p)));
      L.none(problems);
    });

    it('puts “附件N” on the first line of the 版心 and the 附件 title on the third', () => {
      expect(r.appendices.map((a) => a.first), 'every 附件 found').to.not.include(0);
      const problems = r.appendices.flatMap((a) => {
        const page = r.pages[a.first - 1]!;
        return L.appendixTitleProblems(page, L.areaOf(r, page), a.appendix.label, a.appendix.title);
      });
      L.none(problems);
    });

    it('leaves no table cell with one CJK character on a line of its own, and no text running into a rule', () => {
      const problems = r.pages.filter((p) => p.n >= r.bodyStart).flatMap((p) => [...L.loneCharacterProblems(p), ...L.crossingProblems(p)]);
      L.none(problems);
    });

    it('prints every table row of the 附件 whole on one page', () => {
      const problems = r.appendices.flatMap((a) => L.splitRowProblems(r.texts.slice(a.first - 1, a.last).map(L.normal), L.tableRows(a.appendix).map((cells) => cells.map(L.normal))));
      L.none(problems);
    });

    it('never leaves a heading in the last two lines of a page', () => {
      const { model } = r.built.result;
      const appendixTitles = new Set(model.appendices.map((a) => a.title));
      const headings = new Set(model.outline.filter((o) => o.id !== 'doc-title' && o.id !== 'toc' && !appendixTitles.has(o.title)).map((o) => o.title.replace(/\s+/g, '')));
      // Outline headings, and the numbered headings of the 附件 (“一、本次评估的设定”), set in 黑体 on a line of their own.
      const isHeading = (l: L.Line) => headings.has(l.text.replace(/\s+/g, '')) || (L.LEVEL1.test(l.text) && l.text.length <= 24 && /Sans/.test(l.runs[0]!.font));
      const problems = r.pages.filter((p) => p.n >= r.bodyStart).flatMap((p) => L.headingAtFootProblems(p, L.areaOf(r, p), isHeading));
      L.none(problems);
    });

    it('leaves no blank taller than 40 mm in the 版心, but before a new chapter, the closing or an 附件', () => {
      const appendixStarts = new Set(r.appendices.map((a) => a.first));
      // The closing (附件说明, 署名, 成文日期) goes to its page with the body's last lines: a 署名 is never on a page
      // without body text (GB/T 9704 7.3.5), so the page before may end short.
      const closing = r.built.result.model.closing;
      const closingPage = closing ? r.texts.findIndex((t) => t.includes(`${closing.author}${closing.date}`.replace(/\s+/g, ''))) + 1 : 0;
      const problems: string[] = [];
      for (const page of r.pages.filter((p) => p.n >= r.bodyStart)) {
        const blank = L.largestBlank(page, L.areaOf(r, page));
        if (blank.height <= 40) continue;
        const next = r.pages[page.n];
        const nextFirst = next && L.lines(next).find((l) => l.top > L.areaOf(r, next).top - 2);
        const beforeNewPart = !next || appendixStarts.has(next.n) || next.n === closingPage || (nextFirst !== undefined && L.LEVEL1.test(nextFirst.text));
        if (blank.atFoot && beforeNewPart) continue;
        problems.push(`page ${page.n} (— ${r.printed.get(page.n)} —): ${blank.height.toFixed(0)} mm blank from ${blank.from.toFixed(0)} mm below the 版心 top`);
      }
      L.none(problems);
    });

    it('sets no text smaller than 9 pt, chart labels included, but the superscript “*” of illustrative figures', () => {
      const small = r.pages.flatMap((p) => p.runs.filter((x) => x.size < 8.95 && x.text.trim() !== '*').map((x) => `page ${p.n}: “${x.text}” at ${x.size.toFixed(2)} pt`));
      L.none(small);
    });

    it('writes numbers one way everywhere, charts included: no thousands separator (1000, not 1,000)', () => {
      const grouped = r.texts.flatMap((t, i) => [...t.matchAll(/\d,\d{3}(?!\d)/g)].map((m) => `page ${i + 1}: “${t.slice(Math.max(0, m.index - 6), m.index + 8)}”`));
      L.none(grouped);
    });

    it('ends no paragraph in one or two characters on a line of their own, and splits no range before its dash', () => {
      const problems = r.pages.filter((p) => p.n >= r.bodyStart).flatMap((p) => L.raggedEndProblems(p, L.areaOf(r, p)));
      L.none(problems);
    });

    it('embeds the fonts under their own names', async () => {
      const fonts = await output('pdffonts', [r.built.result.pdfPath!]);
      // The Noto faces are merged from Fontsource's WOFF slices: its WOFF2 files carry the names of the variable
      // font's lightest instance (“NotoSerifSCExtraLight-Bold”).
      expect(fonts).not.to.match(/ExtraLight|Thin/);
      expect(fonts).to.contain('NotoSansSC-Regular');
    });

    if (!front) {
      it('sets the closing (附件说明, 署名, 成文日期) on a page that also holds body text', () => {
        const closing = r.built.result.model.closing!;
        const page = r.texts.findIndex((t) => t.includes(`${closing.author}${closing.date}`.replace(/\s+/g, '')));
        const before = r.texts[page]!.split('附件：')[0]!.replace('示例数据·非真实统计数据', '');
        expect(before.length, before).to.be.greaterThan(20);
      });
    }

    if (front) {
      it('sets the 目录 entries on one pitch, leaders in the text colour', () => {
        const { model } = r.built.result;
        const tocPages = r.pages.filter((p) => p.n < r.bodyStart && r.texts[p.n - 1]!.includes('目录'));
        expect(tocPages).to.have.length.greaterThan(0);
        const problems = tocPages.flatMap((p) => L.tocProblems(p, model.toc.map((e) => e.label)));
        L.none(problems);
      });

      it('leaves no 目录 entry alone on a page', () => {
        const labels = r.built.result.model.toc.map((e) => e.label.replace(/\s+/g, ''));
        const perPage = r.pages.filter((p) => p.n < r.bodyStart).map((p) => labels.filter((l) => r.texts[p.n - 1]!.includes(l)).length).filter((n) => n > 0);
        expect(perPage.length).to.be.greaterThan(0);
        expect(perPage.every((n) => n >= 2), `目录 entries on its pages: ${perPage.join(', ')}`).to.equal(true);
      });
    }
  });
}

layoutChecks('the default report (人大 version)', REPORTS.default, { front: false });
layoutChecks('the annual example (internal format)', REPORTS.annual, { front: true });
layoutChecks('the internal draft of the default report', REPORTS.internal, { front: true });
layoutChecks('a provincial plan with long indicator names, through init', REPORTS.province, { front: false });
layoutChecks('the final evaluation (完成情况表)', REPORTS.final, { front: false });
layoutChecks('the adjustment proposal (调整方案对照表)', REPORTS.adjustment, { front: false });
layoutChecks('the response to the 审议意见', REPORTS.response, { front: false });
