// 字形覆盖：正文、数据和版式中印出的每个字符，须至少有一种报告所用的字体含有它；否则 PDF 里是空白方框，
// 或由系统中碰巧有的字体代替（字形、字号都不对）。按字体文件的字符映射表（cmap）核对，逐字给出位置。
// No font library is installed (fontkit is not a dependency), and only the character map is needed: it is read
// here, from the table directory and the 'cmap' table alone, without loading the (15 MB) font files whole.
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config.ts';
import type { ContentFile } from './load/content.ts';
import type { CsvRow } from './load/csv.ts';
import type { PlanFiles } from './load/planFiles.ts';
import { positionsIn, type YamlSource } from './load/yamlFile.ts';
import type { Diagnostic, Position } from './diagnostics.ts';
import { fontSetup, installedFontFiles, type FontRole, type InstalledFont } from './fonts.ts';
import { msg } from './messages.ts';

/** Sorted, disjoint, inclusive ranges of code points. */
export class Coverage {
  private constructor(private readonly ranges: [number, number][]) {}

  static of(codePoints: Iterable<number>): Coverage {
    const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const c of sorted) {
      const last = ranges.at(-1);
      if (last && c === last[1] + 1) last[1] = c;
      else ranges.push([c, c]);
    }
    return new Coverage(ranges);
  }

  static ofRanges(ranges: [number, number][]): Coverage {
    return Coverage.union([new Coverage(ranges.map(([a, b]) => [a, b] as [number, number]))]);
  }

  static union(all: Coverage[]): Coverage {
    const ranges = all.flatMap((c) => c.ranges.map(([a, b]) => [a, b] as [number, number])).sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of ranges) {
      const last = merged.at(-1);
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return new Coverage(merged);
  }

  has(c: number): boolean {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = this.ranges[mid]!;
      if (c < a) hi = mid - 1;
      else if (c > b) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/**
 * The characters a TrueType/OpenType font (or font `index` of a collection) maps to a glyph, from its 'cmap':
 * format 12 (all planes) when present, else format 4 (the Basic Multilingual Plane).
 */
export async function fontCoverage(path: string, index = 0): Promise<Coverage> {
  const file = await open(path, 'r');
  try {
    const read = async (offset: number, length: number) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await file.read(buf, 0, length, offset);
      if (bytesRead < length) throw new Error(`${path}: truncated font`);
      return buf;
    };
    let base = 0;
    const tag = (await read(0, 4)).toString('latin1');
    if (tag === 'ttcf') base = (await read(12 + 4 * index, 4)).readUInt32BE(0);
    const numTables = (await read(base + 4, 2)).readUInt16BE(0);
    const directory = await read(base + 12, numTables * 16);
    let cmapAt = -1;
    let cmapLength = 0;
    for (let i = 0; i < numTables; i++) {
      if (directory.toString('latin1', i * 16, i * 16 + 4) === 'cmap') {
        cmapAt = directory.readUInt32BE(i * 16 + 8);
        cmapLength = directory.readUInt32BE(i * 16 + 12);
      }
    }
    if (cmapAt < 0) return Coverage.of([]);
    return cmapCoverage(await read(cmapAt, cmapLength));
  } finally {
    await file.close();
  }
}

/** The code points a 'cmap' table maps to a glyph other than .notdef. */
export function cmapCoverage(cmap: Buffer): Coverage {
  const records = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: records }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  })).map((r) => ({ ...r, format: cmap.readUInt16BE(r.offset) }));
  const unicode = (r: { platform: number; encoding: number }) => r.platform === 0 || (r.platform === 3 && (r.encoding === 1 || r.encoding === 10));
  const full = subtables.find((r) => unicode(r) && r.format === 12);
  if (full) {
    const groups = cmap.readUInt32BE(full.offset + 12);
    const ranges: [number, number][] = [];
    for (let g = 0; g < groups; g++) {
      const at = full.offset + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      // A group starting at glyph 0 maps its first character to .notdef, which is no glyph at all.
      if (glyph === 0) ranges.push([start + 1, end]);
      else ranges.push([start, end]);
    }
    return Coverage.ofRanges(ranges.filter(([a, b]) => a <= b));
  }
  const bmp = subtables.find((r) => unicode(r) && r.format === 4);
  if (!bmp) return Coverage.of([]);
  const o = bmp.offset;
  const segments = cmap.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const points: number[] = [];
  for (let s = 0; s < segments; s++) {
    const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)];
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = at + 2 <= cmap.length ? cmap.readUInt16BE(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.push(c);
    }
  }
  return Coverage.of(points);
}

