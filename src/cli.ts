// 命令行：plan-eval build [--config FILE] [--out DIR]、evaluate、forms、import、init。只解析参数、显示进度，工作都在 build() 里。
import { Command, InvalidArgumentError, Option } from 'commander';
import { relative, resolve } from 'node:path';
import { InputError, formatDiagnostic, listDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadAndEvaluate, STAGES, type Stage } from './loadEvaluation.ts';
import { msg } from './messages.ts';
import { REPORT_KINDS } from './config.ts';
import { actionOf, isSystemError } from './systemErrors.ts';
// Each command loads only what it needs (the browser and chart modules, or the Excel library), so a command
// starts quickly and `--help` is instant.
import type { ImportSummary } from './intake/import.ts';
import type { InitOptions } from './init/index.ts';
import type { OutputFormat } from './build.ts';

// `plan-eval evaluate | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program.name('plan-eval').description('五年规划实施评估报告生成工具').showHelpAfterError('（用 --help 查看用法）');

program
  .command('build')
  .description('生成评估报告（PDF，或 Word 文档）；可一次给出多个配置文件（如全市各区），共用一个浏览器')
  .argument('[configs...]', '配置文件（可多个；不写时用 --config）')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('-o, --out <dir>', '输出目录（覆盖配置中的 out）')
  .addOption(new Option('-f, --format <formats>', '输出格式：pdf、docx，或 pdf,docx').default('pdf').argParser(parseFormats))
  .option('--strict', '正文中与数据不符的数字作为错误（不生成）')
  .action(async (configs: string[], opts: { config: string; out?: string; format: OutputFormat[]; strict?: boolean }) => {
    if (configs.length > 1) return buildSeveral(configs, opts.out);
    if (configs.length === 1) opts.config = configs[0]!;
    const started = performance.now();
    const onStage = (stage: Stage, ms: number) => console.log(`  ✓ ${STAGES[stage].padEnd(4, '　')} ${(ms / 1000).toFixed(2)} s`);
    console.log('plan-eval：开始生成报告');
    const formats = typeof opts.format === 'string' ? parseFormats(opts.format) : opts.format;
    // build() starts Chromium once the inputs are read and valid, while it draws the figures: a run that stops at
    // an input problem starts no browser. (Starting it while the modules load measured no faster since the command
    // line is bundled.)
    const { build } = await import('./build.ts');
    const result = await build({ config: opts.config, ...(opts.out ? { out: opts.out } : {}), onStage, formats, strict: opts.strict === true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.pdfPath) console.log(`完成：${relative(process.cwd(), result.pdfPath)}（${result.physicalPages} 页，用时 ${seconds} s）`);
    if (result.docxPath) console.log(`完成：${relative(process.cwd(), result.docxPath)}（Word 文档${result.pdfPath ? '' : `，用时 ${seconds} s`}）`);
    const mark = result.model.meta.illustrativeMark;
    if (mark) console.log(`注意：报告含示例内容，每页已标注“${mark}”。`);
    printWarnings(result.warnings);
  });

program
  .command('dev')
  .description('在本机浏览器中实时预览报告：正文、数据、模板或配置一改，页面自动刷新')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('-p, --port <port>', '端口', (v) => Number.parseInt(v, 10), 4173)
  .option('--host <host>', '地址（只能是本机地址）', '127.0.0.1')
  .action(async (opts: { config: string; port: number; host: string }) => {
    const { startDevServer } = await import('./dev/server.ts');
    const server = await startDevServer({
      config: opts.config,
      cwd: process.cwd(),
      port: opts.port,
      host: opts.host,
      onRender: (r) =>
        console.log(r.ok ? `  ✓ 已更新（${Math.round(r.ms)} ms${r.reused ? '，评估与图表沿用' : ''}）` : `  ✗ 发现 ${r.problems.length} 处问题，页面显示提示，保留上一次的报告`),
    });
    console.log(`预览：${server.url}（在浏览器中打开；按 Ctrl-C 结束）`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('check')
  .description('核对正文：手写的数字、计数和状态用语是否与评估结果一致')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .action(async (opts: { config: string }) => {
    const { plan, evaluation, content, warnings } = await loadAndEvaluate({ config: opts.config, withContent: true });
    const { checkProse } = await import('./check/prose.ts');
    const found = checkProse(content, { plan, evaluation });
    printWarnings(warnings);
    if (found.length === 0) {
      console.log(`正文 ${content.length} 个文件中没有发现与评估结果不符的数字或状态。`);
      return;
    }
    for (const d of found) console.log(formatDiagnostic(d));
    console.log(`\n发现 ${found.length} 处与评估结果不符：请按提示改用表达式。`);
    process.exitCode = 1;
  });

program
  .command('evaluate')
  .description('评估全部指标并输出判定表（--json 输出完整评估结果）')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('--json', '以 JSON 输出，供其他工具使用')
  .action(async (opts: { config: string; json?: boolean }) => {
    const { evaluation, warnings } = await loadAndEvaluate({ config: opts.config });
    const { evaluationJson } = await import('./format/evaluationJson.ts');
    const { evaluationTable } = await import('./format/evaluationTable.ts');
    console.log(opts.json ? JSON.stringify(evaluationJson(evaluation), null, 2) : evaluationTable(evaluation));
    printWarnings(warnings);
  });

program
  .command('forms')
  .description('为各责任单位生成数据征集表（.xlsx）')
  .requiredOption('-y, --year <year>', '征集哪一年的数据', (v) => Number.parseInt(v, 10))
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('-o, --out <dir>', '输出目录', 'out/forms')
  .action(async (opts: { year: number; config: string; out: string }) => {
    const { plan, warnings } = await loadAndEvaluate({ config: opts.config });
    const { start, end } = plan.info.period;
    if (!(opts.year >= start && opts.year <= end)) throw new InputError([msg.optionYear(String(opts.year), start, end)]);
    const { writeForms } = await import('./intake/forms.ts');
    const written = await writeForms(plan, { year: opts.year, outDir: resolve(opts.out) });
    for (const w of written) console.log(`  ${relative(process.cwd(), w.path)}（指标 ${w.indicators} 项，项目 ${w.projects} 项）`);
    console.log(`已生成 ${written.length} 份数据征集表。`);
    printWarnings(warnings);
  });

program
  .command('import')
  .description('导入填好的数据征集表（.xlsx）或 CSV，校验无误后并入数据目录')
  .argument('<files...>', '一个或多个文件')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .action(async (files: string[], opts: { config: string }) => {
    const { importFiles } = await import('./intake/import.ts');
    const s = await importFiles(files, { config: opts.config });
    for (const f of s.files) console.log(`  ${f.file}：指标数值 ${f.values} 个，项目进展 ${f.progress} 条`);
    const line = (name: string, r: ImportSummary['observations']) =>
      `${name}：新增 ${r.added}，更新 ${r.replaced}，未变 ${r.unchanged}${r.written ? '' : '（文件未改动）'}`;
    console.log(line('年度数据', s.observations));
    console.log(line('项目进展', s.progress));
    printWarnings(s.warnings);
  });

/** Several reports in one run: one line per report as it finishes; the failures listed; exit code 1 if any failed. */
async function buildSeveral(configs: string[], out: string | undefined): Promise<void> {
  const started = performance.now();
  console.log(`plan-eval：开始生成 ${configs.length} 份报告`);
  const { buildMany } = await import('./buildMany.ts');
  const outcomes = await buildMany(configs, {
    ...(out ? { out } : {}),
    onReport: (o, finished, total) => {
      const head = `[${String(finished).padStart(String(total).length)}/${total}] ${o.config}`;
      if (o.ok) {
        console.log(`${head} → ${relative(process.cwd(), o.result.pdfPath!)}（${o.result.physicalPages} 页，${o.seconds.toFixed(1)} s）${o.result.model.meta.illustrativeMark ? `  注意：${o.result.model.meta.illustrativeMark}` : ''}`);
        printWarnings(o.result.warnings);
        return;
      }
      const problems = o.error instanceof InputError ? o.error.diagnostics : undefined;
      console.error(`${head} 失败：${problems ? `发现 ${problems.length} 处问题，这一份没有写入或改动任何文件。` : `${(o.error as Error).message}（这一份没有写入或改动任何文件）`}`);
      for (const line of problems ? listDiagnostics(problems) : []) console.error(`    ${line.replace(/\n/g, '\n    ')}`);
    },
  });
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.config);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`完成 ${outcomes.length - failed.length} 份${failed.length > 0 ? `，失败 ${failed.length} 份（${failed.join('、')}）` : ''}，用时 ${seconds} s。`);
  if (failed.length > 0) process.exitCode = 1;
}

/** “pdf,docx” → the formats, each once; anything else is a usage error in Chinese. */
function parseFormats(value: string): OutputFormat[] {
  const list = value.split(/[,，\s]+/).filter((f) => f !== '');
  const bad = list.filter((f) => f !== 'pdf' && f !== 'docx');
  if (bad.length > 0 || list.length === 0) throw new InvalidArgumentError(`输出格式只能是 pdf、docx 或 pdf,docx（实际为“${value}”）。`);
  return [...new Set(list)] as OutputFormat[];
}

/**
 * 提示 after the run, on stderr so that `evaluate --json` stays clean JSON. They did not stop anything, but the
 * user should see them (e.g. that a data table was read as GBK).
 */
function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length > 0) console.error('');
  for (const w of warnings) console.error(`提示：${formatDiagnostic(w)}`);
}

