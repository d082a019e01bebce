// 图表阶段：由评估结果生成全部可供正文引用的图表（SVG），正文用 {{figure 键}} 放置。
import type { Evaluation } from '../model/evaluation.ts';
import type { PlanInfo } from '../model/plan.ts';
import { installTextMeasurer } from './measure.ts';
import { renderSvg } from './render.ts';
import { statusByGroupSpec, trendSpec } from './specs.ts';

export interface Figure {
  key: string;
  /** Caption without its number: the number is given where the figure is placed. */
  title: string;
  svg: string;
}

export async function buildFigures(evaluation: Evaluation, info: PlanInfo, chartFontFile: string): Promise<Figure[]> {
  installTextMeasurer(chartFontFile);
  const figures: Promise<Figure>[] = [
    renderSvg(statusByGroupSpec(evaluation)).then((svg) => ({ key: 'status-by-group', title: '主要指标进展状态分布（按类别）', svg })),
    ...info.groups.map((group) =>
      renderSvg(trendSpec(evaluation, group)).then((svg) => ({ key: `trend:${group}`, title: `“${group}”类指标走势：实际值与规划路径`, svg })),
    ),
  ];
  return Promise.all(figures);
}

/** The keys content may use, without rendering anything (for checking expressions). */
export function figureKeys(info: PlanInfo): string[] {
  return ['status-by-group', ...info.groups.map((g) => `trend:${g}`)];
}
