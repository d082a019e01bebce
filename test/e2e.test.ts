// 全部端到端测试（test/e2e/*.test.ts），作为一个文件交给 mocha：并行运行（npm test）时它们在同一个进程中，共用
// test/e2e/builds.ts 生成的报告。每个测试文件仍可单独运行：npx mocha test/e2e/kinds.test.ts。
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/fonts.ts';

const dir = join(PROJECT_ROOT, 'test', 'e2e');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) await import(pathToFileURL(join(dir, file)).href);
