// 图表文字宽度按真实字体测量：Vega 在 Node 中默认按每字 0.8em 估算，中文会少算约 20%，导致图例重叠、标题被截断。
import type { SKRSContext2D } from '@napi-rs/canvas';
import * as vega from 'vega';
import { canvas } from '../format/canvas.ts';

/** The family name chart text uses, in the SVG and in the page's @font-face alike. */
export const CHART_FONT = 'PE Chart';

let context: SKRSContext2D | undefined;

/**
 * Makes Vega measure text with the same font file the PDF will show. Vega's measurer is a module-level hook
 * (vega.textMetrics.width), so this is installed once per process; it is idempotent.
 */
export function installTextMeasurer(fontFile: string): void {
  if (context) return;
  const { GlobalFonts, createCanvas } = canvas();
  GlobalFonts.registerFromPath(fontFile, CHART_FONT);
  context = createCanvas(8, 8).getContext('2d');
  const ctx = context;
  const cache = new Map<string, number>();
  (vega as unknown as { textMetrics: { width: (item: TextItem, text: string) => number } }).textMetrics.width = (item, text) => {
    const font = `${item.fontStyle ?? 'normal'} ${item.fontWeight ?? 'normal'} ${item.fontSize ?? 11}px "${CHART_FONT}"`;
    const key = `${font}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(String(text)).width;
      cache.set(key, w);
    }
    return w;
  };
}

interface TextItem {
  fontSize?: number;
  fontStyle?: string;
  fontWeight?: string | number;
}

/** Width of `text` at `size` px in the chart font (for wrapping titles before Vega sees them). */
export function measure(text: string, size: number): number {
  if (!context) throw new Error('installTextMeasurer() must run first');
  context.font = `${size}px "${CHART_FONT}"`;
  return context.measureText(text).width;
}
