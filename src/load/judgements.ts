// 读取定性指标的人工判定表（judgements.csv）：列为 indicator,year,status,reason,source,department。
import { readCsv, type CsvTable } from './csv.ts';

export const JUDGEMENT_COLUMNS = ['indicator', 'year', 'status', 'reason', 'source', 'department'] as const;

export function readJudgements(path: string, file: string): Promise<CsvTable> {
  return readCsv(path, file, ['indicator', 'year', 'status', 'reason', 'source']);
}
