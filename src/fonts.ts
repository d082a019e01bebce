// 字体：四种公文字体角色（仿宋、黑体、楷体、小标宋）及宋体页码的免费替代字体与用户自装字体。
// Every face the PDF uses must be static TrueType, or Chromium embeds it as Type 3 (slow, large, and with
// wrong text on copy). The free defaults below are all TrueType; a user's installed fonts come first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config } from './config.ts';

/** The folder with the project's package.json, whether this module runs from src/ or compiled from .cache/dist/src/. */
export const PROJECT_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}
/**
 * Written by scripts/setup.mjs: the Fandol fonts converted to TrueType, the Noto faces joined from their
 * Fontsource slices, and a fonts.conf for Chromium.
 */
export const FONT_CACHE = join(PROJECT_ROOT, '.cache', 'fonts');
const WENKAI = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf';
const WENKAI_BOLD = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf';

export const FONT_FILES = {
  fangsong: join(FONT_CACHE, 'FandolFang-Regular.ttf'),
  song: join(FONT_CACHE, 'FandolSong-Regular.ttf'),
  hei: join(FONT_CACHE, 'FandolHei-Regular.ttf'),
  notoSerif: join(FONT_CACHE, 'NotoSerifSC-Regular.ttf'),
  notoSerifBold: join(FONT_CACHE, 'NotoSerifSC-Bold.ttf'),
  notoSans: join(FONT_CACHE, 'NotoSansSC-Regular.ttf'),
  kai: WENKAI,
  kaiBold: WENKAI_BOLD,
  fontsConf: join(FONT_CACHE, 'fonts.conf'),
};

export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

export interface FontSetup {
  /**
   * The faces, under our own family names and Noto's. `local` is the face's PostScript name: Chromium then takes
   * the file that fontconfig already has open (the converted Fandol and merged Noto fonts through our fonts.conf,
   * 霞鹜文楷 from the system)
   * instead of reading and sanitising 5–16 MB per font for every page; `url` is the fallback when fontconfig
   * does not have it (a browser launched without our fonts.conf).
   */
  faces: { family: string; local: string; url: string; weight: number }[];
  /** CSS font-family lists per role. */
  stacks: Record<FontRole, string>;
  /** Folders the page may load fonts from. */
  roots: string[];
}

/** Checks that the files set-up should have produced are there, with the command that makes them. */
export function missingFontFiles(): string[] {
  return Object.values(FONT_FILES).filter((f) => !existsSync(f));
}

export function fontSetup(config: Pick<Config, 'fonts'>): FontSetup {
  const q = (f: string) => `"${f.replace(/"/g, '')}"`;
  // A user's installed commercial font (仿宋_GB2312 …) comes first; LXGW WenKai ends each chain because it
  // covers all of GBK, so a rare character (a name like 堃) never falls to a Type 3 system font.
  const stack = (user: string[], ...defaults: string[]) => [...user, ...defaults, 'LXGW WenKai'].map(q).join(', ');
  return {
    faces: [
      { family: 'PE Fangsong', local: 'FandolFang-Regular', url: pathToFileURL(FONT_FILES.fangsong).href, weight: 400 },
      { family: 'PE Song', local: 'FandolSong-Regular', url: pathToFileURL(FONT_FILES.song).href, weight: 400 },
      { family: 'PE Chart', local: 'FandolHei-Regular', url: pathToFileURL(FONT_FILES.hei).href, weight: 400 },
      { family: 'PE Kai', local: 'LXGWWenKai-Regular', url: pathToFileURL(FONT_FILES.kai).href, weight: 400 },
      { family: 'PE Kai', local: 'LXGWWenKai-Bold', url: pathToFileURL(FONT_FILES.kaiBold).href, weight: 700 },
      { family: 'Noto Serif SC', local: 'NotoSerifSC-Regular', url: pathToFileURL(FONT_FILES.notoSerif).href, weight: 400 },
      { family: 'Noto Serif SC', local: 'NotoSerifSC-Bold', url: pathToFileURL(FONT_FILES.notoSerifBold).href, weight: 700 },
      { family: 'Noto Sans SC', local: 'NotoSansSC-Regular', url: pathToFileURL(FONT_FILES.notoSans).href, weight: 400 },
    ],
    stacks: {
      fangsong: stack(config.fonts.fangsong, 'PE Fangsong', 'Noto Serif SC'),
      heiti: stack(config.fonts.heiti, 'Noto Sans SC'),
      kaiti: stack(config.fonts.kaiti, 'PE Kai'),
      xiaobiaosong: stack(config.fonts.xiaobiaosong, 'Noto Serif SC'),
      songti: stack(config.fonts.songti, 'PE Song', 'Noto Serif SC'),
    },
    roots: [FONT_CACHE, dirname(WENKAI)],
  };
}

/** A font file installed on the machine, and the face's index in it (a .ttc holds several). */
export interface InstalledFont {
  path: string;
  index: number;
}

/**
 * Files of installed families, by family, asked once per process: the glyph check, the 提示 for a missing font and
 * the text measurer all ask for the same few names, and each question is an fc-list process.
 */
const installed = new Map<string, InstalledFont[]>();

/** The files of these installed font families, as fontconfig finds them; none for a family it does not know or cannot be asked about. */
export function installedFontFiles(families: readonly string[]): InstalledFont[] {
  return [...new Set(families)].flatMap((name) => {
    let files = installed.get(name);
    if (!files) installed.set(name, (files = fcList(name)));
    return files;
  });
}

function fcList(name: string): InstalledFont[] {
  try {
    const out = execFileSync('fc-list', [`:family=${name.replace(/([:\\=_*,-])/g, '\\$1')}`, 'file', 'index'], {
      encoding: 'utf8',
      env: { ...process.env, FONTCONFIG_FILE: FONT_FILES.fontsConf },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...out.matchAll(/^(.+?): *(?::index=(\d+))?/gm)].map((m) => ({ path: m[1]!, index: Number(m[2] ?? 0) }));
  } catch {
    return [];
  }
}
