// 测试中运行外部程序（命令行、LibreOffice、fontforge……）而不阻塞测试进程：后台的报告生成与之同时进行。
// spawnSync would stop the whole test process while the program runs: the builds started in the background
// (test/background.ts) would wait, and Chromium with them. The result has the fields of spawnSync's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/fonts.ts';

export interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL) after this long. */
  timeoutMs?: number;
}

/** Runs a program to its end; its output as text. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', reject).on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Runs a program that must succeed; its standard output. */
export async function output(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const r = await run(command, args, options);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${r.status ?? r.signal}\n${r.stderr}`);
  return r.stdout;
}

/** The command line (bin/plan-eval.mjs) in `cwd`. */
export const cli = (args: string[], cwd = PROJECT_ROOT): Promise<Ran> => run(process.execPath, [join(PROJECT_ROOT, 'bin/plan-eval.mjs'), ...args], { cwd });
