// 命令行：plan-eval build [--config FILE] [--out DIR]。只解析参数、显示进度，工作都在 build() 里。
import { Command } from 'commander';
import { relative } from 'node:path';
import { build, loadAndEvaluate, STAGES, type Stage } from './build.ts';
import { evaluationJson } from './format/evaluationJson.ts';
import { evaluationTable } from './format/evaluationTable.ts';
import { InputError, formatDiagnostic } from './diagnostics.ts';

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
    const result = await build({ config: opts.config, ...(opts.out ? { out: opts.out } : {}), onStage });
    console.log(`完成：${relative(process.cwd(), result.pdfPath)}（${result.physicalPages} 页，用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`);
    if (result.evaluation.illustrative) console.log('注意：报告使用了示例数据，PDF 每页已标注“示例数据”。');
  });

program
  .command('evaluate')
  .description('评估全部指标并输出判定表（--json 输出完整评估结果）')
  .option('-c, --config <file>', '配置文件', 'plan-eval.yaml')
  .option('--json', '以 JSON 输出，供其他工具使用')
  .action(async (opts: { config: string; json?: boolean }) => {
    const { evaluation } = await loadAndEvaluate({ config: opts.config });
    console.log(opts.json ? JSON.stringify(evaluationJson(evaluation), null, 2) : evaluationTable(evaluation));
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof InputError) {
    console.error(`\n生成失败：发现 ${e.diagnostics.length} 处问题，上一次生成的报告未被改动。\n`);
    for (const d of e.diagnostics) console.error(formatDiagnostic(d));
  } else {
    console.error(`\n生成失败：${(e as Error).message}\n上一次生成的报告未被改动。`);
    if (process.env.PLAN_EVAL_DEBUG) console.error((e as Error).stack);
  }
  process.exitCode = 1;
}
