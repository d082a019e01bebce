// 文字测量与图片光栅化所用的 @napi-rs/canvas：首次用到时才加载，且不扫描系统字体。
// Loading the package scans every installed font (some 4000 file look-ups, about 0.2 s of each build) unless
// DISABLE_SYSTEM_FONTS_LOAD is set at that moment. The report needs none of them: it measures with the font files
// it registers by path, and a user's installed font (config fonts.*) is registered from the file fontconfig names
// for it (textWidth.ts). Loaded through require, on first use: a static import would load it before this runs.
import { createRequire } from 'node:module';

type Canvas = typeof import('@napi-rs/canvas');
let loaded: Canvas | undefined;

export function canvas(): Canvas {
  if (!loaded) {
    const before = process.env.DISABLE_SYSTEM_FONTS_LOAD;
    process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';
    try {
      loaded = createRequire(import.meta.url)('@napi-rs/canvas') as Canvas;
    } finally {
      if (before === undefined) delete process.env.DISABLE_SYSTEM_FONTS_LOAD;
      else process.env.DISABLE_SYSTEM_FONTS_LOAD = before;
    }
  }
  return loaded;
}
