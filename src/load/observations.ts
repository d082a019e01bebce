// 读取年度数据表与市下达任务值表（CSV）：列为 indicator,year,value,unit,source,note。
import { readCsv, parseCsv, type CsvRow, type CsvTable } from './csv.ts';

export const OBSERVATION_COLUMNS = ['indicator', 'year', 'value', 'unit', 'source', 'note'] as const;
const REQUIRED = ['indicator', 'year', 'value', 'source'];

export type ObservationRow = CsvRow;

export function readObservations(path: string, file: string): Promise<CsvTable> {
  return readCsv(path, file, REQUIRED);
}

export function parseObservationCsv(text: string, file: string): ObservationRow[] {
  return parseCsv(text, file, REQUIRED);
}
