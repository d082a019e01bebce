// plan-eval init：由规划的主要指标表生成一个可以直接评估、直接生成报告的规划目录。
// The library function the command and the tests call. Nothing is written unless the whole registry it would
// write passes the same validation `evaluate` and `build` apply, so an initialised folder always loads.
import { basename, relative, resolve } from 'node:path';
import { format } from 'date-fns/format'; // not the index: see src/format/chinese.ts
import type { ReportKind } from '../config.ts';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { PlanInfo } from '../model/plan.ts';
import { parseYaml } from '../load/yamlFile.ts';
import { DATA_FILES } from '../load/planFiles.ts';
import { validateRegistry } from '../validate/registry.ts';
import { contentSkeleton } from './content.ts';
import { slugOf } from './ids.ts';
import { readIndicators, type IndicatorDraft } from './indicators.ts';
import { parsePeriodOption, PLACEHOLDERS, planInfo, planNumber, planPeriod, type PlanPeriod } from './plan.ts';
import { readTable } from './readTable.ts';
import { proposalTemplates } from './proposals.ts';
import { applyPreviousBases, readPreviousPlan, type PreviousReading } from './previous.ts';
import { configYaml, indicatorsYaml, OBSERVATIONS_HEADER, planYaml } from './render.ts';
import { assertWritable, writeFolder, type FolderFile } from './write.ts';

export interface InitOptions {
  /** The folder to create (or an empty one). */
  dir: string;
  /** The indicator table, .xlsx or .csv. */
  from: string;
  /** The worksheet (default: the first). */
  sheet?: string;
  /** “2021-2025”, overriding the years read from the headers. */
  period?: string;
  /** 规划全称 (default: a placeholder marked 请填写). */
  name?: string;
  /** 地区全称, e.g. 连云港市海州区 (default: placeholders). */
  region?: string;
  kind?: ReportKind;
  /** 评估时点 (default: start + 2 for a 中期评估, the end for a 总结评估, last year for 年度监测). */
  year?: number;
  /**
   * The previous plan (its data folder or plan-eval.yaml): indicators without a 基期 value take its figure for
   * the new 基期年 where their names match.
   */
  previous?: string;
  /** Write into a folder that is not empty, replacing files of the same name. */
  force?: boolean;
  cwd?: string;
  /** The date written as the report date (default: today). */
  today?: Date;
}

export interface InitResult {
  dir: string;
  /** Files written, relative to `dir`. */
  files: string[];
  /** The config written, as a path to give `--config` from the working directory. */
  config: string;
  table: { file: string; sheet?: string; encoding?: string };
  period: PlanPeriod;
  info: PlanInfo;
  drafts: IndicatorDraft[];
  /** Indicators with something to check. */
  flagged: number;
  year: number;
  /** Whether plan.yaml still has 请填写 placeholders (no --name / --region). */
  placeholders: boolean;
  /** What was taken from the previous plan (--previous). */
  previous?: PreviousReading;
}

export async function initPlan(options: InitOptions): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, options.dir);
  const shown = (p: string) => relative(cwd, p) || '.';
  await assertWritable(dir, shown(dir), options.force ?? false);

  const tablePath = resolve(cwd, options.from);
  const table = await readTable(tablePath, shown(tablePath), options.sheet);
  const reading = readIndicators(table);
  const period = planPeriod(reading.header, table.file, options.period === undefined ? undefined : parsePeriodOption(options.period));
  const kind = options.kind ?? 'midterm';
  const today = options.today ?? new Date();
  const year = options.year ?? defaultYear(kind, period.period, today);
  const { start, end } = period.period;
  if (!(year >= start && year <= end)) throw new InputError([msg.optionYear(String(year), start, end)]);
  const previous = options.previous === undefined ? undefined : applyPreviousBases(reading.drafts, await readPreviousPlan(options.previous, cwd, shown), period.baseYear);

  const info = planInfo(period, reading.groups, reading.series, { ...(options.name ? { name: options.name } : {}), ...(options.region ? { region: options.region } : {}) });
  const tableName = basename(tablePath);
  const planText = planYaml(info, tableName);
  const indicatorsText = indicatorsYaml(reading.drafts, info, tableName);
  // The folder must load exactly as written: validate the texts the way `evaluate` reads them.
  try {
    validateRegistry({ plan: parseYaml(planText, 'plan.yaml'), indicators: parseYaml(indicatorsText, 'indicators.yaml') });
  } catch (e) {
    if (e instanceof InputError) throw new InputError([...e.diagnostics, msg.initRegistryInvalid(table.file)]);
    throw e;
  }

  const files: FolderFile[] = [
    { path: 'plan.yaml', text: planText },
    { path: 'indicators.yaml', text: indicatorsText },
    { path: DATA_FILES.observations, text: OBSERVATIONS_HEADER },
    ...contentSkeleton(kind, info).map((c) => ({ path: `content/${c.file}`, text: c.text })),
    ...proposalTemplates(kind, reading.drafts.map((d) => d.indicator)),
    {
      path: 'plan-eval.yaml',
      text: configYaml({ kind, output: `${outputSlug(dir, info, options.region)}-${kind}.pdf`, author: PLACEHOLDERS.author, date: format(today, 'yyyy-MM-dd'), year }, info),
    },
  ];
  await writeFolder(dir, files);
  return {
    dir,
    files: files.map((f) => f.path),
    config: shown(resolve(dir, 'plan-eval.yaml')),
    table: { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), ...(table.encoding ? { encoding: table.encoding } : {}) },
    period,
    info,
    drafts: reading.drafts,
    flagged: reading.drafts.filter((d) => d.checks.length > 0).length,
    year,
    placeholders: options.name === undefined || options.region === undefined,
    ...(previous ? { previous } : {}),
  };
}

/**
 * 中期评估 and what follows from it (调整方案, the answer to its 审议意见): the third year (the usual mid-term point); 总结评估: the last;
 * 年度监测: last year, within the period.
 */
function defaultYear(kind: ReportKind, period: { start: number; end: number }, today: Date): number {
  switch (kind) {
    case 'midterm':
    case 'adjustment':
    case 'response':
      return period.start + 2;
    case 'final':
      return period.end;
    case 'annual':
      return Math.min(period.end, Math.max(period.start, today.getFullYear() - 1));
  }
}

/** The PDF's name: the folder's name when it is ascii (province-style), else the region's initials and plan number. */
function outputSlug(dir: string, info: PlanInfo, region: string | undefined): string {
  const folder = basename(dir).toLowerCase();
  if (/^[a-z0-9][a-z0-9-]*$/.test(folder)) return folder;
  const n = planNumber(info.period.start);
  return [region ? slugOf(info.regionShort) : 'plan', n ?? info.period.start].join('-');
}
