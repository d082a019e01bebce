// 启动 Chromium（Debian 的 chromium 或用户指定的浏览器），页面只能读取本次构建允许的本地文件。
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { InputError } from '../diagnostics.ts';
import { FONT_FILES } from '../fonts.ts';

// Debian's /usr/bin/chromium is a shell wrapper that adds extension flags; the binary behind it starts faster.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function resolveBrowser(configured: string | null): string {
  const named = configured ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.PLAN_EVAL_CHROME ?? null;
  if (named) {
    if (!existsSync(named)) throw new InputError([{ file: named, message: '指定的浏览器程序不存在。', hint: '请检查配置 browser.executablePath 或环境变量 PUPPETEER_EXECUTABLE_PATH。', rule: 'browser-missing' }]);
    return named;
  }
  const found = CANDIDATES.find((c) => existsSync(c));
  if (!found) throw new InputError([{ file: 'chromium', message: '找不到 Chromium 浏览器。', hint: '请运行 npm run setup（以 root 身份会自动安装），或执行 apt-get install chromium。', rule: 'browser-missing' }]);
  return found;
}

export async function launchBrowser(executablePath: string, timeoutSeconds: number): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: timeoutSeconds * 1000,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-extensions',
    ],
    // Margin boxes (page numbers, the 示例 mark) can only use fonts that fontconfig sees.
    env: { ...process.env, FONTCONFIG_FILE: FONT_FILES.fontsConf },
  });
}

/**
 * A page that runs no script and loads nothing but local files under `roots` (the build folder and the font
 * folders) or data: URLs. Content is untrusted: it must not run code or reach the network.
 */
export async function lockedPage(browser: Browser, roots: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  const allowed = roots.map((r) => (r.endsWith(sep) ? r : r + sep));
  page.on('request', (request) => {
    const url = request.url();
    let ok = url.startsWith('data:') || url === 'about:blank';
    if (url.startsWith('file:')) {
      const path = fileURLToPath(url);
      ok = allowed.some((r) => path.startsWith(r));
    }
    void (ok ? request.continue() : request.abort('blockedbyclient'));
  });
  return page;
}
