// 一次生成多份报告（全市各区、同一区的年度与中期报告……）：共用一个浏览器，一份失败不影响其余各份。
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { build, type BuildResult } from './build.ts';
import { loadConfig, type Config } from './config.ts';
import { InputError } from './diagnostics.ts';
import { msg } from './messages.ts';
import { closeBrowser, launchBrowser, resolveBrowser } from './print/browser.ts';

/** A config file, or one with its own output folder and working directory (which relative paths start from). */
export type ReportConfig = string | { config: string; out?: string; cwd?: string };

export interface BuildManyOptions {
  /** Output folder for every report, overriding each config's `out` (a report's own `out` comes first). */
  out?: string;
  cwd?: string;
  /** A running browser for all reports; otherwise one is launched when first needed and closed at the end. */
  browser?: Browser;
  /**
   * Reports built at the same time on the one browser. Two keep two cores busy: one report's charts and
   * narrative are made in Node while Chromium prints another's. Default: 2, or 1 on a single core.
   */
  concurrency?: number;
  /** Called as each report finishes, in the order they finish. */
  onReport?: (outcome: ReportOutcome, finished: number, total: number) => void;
}

export type ReportOutcome =
  | { config: string; ok: true; result: BuildResult; seconds: number }
  | { config: string; ok: false; error: unknown; seconds: number };

/**
 * Builds every config; a failing one is reported in its outcome while the others go on. Outcomes are in the
 * order of `configs`. Two configs that would write the same PDF are refused (the later ones): one report
 * must not silently replace another made in the same run.
 */
export async function buildMany(reports: readonly ReportConfig[], options: BuildManyOptions = {}): Promise<ReportOutcome[]> {
  const configs = reports.map((r) => (typeof r === 'string' ? { config: r } : r));
  const settings = configs.map(({ config, out, cwd }) => ({
    config,
    ...((out ?? options.out) ? { out: (out ?? options.out)! } : {}),
    ...((cwd ?? options.cwd) ? { cwd: (cwd ?? options.cwd)! } : {}),
  }));
  const outcomes: (ReportOutcome | undefined)[] = configs.map(() => undefined);
  let finished = 0;
  const settle = (i: number, outcome: ReportOutcome) => {
    outcomes[i] = outcome;
    options.onReport?.(outcome, ++finished, configs.length);
  };

  // Each config is read first (a few ms) to find the PDF it writes.
  const claimed = new Map<string, string>();
  const todo: number[] = [];
  for (const [i, { config: file, out, cwd }] of settings.entries()) {
    let config: Config;
    try {
      config = await loadConfig(file, out ? { out } : {}, cwd);
    } catch (error) {
      settle(i, { config: file, ok: false, error, seconds: 0 });
      continue;
    }
    const pdf = join(config.paths.out, config.output);
    const first = claimed.get(pdf);
    if (first !== undefined) {
      settle(i, { config: file, ok: false, error: new InputError([msg.batchSameOutput(file, first, config.display(pdf))]), seconds: 0 });
      continue;
    }
    claimed.set(pdf, file);
    todo.push(i);
  }

  // One browser per executable (configs may name different ones); one that crashed is replaced.
  const browsers = new Map<string, Promise<Browser>>();
  const browserFor = async (config: Config): Promise<Browser> => {
    if (options.browser) return options.browser;
    const path = resolveBrowser(config.browser.executablePath);
    let ready = browsers.get(path);
    if (ready && !(await ready.then((b) => b.connected, () => false))) ready = undefined;
    if (!ready) {
      ready = launchBrowser(path, config.browser.timeoutSeconds);
      browsers.set(path, ready);
    }
    return ready;
  };

  const workers = Math.max(1, Math.min(options.concurrency ?? Math.min(2, availableParallelism()), todo.length));
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < todo.length) {
          const i = todo[next++]!;
          const started = performance.now();
          const seconds = () => (performance.now() - started) / 1000;
          try {
            const result = await build({ ...settings[i]!, browser: browserFor });
            settle(i, { config: settings[i]!.config, ok: true, result, seconds: seconds() });
          } catch (error) {
            settle(i, { config: settings[i]!.config, ok: false, error, seconds: seconds() });
          }
        }
      }),
    );
  } finally {
    await Promise.all([...browsers.values()].map((b) => b.then(closeBrowser, () => undefined)));
  }
  return outcomes as ReportOutcome[];
}
