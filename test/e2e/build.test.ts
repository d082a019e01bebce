// 端到端：生成默认报告，并从 PDF 成品读回文字、书签、字体与页码加以核对。各份 PDF 由 builds.ts 生成一次、读回一次。
import { expect } from 'chai';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildResult } from '../../src/build.ts';
import { annualBuild, defaultBuild, early, internalBuild, quiet, readBack, squash, stylesBuild, watchedBrowser } from './builds.ts';
import { evaluationSettings } from '../../src/config.ts';
import { InputError } from '../../src/diagnostics.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import type { OutlineEntry } from '../pdfRead.ts';
import { launchBrowser, resolveBrowser } from '../../src/print/browser.ts';
import { output } from '../run.ts';
import type { Target } from 'puppeteer-core';

early(
  () => defaultBuild().then(readBack),
  () => internalBuild().then(readBack),
  stylesBuild,
  annualBuild,
);

describe('e2e: the default report', function () {
  this.timeout(180_000);
  let result: BuildResult;
  let pages: string[];
  let outline: OutlineEntry[];
  let out: string;
  /** Pages of the 附件 titled `title` (from its first page to the next 附件). */
  const appendixPages = (title: string) => {
    const list = result.model.appendices;
    const i = list.findIndex((a) => a.title === title);
    const body = pages.findIndex((t) => /—1—/.test(t));
    const startOf = (k: number) => pages.findIndex((t, n) => n > body && t.includes(squash(`${list[k]!.label}${list[k]!.title}`)));
    return pages.slice(startOf(i), i + 1 < list.length ? startOf(i + 1) : pages.length);
  };

  before(async () => {
    const built = await defaultBuild();
    ({ result, out } = built);
    ({ pages, outline } = await readBack(built));
  });

  it('writes the PDF into the output folder with title metadata', async () => {
    expect(result.pdfPath!).to.equal(join(out, 'haizhou-14-midterm.pdf'));
    expect(result.warnings).to.deep.equal([]); // the default data is UTF-8 as documented
    const info = await output('pdfinfo', [result.pdfPath!]);
    expect(info).to.contain(`Title:           ${result.model.meta.title}`);
    expect(info).to.match(/Page size:\s+594.96 x 841.92 pts \(A4\)/);
    expect(info).to.contain('Author:          连云港市海州区发展和改革委员会');
    expect(info).to.match(/Subject:\s+海州区“十四五”规划纲要中期评估/);
    expect(info).to.match(/Tagged:\s+yes/);
  });

  it('has the title and every indicator name in its text', () => {
    const all = pages.join('');
    expect(all).to.contain(squash(result.model.meta.title));
    expect(result.plan.indicators).to.have.length(32);
    for (const ind of result.plan.indicators) expect(all, ind.name).to.contain(squash(ind.name));
  });

  it('is the 人大 version: title, occasion, presenter, salutation and opening, in this order, on page 1', () => {
    const tb = result.model.titleBlock!;
    expect(tb.occasion).to.equal('——2024年6月28日在连云港市海州区第×届人民代表大会常务委员会第×次会议上');
    const first = pages[0]!;
    const order = [result.model.meta.title, tb.occasion, tb.presenter, tb.salutation, tb.opening].map((t) => first.indexOf(squash(t)));
    expect(order.every((i) => i >= 0), String(order)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(tb.opening).to.equal('受区人民政府委托，现将《连云港市海州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估情况报告如下，请予审议。');
    expect(result.model.toc).to.deep.equal([]);
    expect(/—1—/.test(first), 'page 1 is body page 1: no cover, no 目录').to.equal(true);
  });

  it('ends the body with the 附件说明 (every 附件, numbered as printed), then 署名 and 成文日期 in Arabic numerals', () => {
    const appendixStart = pages.findIndex((t) => t.includes(squash(`${result.model.appendices[0]!.label}${result.model.appendices[0]!.title}`)));
    const lastBody = pages[appendixStart - 1]!;
    const note = result.model.appendices.map((a, i) => `${i + 1}.${a.title}`).join('');
    expect(lastBody).to.contain(`附件：${note}`);
    expect(result.model.appendices.map((a) => a.label)).to.deep.equal(['附件1', '附件2', '附件3', '附件4']);
    expect(lastBody.indexOf(note)).to.be.lessThan(lastBody.indexOf('连云港市海州区发展和改革委员会2024年6月28日'));
    expect(lastBody).to.match(/连云港市海州区发展和改革委员会2024年6月28日$/);
  });

  it('has every chapter and the 附件 in the PDF outline', () => {
    const titles = outline.map((o) => squash(o.title));
    expect(result.model.outline.length).to.be.greaterThan(20);
    for (const entry of result.model.outline) expect(titles).to.include(squash(entry.title));
    expect(outline.find((o) => o.title === result.model.meta.title)!.depth).to.equal(0);
  });

  it('embeds only TrueType fonts (no Type 3)', async () => {
    const fonts = await output('pdffonts', [result.pdfPath!]);
    expect(fonts).to.contain('CID TrueType');
    expect(fonts).not.to.contain('Type 3');
  });

  it('extracts no Kangxi radicals or CJK radicals supplement characters (U+2E80–U+2FDF)', () => {
    for (const [i, t] of pages.entries()) expect(/[\u2E80-\u2FDF]/.test(t), `page ${i + 1}`).to.equal(false);
  });

  it('marks illustrative data under the title block and on every page', () => {
    expect(result.evaluation.illustrative).to.equal(true);
    expect(pages[0]).to.contain('示例数据说明');
    for (const [i, t] of pages.entries()) expect(t, `page ${i + 1}`).to.contain('示例数据');
  });

  it('prints 附件1 with all 32 indicators and their statuses, header repeated on each page', () => {
    const appendix = appendixPages('主要指标实施进展情况表');
    expect(appendix.length).to.be.greaterThan(1);
    for (const e of result.evaluation.indicators) {
      expect(appendix.join(''), e.indicator.name).to.contain(squash(e.indicator.name));
      expect(appendix.join(''), e.indicator.id).to.contain(squash(e.explanation));
    }
    // The header row, with its 完成进度 and 目标年预判 columns, is on every page of the table.
    for (const t of appendix) expect(t).to.contain('序号指标名称（单位）属性2020年基期值2025年目标2021年2022年2023年序时进度完成进度状态');
    expect(appendix.join('')).to.contain('经努力可以完成');
  });

  it('states the method and the settings used in 评估方法说明', () => {
    const method = appendixPages('评估方法说明').join('');
    expect(method).to.contain('序时进度上下5个百分点');
    expect(method).to.contain('完成进度≥序时进度+5个百分点');
    expect(method).to.contain('经努力可以完成');
  });

  it('prints every 专栏 project in 重大工程项目推进情况表, under its 专栏', () => {
    const table = appendixPages('重大工程项目推进情况表').join('');
    expect(result.plan.projects).to.have.length(93);
    for (const p of result.plan.projects) expect(table, p.id).to.contain(squash(p.title));
    expect(table).to.contain(squash('专栏19　安全工作重要事项'));
    // The plan names no 责任单位; the working assignment is labelled as such.
    expect(table).to.contain('表中责任单位为示例分工');
  });

  it('lists the data sources, the real ones first', () => {
    const sources = appendixPages('数据来源').join('');
    expect(sources).to.contain('海州区2021年国民经济和社会发展统计公报');
    expect(sources.indexOf('统计公报')).to.be.lessThan(sources.indexOf('示例（非真实数据）'));
  });

  it('lays body pages on the GB/T 9704 grid: margins, 28.9 pt lines, 28 characters, “— N —” 7 mm below the 版心', async () => {
    const mm = (v: number) => (v * 72) / 25.4;
    const first = pages.findIndex((t) => /—1—/.test(t)) + 1; // physical page of body page 1 (odd)
    const fullLines: string[] = [];
    const linesOf = async (physical: number) => {
      const xml = await output('pdftotext', ['-f', String(physical), '-l', String(physical), '-bbox-layout', result.pdfPath!, '-']);
      return [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: [...m[5]!.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]).join(''),
      }));
    };
    // The first two right-hand and two left-hand pages of running text (a page filled by a figure has no grid to
    // measure). Finding fewer fails: the checks below must run on four pages, not skip.
    const measured: { physical: number; odd: boolean; lines: Awaited<ReturnType<typeof linesOf>> }[] = [];
    for (let physical = first; physical < first + 12 && measured.length < 4; physical++) {
      const odd = (physical - first) % 2 === 0;
      const lines = await linesOf(physical);
      const prose = lines.filter((l) => (l.text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 20).length;
      if (prose < 8 || measured.filter((m) => m.odd === odd).length === 2) continue;
      measured.push({ physical, odd, lines });
    }
    expect(measured.map((m) => m.odd).sort(), 'two odd and two even pages of running text').to.deep.equal([false, false, true, true]);
    for (const { physical, odd, lines } of measured) {
      const body = lines.filter((l) => l.text.length >= 20);
      const left = odd ? mm(28) : mm(26);
      const right = odd ? mm(210 - 26) : mm(210 - 28);
      expect(Math.min(...body.map((l) => l.x1)), `left edge, page ${physical}`).to.be.closeTo(left, 1.5);
      expect(Math.max(...body.map((l) => l.x2)), `right edge, page ${physical}`).to.be.closeTo(right, 1.5);
      const pitches = body.slice(1).map((l, i) => l.y1 - body[i]!.y1).filter((d) => d > 20 && d < 35);
      // Each of these body pages is full of text: fewer than four line pitches means the lines were not found,
      // which must fail rather than skip the check.
      expect(pitches.length, `line pitches found, page ${physical}`).to.be.greaterThan(3);
      expect(pitches.sort((a, b) => a - b)[Math.floor(pitches.length / 2)], `line pitch, page ${physical}`).to.be.closeTo(28.9, 0.6);
      body.forEach((l, i) => {
        if (!/^[\u4e00-\u9fff“”，、。；：（）《》]+$/.test(l.text) || l.x1 >= left + 2 || l.x2 <= right - 2) return;
        // Line-breaking rules (禁则) keep a closing mark off the start of a line: when the next line starts with a
        // character and such a mark, that character left this line, which is justified with 27.
        const pushed = l.text.length === 27 && /^.[，、。；：）”》！？]/.test(body[i + 1]?.text ?? '');
        fullLines.push(pushed ? `${l.text}${body[i + 1]!.text[0]}` : l.text);
      });
      const number = lines.find((l) => /^—\d+—$/.test(l.text))!;
      // The line's box is FandolSong's em box (0.8 em above the baseline, 0.2 below): its middle is the 一字线's stroke.
      expect((number.y1 + number.y2) / 2 - mm(297 - 35), '一字线 below the 版心').to.be.closeTo(mm(7), mm(1));
      if (odd) expect(right - number.x2, 'odd: right, one character in').to.be.closeTo(14, 2);
      else expect(number.x1 - left, 'even: left, one character in').to.be.closeTo(14, 2);
    }
    expect(fullLines.length, 'full lines of Chinese text').to.be.greaterThan(3);
    for (const l of fullLines) expect(l.length, l).to.equal(28);
  });

  it('numbers the figures and places them with captions', () => {
    expect(result.model.figures.length).to.equal(6);
    const all = pages.join('');
    for (const f of result.model.figures) expect(all).to.contain(squash(`图${f.number}　${f.caption}`));
  });
});

