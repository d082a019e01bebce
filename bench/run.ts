// 基准测试：生成同一份报告的用时与页数——plan-eval（命令行冷启动 / 复用浏览器）、pandoc + xelatex、WeasyPrint；
// 正文重复到约 50、250、500 页的长文档的用时与 Node 峰值内存；一次生成 20 份报告。
// 运行：npm run bench（BENCH_RUNS=3 可改轮数，默认 5 轮）。同行工具未安装时，root 身份在 Debian 上先用 apt-get 安装，否则给出命令。
// Not part of the test suite: timings belong here, never in tests. The comparable document is the internal
// draft (cover, 目录, body, four 附件): the peers get all of it (see peers.ts), and the bench fails when their
// page counts differ from ours by more than 20 %, since a time for a shorter document proves nothing. The
// default (人大) report is measured too, for context. The last line is for machines:
//   bench: cold/weasyprint=… cold/xelatex=… warm/weasyprint=… pages=ours/xelatex/weasyprint p500=…s rss500=…MB many20=…x …
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../src/build.ts';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { closeBrowser, launchBrowser, resolveBrowser } from '../src/print/browser.ts';
import { compiledIsFresh } from '../scripts/compiled.mjs';
import { pandocArgs, PEER_ENV, writePeerInputs } from './peers.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
const load = () => loadavg()[0]!.toFixed(1);
const CLI = join(PROJECT_ROOT, 'bin/plan-eval.mjs');
// Node's own peak RSS, printed by the CLI process as it exits (Chromium is other processes and not counted).
const RSS_HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kb="+process.resourceUsage().maxRSS+"\\n"))';

interface Timed {
  seconds: number;
  /** Node's peak RSS in MB (command-line runs only). */
  rssMb?: number;
}
/** A measurement, or why it could not be made. */
type Outcome = Timed | string;
const secondsOf = (o: Outcome | undefined) => (o !== undefined && typeof o !== 'string' ? o.seconds : NaN);

/** One timed run: a command (with Node's peak RSS when it is our command line) or a library call. */
type Step = () => Promise<Timed>;
const failure = (e: unknown) => `失败：${e instanceof Error ? e.message : String(e)}`;

function command(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Step {
  return async () => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error((r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-3).join(' '));
    const m = /maxrss-kb=(\d+)/.exec(r.stderr);
    return { seconds, ...(m ? { rssMb: Number(m[1]) / 1024 } : {}) };
  };
}
const cli = (configs: string[], out: string) => command(process.execPath, ['--import', RSS_HOOK, CLI, 'build', ...configs, '--out', out], PROJECT_ROOT);

/**
 * Runs the steps `runs` times in rounds (one of each, then again), so that a load that comes and goes on a
 * shared machine weighs on all of them alike: per step, the median wall time and the highest peak RSS, or why
 * it could not run.
 */
async function timeRounds(steps: Step[], runs = RUNS): Promise<Outcome[]> {
  const done: Timed[][] = steps.map(() => []);
  const failed: (string | undefined)[] = steps.map(() => undefined);
  for (let round = 0; round < runs; round++) {
    for (const [i, step] of steps.entries()) {
      if (failed[i] === undefined) await step().then((r) => done[i]!.push(r), (e: unknown) => (failed[i] = failure(e)));
    }
  }
  return done.map((runs, i) => {
    const rss = runs.flatMap((r) => (r.rssMb === undefined ? [] : [r.rssMb]));
    return failed[i] ?? { seconds: median(runs.map((r) => r.seconds)), ...(rss.length > 0 ? { rssMb: Math.max(...rss) } : {}) };
  });
}
/** One command-line build, timed once. */
const cliOnce = async (configs: string[], out: string) => (await timeRounds([cli(configs, out)], 1))[0]!;

/** The default config with absolute paths, and another narrative folder, format or file name. */
async function configFile(path: string, changes: { format: 'internal' | 'npc'; output: string; content?: string }): Promise<string> {
  const yaml = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8'))
    .replace(/^plan: \S+/m, `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}`)
    .replace(/^templates: \S+/m, `templates: ${join(PROJECT_ROOT, 'templates')}`)
    .replace(/^content: \S+/m, `content: ${changes.content ?? join(PROJECT_ROOT, 'content')}`)
    .replace(/^output: \S+/m, `output: ${changes.output}`)
    .replace(/^(\s+format:) \w+/m, `$1 ${changes.format}`);
  await writeFile(path, yaml);
  return path;
}

