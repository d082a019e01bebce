// Vega-Lite 规格 → SVG 字符串（在 Node 中渲染，不经浏览器）。
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { remembered } from '../remembered.ts';
import zhNumber from 'd3-format/locale/zh-CN' with { type: 'json' };

// Chinese statistical tables use an ASCII hyphen for negatives; d3's default U+2212 breaks search for “-2.6”. And
// no thousands separator: the report's tables and text write 1000, not 1,000 — one number style everywhere.
const NUMBER_LOCALE = { ...(zhNumber as object), minus: '-', thousands: '' } as vega.NumberLocale;

/** Loader that refuses everything: chart data is always inline, and a spec must never reach a file or the network. */
const NO_LOADING = {
  load: () => Promise.reject(new Error('charts may not load data')),
  sanitize: () => Promise.reject(new Error('charts may not load data')),
  http: () => Promise.reject(new Error('charts may not load data')),
  file: () => Promise.reject(new Error('charts may not load data')),
} as unknown as vega.Loader;

/**
 * Text Vega keeps with opacity 0: axis labels dropped by labelOverlap (every other year of a crowded axis). Chromium
 * does not draw it, but the Word document's rasterizer (resvg, in @napi-rs/canvas) ignores the attribute and drew
 * every year over the kept ones, the last one cut off at the edge. Not part of the figure: left out of the SVG.
 */
const HIDDEN_TEXT = /<text\b[^>]*\sopacity="0"[^>]*>(?:(?!<\/text>)[\s\S])*<\/text>/g;

/** How many drawings the process keeps (the least recently used goes first). */
export const DRAWN_KEPT = 64;

/**
 * The chart as SVG, drawn once per spec in this process: a batch of reports on one plan (the 人大 version and the
 * internal draft, a year's reports for several meetings), the preview and the tests draw the same charts again and
 * again, and drawing is the costliest step in Node (about 0.1 s of CPU a chart). The SVG depends on the spec alone
 * (data inline, the process's one text measurer, fixed locale), so an equal spec gives the same bytes.
 */
export const renderSvg = remembered(draw, (spec: TopLevelSpec) => JSON.stringify(spec), DRAWN_KEPT, (svg, forget) => {
  svg.catch(forget); // a failed drawing is not kept: the next build reports it again
  return svg;
});

async function draw(spec: TopLevelSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = { level: () => logger, warn: (...a: unknown[]) => (warnings.push(a.join(' ')), logger), info: () => logger, debug: () => logger, error: (...a: unknown[]) => { throw new Error(a.join(' ')); } };
  const compiled = vl.compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: NO_LOADING, locale: { number: NUMBER_LOCALE } as unknown as vega.LocaleFormatters });
  try {
    return (await view.toSVG()).replace(HIDDEN_TEXT, '');
  } finally {
    view.finalize();
  }
}
