// 启动 Chromium（Debian 的 chromium-headless-shell 或 chromium，或用户指定的浏览器），页面只能读取本次构建允许的本地文件。
import { existsSync, realpathSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { InputError } from '../diagnostics.ts';
import { FONT_FILES } from '../fonts.ts';
import { makeRunFolder, onInterrupt, removeNow } from './runFolder.ts';

// The headless shell first: the same Blink prints the same PDF (text positions equal to 0.000001 pt, same fonts,
// outline and tags), but without the browser's user interface it starts in a third of the time (0.13 s against
// 0.37 s here) and prints a report with about half the CPU (1.0 against 2.1 CPU-s for the default report, measured
// on this 2-core machine). The full browser is used where only it is installed. Debian's /usr/bin wrappers only
// exec these binaries (chromium's adds extension flags); the binaries start faster.
const CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** puppeteer-core, loaded when the first browser is started: a run that stops on its inputs never loads it. */
const loadDriver = () => import('puppeteer-core');
let driver: Awaited<ReturnType<typeof loadDriver>> | undefined;

export function resolveBrowser(configured: string | null): string {
  const named = configured ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.PLAN_EVAL_CHROME ?? null;
  if (named) {
    if (!existsSync(named)) throw new InputError([{ file: named, message: '指定的浏览器程序不存在。', hint: '请检查配置 browser.executablePath 或环境变量 PUPPETEER_EXECUTABLE_PATH。', rule: 'browser-missing' }]);
    return named;
  }
  const found = CANDIDATES.find((c) => existsSync(c));
  if (!found) throw new InputError([{ file: 'chromium', message: '找不到 Chromium 浏览器。', hint: '请运行 npm run setup（以 root 身份会自动安装），或执行 apt-get install chromium-headless-shell。', rule: 'browser-missing' }]);
  return found;
}

/**
 * Flags that keep Chromium off the network. It would otherwise look up and call its vendor's hosts on every
 * start (accounts, component and variation updates, time, safe browsing, metrics) — some of them, like the
 * account list, have no switch at all. The host-resolver rule is what makes that impossible: every name
 * resolves to “not found” inside Chromium, so no DNS query is made and no connection can follow. The page
 * itself only ever loads local files (see lockedPage).
 */
export const NO_NETWORK_FLAGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,NetworkTimeServiceQuerying,SafeBrowsing',
] as const;

/** The run folder that holds each launched browser's profile, removed when the browser is closed. */
const profiles = new WeakMap<Browser, { folder: string; release: () => void }>();

/**
 * Starts Chromium with a fresh, empty profile in a run folder of this process, off the network, talking to us
 * over a pipe: when this process dies — even by SIGKILL — the pipe closes and Chromium (with its crash handler)
 * exits. On Ctrl-C or SIGTERM the browser's process group is killed and the folder removed; a folder left by a
 * SIGKILL is removed by the next build (see build()). `timeoutSeconds` bounds the launch as well as every step of printing.
 */
/**
 * `loopback`: the browser may open this machine's own addresses (the preview's tests drive a page served on
 * 127.0.0.1); every other name still resolves to nothing. Printing never needs it.
 */
