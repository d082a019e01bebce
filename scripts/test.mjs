// npm test 的后半：严格类型检查（tsc --noEmit）与全部测试（mocha）同时运行，两者都通过才算通过。
// mocha spends its first 4 seconds loading the spec files on one core; the type check (about 3 s of CPU, more
// on a fresh clone) runs on the other meanwhile instead of before. Its output is shown after mocha's, when it
// found a problem. Arguments are passed on to mocha (npm test -- test/e2e/kinds.test.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Runs a Node program; resolves to its exit code (a signal counts as failure). */
function node(script, args, stdio) {
  const child = spawn(process.execPath, [script, ...args], { stdio });
  children.push(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (d) => (output += d));
  child.stderr?.setEncoding('utf8').on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output })));
}

// Ctrl-C reaches the two programs as well (one process group): wait for them to end, mocha after its clean-ups.
// A termination sent to this process alone is passed on to them.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => children.forEach((c) => c.kill('SIGTERM')));
const children = [];

const typecheck = node(require.resolve('typescript/bin/tsc'), ['--noEmit'], ['ignore', 'pipe', 'pipe']);
const tests = node(require.resolve('mocha/bin/mocha.js'), process.argv.slice(2), 'inherit');
const [types, mocha] = await Promise.all([typecheck, tests]);
if (types.code !== 0) {
  console.error(`\n类型检查（tsc --noEmit）未通过：\n${types.output.trimEnd()}`);
} else if (mocha.code === 0) {
  console.log('类型检查（tsc --noEmit）通过。');
}
process.exitCode = mocha.code !== 0 ? mocha.code : types.code;
