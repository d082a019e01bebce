// 端到端测试共用的成品：每份报告（PDF、Word）在整个测试进程中只生成一次，读回一次，各测试文件共用。
// Each report is a memo, started in the background when the run starts (test/background.ts): while one report's
// charts and narrative are made in Node, Chromium prints another, and the suites' own checks run meanwhile. The
// builds share one browser, two at a time; the suites await the report they read. A suite run alone starts only
// what its file asks for (`early`).
import { appendFile, chmod, copyFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { build, type BuildOptions, type BuildResult } from '../../src/build.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { initPlan, type InitResult } from '../../src/init/index.ts';
import { closeBrowser, launchBrowser, resolveBrowser } from '../../src/print/browser.ts';
import type { OutlineEntry } from '../pdfRead.ts';
import { pageText, readPdf, type PdfRead } from './pdfLayout.ts';
import { background, early, memo } from '../background.ts';
import { cli, output, run, type Ran } from '../run.ts';

export const squash = (s: string) => s.replace(/\s+/g, '');

export interface Built {
  result: BuildResult;
  /** The output folder the build was given. */
  out: string;
}

// ——— One browser, two prints at a time ———

let browser: Promise<Browser> | undefined;

/** The run's one browser for in-process builds (and tests that need a page of their own); closed by `quiet`. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= launchBrowser(resolveBrowser(null), 120);
  return browser;
}

/** Closes the shared browser (a later build launches it again); nothing of it is left in the temporary folder. */
async function closeShared(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await closeBrowser(await b).catch(() => undefined);
}

// Two builds at once keep two cores busy: one report's charts and narrative are made in Node while Chromium
// prints another's (as buildMany does).
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(job: () => Promise<T>): Promise<T> {
  if (running < 2) running++;
  else await new Promise<void>((r) => waiting.push(r)); // the slot is handed over by the build that ends
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** The shared browser, given to a build as a function that notes whether the build asked for it. */
export function watchedBrowser(): { browser: () => Promise<Browser>; asked: () => boolean } {
  let asked = false;
  return { browser: () => ((asked = true), sharedBrowser()), asked: () => asked };
}

/** A build on the shared browser. */
function buildShared(options: BuildOptions): Promise<BuildResult> {
  return limited(async () => build({ ...options, browser: await sharedBrowser() }));
}

/** The reports asked for so far, from their set-up (a copied project, `plan-eval init`) to their build. */
const building = new Set<Promise<unknown>>();
/** A report made once: counted from its first step, so that `quiet` waits for it whole. */
function report<T>(make: () => Promise<T>): () => Promise<T> {
  return memo(() => {
    const made = make();
    building.add(made);
    return made;
  });
}

/**
 * Waits until every report asked for so far is made, and closes the shared browser: for a test that checks that
 * nothing of this process is left in the temporary folder. (A report asked for later launches the browser again.)
 */
export async function quiet(): Promise<void> {
  await Promise.allSettled([...building]);
  await closeShared();
}

background.after(closeShared);

// ——— The reports ———

const yamlOf = () => readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8');
/** The default config with these of its paths made absolute (into the repository). */
const absolute = (yaml: string, keys: ('plan' | 'content' | 'templates')[]) =>
  keys.reduce((y, k) => y.replace(new RegExp(`^${k}: .*$`, 'm'), `${k}: ${join(PROJECT_ROOT, { plan: 'data/haizhou-14', content: 'content', templates: 'templates' }[k])}`), yaml);

/**
 * The default report (the 人大 version of the 海州区 mid-term evaluation), as `plan-eval build --format pdf,docx`
 * makes it: the PDF and the Word document of one build.
 */
export const defaultBuild = report(async (): Promise<Built> => {
  const out = await mkdtemp(join(tmpdir(), 'pe-e2e-'));
  return { result: await buildShared({ cwd: PROJECT_ROOT, out, formats: ['pdf', 'docx'] }), out };
});

/** examples/annual-2022.yaml: an annual report, internal format (cover and 目录). */
export const annualBuild = report(async (): Promise<Built> => {
  const out = await mkdtemp(join(tmpdir(), 'pe-annual-'));
  return { result: await buildShared({ cwd: PROJECT_ROOT, config: 'examples/annual-2022.yaml', out }), out };
});

/** Where the internal draft's browser was traced, or why it could not be (test/print/network.test.ts). */
export type Trace = { log: string } | { skipped: string };

/**
 * The default report as the 发改委 internal draft (report.format: internal): cover and 目录. It is printed by a
 * browser of its own under strace, where strace can trace it: test/print/network.test.ts reads the trace (no DNS
 * query, no connection, nothing sent), so the trace covers a whole real print without printing a report for it
 * alone.
 */
export const internalBuild = report(async (): Promise<Built & { trace: Trace }> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-internal-'));
  const yaml = (await yamlOf()).replace('format: npc', 'format: internal');
  for (const d of ['data', 'content', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
  await writeFile(join(dir, 'plan-eval.yaml'), yaml);
  const out = join(dir, 'out');
  const traced = await tracedBrowser(dir);
  if ('skipped' in traced) return { result: await buildShared({ cwd: dir, out }), out, trace: traced };
  try {
    return { result: await limited(() => build({ cwd: dir, out, browser: traced.browser })), out, trace: { log: traced.log } };
  } finally {
    await closeBrowser(traced.browser); // strace ends with the browser: the trace is then complete
  }
});

// A program that is not installed cannot be started at all (spawn fails): that is a no too.
const works = (cmd: string, args: string[]) => run(cmd, args).then((r) => r.status === 0, () => false);

/** Chromium under strace, logging its socket calls into `dir`; or why that cannot be done here. */
async function tracedBrowser(dir: string): Promise<{ browser: Browser; log: string } | { skipped: string }> {
  // strace is a test tool: scripts/setup.mjs installs it for `npm test` when run as root (as CI does).
  if (!(await works('strace', ['-f', '-o', '/dev/null', 'true']))) return { skipped: '没有 strace 或不允许跟踪进程；以 root 运行 npm test 时 scripts/setup.mjs 会安装 strace' };
  const log = join(dir, 'trace.log');
  // As root the browser also runs where there is no network at all (only a loopback that is down), which proves
  // the build does not need one; the trace proves nothing was even tried.
  const root = process.getuid?.() === 0;
  const isolate = root && (await works('unshare', ['-n', 'true'])) ? 'unshare -n ' : '';
  // strace stops the browser at every system call unless a seccomp filter picks out the traced ones (strace ≥ 5.3),
  // which makes the traced build about twice as fast. Only as root: Chromium then runs without its own sandbox, whose
  // seccomp filters would take precedence and could hide a call they refuse; otherwise every call is stopped at.
  const filter = root && (await works('strace', ['-f', '--seccomp-bpf', '-o', '/dev/null', 'true'])) ? '--seccomp-bpf ' : '';
  const wrapper = join(dir, 'chromium');
  await writeFile(wrapper, `#!/bin/sh\nexec ${isolate}strace -f ${filter}-qq -yy -e trace=connect,sendto,sendmsg,sendmmsg -o '${log}' '${resolveBrowser(null)}' "$@"\n`);
  await chmod(wrapper, 0o755);
  return { browser: await launchBrowser(wrapper, 120), log };
}

/** The other kinds of report, from the examples of the repository: the PDF and the Word document of one build. */
const KIND_CONFIGS = { final: 'examples/final-2025.yaml', adjustment: 'examples/adjustment-2024.yaml', response: 'examples/response-2024.yaml' } as const;
const kindMemos = Object.fromEntries(
  Object.entries(KIND_CONFIGS).map(([kind, config]) => [
    kind,
    report(async (): Promise<Built> => {
      const out = await mkdtemp(join(tmpdir(), `pe-kind-${kind}-`));
      return { result: await buildShared({ cwd: PROJECT_ROOT, config, out, formats: ['pdf', 'docx'] }), out };
    }),
  ]),
);
/** The final evaluation, the adjustment proposal or the response to the 审议意见, built from its example config. */
export const kindBuild = (kind: keyof typeof KIND_CONFIGS): Promise<Built> => kindMemos[kind]!();

/**
 * One project, one build, for two checks off the default's path: the narrative has every heading level, emphasis,
 * a captioned table and both bold styles (build.test: fonts and numbering), and the stylesheet lets table rows
 * break across pages (layout.test: the row check must find the rows Chromium splits; the reports keep every row
 * whole). Neither change touches what the other check reads.
 */
export const stylesBuild = report(async (): Promise<Built> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-styles-'));
  await cp(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
  await writeFile(
    join(dir, 'content', '05-样式.md'),
    '# 样式检查\n\n## 二级标题\n\n### 三级标题\n\n#### 四级标题\n\n##### 五级标题\n\n正文*强调*与**重点**。\n\n表：分类统计\n\n| 类别 | 数量 |\n|---|---|\n| 甲 | {{total}} |\n',
  );
  await cp(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  const css = await readFile(join(dir, 'templates', 'report.css'), 'utf8');
  const breaking = css.replace(/(tr|tbody\.indicator) \{ break-inside: avoid; \}/g, '$1 { break-inside: auto; }');
  if (breaking === css) throw new Error('report.css no longer keeps rows whole with “break-inside: avoid”: change this test with it');
  await writeFile(join(dir, 'templates', 'report.css'), breaking);
  const config = absolute(await yamlOf(), ['plan']).replace(/^evaluation:/m, 'style:\n  boldLevel2: true\n  boldLevel3: true\n\nevaluation:');
  await writeFile(join(dir, 'plan-eval.yaml'), config);
  const result = await buildShared({ cwd: dir });
  return { result, out: join(dir, 'out') };
});

/**
 * The annual example with its 目录 on pages of their own with a deeper top margin: it runs to two pages in print,
 * while the in-page estimate (the 版心's 225 mm) says one — three front pages (odd: pad) estimated, four printed.
 */
export const deepTocBuild = report(async (): Promise<Built> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-front-'));
  for (const d of ['data', 'examples', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
  await appendFile(join(dir, 'templates', 'report.css'), '\n.toc { page: toc-deep; }\n@page toc-deep { margin-top: 120mm; counter-increment: page 0; @bottom-left { content: none; } @bottom-right { content: none; } }\n');
  const out = join(dir, 'out');
  return { result: await buildShared({ cwd: dir, config: 'examples/annual-2022.yaml', out }), out };
});

/**
 * The adjustment proposal from data that are not illustrative (the sample sources “示例（非真实数据）” of the
 * yearly figures and the project progress replaced), its proposals still illustrative: the mark on every page must
 * say so without calling the statistics illustrative.
 */
export const realDataAdjustmentBuild = report(async (): Promise<Built> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-realdata-'));
  for (const d of ['data', 'examples', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
  for (const file of ['observations.csv', 'projects-progress.csv']) {
    const path = join(dir, 'data', 'haizhou-14', file);
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll('示例（非真实数据）', '区统计局年报'));
  }
  const out = join(dir, 'out');
  return { result: await buildShared({ cwd: dir, config: 'examples/adjustment-2024.yaml', out }), out };
});

/**
 * The annual example (front matter of three pages: a pad page is needed) with report.hbs lacking the pad page:
 * the build must refuse, naming the template.
 */
export const padlessBuild = report(async (): Promise<{ dir: string; error?: unknown }> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-padless-'));
  for (const d of ['data', 'examples', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
  const template = join(dir, 'templates', 'report.hbs');
  await writeFile(template, (await readFile(template, 'utf8')).replace(/^.*toc-pad.*\n/m, ''));
  try {
    await buildShared({ cwd: dir, config: 'examples/annual-2022.yaml', out: join(dir, 'out') });
    return { dir };
  } catch (error) {
    return { dir, error };
  }
});

/** A file that stands in for the last good PDF: a failed build must leave it byte for byte and time for time. */
export interface Previous {
  path: string;
  bytes: Buffer;
  mtimeMs: number;
}

/** How a build that may fail ended, with the project it ran in. */
export interface Outcome {
  dir: string;
  /** The stand-in for the last good PDF, as it was before the build. */
  previous: Previous;
  result?: BuildResult;
  error?: unknown;
}

/** A project using the repository's data and narrative with a copy of its templates, changed by `damage`. */
async function projectWithTemplates(damage: (templates: string) => Promise<void>): Promise<{ dir: string; previous: Previous }> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-layout-'));
  await cp(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  await damage(join(dir, 'templates'));
  await writeFile(join(dir, 'plan-eval.yaml'), absolute(await yamlOf(), ['plan', 'content']));
  const path = join(dir, 'out', 'haizhou-14-midterm.pdf');
  await mkdir(join(dir, 'out'));
  await cp(join(PROJECT_ROOT, 'package.json'), path); // stands in for the last good output
  return { dir, previous: { path, bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs } };
}

/** A build with damaged templates, run once: its result or its error, and the previous PDF as it was before. */
const damagedBuild = (damage: (templates: string) => Promise<void>) =>
  report(async (): Promise<Outcome> => {
    const { dir, previous } = await projectWithTemplates(damage);
    try {
      return { dir, previous, result: await buildShared({ cwd: dir }) };
    } catch (error) {
      return { dir, previous, error };
    }
  });

const editCss = (edit: (css: string) => string) => async (templates: string) => {
  const css = await readFile(join(templates, 'report.css'), 'utf8');
  await writeFile(join(templates, 'report.css'), edit(css));
};

/** A stylesheet printing US Letter: the build must stop after printing. */
export const letterBuild = damagedBuild(editCss((css) => css.replace(/size: A4;/, 'size: letter;')));

export interface InitBuilt extends Built {
  init: InitResult;
}

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/plans');
const FIXTURE_BUILDS = {
  // A provincial 十四五 table (CSV, no 基期 column) with long indicator names.
  'province-style': { table: '指标表.csv', data: ['observations.csv', 'judgements.csv'], region: '示例省' },
  // A district 十五五 table (xlsx, merged 类别, units in names).
  fifteenth: { table: '指标表.xlsx', data: ['observations.csv'], region: '示例市示例区' },
} as const;
const fixtureMemos = Object.fromEntries(
  Object.entries(FIXTURE_BUILDS).map(([fixture, { table, data, region }]) => [
    fixture,
    report(async (): Promise<InitBuilt> => {
      // init from the fixture's table into a fresh folder outside the repository, add its data, build as is.
      const cwd = await mkdtemp(join(tmpdir(), `pe-init-${fixture}-`));
      const init = await initPlan({ dir: fixture, from: join(FIXTURES, fixture, table), cwd, today: new Date('2024-06-28T12:00:00'), region });
      for (const file of data) await copyFile(join(FIXTURES, fixture, file), join(init.dir, file));
      return { init, result: await buildShared({ cwd, config: init.config }), out: join(init.dir, 'out') };
    }),
  ]),
);

/** A fixture plan of test/fixtures/plans through `plan-eval init`, built to PDF. */
export const fixtureBuild = (fixture: keyof typeof FIXTURE_BUILDS): Promise<InitBuilt> => fixtureMemos[fixture]!();

// ——— Read back once ———

const reads = new Map<string, Promise<PdfRead>>();
/**
 * A built PDF read back once (pdf.js, every page) for all the suites that check it: the layout checks read its
 * geometry, the others its text and outline.
 */
export function readDocument(built: Pick<Built, 'result'>): Promise<PdfRead> {
  const path = built.result.pdfPath!;
  let read = reads.get(path);
  if (!read) reads.set(path, (read = readPdf(path)));
  return read;
}

export interface ReadBack {
  /** The text of each page, without white space. */
  pages: string[];
  outline: OutlineEntry[];
}

/** The text of each page and the outline of a built PDF. */
export async function readBack(built: Pick<Built, 'result'>): Promise<ReadBack> {
  const { pages, outline } = await readDocument(built);
  return { pages: pages.map(pageText), outline };
}

// ——— Outside this process ———

/**
 * The default report's Word document converted to PDF by LibreOffice, as text: one line per page, white space
 * removed. poppler reads the fallback-font glyphs of LibreOffice's PDF in order (pdfjs moves 〇 out of its word).
 */
export const officeText = memo(async (): Promise<string> => {
  const { result, out } = await defaultBuild();
  // A fresh profile: a LibreOffice already running for the user must not take the conversion.
  const profile = await mkdtemp(join(tmpdir(), 'pe-lo-'));
  try {
    await output('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), result.docxPath!], { timeoutMs: 180_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const text = await output('pdftotext', [join(out, 'lo', 'haizhou-14-midterm.pdf'), '-']);
  return text.split('\f').filter((p) => p.trim() !== '').map(squash).join('\n');
});

/** `plan-eval build a.yaml bad.yaml b.yaml` through the command line: its folder, exit code and output. */
export const cliBatch = memo(async (): Promise<Ran & { dir: string }> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-many-cli-'));
  await mkdir(join(dir, 'content'));
  // A short narrative keeps these builds quick: the title block, one section and the 附件.
  await writeFile(join(dir, 'content', '01.md'), '# 总体情况\n\n评估的{{total}}项指标中，已完成或超额完成的有若干项。\n');
  const config = (name: string) =>
    `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}\ncontent: content\ntemplates: ${join(PROJECT_ROOT, 'templates')}\nout: out\noutput: ${name}.pdf\n` +
    `report: { kind: annual, format: internal, author: 连云港市海州区发展和改革委员会, date: 2023-03-31 }\nevaluation: { year: 2022 }\n`;
  await writeFile(join(dir, 'a.yaml'), config('a'));
  await writeFile(join(dir, 'bad.yaml'), config('bad').replace('year: 2022', 'year: 2019')); // before the plan period: fails once loaded
  await writeFile(join(dir, 'b.yaml'), config('b'));
  return { dir, ...(await cli(['build', 'a.yaml', 'bad.yaml', 'b.yaml'], dir)) };
});

export { early };