export async function launchBrowser(executablePath: string, timeoutSeconds: number, options: { loopback?: boolean } = {}): Promise<Browser> {
  const folder = await makeRunFolder();
  let launched: Browser | undefined;
  const release = onInterrupt(() => {
    killGroup(launched?.process()?.pid);
    removeNow(folder);
  });
  try {
    const { default: puppeteer } = (driver ??= await loadDriver());
    launched = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      // Our own handlers (onInterrupt) also remove the run folder; puppeteer's would exit without doing so.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: timeoutSeconds * 1000,
      protocolTimeout: timeoutSeconds * 1000,
      userDataDir: join(folder, 'profile'),
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        // The network service runs in the browser process instead of a process of its own: the page loads only
        // local files, and one process fewer to start saves ~0.1 s of CPU per launch (measured, 5 launches).
        '--enable-features=NetworkServiceInProcess2',
        '--disable-extensions',
        '--noerrdialogs',
        // Glyph advances as the font gives them, not rounded by hinting: what the full browser uses and what the
        // text measurer in Node assumes (src/format/textWidth.ts). The headless shell hints by default, and then a
        // line of 28 characters of body text runs 0.25 pt longer and lines break elsewhere.
        '--font-render-hinting=none',
        ...NO_NETWORK_FLAGS.map((f) => (options.loopback && f.startsWith('--host-resolver-rules=') ? `${f}, EXCLUDE 127.0.0.1` : f)),
      ],
      env: {
        ...process.env,
        // Margin boxes (page numbers, the 示例 mark) can only use fonts that fontconfig sees.
        FONTCONFIG_FILE: FONT_FILES.fontsConf,
        // Chromium keeps crash reports and caches under the user's config and cache folders whatever the
        // profile: inside the run folder they go when the run ends, and nothing is left in the user's home.
        XDG_CONFIG_HOME: join(folder, 'config'),
        XDG_CACHE_HOME: join(folder, 'cache'),
      },
    });
  } catch (e) {
    release();
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    throw new BrowserFailure(timedOut(e) ? 'launch-timeout' : 'launch', e, browserOutputOf(e));
  }
  profiles.set(launched, { folder, release });
  // Chromium starts with an empty tab and its renderer process: the first print page takes it (lockedPage)
  // instead of starting a second one.
  const [tab] = await launched.pages();
  if (tab) idle.set(launched, [tab]);
  // A browser that exits on its own (crash, killed) still leaves no folder behind.
  launched.process()?.once('exit', () => void forget(launched!));
  return launched;
}

/** Closes the browser, killing it if it does not answer (a hung Chromium must not keep the CLI alive), then removes its profile. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  const closed = browser.close().then(
    () => 'closed' as const,
    () => 'failed' as const,
  );
  if ((await Promise.race([closed, timeout])) !== 'closed') killGroup(browser.process()?.pid);
  await forget(browser);
}

async function forget(browser: Browser): Promise<void> {
  const profile = profiles.get(browser);
  if (!profile) return;
  profiles.delete(browser);
  profile.release();
  await rm(profile.folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Kills Chromium's whole process group (it is launched as the leader of its own group): renderers included. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Why the browser could not do its part, for a message that names the setting to change. */
export type BrowserFailureKind = 'launch' | 'launch-timeout' | 'timeout' | 'closed';

export class BrowserFailure extends Error {
  override name = 'BrowserFailure';
  constructor(
    readonly kind: BrowserFailureKind,
    readonly detail: unknown,
    /** What the browser printed before it failed (its last line), when it says something useful. */
    readonly browserOutput = '',
  ) {
    super(`${kind}: ${(detail as Error)?.message ?? String(detail)}`);
  }
}

/** A step that took longer than allowed: puppeteer's TimeoutError, or a protocol call that timed out (over a pipe, launching is one). */
function timedOut(e: unknown): boolean {
  return (driver !== undefined && e instanceof driver.TimeoutError) || /timed out/i.test(String((e as Error)?.message ?? ''));
}

/**
 * The browser's own last words in a launch error: puppeteer quotes what the process wrote to stderr (a missing
 * library, a bad option) between its own lines.
 */
function browserOutputOf(e: unknown): string {
  const lines = String((e as Error)?.message ?? '').split('\n').map((l) => l.trim());
  const quoted = lines.slice(1).filter((l) => l !== '' && !/^(TROUBLESHOOTING|stderr:|stdout:)/.test(l));
  return quoted.at(-1)?.slice(0, 200) ?? '';
}

/**
 * The failure behind an error thrown while printing: the browser has gone (crashed, killed, out of memory), or a
 * step took longer than browser.timeoutSeconds; undefined for anything else.
 */