program
  .command('init')
  .description('由规划的主要指标表（.xlsx 或 .csv）生成规划目录：登记册、空的数据表、正文骨架和配置')
  .argument('<dir>', '要生成的目录（须为新目录或空目录）')
  .requiredOption('--from <table>', '主要指标表：.xlsx 或 .csv，每项指标一行')
  .option('--sheet <name>', '指标表所在的工作表（默认第一个）')
  .option('--period <years>', '规划期，如 2021-2025（默认取自表头）')
  .option('--name <name>', '规划全称')
  .option('--region <region>', '地区全称，如 连云港市海州区')
  .addOption(new Option('--kind <kind>', `报告种类：${Object.entries(REPORT_KINDS).map(([k, v]) => `${k} ${v}`).join(' / ')}`).choices(Object.keys(REPORT_KINDS)).default('midterm'))
  .option('--year <year>', '评估时点（默认：中期评估为规划期第三年）', (v) => Number.parseInt(v, 10))
  .option('--previous <plan>', '上期规划的数据目录或其 plan-eval.yaml：没有基期值的同名指标取上期规划在基期年的监测数据')
  .option('--force', '目录不空时也写入（覆盖同名文件）')
  .action(async (dir: string, opts: Omit<InitOptions, 'dir'>) => {
    const { initPlan } = await import('./init/index.ts');
    const { inferenceTable } = await import('./init/summary.ts');
    const result = await initPlan({ ...opts, dir });
    console.log(inferenceTable(result));
    console.log(msg.initWritten(relative(process.cwd(), result.dir) || '.', result.files));
    console.log(msg.initNextSteps(result.config, result.placeholders).join('\n'));
  });

try {
  await program.parseAsync(process.argv);
} catch (caught) {
  // A refusal by the operating system that no stage put into words (forms and import write files too).
  const e = isSystemError(caught) ? new InputError([msg.fsError(caught.path ? relative(process.cwd(), caught.path) || '.' : '（未知路径）', caught.code, actionOf(caught))]) : caught;
  if (e instanceof InputError) {
    console.error(`\n失败：发现 ${e.diagnostics.length} 处问题，没有写入或改动任何文件。\n`);
    for (const line of listDiagnostics(e.diagnostics)) console.error(line);
  } else {
    console.error(`\n失败：${(e as Error).message}\n没有写入或改动任何文件。`);
    if (process.env.PLAN_EVAL_DEBUG) console.error((e as Error).stack);
  }
  process.exitCode = 1;
}
