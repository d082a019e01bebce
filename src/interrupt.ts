// 中断（Ctrl-C、SIGTERM、挂断）时先做完登记的清理（结束浏览器、删除临时目录和临时文件），再按原信号退出。
import { constants } from 'node:os';
import { msg } from './messages.ts';

/** Synchronous clean-ups to run if the process is interrupted (they run from a signal handler: no awaiting). */
const cleanups = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // One failed clean-up must not keep the others from running.
    }
  }
  cleanups.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.stderr.write(`\n${msg.interrupted(signal)}\n`);
  // Die of the same signal, as if nothing had caught it: the shell reports 130 for Ctrl-C, and a parent sees
  // the signal. Any other handler the embedding program installed runs instead. A process started with the
  // signal ignored (a background job of a script) gets the ignoring back and would carry on: it exits as the
  // signal would have ended it.
  process.kill(process.pid, signal);
  if (process.listenerCount(signal) === 0) process.exit(128 + (constants.signals[signal] ?? 0));
}

/**
 * Runs `cleanup` if SIGINT, SIGTERM or SIGHUP arrives before the returned function is called. While any
 * clean-up is registered the signals are caught; afterwards their default action is restored.
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup)) return;
    if (cleanups.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
  };
}

