// 构建：load → validate → evaluate → figures → narrative → assemble → print，各阶段一个模块、单向数据流。
// The CLI and the tests call this same function.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { evaluationSettings, loadConfig, type Config } from './config.ts';
import { InputError } from './diagnostics.ts';
import { evaluate } from './evaluate/index.ts';
import { buildFigures, figureKeys } from './figures/index.ts';
import { FONT_FILES, fontSetup, missingFontFiles } from './fonts.ts';
import { loadContent } from './load/content.ts';
import { readPlanFiles } from './load/planFiles.ts';
import { validatePlan } from './validate/plan.ts';
import type { Evaluation } from './model/evaluation.ts';
import type { Plan } from './model/plan.ts';
import { narrate } from './narrative/index.ts';
import { assembleReport } from './assemble/report.ts';
import { renderHtml } from './assemble/html.ts';
import type { ReportModel } from './assemble/model.ts';
import { launchBrowser, resolveBrowser } from './print/browser.ts';
import { printReport } from './print/pdf.ts';
import { writeAtomically } from './atomicWrite.ts';
import { msg } from './messages.ts';

export const STAGES = {
  load: '读取',
  validate: '校验',
  evaluate: '评估',
  figures: '图表',
  narrative: '正文',
  assemble: '组装',
  print: '排版打印',
} as const;
export type Stage = keyof typeof STAGES;

export interface BuildOptions {
  /** Config file (default plan-eval.yaml in `cwd`). */
  config?: string;
  /** Output folder, overriding the config. */
  out?: string;
  cwd?: string;
  /** Called after each stage with its duration in ms. */
  onStage?: (stage: Stage, ms: number) => void;
  /** A running browser to reuse (batch builds, tests); otherwise one is launched and closed. */
  browser?: Browser;
}

export interface BuildResult {
  pdfPath: string;
  config: Config;
  plan: Plan;
  evaluation: Evaluation;
  model: ReportModel;
  /** Printed page number of each heading, by id. */
  pages: Map<string, number>;
  physicalPages: number;
}

/**
 * Everything up to the evaluation, shared by `build` and the `evaluate` and `forms` commands; only a build
 * reads the narrative (`withContent`).
 */
export async function loadAndEvaluate(options: Pick<BuildOptions, 'config' | 'out' | 'cwd' | 'onStage'> & { withContent?: boolean } = {}) {
  const timer = stageTimer(options.onStage);
  const config = await loadConfig(options.config, options.out ? { out: options.out } : {}, options.cwd);
  const files = await readPlanFiles(config.paths.plan, config.display);
  const content = options.withContent ? await loadContent(config.paths.content, config.display) : [];
  timer('load');

  const plan = validatePlan(files);
  const { start, end } = plan.info.period;
  if (config.evaluation.year < start || config.evaluation.year > end) {
    throw new InputError([msg.evaluationYear(config.file, undefined, config.evaluation.year, start, end)]);
  }
  timer('validate');

  const evaluation = evaluate(plan, { year: config.evaluation.year, half: config.evaluation.half }, evaluationSettings(config));
  timer('evaluate');
  return { config, plan, evaluation, content, timer };
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const missing = missingFontFiles();
  if (missing.length > 0) throw new InputError(missing.map(msg.fontMissing));
  const { config, plan, evaluation, content, timer } = await loadAndEvaluate({ ...options, withContent: true });

  const figures = await buildFigures(evaluation, plan.info, FONT_FILES.hei);
  timer('figures');

  const sections = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info) });
  timer('narrative');

  const fonts = fontSetup(config);
  const model = assembleReport(config, plan, evaluation, sections, figures);
  const html = await renderHtml(model, config, fonts);
  timer('assemble');

  const browser = options.browser ?? (await launchBrowser(resolveBrowser(config.browser.executablePath), config.browser.timeoutSeconds));
  try {
    const printed = await printReport(browser, { html, model, templatesDir: config.paths.templates, roots: fonts.roots, timeoutSeconds: config.browser.timeoutSeconds });
    await mkdir(config.paths.out, { recursive: true });
    const pdfPath = join(config.paths.out, config.output);
    await writeAtomically(pdfPath, printed.pdf);
    timer('print');
    return { pdfPath, config, plan, evaluation, model, pages: printed.pages, physicalPages: printed.physicalPages };
  } finally {
    if (!options.browser) await closeBrowser(browser);
  }
}

/** Closes the browser, killing it if it does not answer (a hung Chromium must not keep the CLI alive). */
async function closeBrowser(browser: Browser): Promise<void> {
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  if ((await Promise.race([browser.close().then(() => 'closed' as const), timeout])) === 'timeout') browser.process()?.kill('SIGKILL');
}

function stageTimer(onStage?: (stage: Stage, ms: number) => void) {
  let last = performance.now();
  return (stage: Stage) => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
  };
}