describe('e2e: the 发改委 internal draft (report.format: internal): cover and 目录', function () {
  this.timeout(180_000);
  let result: BuildResult;
  let pages: string[];
  before(async () => {
    const built = await internalBuild();
    ({ result } = built);
    ({ pages } = await readBack(built));
  });

  it('numbers every 目录 entry with the printed number of the page its heading is on', () => {
    const printed = new Map<number, string>();
    pages.forEach((text) => {
      const m = /—(\d+)—/.exec(text);
      if (m) printed.set(Number(m[1]), text);
    });
    const tocText = pages.slice(0, pages.findIndex((t) => /—1—/.test(t))).join('');
    expect(result.model.toc.length).to.be.greaterThan(8);
    for (const entry of result.model.toc) {
      const m = new RegExp(`${squash(entry.label).replace(/[()（）]/g, '\\$&')}(\\d+)`).exec(tocText);
      expect(m, `目录 lacks ${entry.label}`).to.not.equal(null);
      const n = Number(m![1]);
      expect(printed.get(n), `page — ${n} — for ${entry.label}`).to.contain(squash(entry.label));
    }
  });

  it('starts body page 1 on a right-hand page after an unnumbered cover and 目录; no title block, no 附件说明', () => {
    const first = pages.findIndex((t) => /—1—/.test(t));
    expect(first % 2).to.equal(0); // 0-based index 4 = physical page 5, odd
    for (const t of pages.slice(0, first)) expect(t).not.to.match(/—\d+—/);
    expect(pages[0]).to.contain('示例数据说明');
    expect(pages.join('')).to.not.contain('请予审议');
    expect(result.model.closing).to.equal(undefined);
  });
});

