// 由评估结果生成 Vega-Lite 规格：各类别指标状态分布图、各类别指标走势图（实际值与规划路径）。
import type { TopLevelSpec } from 'vega-lite';
import { countsByLabel, statusLabel, statusLabels, type Evaluation, type IndicatorEvaluation } from '../model/evaluation.ts';
import { STATUS_STYLE } from '../format/status.ts';
import { words } from '../format/lineBreak.ts';
import { CHART_FONT, measure } from './measure.ts';

/** Chart width in CSS px: the 156 mm 版心 at 96 px/in is 589 px; a little is left for the SVG's own padding. */
export const CHART_WIDTH = 580;
/**
 * The size of all chart text in CSS px. The SVG is printed at its own size (1 px = 0.75 pt, never wider than the
 * 版心, see specs.test.ts), so 12.5 px is 9.4 pt: the smallest text of the report's tables is 9 pt, and no chart
 * text is smaller.
 */
export const CHART_TEXT = 12.5;

const BASE_CONFIG = {
  font: CHART_FONT,
  background: 'transparent',
  view: { stroke: null },
  axis: { labelFontSize: CHART_TEXT, titleFontSize: CHART_TEXT, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000', domainColor: '#555', tickColor: '#555', gridColor: '#e3e3e3' },
  legend: { labelFontSize: CHART_TEXT, titleFontSize: CHART_TEXT, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000', symbolSize: 120 },
  title: { fontSize: CHART_TEXT, fontWeight: 'normal', color: '#000', subtitleFontSize: CHART_TEXT, subtitleColor: '#444', anchor: 'start' },
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
    // The bars take what the group labels (“社会文明程度高（5项）”) leave of the chart width.
    width: Math.floor(CHART_WIDTH - Math.max(...groupLabels.map((l) => measure(l, CHART_TEXT))) - 24),
    height: { step: 30 },
    data: { values },
    config: BASE_CONFIG,
    encoding: {
      y: { field: 'group', type: 'nominal', sort: groupLabels, title: null, axis: { labelLimit: 0, ticks: false, domain: false } },
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
            // In one row under the bars, starting under the group labels: as wide as the chart at most.
            legend: { orient: 'none', legendX: -Math.ceil(Math.max(...groupLabels.map((l) => measure(l, CHART_TEXT))) + 8), legendY: groupLabels.length * 30 + 52, direction: 'horizontal', columns: statuses.length, columnPadding: 8, labelLimit: 0, symbolType: 'square' },
          },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        mark: { type: 'text', fontSize: CHART_TEXT, color: '#fff' },
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
const PANEL_GAP = 20;
/** Room left of each panel for its y-axis labels (“1000” at 12.5 px is 25 px, with tick and gap 34 px). */
const Y_AXIS = 38;
const PANEL_WIDTH = Math.floor((CHART_WIDTH - PANEL_GAP * (PANEL_COLUMNS - 1) - Y_AXIS * PANEL_COLUMNS) / PANEL_COLUMNS);
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
    title: { text: wrap(`${e.indicator.name}${unit}`, PANEL_WIDTH, CHART_TEXT), subtitle: wrap(subtitle, PANEL_WIDTH, CHART_TEXT) },
    data: { values: rows },
    encoding: {
      // Six years of 2020 … 2025 at 12.5 px take 150 px, a little more than a panel: where they would touch, every
      // other year is labelled (each year keeps its tick).
      x: { field: 'year', type: 'ordinal', title: null, scale: { type: 'point', padding: 0.1 }, axis: { labelAngle: 0, labelOverlap: 'parity', labelSeparation: 3 } },
      y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false, nice: true }, axis: { tickCount: 3 } },
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
 * Splits a title into lines that fit `width` px, measured in the chart font, between words (托育 and 年限 stay whole,
 * see format/lineBreak.ts). A unit in brackets such as “（亿美元）” is kept whole, so a line never ends in “（亿” or
 * starts with “）”.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = (text.match(/（[^（）]*）|[^（]+|（/gu) ?? []).flatMap((part) => (part.startsWith('（') && part.endsWith('）') ? [part] : words(part)));
  for (const token of tokens) {
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
