#!/usr/bin/env node
// 命令行入口。npm run setup 会把 src/ 打包到 .cache/dist；打包结果比源码新时直接运行它（冷启动快约 1 秒），
// 否则经 tsx 直接运行 TypeScript 源码——改了源码而未重新打包时，运行的仍是最新的代码。
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledDir, compiledIsFresh } from '../scripts/compiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (compiledIsFresh(root)) {
  await import(pathToFileURL(join(compiledDir(root), 'src', 'cli.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
