// 预览的排版：与 build 同一套阶段（读取 → 评估 → 图表 → 正文 → 组装 → HTML），但记住上一次的结果，
// 只改了正文时不重算评估和图表（图表是最慢的一步）。
import { checkProse } from '../check/prose.ts';
import { renderHtml, reportTemplates } from '../assemble/html.ts';
import { assembleReport } from '../assemble/report.ts';
import type { ReportModel } from '../assemble/model.ts';
import type { Config } from '../config.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { buildFigures, type Figure } from '../figures/index.ts';
import { figureKeys } from '../figures/keys.ts';
import { FONT_FILES, fontSetup } from '../fonts.ts';
import { loadContent } from '../load/content.ts';
import { loadAndEvaluate } from '../loadEvaluation.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { narrate } from '../narrative/index.ts';

export interface Rendered {
  html: string;
  model: ReportModel;
  evaluation: Evaluation;
  plan: Plan;
  config: Config;
  warnings: Diagnostic[];
  /** Milliseconds the render took, and whether the evaluation and charts were reused. */
  ms: number;
  reused: boolean;
}

interface Cache {
  config: Config;
  plan: Plan;
  evaluation: Evaluation;
  figures: Figure[];
  warnings: Diagnostic[];
}

/** Renders the report as HTML, reusing evaluation and charts while only the narrative changed. */
export class PreviewRenderer {
  private cache: Cache | undefined;
  constructor(private readonly options: { config: string; cwd: string }) {}

  /** Forget the evaluation and charts: data, templates or the config changed. */
  invalidate(): void {
    this.cache = undefined;
  }

  async render(): Promise<Rendered> {
    const started = performance.now();
    const reused = this.cache !== undefined;
    let cache = this.cache;
    if (!cache) {
      const loaded = await loadAndEvaluate({ config: this.options.config, cwd: this.options.cwd });
      const figures = await buildFigures(loaded.evaluation, loaded.plan.info, FONT_FILES.hei);
      cache = { config: loaded.config, plan: loaded.plan, evaluation: loaded.evaluation, figures, warnings: loaded.warnings };
    }
    const { config, plan, evaluation, figures } = cache;
    const content = await loadContent(config.paths.content, config.display);
    const narrative = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info) });
    const model = assembleReport(config, plan, evaluation, narrative.sections, figures);
    const html = renderHtml(model, config, fontSetup(config), await reportTemplates(config, plan));
    // Only a successful render is kept: a broken file leaves the last good state to come back to.
    this.cache = cache;
    const warnings = [...cache.warnings, ...narrative.warnings, ...checkProse(content, { plan, evaluation })];
    return { html, model, evaluation, plan, config, warnings, ms: performance.now() - started, reused };
  }
}
