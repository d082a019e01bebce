// 由评估结果生成 Vega-Lite 规格：各类别指标状态分布图、各类别指标走势图（实际值与规划路径）。
import type { TopLevelSpec } from 'vega-lite';
import { countsByLabel, statusLabel, statusLabels, type Evaluation, type IndicatorEvaluation } from '../model/evaluation.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { CHART_FONT, measure } from './measure.ts';

/** Chart width in CSS px: the 156 mm 版心 at 96 px/in is 590 px; a little is left for the SVG's own padding. */
export const CHART_WIDTH = 580;

const BASE_CONFIG = {
  font: CHART_FONT,
  background: 'transparent',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000', domainColor: '#555', tickColor: '#555', gridColor: '#e3e3e3' },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000', symbolSize: 120 },
  title: { fontSize: 12, fontWeight: 'normal', color: '#000', subtitleFontSize: 11, subtitleColor: '#444', anchor: 'start' },
} as const;

/** 图：各类别主要指标进展状态（堆积条形图）。 */
export function statusByGroupSpec(evaluation: Evaluation): TopLevelSpec {
  // Counted by the printed word: a vocabulary may give two classes one word (the national scheme has no 严重滞后).
  const vocabulary = evaluation.settings.vocabulary;
  const statuses = statusLabels(evaluation.statuses, vocabulary);
  const colourOf = (label: string) => STATUS_STYLE[evaluation.statuses.find((s) => statusLabel(s, vocabulary) === label)!].colour;
  const values = evaluation.summary.byGroup.flatMap((g) =>
    countsByLabel(g.counts, evaluation.statuses, vocabulary)
      .map(([status, count], order) => ({ group: `${g.group}（${g.total}项）`, status, order, count }))
      .filter((r) => r.count > 0),
  );
  const groupLabels = evaluation.summary.byGroup.map((g) => `${g.group}（${g.total}项）`);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 150,
    height: { step: 30 },
    data: { values },
    config: BASE_CONFIG,
    encoding: {
      y: { field: 'group', type: 'nominal', sort: groupLabels, title: null, axis: { labelFontSize: 12, labelLimit: 0, ticks: false, domain: false } },
      x: { field: 'count', type: 'quantitative', stack: 'zero', title: '指标数（项）', axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: '#fff', strokeWidth: 1 },
        encoding: {
          color: {
            field: 'status',
            type: 'nominal',
            title: null,
            scale: { domain: statuses, range: statuses.map(colourOf) },
            legend: { orient: 'bottom', direction: 'horizontal', columns: statuses.length, labelLimit: 0, symbolType: 'square' },
          },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        mark: { type: 'text', fontSize: 11, color: '#fff' },
        encoding: {
          x: { field: 'count', type: 'quantitative', stack: 'zero', bandPosition: 0.5 },
          text: { field: 'count', type: 'quantitative' },
          order: { field: 'order', type: 'quantitative' },
          detail: { field: 'status' },
        },
        transform: [],
      },
    ],
  } as TopLevelSpec;
}

const PANEL_COLUMNS = 3;
const PANEL_GAP = 24;
const PANEL_WIDTH = Math.floor((CHART_WIDTH - PANEL_GAP * (PANEL_COLUMNS - 1) - 30 * PANEL_COLUMNS) / PANEL_COLUMNS);
const SERIES = { actual: '实际值', planned: '规划路径/目标要求' } as const;

/** 图：某一类别各项指标的走势，实际值与规划路径对照（小多图，每项指标一个纵轴）。 */
export function trendSpec(evaluation: Evaluation, group: string): TopLevelSpec {
  const items = evaluation.indicators.filter((e) => e.indicator.group === group).flatMap((e) => e.parts ?? [e]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...BASE_CONFIG, concat: { spacing: PANEL_GAP } },
    columns: PANEL_COLUMNS,
    concat: items.map(panel),
    resolve: { scale: { color: 'shared', strokeDash: 'shared' }, legend: { color: 'shared' } },
  } as TopLevelSpec;
}

function panel(e: IndicatorEvaluation) {
  const unit = e.indicator.unit ? `（${e.indicator.unit}）` : '';
  const rows = [
    ...e.plannedPath.map((p) => ({ year: String(p.year), value: round(p.value), series: SERIES.planned })),
    ...e.actualPath.map((p) => ({ year: String(p.year), value: round(p.value), series: SERIES.actual })),
  ];
  const subtitle = `${seriesNote(e)}状态：${e.statusLabel}`;
  return {
    width: PANEL_WIDTH,
    height: 72,
    title: { text: wrap(`${e.indicator.name}${unit}`, PANEL_WIDTH, 12), subtitle },
    data: { values: rows },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelFontSize: 10 } },
      y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false, nice: true }, axis: { tickCount: 3, labelFontSize: 10 } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: [SERIES.actual, SERIES.planned], range: ['#b71c1c', '#607d8b'] },
        legend: { orient: 'bottom', direction: 'horizontal', labelLimit: 0, symbolType: 'stroke', symbolStrokeWidth: 2 },
      },
      strokeDash: { field: 'series', type: 'nominal', scale: { domain: [SERIES.actual, SERIES.planned], range: [[1, 0], [5, 3]] }, legend: null },
    },
    layer: [{ mark: { type: 'line', strokeWidth: 1.6 } }, { mark: { type: 'point', filled: true, size: 22 }, encoding: { strokeDash: { value: [1, 0] } } }],
  };
}

/** What the y values are, when they are not the indicator's own levels. */
function seriesNote(e: IndicatorEvaluation): string {
  switch (e.indicator.form.type) {
    case 'growth-rate':
      return '当年增速；';
    case 'cumulative':
      return '期内累计；';
    case 'cumulative-decline':
      return '较基期累计下降；';
    case 'cumulative-change':
      return '较基期累计变化；';
    case 'relative':
      return '当年增速，虚线为比较对象；';
    case 'city-task':
      return '虚线为上级下达任务值；';
    case 'qualitative':
      return '定性目标；';
    default:
      return '';
  }
}

/**
 * Splits a title into lines that fit `width` px, measured in the chart font. A unit in brackets such as
 * “（亿美元）” is kept whole, so a line never ends in “（亿” or starts with “）”.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/（[^（）]*）|./gu) ?? []) {
    if (line && measure(line + token, size) > width) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  if (line) lines.push(line);
  return lines;
}

function round(n: number): number {
  return Number(n.toFixed(4));
}
