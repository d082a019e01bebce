// 一个规划数据目录中的全部文件：登记册（plan.yaml、indicators.yaml、projects.yaml）与数据表。
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import { readObservations } from './observations.ts';
import { readProjectProgress } from './projects.ts';
import { readJudgements } from './judgements.ts';
import { readRegistry, type RegistrySources } from './registry.ts';
import { readYaml, type YamlSource } from './yamlFile.ts';

export const DATA_FILES = {
  observations: 'observations.csv',
  /** 市下达任务值; optional: without them, 完成市下达任务 indicators are 待核定. */
  cityTasks: 'city-tasks.csv',
  /** Yearly progress of the 专栏 projects; optional. */
  projectProgress: 'projects-progress.csv',
  /** 人工判定 of qualitative indicators; optional: without one, a qualitative indicator is 待核定. */
  judgements: 'judgements.csv',
} as const;

/** What people propose rather than measure; optional, each needed by one kind of report. */
export const PROPOSAL_FILES = {
  /** Proposed target adjustments: the 调整方案 (report.kind adjustment). */
  adjustments: 'adjustments.yaml',
  /** The 人大常委会's 审议意见 and the answers: report.kind response. */
  opinions: 'opinions.yaml',
} as const;

export interface PlanFiles {
  registry: RegistrySources;
  observations: CsvRow[];
  cityTasks: CsvRow[];
  projectProgress: CsvRow[];
  judgements: CsvRow[];
  adjustments?: YamlSource;
  opinions?: YamlSource;
  /** 提示 from reading the files (e.g. a data table read as GBK). */
  warnings: Diagnostic[];
}

/** `display` turns a path into the form used in messages. */
export async function readPlanFiles(dir: string, display: (p: string) => string): Promise<PlanFiles> {
  const at = (name: string) => join(dir, name);
  const none: CsvTable = { rows: [], warnings: [] };
  const optional = async (name: string, read: (path: string, file: string) => Promise<CsvTable>) =>
    existsSync(at(name)) ? read(at(name), display(at(name))) : none;
  const registry = await readRegistry(dir, display(dir));
  const observations = await readObservations(at(DATA_FILES.observations), display(at(DATA_FILES.observations)));
  const cityTasks = await optional(DATA_FILES.cityTasks, readObservations);
  const projectProgress = await optional(DATA_FILES.projectProgress, readProjectProgress);
  const judgements = await optional(DATA_FILES.judgements, readJudgements);
  const yaml = async (name: string) => (existsSync(at(name)) ? { source: await readYaml(at(name), display(at(name))) } : {});
  const adjustments = await yaml(PROPOSAL_FILES.adjustments);
  const opinions = await yaml(PROPOSAL_FILES.opinions);
  return {
    registry,
    observations: observations.rows,
    cityTasks: cityTasks.rows,
    projectProgress: projectProgress.rows,
    judgements: judgements.rows,
    ...('source' in adjustments ? { adjustments: adjustments.source } : {}),
    ...('source' in opinions ? { opinions: opinions.source } : {}),
    warnings: [...observations.warnings, ...cityTasks.warnings, ...projectProgress.warnings, ...judgements.warnings],
  };
}