/** Font files of the families a user configured (fonts.*), as fontconfig finds them. */
function userFontFiles(config: Pick<Config, 'fonts'>): InstalledFont[] {
  return installedFontFiles((Object.keys(config.fonts) as FontRole[]).flatMap((role) => config.fonts[role]));
}

/** A 提示 for each family named in fonts.* that fontconfig does not find: the report would use the free default without a word. */
export function missingUserFonts(config: Pick<Config, 'fonts' | 'file' | 'where'>): Diagnostic[] {
  return (Object.keys(config.fonts) as FontRole[]).flatMap((role) =>
    config.fonts[role].flatMap((name, i) => (installedFontFiles([name]).length > 0 ? [] : [msg.fontNotInstalled(config.file, config.where(['fonts', role, i]), role, name)])),
  );
}

const cache = new Map<string, Promise<Coverage>>();
const cached = (key: string, make: () => Promise<Coverage>) => {
  if (!cache.has(key)) cache.set(key, make().catch(() => Coverage.of([])));
  return cache.get(key)!;
};

/** Every character some font of the report can draw: the free defaults (their files) and the user's own fonts named in the config. */
export async function reportCoverage(config: Pick<Config, 'fonts'>): Promise<Coverage> {
  const setup = fontSetup(config);
  const files = [...new Set(setup.faces.map((f) => decodeURIComponent(new URL(f.url).pathname)))].map((path) => ({ path, index: 0 }));
  const all = await Promise.all([
    ...[...files, ...userFontFiles(config)].map(({ path, index }) => cached(`${path}#${index}`, () => fontCoverage(path, index))),
  ]);
  return Coverage.union(all);
}

/** A text that is printed, and the place of each of its characters. */
export interface PrintedText {
  file: string;
  text: string;
  /** Position of the character at `index` of `text`; lines only (a CSV row) when there are no columns. */
  at(index: number): Position;
}

/** Characters that need no glyph: controls, format characters (joiners, variation selectors, BOM), line breaks. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Variation_Selector}]/u;

/**
 * One 提示 per character and file that no font of the report has, at its first place, with how often it occurs.
 * Such a character prints as an empty box or in a stray system font.
 */
export function uncovered(texts: PrintedText[], coverage: Coverage): Diagnostic[] {
  const found = new Map<string, { file: string; char: string; position: Position; count: number }>();
  for (const { file, text, at } of texts) {
    let index = 0;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (!coverage.has(cp) && !INVISIBLE.test(char)) {
        const key = `${file}\u0000${char}`;
        const seen = found.get(key);
        if (seen) seen.count += 1;
        else found.set(key, { file, char, position: at(index), count: 1 });
      }
      index += char.length;
    }
  }
  return [...found.values()].map((f) => msg.fontCoverage(f.file, f.position, f.char, f.count));
}

/**
 * Everything of the project that is printed, as written: the narrative, the strings of the registers and the
 * config (names, units, notes, title), the cells of the data tables (sources, notes), and the templates.
 * Comments are blanked (they are not printed) without moving anything.
 */
export async function printedTexts(config: Config, files: PlanFiles, content: ContentFile[]): Promise<PrintedText[]> {
  const blank = (text: string, comment: RegExp) => text.replace(comment, (c) => c.replace(/[^\n]/g, ' '));
  const whole = (file: string, text: string): PrintedText => ({ file, text, at: positionsIn(text) });
  const yaml = (source: YamlSource): PrintedText[] => source.strings().map((s) => ({ file: source.file, ...s }));
  const rows = (list: CsvRow[]): PrintedText[] => list.map((r) => ({ file: r.file, text: Object.values(r.fields).join('\t'), at: () => ({ line: r.line }) }));
  const templates = await readdir(config.paths.templates).catch(() => [] as string[]);
  const templateTexts = await Promise.all(
    templates
      .filter((n) => /\.(hbs|css)$/.test(n))
      .map(async (n) => {
        const path = join(config.paths.templates, n);
        const text = await readFile(path, 'utf8').catch(() => '');
        return whole(config.display(path), blank(text, n.endsWith('.css') ? /\/\*[\s\S]*?\*\//g : /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|<!--[\s\S]*?-->/g));
      }),
  );
  const { plan, indicators, projects } = files.registry;
  return [
    ...content.map((c) => whole(c.file, blank(c.text, /<!--[\s\S]*?-->/g))),
    ...[config.source, plan, indicators, ...(projects ? [projects] : [])].flatMap(yaml),
    ...rows([...files.observations, ...files.cityTasks, ...files.projectProgress, ...files.judgements]),
    ...templateTexts,
  ];
}
