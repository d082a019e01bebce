// 构建：load → validate → evaluate → narrative → figures → assemble → print，各阶段一个模块、单向数据流。
// The CLI and the tests call this same function.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Config } from './config.ts';
import { loadAndEvaluate, type LoadOptions } from './loadEvaluation.ts';
import { InputError, type Diagnostic } from './diagnostics.ts';
import { buildFigures } from './figures/index.ts';
import { figureKeys } from './figures/keys.ts';
import { FONT_FILES, fontSetup, missingFontFiles, type FontSetup } from './fonts.ts';
import type { Evaluation } from './model/evaluation.ts';
import type { Plan } from './model/plan.ts';
import { narrate } from './narrative/index.ts';
import { checkProse } from './check/prose.ts';
import { assembleReport } from './assemble/report.ts';
import { renderHtml, reportTemplates } from './assemble/html.ts';
import { STYLESHEET } from './assemble/templates.ts';
import type { ReportModel } from './assemble/model.ts';
import { BrowserFailure, closeBrowser, launchBrowser, resolveBrowser } from './print/browser.ts';
import { openPrintPage, printReport, type PrintPage } from './print/pdf.ts';
import { removeStaleRunFolders } from './print/runFolder.ts';
import { checkOutputFolder, writeOutput } from './outputFolder.ts';
import { msg } from './messages.ts';

/** The outputs a build can write; each is a last stage over the same report model. */
export type OutputFormat = 'pdf' | 'docx';

export interface BuildOptions extends Omit<LoadOptions, 'withContent'> {
  /**
   * A browser to reuse (batch builds, tests; the caller closes it), or a function that gives one for the loaded
   * config (buildMany: one browser per executable). Otherwise one is launched while the report is assembled, and
   * closed.
   */
  browser?: Browser | ((config: Config) => Promise<Browser>);
  /** What to write (default: the PDF only). */
  formats?: OutputFormat[];
  /** Numbers in the narrative that disagree with the data stop the build instead of being 提示. */
  strict?: boolean;
}

export interface BuildResult {
  /** The PDF written, when the PDF was asked for. */
  pdfPath?: string;
  /** The Word document written, when it was asked for. */
  docxPath?: string;
  config: Config;
  plan: Plan;
  evaluation: Evaluation;
  model: ReportModel;
  /** Printed page number of each heading, by id. */
  pages: Map<string, number>;
  physicalPages: number;
  /** 提示 of the run (inputs read but not as documented), for the caller to show. */
  warnings: Diagnostic[];
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  // Run folders of builds that were killed outright (SIGKILL, power cut) are removed by the next build, first.
  await removeStaleRunFolders();
  const missing = missingFontFiles();
  if (missing.length > 0) throw new InputError(missing.map(msg.fontMissing));
  const { config, plan, evaluation, content, timer, warnings } = await loadAndEvaluate({ ...options, withContent: true });

  const formats = options.formats ?? ['pdf'];
  const given = options.browser;
  const fonts = fontSetup(config);
  // Chromium is started once the inputs have passed the checks that need no drawing (narrative, output folder,
  // templates): a build that stops on its inputs never starts it — starting and stopping it costs over a second of
  // CPU. It then starts (0.3–0.8 s) and opens the print page while the figures are drawn and the report is
  // assembled. A browser that cannot be found or started is reported when printing.
  let launched: Promise<Browser> | undefined;
  let pageReady: Promise<PrintPage> | undefined;
  const startPrinting = (): Promise<PrintPage> | undefined => {
    if (!formats.includes('pdf')) return undefined;
    launched = given === undefined ? (async () => launchBrowser(resolveBrowser(config.browser.executablePath), config.browser.timeoutSeconds))() : undefined;
    pageReady = (launched ?? (async () => (typeof given === 'function' ? given(config) : given!))()).then((browser) => openPrintPage(browser, [config.paths.templates, ...fonts.roots], config.browser.timeoutSeconds, given !== undefined));
    pageReady.catch(() => undefined); // awaited when printing; a build that stops before must not leave it unhandled
    return pageReady;
  };
  try {
    return await buildFrom({ config, plan, evaluation, content, timer, warnings }, options, formats, fonts, startPrinting);
  } catch (e) {
    throw browserProblem(e, config);
  } finally {
    // printReport() closes the page; when the build stopped before printing, it is closed here.
    await pageReady?.then((p) => p.close(), () => undefined);
    if (launched) await launched.then(closeBrowser, () => undefined);
  }
}