describe('e2e: a failed build', function () {
  this.timeout(60_000);
  it('stops with file:line and leaves the previous PDF untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-fail-'));
    await cp(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
    await writeFile(join(dir, 'content', '02-主要问题.md'), '# 存在的主要问题\n\n地区生产总值为{{value gpd 2023}}。\n');
    const config = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8'))
      .replace(/^plan: .*$/m, `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}`)
      .replace(/^templates: .*$/m, `templates: ${join(PROJECT_ROOT, 'templates')}`);
    await writeFile(join(dir, 'plan-eval.yaml'), config);
    const previous = join(dir, 'out', 'haizhou-14-midterm.pdf');
    await cp(join(PROJECT_ROOT, 'package.json'), previous); // stands in for the last good output
    const before = await readFile(previous);
    const mtime = (await stat(previous)).mtimeMs;
    const stages: string[] = [];
    const { browser, asked } = watchedBrowser();
    try {
      await build({ cwd: dir, browser, onStage: (stage) => stages.push(stage) });
      expect.fail('the build should fail');
    } catch (e) {
      expect(e).to.be.instanceOf(InputError);
      // The narrative is checked before the figures are drawn and before a browser is started: nothing is spent.
      expect(stages).to.deep.equal(['load', 'validate', 'evaluate']);
      expect(asked(), 'a browser was asked for').to.equal(false);
      const [d] = (e as InputError).diagnostics;
      expect(d!.file).to.equal(join('content', '02-主要问题.md'));
      expect(d!.position!.line).to.equal(3);
      expect(d!.rule).to.equal('expr-unknown-indicator');
    }
    expect((await readFile(previous)).equals(before)).to.equal(true);
    expect((await stat(previous)).mtimeMs).to.equal(mtime);
  });
});