export function browserFailureOf(e: unknown, browser: Browser): BrowserFailure | undefined {
  if (e instanceof BrowserFailure) return e;
  if (timedOut(e)) return new BrowserFailure('timeout', e);
  const text = String((e as Error)?.message ?? e);
  if (!browser.connected || /Target closed|Connection closed|Session closed|detached|has been closed/i.test(text)) return new BrowserFailure('closed', e);
  return undefined;
}

/** What a locked page may load now, and whom it tells about a refusal: set anew for each build that takes the page. */
interface Lock {
  allowed: string[];
  onBlocked?: (url: string, realPath?: string) => void;
}
const locks = new WeakMap<Page, Lock>();
/** Pages given back (releasePage), blank and locked down, for the next build on the same browser. */
const idle = new WeakMap<Browser, Page[]>();
/** A given-back page allows nothing until a build takes it. */
const NOTHING: Lock = { allowed: [] };

/**
 * A page that runs no script and loads nothing but local files under `roots` (the build folder and the font
 * folders) or data: URLs. Content is untrusted: it must not run code or reach the network. A file is judged by
 * its real path, so a symbolic link inside the templates cannot bring in a file from elsewhere. Every refused
 * request is passed to `onBlocked` (with the real path it leads to, for a file).
 *
 * A page given back by an earlier build on this browser is taken again, with this build's roots: opening a page
 * starts a renderer process, about 0.2 CPU-s of each report in a batch (measured, 8 prints of the default report).
 */
export async function lockedPage(browser: Browser, roots: string[], onBlocked?: (url: string, realPath?: string) => void): Promise<Page> {
  const lock: Lock = { allowed: roots.map((r) => withSep(real(r))), ...(onBlocked ? { onBlocked } : {}) };
  const pool = idle.get(browser) ?? [];
  for (let page = pool.pop(); page; page = pool.pop()) {
    if (page.isClosed()) continue;
    locks.set(page, lock);
    if (!locked.has(page)) await lockDown(page);
    return page;
  }
  const page = await browser.newPage();
  locks.set(page, lock);
  await lockDown(page);
  return page;
}

/** Pages whose scripts, cache and requests are ours to judge (lockDown has run). */
const locked = new WeakSet<Page>();

async function lockDown(page: Page): Promise<void> {
  locked.add(page);
  await page.setJavaScriptEnabled(false);
  // Nothing is taken from a cache: a stylesheet or font edited since an earlier build on this page is read anew.
  await page.setCacheEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { allowed, onBlocked: tell } = locks.get(page) ?? NOTHING;
    const url = request.url();
    let ok = url.startsWith('data:') || url === 'about:blank';
    let target: string | undefined;
    if (url.startsWith('file:')) {
      try {
        target = real(fileURLToPath(url));
        ok = allowed.some((r) => target!.startsWith(r));
      } catch {
        ok = false; // a file URL naming another host (file://server/share): never local
      }
    }
    if (!ok) tell?.(url, target);
    void (ok ? request.continue() : request.abort('blockedbyclient'));
  });
}

/**
 * Gives a locked page back once a build is done with it: it is emptied (about:blank), allows nothing, and is kept
 * for the next build on the same browser. A page that cannot be emptied (its browser died) is closed.
 */
export async function releasePage(page: Page): Promise<void> {
  locks.set(page, NOTHING);
  try {
    await page.goto('about:blank', { waitUntil: 'load', timeout: 5000 });
    const browser = page.browser();
    if (!browser.connected) throw new Error('browser gone');
    idle.set(browser, [...(idle.get(browser) ?? []), page]);
  } catch {
    await page.close().catch(() => undefined);
  }
}

const withSep = (p: string) => (p.endsWith(sep) ? p : p + sep);

/** The real path (symbolic links resolved); a path that does not exist is taken as written (Chromium will not find it either). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
