// 本次运行的临时目录（报告 HTML、浏览器配置目录）：名称带固定前缀和进程号；中断（Ctrl-C、SIGTERM）时删除，
// 被强行结束（SIGKILL）而留下的，由下一次运行按进程号认出并删除。
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export { onInterrupt } from '../interrupt.ts';

/** Every temporary folder of a run is named `plan-eval-<pid>-XXXXXX`, so a later run can tell whose it was. */
export const RUN_FOLDER_PREFIX = 'plan-eval-';
const RUN_FOLDER = /^plan-eval-(\d+)-[A-Za-z0-9]{6}$/;

/** A new temporary folder of this process. */
export function makeRunFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), `${RUN_FOLDER_PREFIX}${process.pid}-`));
}

/** Whether a process with this id exists (one of another user counts: it is not ours to clean up after). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the run folders of processes that no longer exist: a build killed with SIGKILL (or by a power cut)
 * could not remove its own. Folders of running builds — concurrent ones included — are left alone; a folder
 * that cannot be removed (another user's) is skipped.
 */
export async function removeStaleRunFolders(dir = tmpdir()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const m = RUN_FOLDER.exec(n);
    return m !== null && Number(m[1]) !== process.pid && !processAlive(Number(m[1]));
  });
  const removed: string[] = [];
  for (const name of stale) {
    try {
      await rm(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not ours to remove (permissions): harmless, and not this build's concern.
    }
  }
  return removed;
}

/**
 * Removes the temporary files an atomic write of `name` left in `dir` (`name.<pid>.tmp`) when its process was
 * killed between writing and renaming; those of live processes (a concurrent build) are left alone.
 */
export async function removeStaleTempFiles(dir: string, name: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(`${name}.`) || !n.endsWith('.tmp')) continue;
    const pid = Number(n.slice(name.length + 1, -'.tmp'.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid)) await rm(join(dir, n), { force: true }).catch(() => undefined);
  }
}

/** Removes a folder now (in a signal handler: synchronously), ignoring one that is already gone. */
export function removeNow(folder: string): void {
  rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
}
