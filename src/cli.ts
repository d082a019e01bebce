// 命令行：plan-eval build [--config FILE] [--out DIR]。只解析参数、显示进度，工作都在 build() 里。
import { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { InputError, formatDiagnostic, listDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadAndEvaluate, STAGES, type Stage } from './loadEvaluation.ts';
import { msg } from './messages.ts';
import { actionOf, isSystemError } from './systemErrors.ts';
// Each command loads only what it needs (the browser and chart modules, or the Excel library), so a command
// starts quickly and `--help` is instant.
import type { ImportSummary } from './intake/import.ts';

// `plan-eval evaluate | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program.name('plan-eval').description('五年规划实施评估报告生成工具').showHelpAfterError('（用 --help 查看用法）');

program
  .command('build')
  .description('生成评估报告 PDF')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('-o, --out <dir>', '输出目录（覆盖配置中的 out）')
  .action(async (opts: { config: string; out?: string }) => {
    const started = performance.now();
    const onStage = (stage: Stage, ms: number) => console.log(`  ✓ ${STAGES[stage].padEnd(4, '　')} ${(ms / 1000).toFixed(2)} s`);
    console.log('plan-eval：开始生成报告');
    const { build } = await import('./build.ts');
    const result = await build({ config: opts.config, ...(opts.out ? { out: opts.out } : {}), onStage });
    console.log(`完成：${relative(process.cwd(), result.pdfPath)}（${result.physicalPages} 页，用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`);
    if (result.evaluation.illustrative) console.log('注意：报告使用了示例数据，PDF 每页已标注“示例数据”。');
    printWarnings(result.warnings);
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

/**
 * 提示 after the run, on stderr so that `evaluate --json` stays clean JSON. They did not stop anything, but the
 * user should see them (e.g. that a data table was read as GBK).
 */
function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length > 0) console.error('');
  for (const w of warnings) console.error(`提示：${formatDiagnostic(w)}`);
}

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