type Loaded = Awaited<ReturnType<typeof loadAndEvaluate>>;

async function buildFrom(
  { config, plan, evaluation, content, timer, warnings }: Loaded,
  options: BuildOptions,
  formats: OutputFormat[],
  fonts: FontSetup,
  startPrinting: () => Promise<PrintPage> | undefined,
): Promise<BuildResult> {
  const narrative = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info), kind: config.report.kind });
  const sections = narrative.sections;
  warnings.push(...narrative.warnings);
  // Hand-typed numbers that went stale: 提示 by default, errors with --strict (nothing is written then).
  const stale = checkProse(content, { plan, evaluation });
  if (options.strict && stale.length > 0) throw new InputError(stale.map(({ severity: _s, ...d }) => d));
  warnings.push(...stale);
  timer('narrative');
  // Before any output, the figures (a third of the build's time in Node) and the browser: a problem in the
  // narrative, a folder that cannot take the output or a missing template fails the build while nothing is spent
  // on it. The narrative places figures by their keys only.
  await checkOutputFolder(config);
  const templates = formats.includes('pdf') ? await reportTemplates(config, plan) : undefined;
  const pageReady = startPrinting();

  const figures = await buildFigures(evaluation, plan.info, FONT_FILES.hei, sections.flatMap((s) => s.figures.map((f) => f.key)));
  timer('figures');

  const model = assembleReport(config, plan, evaluation, sections, figures);
  timer('assemble');

  // The Word document is made while Chromium prints (its figures are encoded off the main thread). Both are
  // written once both are made: a build that fails in either writes neither.
  const docxStarted = performance.now();
  const docx = formats.includes('docx')
    ? import('./docx/index.ts').then(async ({ renderDocx }) => {
        const bytes = await renderDocx(model);
        return { bytes, ms: performance.now() - docxStarted };
      })
    : undefined;
  docx?.catch(() => undefined); // awaited below; a print that fails first must not leave it unhandled
  const writeDocx = async (): Promise<{ docxPath?: string }> => {
    if (!docx) return {};
    const { bytes, ms } = await docx;
    const docxPath = await writeOutput(config, bytes, config.output.replace(/\.pdf$/, '.docx'));
    timer('docx', ms);
    return { docxPath };
  };
  if (pageReady === undefined || templates === undefined) return { ...(await writeDocx()), config, plan, evaluation, model, pages: new Map(), physicalPages: 0, warnings };

  const html = renderHtml(model, config, fonts, templates);
  const printed = await printReport(await pageReady, {
    html,
    model,
    templatesDir: config.paths.templates,
    stylesheetFile: config.display(join(config.paths.templates, STYLESHEET)),
    timeoutSeconds: config.browser.timeoutSeconds,
    display: config.display,
  });
  await docx;
  const pdfPath = await writeOutput(config, printed.pdf);
  timer('print');
  return { pdfPath, ...(await writeDocx()), config, plan, evaluation, model, pages: printed.pages, physicalPages: printed.physicalPages, warnings };
}

/**
 * A browser that would not start, took longer than browser.timeoutSeconds or died while printing, as a message
 * that names the setting to change (in the config file, or the environment variable that chose the browser).
 */
function browserProblem(e: unknown, config: Config): unknown {
  if (!(e instanceof BrowserFailure)) return e;
  const configured = config.where(['browser', 'executablePath']);
  const fromEnv = !configured && (process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.PLAN_EVAL_CHROME);
  const executable = resolveBrowser(config.browser.executablePath);
  const chosenAt = configured ? { file: config.file, position: configured } : { file: fromEnv ? (process.env.PUPPETEER_EXECUTABLE_PATH ? 'PUPPETEER_EXECUTABLE_PATH' : 'PLAN_EVAL_CHROME') : executable };
  const timeoutAt = config.where(['browser', 'timeoutSeconds']);
  switch (e.kind) {
    case 'launch':
      return new InputError([msg.browserLaunch(chosenAt, executable, e.browserOutput)]);
    case 'launch-timeout':
    case 'timeout':
      return new InputError([msg.browserTimeout({ file: config.file, ...(timeoutAt ? { position: timeoutAt } : {}) }, config.browser.timeoutSeconds, e.kind === 'launch-timeout')]);
    case 'closed':
      return new InputError([msg.browserClosed(chosenAt, executable)]);
  }
}
