// 操作系统报告的文件错误（EACCES、ENOTDIR、EEXIST……）在这一处译为带位置和改法的中文提示。
import type { Diagnostic } from './diagnostics.ts';
import { msg, type FsAction } from './messages.ts';

/** A Node.js error from the file system (or a spawned program), with its code. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

/**
 * The problem `e` reports about `file` (as the user names it) while doing `action`; undefined when `e` is not
 * a system error (a bug, which should surface as such).
 */
export function systemProblem(e: unknown, file: string, action: FsAction): Diagnostic | undefined {
  return isSystemError(e) ? msg.fsError(file, e.code, action) : undefined;
}

/** The action a failed system call was doing, from its name (for errors caught far from where they happened). */
export function actionOf(e: NodeJS.ErrnoException): FsAction {
  const call = e.syscall ?? '';
  if (/mkdir/.test(call)) return 'create-folder';
  if (/scandir|readdir|opendir/.test(call)) return 'list';
  if (/write|rename|open|unlink|rm|copyfile|utime|chmod|link|symlink/.test(call) && call !== 'open') return 'write';
  return 'read';
}
