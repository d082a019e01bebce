// 预览的响应时间：改一个正文文件后，页面多久显示出改动（目标 300 ms 以内）。用真实浏览器测，取中位数。
// 运行：npm run bench:dev
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '../src/dev/server.ts';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { launchBrowser, resolveBrowser } from '../src/print/browser.ts';

const dir = await mkdtemp(join(tmpdir(), 'pe-bench-dev-'));
for (const d of ['data', 'content', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
await cp(join(PROJECT_ROOT, 'plan-eval.yaml'), join(dir, 'plan-eval.yaml'));
const renders: number[] = [];
const server = await startDevServer({ config: 'plan-eval.yaml', cwd: dir, port: 0, host: '127.0.0.1', onRender: (r) => r.ok && renders.push(r.ms) });
const browser = await launchBrowser(resolveBrowser(null), 60, { loopback: true });
const page = await browser.newPage();
await page.goto(server.url, { waitUntil: 'load' });
const file = join(dir, 'content', '02-主要问题.md');
const original = await readFile(file, 'utf8');
const shown: number[] = [];
for (let i = 0; i < 7; i++) {
  const mark = `预览计时${i}号。`;
  const t0 = performance.now();
  await writeFile(file, `${original}\n${mark}\n`);
  await page.waitForFunction((m: string) => document.body.innerText.includes(m), { timeout: 30_000, polling: 'mutation' }, mark);
  shown.push(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 300));
}
await browser.close();
await server.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const edits = renders.slice(1);
console.log(`预览：改一个正文文件到页面显示改动，中位数 ${Math.round(median(shown))} ms（${shown.map((x) => Math.round(x)).join('、')}）；其中服务器重排 ${Math.round(median(edits))} ms（评估与图表沿用）`);
console.log(`bench-dev: edit-to-page=${Math.round(median(shown))}ms render=${Math.round(median(edits))}ms target=300ms ${median(shown) <= 300 ? 'met' : 'not met'}`);
