// 读取重大工程项目的年度进展表（projects-progress.csv）：列为 project,year,status,investment,note,source。
import { readCsv, type CsvTable } from './csv.ts';

/** 完成投资 (the investment column) is reported in 亿元. */
export const INVESTMENT_UNIT = '亿元';

export const PROGRESS_COLUMNS = ['project', 'year', 'status', 'investment', 'note', 'source'] as const;

export function readProjectProgress(path: string, file: string): Promise<CsvTable> {
  return readCsv(path, file, ['project', 'year', 'status', 'source']);
}
