// 后台任务：端到端的报告和坏输入语料在测试开始时就启动，单元测试同时进行；读它们的测试届时只需等待结果。
// Loaded by .mocharc.cjs as a root hook plugin. A spec file names the slow things it will read with `early`
// when it is loaded; they all start when the run starts, so a run of one file starts only what that file needs.
// The jobs are memos: the test that reads one awaits the same promise, and a failure surfaces there.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Job = () => Promise<unknown>;

// Mocha requires this file as a plugin (a CommonJS copy, through tsx) while the spec files import it as a module:
// the two copies share their lists through the global object.
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('plan-eval.test.background')] ??= {
  jobs: [] as Job[],
  running: [] as Promise<unknown>[],
  cleanUps: [] as (() => Promise<void>)[],
}) as { jobs: Job[]; running: Promise<unknown>[]; cleanUps: (() => Promise<void>)[] };
const { jobs, running, cleanUps } = shared;

// Every temporary folder of the run (the tests' projects, the builds' run folders, the command lines' TMPDIR) is
// made in one folder, removed when the run ends: a hundred runs of `npm test` leave nothing behind in /tmp. The
// tests ask os.tmpdir() when they make a folder, and child processes inherit the variable. PLAN_EVAL_KEEP_TMP=1
// keeps the folder (its path is printed) to look at what the tests made.
const runTemp = ((globalThis as Record<symbol, unknown>)[Symbol.for('plan-eval.test.tmp')] ??= (() => {
  const dir = mkdtempSync(join(tmpdir(), 'pe-test-run-'));
  process.env.TMPDIR = dir;
  return dir;
})()) as string;

/** A value made once, on first demand (or when the run starts, if it is also named with `early`). */
export function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** Starts these when the run starts instead of when a test first asks (call at the top level of a spec file). */
export function early(...more: Job[]): void {
  jobs.push(...more);
}

export const background = {
  /** Runs after every test and every background job has finished (closing a shared browser). */
  after(cleanUp: () => Promise<void>): void {
    cleanUps.push(cleanUp);
  },
};

export const mochaHooks = {
  beforeAll(): void {
    // Started, not awaited: the tests run meanwhile. Each job's failure is reported by the test that reads it.
    for (const job of jobs.splice(0)) {
      const p = job();
      p.catch(() => undefined);
      running.push(p);
    }
  },
  async afterAll(): Promise<void> {
    await Promise.allSettled(running);
    for (const cleanUp of cleanUps) await cleanUp();
    if (process.env.PLAN_EVAL_KEEP_TMP) console.log(`临时文件保留在 ${runTemp}`);
    else rmSync(runTemp, { recursive: true, force: true, maxRetries: 3 });
  },
};
