// 导入：读回各单位填好的征集表（及 CSV），全部校验无误后才并入规划数据目录；有任何错误则一处也不写入。
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { format } from 'date-fns/format'; // not the index: see src/format/chinese.ts
import { stringify } from 'csv-stringify/sync';
import { loadConfig } from '../config.ts';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { parseCsv, type CsvRow } from '../load/csv.ts';
import { OBSERVATION_COLUMNS } from '../load/observations.ts';
import { DATA_FILES, readPlanFiles } from '../load/planFiles.ts';
import { PROGRESS_COLUMNS } from '../load/projects.ts';
import type { Plan } from '../model/plan.ts';
import { writeAtomically } from '../atomicWrite.ts';
import { decimalText } from '../format/number.ts';
import { validateObservations } from '../validate/observations.ts';
import { validatePlan } from '../validate/plan.ts';
import { validateProjectProgress } from '../validate/projects.ts';
import { mergeRecords, PROVENANCE_COLUMNS, type Incoming, type MergeResult } from './merge.ts';
import { readFilledFile, type ImportedFile } from './readForm.ts';

export interface ImportOptions {
  config?: string;
  cwd?: string;
  /** Date recorded as the import date (defaults to today). */
  today?: Date;
}

export interface ImportSummary {
  files: { file: string; values: number; progress: number }[];
  observations: Omit<MergeResult, 'rows'> & { written: boolean };
  progress: Omit<MergeResult, 'rows'> & { written: boolean };
  /** 提示 from reading the data files and the imported files. */
  warnings: Diagnostic[];
}

export async function importFiles(paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const cwd = options.cwd ?? process.cwd();
  const config = await loadConfig(options.config, {}, cwd);
  const files = await readPlanFiles(config.paths.plan, config.display);
  const plan = validatePlan(files);
  const imported = format(options.today ?? new Date(), 'yyyy-MM-dd');

  // Read every file before deciding anything, so one run lists every problem in every file.
  let problems: Diagnostic[] = [];
  const read: { file: string; content: ImportedFile }[] = [];
  for (const p of paths) {
    const file = config.display(resolve(cwd, p));
    try {
      read.push({ file, content: await readFilledFile(resolve(cwd, p), file, plan, imported) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // concat, not push(...): a form of 200 000 wrong rows would overflow the call stack.
      problems = problems.concat(e.diagnostics);
    }
  }
  if (problems.length > 0) throw new InputError(problems);

  const indicatorOrder = (id: string) => plan.indicators.findIndex((i) => i.id === id);
  const projectOrder = (id: string) => plan.projects.findIndex((p) => p.id === id);
  const values = read.flatMap((r) => r.content.values).map((v): Incoming => {
    const ind = plan.indicators.find((i) => i.id === v.indicatorId)!;
    const period = v.half ? `${v.year}H1` : String(v.year);
    return {
      id: v.indicatorId,
      year: period,
      fields: { indicator: v.indicatorId, year: period, value: decimalText(v.value), unit: ind.unit, source: v.source, note: v.note },
      compare: ['value'],
      label: `指标“${ind.name}”${v.year}年${v.half ? '上半年' : ''}数值`,
      provenance: v.provenance,
      place: v.place,
    };
  });
  const progress = read.flatMap((r) => r.content.progress).map((p): Incoming => ({
    id: p.projectId,
    year: String(p.year),
    fields: { project: p.projectId, year: String(p.year), status: p.status, investment: p.investment === null ? '' : decimalText(p.investment), note: p.note, source: p.source },
    compare: ['status', 'investment'],
    label: `项目“${plan.projects.find((x) => x.id === p.projectId)!.title}”${p.year}年进展`,
    provenance: p.provenance,
    place: p.place,
  }));

  const mergedValues = mergeRecords(files.observations, values, 'indicator', indicatorOrder);
  const mergedProgress = mergeRecords(files.projectProgress, progress, 'project', projectOrder);
  problems = problems.concat(mergedValues.diagnostics, mergedProgress.diagnostics);
  if (problems.length > 0) throw new InputError(problems);

  const obsPath = join(config.paths.plan, DATA_FILES.observations);
  const progressPath = join(config.paths.plan, DATA_FILES.projectProgress);
  const obsText = toCsv(mergedValues.result!.rows, [...OBSERVATION_COLUMNS, ...PROVENANCE_COLUMNS]);
  const progressText = toCsv(mergedProgress.result!.rows, [...PROGRESS_COLUMNS, ...PROVENANCE_COLUMNS]);
  // The merged data must pass the same checks as data typed by hand before it replaces anything.
  checkMerged(obsText, progressText, config.display(obsPath), config.display(progressPath), plan);

  const obsWritten = await writeIfChanged(obsPath, obsText, mergedValues.result!);
  const progressWritten = progress.length > 0 || files.projectProgress.length > 0 ? await writeIfChanged(progressPath, progressText, mergedProgress.result!) : false;
  const { rows: _r1, ...obsCounts } = mergedValues.result!;
  const { rows: _r2, ...progressCounts } = mergedProgress.result!;
  return {
    files: read.map((r) => ({ file: r.file, values: r.content.values.length, progress: r.content.progress.length })),
    observations: { ...obsCounts, written: obsWritten },
    progress: { ...progressCounts, written: progressWritten },
    warnings: [...files.warnings, ...read.flatMap((r) => r.content.warnings)],
  };
}

function toCsv(rows: Record<string, string>[], columns: readonly string[]): string {
  return stringify(rows, { header: true, columns: [...columns], record_delimiter: 'unix' });
}

function checkMerged(obsText: string, progressText: string, obsFile: string, progressFile: string, plan: Plan): void {
  const rows = (text: string, file: string, required: string[]): CsvRow[] => parseCsv(text, file, required);
  validateObservations(rows(obsText, obsFile, ['indicator']), plan.info, plan.indicators);
  validateProjectProgress(rows(progressText, progressFile, ['project']), plan.info, plan.projects);
}

/** Rewrites a data file only when its content changes: importing the same forms twice leaves it untouched. */
async function writeIfChanged(path: string, text: string, result: MergeResult): Promise<boolean> {
  if (result.added === 0 && result.replaced === 0) return false;
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === text) return false;
  await writeAtomically(path, new TextEncoder().encode(text));
  return true;
}