describe('e2e: a print that fails after a good PDF exists', function () {
  this.timeout(120_000);
  it('leaves the previous PDF byte for byte, and no temporary file or folder, when the browser dies mid-print', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-died-'));
    const config = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8'))
      .replace(/^plan: .*$/m, `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}`)
      .replace(/^content: .*$/m, `content: ${join(PROJECT_ROOT, 'content')}`)
      .replace(/^templates: .*$/m, `templates: ${join(PROJECT_ROOT, 'templates')}`);
    await writeFile(join(dir, 'plan-eval.yaml'), config);
    // The last good output: a real PDF (the default report's, built once for the run) where this project writes.
    const good = { pdfPath: join(dir, 'out', 'haizhou-14-midterm.pdf') };
    await mkdir(join(dir, 'out'));
    await copyFile((await defaultBuild()).result.pdfPath!, good.pdfPath);
    // No shared build may be running and the shared browser is closed: below, nothing of this process may be left
    // in the temporary folder.
    await quiet();
    const before = await readFile(good.pdfPath!);
    const mtime = (await stat(good.pdfPath!)).mtimeMs;

    // The browser is killed (as by the kernel's out-of-memory killer) the moment it opens the report.
    const browser = await launchBrowser(resolveBrowser(null), 60);
    browser.on('targetchanged', (target: Target) => {
      if (target.url().endsWith('/report.html')) process.kill(-browser.process()!.pid!, 'SIGKILL');
    });
    try {
      // With the Word document asked for too: it is made while Chromium prints, and is not written either.
      await build({ cwd: dir, browser, formats: ['pdf', 'docx'] });
      expect.fail('the build should fail');
    } catch (e) {
      expect(e).to.be.instanceOf(InputError);
      expect((e as InputError).diagnostics.map((d) => d.rule)).to.deep.equal(['browser-closed']);
    }
    expect((await readFile(good.pdfPath!)).equals(before)).to.equal(true);
    expect((await stat(good.pdfPath!)).mtimeMs).to.equal(mtime);
    expect(await readdir(join(dir, 'out'))).to.deep.equal(['haizhou-14-midterm.pdf']);
    // The dead browser's profile is removed when its exit is seen: soon, but later still on a busy machine.
    const ours = async () => (await readdir(tmpdir())).filter((n) => n.startsWith(`plan-eval-${process.pid}-`));
    for (const until = Date.now() + 5000; (await ours()).length > 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 100));
    expect(await ours()).to.deep.equal([]);
  });
});