/**
 * A narrative folder with the default chapters `times` over (a long report for the scaling runs). Each repeat
 * after the first is one chapter with the default chapters as its sections (headings one level down): a report
 * has fewer than a hundred chapters (一、…九十九、), however long it is.
 */
async function repeatedContent(dir: string, times: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const files = (await readdir(join(PROJECT_ROOT, 'content'))).filter((f) => f.endsWith('.md')).sort();
  for (const f of files) await cp(join(PROJECT_ROOT, 'content', f), join(dir, `000-${f}`));
  const text = (await Promise.all(files.map((f) => readFile(join(PROJECT_ROOT, 'content', f), 'utf8')))).map((t) => t.replace(/^#/gm, '##')).join('\n\n');
  for (let k = 2; k <= times; k++) await writeFile(join(dir, `${String(k).padStart(3, '0')}-repeat.md`), `# 重复的正文（第${k}遍）\n\n${text}`);
  return dir;
}

/** Installs the peers when absent, as scripts/setup.mjs installs what plan-eval needs (root on Debian only). */
const PEER_PACKAGES = 'pandoc texlive-xetex texlive-lang-chinese lmodern texlive-latex-recommended texlive-fonts-recommended texlive-plain-generic librsvg2-bin weasyprint';
function ensurePeers(): string | undefined {
  if (has('pandoc') && has('xelatex') && has('rsvg-convert') && has('weasyprint')) return undefined;
  if (process.getuid?.() !== 0 || !has('apt-get')) return `未安装（请运行 apt-get install ${PEER_PACKAGES}）`;
  console.log(`安装同行工具（约 3—5 分钟）：apt-get install ${PEER_PACKAGES} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...PEER_PACKAGES.split(' ')]]) {
    if (spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) return `安装失败（请运行 apt-get install ${PEER_PACKAGES}）`;
  }
  return undefined;
}

const loadBefore = load();
const work = await mkdtemp(join(tmpdir(), 'plan-eval-bench-'));
console.log(`工作目录 ${work}；各项轮流运行 ${RUNS} 轮，取中位数；开始时负载 ${loadBefore}`);
// npm run bench compiles first (scripts/setup.mjs); run as `tsx bench/run.ts` after an edit, the command line
// would run the TypeScript sources through tsx, some 0.5 s and 60 MB more per cold start than a user sees.
const compiled = compiledIsFresh(PROJECT_ROOT);
if (!compiled) console.log('注意：命令行程序未按最新源码编译（请先运行 npm run setup），冷启动的用时与内存偏高。');
const peersMissing = ensurePeers();

const internal = await configFile(join(work, 'internal.yaml'), { format: 'internal', output: 'internal.pdf' });
const npc = await configFile(join(work, 'npc.yaml'), { format: 'npc', output: 'npc.pdf' });

interface Row {
  name: string;
  time: Outcome;
  pdf: string;
}

// Ours, cold: the whole command, as a user runs it (Node start-up, module loading, browser launch). Ours, warm:
// a library call on one browser for all runs, as a batch build or the preview has it. The peers on the same
// document. All in the same rounds.
const browser = await launchBrowser(resolveBrowser(null), 300);
const library = (config: string, out: string): Step => async () => {
  const t = performance.now();
  await build({ config, out, browser });
  return { seconds: (performance.now() - t) / 1000 };
};
// The first library calls load the modules and warm the browser's caches: untimed (one that fails, fails again
// when timed and is reported then).
for (const config of [internal, npc]) await library(config, join(work, 'warm'))().catch(() => undefined);
if (!peersMissing) await writePeerInputs(work, internal);
console.log(`· plan-eval build（命令行冷启动）、plan-eval 库调用（复用浏览器）${peersMissing ? '' : '、pandoc + xelatex、WeasyPrint'}，轮流运行 ${RUNS} 轮 …`);
const [coldInternalTime, coldNpcTime, warmInternalTime, warmNpcTime, xelatexTime, weasyTime] = await timeRounds([
  cli([internal], join(work, 'cold')),
  cli([npc], join(work, 'cold')),
  library(internal, join(work, 'warm')),
  library(npc, join(work, 'warm')),
  ...(peersMissing
    ? []
    : [command('pandoc', pandocArgs('peer-xelatex.pdf'), work, PEER_ENV), command('weasyprint', ['-q', 'report.html', 'peer-weasyprint.pdf'], work, PEER_ENV)]),
]);
const coldInternal: Row = { name: 'plan-eval build，冷启动（内部稿）', time: coldInternalTime!, pdf: join(work, 'cold', 'internal.pdf') };
const coldNpc: Row = { name: 'plan-eval build，冷启动（人大稿，默认）', time: coldNpcTime!, pdf: join(work, 'cold', 'npc.pdf') };
const warmInternal: Row = { name: 'plan-eval 库调用，复用浏览器（内部稿）', time: warmInternalTime!, pdf: join(work, 'warm', 'internal.pdf') };
const warmNpc: Row = { name: 'plan-eval 库调用，复用浏览器（人大稿，默认）', time: warmNpcTime!, pdf: join(work, 'warm', 'npc.pdf') };
const xelatex: Row | undefined = xelatexTime === undefined ? undefined : { name: 'pandoc + xelatex（封面、目录、横排附件1）', time: xelatexTime, pdf: join(work, 'peer-xelatex.pdf') };
const weasy: Row | undefined = weasyTime === undefined ? undefined : { name: 'WeasyPrint（同一份 HTML）', time: weasyTime, pdf: join(work, 'peer-weasyprint.pdf') };
if (typeof coldInternal.time === 'string') {
  console.error(`plan-eval 未能生成报告，无从比较：${coldInternal.time}`);
  await closeBrowser(browser);
  process.exit(1);
}

// Scaling: the body repeated to about 50, 250 and 500 pages, built from the command line. Pages per copy of
// the body come from a build with two copies.
console.log('· 长文档：约 50、250、500 页 …');
const ours = pages(coldInternal.pdf);
const twice = await configFile(join(work, 'twice.yaml'), { format: 'internal', content: await repeatedContent(join(work, 'content-2'), 2), output: 'twice.pdf' });
const perCopy = (await build({ config: twice, out: join(work, 'scale'), browser })).physicalPages - ours;
await closeBrowser(browser);
const scaling: { target: number; pages: number; time: Outcome }[] = [];
for (const target of [50, 250, 500]) {
  const copies = Math.max(1, Math.round((target - ours) / perCopy) + 1);
  const config = await configFile(join(work, `p${target}.yaml`), { format: 'internal', content: await repeatedContent(join(work, `content-${copies}`), copies), output: `p${target}.pdf` });
  const time = await cliOnce([config], join(work, 'scale'));
  scaling.push({ target, pages: typeof time === 'string' ? 0 : pages(join(work, 'scale', `p${target}.pdf`)), time });
}

// Twenty reports in one run (every district of a city), against one cold build of the same report.
console.log('· 一次生成 20 份报告 …');
const many: string[] = [];
for (let i = 1; i <= 20; i++) many.push(await configFile(join(work, `district-${i}.yaml`), { format: 'internal', output: `district-${i}.pdf` }));
const many20 = await cliOnce(many, join(work, 'many'));

// ——— report ———
const loadAfter = load();
const cold = secondsOf(coldInternal.time);
const line = (cells: (string | number)[]) => console.log(cells.join('\t'));
const mb = (t: Timed) => (t.rssMb === undefined ? '' : `${t.rssMb.toFixed(0)} MB`);
console.log(`\n生成同一份报告的用时（轮流运行 ${RUNS} 轮，各取中位数；负载 ${loadBefore} → ${loadAfter}；工作目录 ${work}）\n`);
line(['工具', '秒', '页数', 'Node 峰值内存', '÷ 冷启动']);
for (const r of [coldInternal, warmInternal, ...(xelatex && weasy ? [xelatex, weasy] : []), coldNpc, warmNpc]) {
  if (typeof r.time === 'string') line([r.name, r.time]);
  else line([r.name, r.time.seconds.toFixed(2), pages(r.pdf), mb(r.time), `${(r.time.seconds / cold).toFixed(2)}×`]);
}
if (peersMissing) line(['pandoc + xelatex、WeasyPrint', peersMissing]);

console.log('\n长文档（正文重复，命令行冷启动，各 1 次）\n');
line(['目标页数', '实际页数', '秒', '每页毫秒', 'Node 峰值内存']);
for (const s of scaling) {
  if (typeof s.time === 'string') line([s.target, '', s.time]);
  else line([s.target, s.pages, s.time.seconds.toFixed(1), ((s.time.seconds * 1000) / s.pages).toFixed(0), mb(s.time)]);
}
// Linear growth: a page costs as much from 250 to 500 pages as from 50 to 250, within half again.
const t = (i: number) => secondsOf(scaling[i]!.time);
const marginal = [(t(1) - t(0)) / (scaling[1]!.pages - scaling[0]!.pages), (t(2) - t(1)) / (scaling[2]!.pages - scaling[1]!.pages)] as const;
console.log(`每增加一页：50→250 页 ${(marginal[0] * 1000).toFixed(0)} ms，250→500 页 ${(marginal[1] * 1000).toFixed(0)} ms`);
const manySeconds = secondsOf(many20);
console.log(
  `\n一次生成 20 份报告（plan-eval build 加 20 个配置）：${typeof many20 === 'string' ? many20 : `${manySeconds.toFixed(1)} 秒，Node 峰值内存 ${mb(many20)}`}，为一次冷启动的 ${(manySeconds / cold).toFixed(1)} 倍`,
);

// Fairness first: the peers must have laid out about as many pages as we did.
const peerPages = [xelatex, weasy].map((r) => (r && typeof r.time !== 'string' ? pages(r.pdf) : NaN));
const unfair = peerPages.some((n) => Number.isNaN(n) || Math.abs(n - ours) / ours > 0.2);
const p500 = scaling[2]!;
const rss500 = typeof p500.time === 'string' ? NaN : (p500.time.rssMb ?? NaN);
const targets: [string, boolean][] = [
  ['冷启动 ≤ 0.6× WeasyPrint', cold / secondsOf(weasy?.time) <= 0.6],
  ['冷启动 ≤ 1.0× pandoc + xelatex', cold / secondsOf(xelatex?.time) <= 1.0],
  ['复用浏览器 ≤ 0.35× WeasyPrint', secondsOf(warmInternal.time) / secondsOf(weasy?.time) <= 0.35],
  ['500 页：不超时，Node 峰值内存 ≤ 400 MB', rss500 <= 400],
  ['用时随页数线性增长（250→500 页每页增量 ≤ 1.5× 50→250 页）', marginal[1] / marginal[0] <= 1.5],
  ['20 份报告 ≤ 8× 一次冷启动', manySeconds / cold <= 8],
];
console.log('\n目标');
for (const [what, met] of targets) console.log(`  ${met ? '✓ 达到' : '✗ 未达到'}　${what}`);
if (peersMissing) console.error(`\n同行工具${peersMissing}：无法比较。`);
else if (unfair) console.error(`\n比较不公平：同行工具的页数（pandoc + xelatex ${peerPages[0]}、WeasyPrint ${peerPages[1]}）与 plan-eval 的 ${ours} 页相差超过 20%。`);
const ratio = (a: number, b: number) => (Number.isNaN(a / b) ? '-' : (a / b).toFixed(2));
const num = (n: number) => (Number.isNaN(n) ? '-' : String(n));
console.log(
  `\nbench: cold/weasyprint=${ratio(cold, secondsOf(weasy?.time))} cold/xelatex=${ratio(cold, secondsOf(xelatex?.time))} warm/weasyprint=${ratio(secondsOf(warmInternal.time), secondsOf(weasy?.time))}` +
    ` pages=${ours}/${peerPages.map(num).join('/')} p500=${Number.isNaN(t(2)) ? '-' : `${t(2).toFixed(1)}s`} rss500=${Number.isNaN(rss500) ? '-' : `${rss500.toFixed(0)}MB`}` +
    ` many20=${Number.isNaN(manySeconds / cold) ? '-' : (manySeconds / cold).toFixed(1)}x met=${targets.filter(([, met]) => met).length}/${targets.length}` +
    ` cold=${cold.toFixed(2)}s warm=${secondsOf(warmInternal.time).toFixed(2)}s load=${loadBefore}→${loadAfter}${compiled ? '' : ' compiled=no'}`,
);
const oursFailed = [coldNpc, warmInternal, warmNpc].some((r) => typeof r.time === 'string');
if (peersMissing || unfair || oursFailed) process.exitCode = 1;
