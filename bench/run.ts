// 基准测试：生成默认报告的用时（冷启动的命令行 / 复用浏览器的库调用），与同样内容交给 pandoc+xelatex、
// WeasyPrint 排版的用时之比。运行：npm run bench（BENCH_RUNS=5 可改次数）。同行工具未安装时跳过并说明安装命令。
// Not part of the test suite: timings belong here, never in tests.
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../src/build.ts';
import { loadAndEvaluate } from '../src/loadEvaluation.ts';
import { indicatorTable } from '../src/assemble/indicatorTable.ts';
import { renderHtml } from '../src/assemble/html.ts';
import { assembleReport } from '../src/assemble/report.ts';
import { buildFigures, figureKeys } from '../src/figures/index.ts';
import { FONT_FILES, fontSetup, PROJECT_ROOT } from '../src/fonts.ts';
import { splitSlots } from '../src/narrative/slots.ts';
import { expandExpressions } from '../src/narrative/expressions.ts';
import { narrate } from '../src/narrative/index.ts';
import { launchBrowser, resolveBrowser } from '../src/print/browser.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);

/** Runs a command RUNS times; returns the median wall time in seconds, or the reason it could not run. */
function timeCommand(cmd: string, args: string[], cwd: string): number | string {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) return `失败：${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`;
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

const work = await mkdtemp(join(tmpdir(), 'plan-eval-bench-'));
const rows: { name: string; seconds: number | string; pdf?: string }[] = [];

// Ours, warm: one browser for all runs, as a batch build would.
const browser = await launchBrowser(resolveBrowser(null), 120);
try {
  await build({ cwd: PROJECT_ROOT, out: join(work, 'warm'), browser });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await build({ cwd: PROJECT_ROOT, out: join(work, 'warm'), browser });
    times.push((performance.now() - t) / 1000);
  }
  rows.push({ name: 'plan-eval（库调用，复用浏览器）', seconds: median(times), pdf: join(work, 'warm', 'haizhou-14-midterm.pdf') });
} finally {
  await browser.close();
}

// Ours, cold: the whole command, as a user runs it (Node start-up, module loading, browser launch).
rows.push({ name: 'plan-eval build（命令行，冷启动）', seconds: timeCommand(process.execPath, [join(PROJECT_ROOT, 'bin/plan-eval.mjs'), 'build', '--out', join(work, 'cold')], PROJECT_ROOT), pdf: join(work, 'cold', 'haizhou-14-midterm.pdf') });

// The same content for the peers: the expanded Markdown with the charts as SVG files, and our own HTML.
const { config, plan, evaluation, content } = await loadAndEvaluate({ cwd: PROJECT_ROOT, withContent: true });
const figures = await buildFigures(evaluation, plan.info, FONT_FILES.hei);
const scope = { plan, evaluation, figureKeys: figureKeys(plan.info) };
let figureNo = 0;
const markdown: string[] = [`---\ntitle: "${config.report.title ?? '中期评估报告'}"\n---\n`];
for (const file of content) {
  const expanded = expandExpressions(file.file, file.text, scope);
  const parts: string[] = [];
  for (const part of splitSlots(expanded.text)) {
    const slot = typeof part === 'number' ? expanded.slots[part]! : undefined;
    if (slot?.kind === 'figure') {
      const figure = figures.find((f) => f.key === slot.key)!;
      const path = join(work, `figure-${++figureNo}.svg`);
      await writeFile(path, figure.svg);
      parts.push(`![图${figureNo} ${figure.title}](${path})`);
    } else parts.push(slot === undefined ? String(part) : slot.kind === 'text' ? slot.text : '');
  }
  markdown.push(parts.join(''));
}
const table = indicatorTable(plan, evaluation);
markdown.push(
  `\n# 附件1 主要指标实施进展情况表\n\n| 序号 | 指标 | 属性 | 基期 | 目标 | ${table.years.join(' | ')} | 完成进度 | 状态 |\n|${'---|'.repeat(7 + table.years.length)}\n` +
    table.groups.flatMap((g) => g.rows).map((r) => `| ${r.no} | ${r.name} | ${r.attribute} | ${r.base} | ${r.target} | ${r.values.map((v) => v.text).join(' | ')} | ${r.progress} | ${r.status} |`).join('\n'),
);
await writeFile(join(work, 'report.md'), markdown.join('\n\n'));
const model = assembleReport(config, plan, evaluation, narrate(content, scope).sections, figures);
await writeFile(join(work, 'report.html'), await renderHtml(model, config, fontSetup(config)));

const PEER_PACKAGES = 'pandoc texlive-xetex texlive-lang-chinese lmodern texlive-latex-recommended texlive-fonts-recommended texlive-plain-generic librsvg2-bin weasyprint';
if (has('pandoc') && has('xelatex')) {
  const pdf = join(work, 'peer-xelatex.pdf');
  rows.push({
    name: 'pandoc + xelatex（ctexart，Fandol）',
    seconds: timeCommand('pandoc', ['report.md', '-o', pdf, '--pdf-engine=xelatex', '-V', 'documentclass=ctexart', '-V', 'classoption=fontset=fandol', '-V', 'geometry:top=37mm,bottom=35mm,left=28mm,right=26mm'], work),
    pdf,
  });
} else rows.push({ name: 'pandoc + xelatex', seconds: `未安装（apt-get install ${PEER_PACKAGES}）` });
if (has('weasyprint')) {
  const pdf = join(work, 'peer-weasyprint.pdf');
  rows.push({ name: 'WeasyPrint（同一份 HTML）', seconds: timeCommand('weasyprint', ['-q', 'report.html', pdf], work), pdf });
} else rows.push({ name: 'WeasyPrint', seconds: '未安装（apt-get install weasyprint）' });

const [warm, cold] = rows.map((r) => r.seconds);
console.log(`\n生成同一份报告的用时（${RUNS} 次的中位数；工作目录 ${work}）\n`);
console.log(['工具', '秒', '页数', '÷ 冷启动', '÷ 复用浏览器'].join('\t'));
for (const r of rows) {
  if (typeof r.seconds === 'string') {
    console.log(`${r.name}\t${r.seconds}`);
    continue;
  }
  const ratio = (base: number | string | undefined) => (typeof base === 'number' ? `${(r.seconds as number / base).toFixed(2)}×` : '—');
  console.log([r.name, r.seconds.toFixed(2), r.pdf ? pages(r.pdf) : '', ratio(cold), ratio(warm)].join('\t'));
}