describe('e2e: every heading level, emphasis, a captioned table and both bold styles', function () {
  this.timeout(120_000);
  it('still embeds only TrueType fonts and numbers the table', async () => {
    const { result } = await stylesBuild();
    expect(await output('pdffonts', [result.pdfPath!])).not.to.contain('Type 3');
    const text = squash(await output('pdftotext', [result.pdfPath!, '-']));
    expect(text).to.contain('五、样式检查');
    expect(text).to.contain('1.三级标题');
    expect(text).to.contain('表1分类统计');
  });
});

describe('e2e: an annual report from the same data', function () {
  this.timeout(120_000);
  it('builds examples/annual-2022.yaml with its own title, 评估时点 and 序时进度, and no word of a mid-term evaluation', async () => {
    const { result } = await annualBuild();
    expect(result.model.meta.title).to.match(/实施情况的年度监测报告$/);
    expect(result.model.format).to.equal('internal');
    expect(result.evaluation.schedule).to.be.closeTo(0.4, 1e-12);
    const text = squash(await output('pdftotext', [result.pdfPath!, '-']));
    expect(text).to.contain('数据截至2022年');
    expect(text).to.contain('序时进度：40%');
    expect(text).to.not.contain('中期');
    // No zero-count phrases: a count of zero is left out, a list of nothing is not written.
    expect(text).to.not.match(/(?<![\d.])0项|：无[。；，]|为无/);
  });
});

describe('e2e: the default narrative writes no zero-count phrases in any year', function () {
  this.timeout(120_000);
  it('expands for 2021–2023 without “0项” or “无” lists', async () => {
    const { loadAndEvaluate } = await import('../../src/loadEvaluation.ts');
    const { evaluate } = await import('../../src/evaluate/index.ts');
    const { narrate } = await import('../../src/narrative/index.ts');
    const { figureKeys } = await import('../../src/figures/keys.ts');
    const { toHtml } = await import('hast-util-to-html');
    const { plan, content, config } = await loadAndEvaluate({ cwd: PROJECT_ROOT, withContent: true });
    for (const year of [2021, 2022, 2023]) {
      const evaluation = evaluate(plan, { year, half: false }, { ...result(config) });
      const html = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info) }).sections.map((s) => toHtml(s.tree)).join('');
      expect(html, String(year)).to.not.match(/(?<![\d.])0项|：无[。；，]|为无/);
    }
  });
});

/** The evaluation settings of a loaded config. */
function result(config: Parameters<typeof evaluationSettings>[0]) {
  return evaluationSettings(config);
}
