// 在 Node 中用 PDF 所用的字体文件量文字宽度（@napi-rs/canvas），供标题回行、表格列宽在排版之前算好。
// A user's installed fonts (config fonts.*) come first, as in the page's font stacks, registered from the files
// fontconfig finds for them (canvas does not scan the system's fonts, see canvas.ts). Then the free default of the
// role, registered from its file, then LXGW WenKai, as in the page.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { FONT_FILES, installedFontFiles, type FontRole } from '../fonts.ts';
import { canvas } from './canvas.ts';

/** The faces measured, by role: weight and the file of the default face. */
const DEFAULTS: Record<Exclude<FontRole, 'songti'>, { weight: number; file: string }> = {
  fangsong: { weight: 400, file: FONT_FILES.fangsong },
  heiti: { weight: 400, file: FONT_FILES.notoSans },
  kaiti: { weight: 400, file: FONT_FILES.kai },
  xiaobiaosong: { weight: 700, file: FONT_FILES.notoSerifBold },
};
export type MeasuredRole = keyof typeof DEFAULTS;

let context: SKRSContext2D | undefined;
const registered = new Set<MeasuredRole>();
const FALLBACK = 'PE Measure Fallback';

function ctx(): SKRSContext2D {
  if (!context) {
    const { GlobalFonts, createCanvas } = canvas();
    GlobalFonts.registerFromPath(FONT_FILES.kai, FALLBACK);
    context = createCanvas(8, 8).getContext('2d');
  }
  return context;
}

/** The user's installed families asked for so far, registered under their own names from their files. */
const installed = new Set<string>();
function registerInstalled(families: readonly string[]): void {
  const fresh = families.filter((f) => !installed.has(f));
  if (fresh.length === 0) return;
  for (const f of fresh) installed.add(f);
  for (const { path } of installedFontFiles(fresh)) canvas().GlobalFonts.registerFromPath(path);
}

/** A CSS font for the canvas: the user's fonts for the role, the registered default, the GBK fallback. */
function fontOf(role: MeasuredRole, sizePt: number, userFonts: readonly string[]): string {
  const family = `PE Measure ${role}`;
  registerInstalled(userFonts);
  if (!registered.has(role)) {
    canvas().GlobalFonts.registerFromPath(DEFAULTS[role].file, family);
    registered.add(role);
  }
  const families = [...userFonts, family, FALLBACK].map((f) => `"${f.replace(/"/g, '')}"`).join(', ');
  return `${DEFAULTS[role].weight} ${(sizePt * 4) / 3}px ${families}`;
}

export interface TextStyle {
  role: MeasuredRole;
  /** Font size in pt. */
  size: number;
  /** CSS letter-spacing in pt, added after every character as Chromium does. */
  letterSpacing?: number;
  /** The user's installed fonts for the role (config fonts.*), tried first. */
  userFonts?: readonly string[];
}

const cache = new Map<string, number>();

/** The advance width of `text` in pt, as Chromium will set it (kerning aside). */
export function textWidth(text: string, style: TextStyle): number {
  const font = fontOf(style.role, style.size, style.userFonts ?? []);
  const key = `${font}\u0000${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const c = ctx();
    c.font = font;
    w = (c.measureText(text).width * 3) / 4;
    cache.set(key, w);
  }
  return w + [...text].length * (style.letterSpacing ?? 0);
}
