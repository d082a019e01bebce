// 图表阶段：由评估结果生成全部可供正文引用的图表（SVG），正文用 {{figure 键}} 放置。
import type { Evaluation } from '../model/evaluation.ts';
import type { PlanInfo } from '../model/plan.ts';
import { figureKeys } from './keys.ts';
import { installTextMeasurer } from './measure.ts';
import { renderSvg } from './render.ts';
import { statusByGroupSpec, trendSpec } from './specs.ts';

export interface Figure {
  key: string;
  /** Caption without its number: the number is given where the figure is placed. */
  title: string;
  svg: string;
}

/**
 * The figures of `keys` (by default every one the plan offers): a build draws only those its narrative places,
 * since drawing is the costliest step in Node and a figure not placed appears nowhere (PDF and Word alike).
 */
export async function buildFigures(evaluation: Evaluation, info: PlanInfo, chartFontFile: string, keys: readonly string[] = figureKeys(info)): Promise<Figure[]> {
  installTextMeasurer(chartFontFile);
  return Promise.all([...new Set(keys)].map((key) => drawFigure(key, evaluation, info)));
}

async function drawFigure(key: string, evaluation: Evaluation, info: PlanInfo): Promise<Figure> {
  if (key === 'status-by-group') return { key, title: '主要指标进展状态分布（按类别）', svg: await renderSvg(statusByGroupSpec(evaluation)) };
  const group = key.startsWith('trend:') ? key.slice('trend:'.length) : undefined;
  // The narrative refuses a key that figureKeys does not list, at its place in the content.
  if (group === undefined || !info.groups.includes(group)) throw new Error(`no figure “${key}”`);
  return { key, title: `“${group}”类指标走势：实际值与规划路径`, svg: await renderSvg(trendSpec(evaluation, group)) };
}
