// 判断 .cache/dist 中打包好的命令行程序是否与 src/ 一致（scripts/setup.mjs 与 bin/plan-eval.mjs 共用）。
// Plain JavaScript with Node built-ins only: it runs before anything is installed or compiled.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const compiledDir = (root) => join(root, '.cache', 'dist');
export const compiledStamp = (root) => join(compiledDir(root), 'STAMP');

/** True when the compiled code was made after the last change to any source file. */
export function compiledIsFresh(root) {
  const stamp = compiledStamp(root);
  if (!existsSync(stamp)) return false;
  const newest = readdirSync(join(root, 'src'), { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .reduce((max, f) => Math.max(max, statSync(join(root, 'src', String(f))).mtimeMs), 0);
  return statSync(stamp).mtimeMs >= newest;
}
