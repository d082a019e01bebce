// 一个规划数据目录中的全部文件：登记册（plan.yaml、indicators.yaml、projects.yaml）与数据表。
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvRow } from './csv.ts';
import { readObservations } from './observations.ts';
import { readProjectProgress } from './projects.ts';
import { readJudgements } from './judgements.ts';
import { readRegistry, type RegistrySources } from './registry.ts';

export const DATA_FILES = {
  observations: 'observations.csv',
  /** 市下达任务值; optional: without them, 完成市下达任务 indicators are 待核定. */
  cityTasks: 'city-tasks.csv',
  /** Yearly progress of the 专栏 projects; optional. */
  projectProgress: 'projects-progress.csv',
  /** 人工判定 of qualitative indicators; optional: without one, a qualitative indicator is 待核定. */
  judgements: 'judgements.csv',
} as const;

export interface PlanFiles {
  registry: RegistrySources;
  observations: CsvRow[];
  cityTasks: CsvRow[];
  projectProgress: CsvRow[];
  judgements: CsvRow[];
}

/** `display` turns a path into the form used in messages. */
export async function readPlanFiles(dir: string, display: (p: string) => string): Promise<PlanFiles> {
  const at = (name: string) => join(dir, name);
  const optional = async (name: string, read: (path: string, file: string) => Promise<CsvRow[]>) =>
    existsSync(at(name)) ? read(at(name), display(at(name))) : [];
  return {
    registry: await readRegistry(dir, display(dir)),
    observations: await readObservations(at(DATA_FILES.observations), display(at(DATA_FILES.observations))),
    cityTasks: await optional(DATA_FILES.cityTasks, readObservations),
    projectProgress: await optional(DATA_FILES.projectProgress, readProjectProgress),
    judgements: await optional(DATA_FILES.judgements, readJudgements),
  };
}
