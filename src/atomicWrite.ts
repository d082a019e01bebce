// 原子写入：先写到同目录的临时文件再改名，失败或中断都不会留下半个文件，也不会破坏上一次的成果。
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { onInterrupt } from './interrupt.ts';

/** Writes next to the target and renames, so a failed or interrupted write never leaves a broken file. */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  // Ctrl-C between writing and renaming must not leave the half-written file either.
  const release = onInterrupt(() => rmSync(tmp, { force: true }));
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    release();
  }
}
