// 评估之前的各阶段（读取 → 校验 → 评估），供 build 与 evaluate、forms 命令共用；不加载图表、浏览器等重模块。
import { evaluationSettings, loadConfig } from './config.ts';
import { InputError, type Diagnostic } from './diagnostics.ts';
import { evaluate } from './evaluate/index.ts';
import { loadContent } from './load/content.ts';
import { missingUserFonts, printedTexts, reportCoverage, uncovered } from './fontCoverage.ts';
import { readPlanFiles } from './load/planFiles.ts';
import { msg } from './messages.ts';
import { validatePlan } from './validate/plan.ts';
import { checkReportKind } from './validate/kinds.ts';

export const STAGES = {
  load: '读取',
  validate: '校验',
  evaluate: '评估',
  narrative: '正文',
  figures: '图表',
  assemble: '组装',
  docx: 'Word 文档',
  print: '排版打印',
} as const;
export type Stage = keyof typeof STAGES;

export interface LoadOptions {
  /** Config file (default plan-eval.yaml in `cwd`). */
  config?: string;
  /** Output folder, overriding the config. */
  out?: string;
  cwd?: string;
  /** Called after each stage with its duration in ms. */
  onStage?: (stage: Stage, ms: number) => void;
  /** Read the narrative too (only a build needs it). */
  withContent?: boolean;
}

/**
 * Everything up to the evaluation, shared by `build` and the `evaluate` and `forms` commands; only a build
 * reads the narrative (`withContent`).
 */
export async function loadAndEvaluate(options: LoadOptions = {}) {
  const timer = stageTimer(options.onStage);
  const config = await loadConfig(options.config, options.out ? { out: options.out } : {}, options.cwd);
  const files = await readPlanFiles(config.paths.plan, config.display);
  // 提示 are collected here from every stage and printed after the run; they never stop it.
  const warnings: Diagnostic[] = [...files.warnings];
  const content = options.withContent ? await loadContent(config.paths.content, config.display) : [];
  // Only a build prints: a character no font of the report has would print as an empty box (a 提示, with its place).
  if (options.withContent) warnings.push(...missingUserFonts(config), ...uncovered(await printedTexts(config, files, content), await reportCoverage(config)));
  timer('load');

  const plan = validatePlan(files);
  const { start, end } = plan.info.period;
  if (config.evaluation.year < start || config.evaluation.year > end) {
    throw new InputError([msg.evaluationYear(config.file, undefined, config.evaluation.year, start, end)]);
  }
  timer('validate');

  const evaluation = evaluate(plan, { year: config.evaluation.year, half: config.evaluation.half }, evaluationSettings(config));
  checkReportKind(config, plan, evaluation);
  timer('evaluate');
  warnings.push(...evaluation.warnings);
  return { config, plan, evaluation, content, timer, warnings };
}

/**
 * Reports each stage as it ends, with the time since the previous one ended; a stage that ran beside the others
 * (the Word document, made while Chromium prints) gives its own duration instead.
 */
export function stageTimer(onStage?: (stage: Stage, ms: number) => void) {
  let last = performance.now();
  return (stage: Stage, ownMs?: number) => {
    const now = performance.now();
    onStage?.(stage, ownMs ?? now - last);
    last = now;
  };
}
