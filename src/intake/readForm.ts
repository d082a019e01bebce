// 读回填好的数据征集表（.xlsx）或 CSV：逐格校验，得到带出处（单位、文件、工作表、单元格）的数值与项目进展。
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { DiagnosticBag, InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { PROJECT_STATUSES, type Observation, type Plan, type ProjectProgress, type ProjectStatus } from '../model/plan.ts';
import { cannotBeNegative } from '../validate/figures.ts';
import { validateObservations } from '../validate/observations.ts';
import { readCsv } from '../load/csv.ts';
import { INVESTMENT_UNIT } from '../load/projects.ts';
import { cellText, isBlank } from './cellText.ts';
import { dataRows, numberIn, rowIsItsOwn } from './formRows.ts';
import { FORM_MARK, FORM_VERSION, SHEETS, indicatorColumns, indicatorRowChecksum, projectColumns, projectRowChecksum } from './layout.ts';

/** Where an imported figure came from. */
export interface Provenance {
  department: string;
  /** “file!sheet!cell” for forms, “file:line” for CSV. */
  origin: string;
  /** Date of the import (yyyy-MM-dd). */
  imported: string;
}

/** Where in the user's file a record is, for messages. */
export type Place = Pick<Diagnostic, 'file' | 'cell' | 'position'>;

interface Imported {
  provenance: Provenance;
  place: Place;
}
export type ImportedValue = Pick<Observation, 'indicatorId' | 'year' | 'half' | 'value' | 'source' | 'note'> & Imported;
export type ImportedProgress = Pick<ProjectProgress, 'projectId' | 'year' | 'status' | 'investment' | 'note' | 'source'> & Imported;

export interface ImportedFile {
  values: ImportedValue[];
  progress: ImportedProgress[];
  /** 提示 from reading the file (a CSV read as GBK). */
  warnings: Diagnostic[];
}

export async function readFilledFile(path: string, file: string, plan: Plan, imported: string): Promise<ImportedFile> {
  return path.toLowerCase().endsWith('.csv') ? readCsvValues(path, file, plan, imported) : readForm(path, file, plan, imported);
}

async function readForm(path: string, file: string, plan: Plan, imported: string): Promise<ImportedFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new InputError([msg.formUnreadable(file, (e as Error).message)]);
  }
  const meta = new Map<string, string>();
  wb.getWorksheet(SHEETS.meta)?.eachRow((row) => meta.set(cellText(row.getCell(1)), cellText(row.getCell(2))));
  const year = Number(meta.get('year'));
  const department = meta.get('department') ?? '';
  if (meta.get('form') !== FORM_MARK || !Number.isInteger(year) || department === '') throw new InputError([msg.formNotOurs(file)]);
  if (meta.get('version') !== FORM_VERSION) throw new InputError([msg.formVersion(file, meta.get('version') ?? '')]);

  const bag = new DiagnosticBag();
  const base = basename(file);
  const provenance = (sheet: string, address: string): Provenance => ({ department, origin: `${base}!${sheet}!${address}`, imported });
  const cellPlace = (sheet: string, address: string): Place => ({ file, cell: `${sheet}!${address}` });
  const values: ImportedValue[] = [];
  const progress: ImportedProgress[] = [];

  // A sheet the form had must still be there: a renamed sheet would otherwise import nothing, silently.
  const sheetFor = (name: string, expected: boolean) => {
    const ws = wb.getWorksheet(name);
    if (!ws && expected) bag.add(msg.formSheetMissing(file, name));
    return ws;
  };
  const indicatorSheet = sheetFor(SHEETS.indicators, plan.indicators.some((i) => i.responsible === department));
  if (indicatorSheet) {
    const columns = indicatorColumns(plan.info, year);
    const mine = new Map(plan.indicators.filter((i) => i.responsible === department).map((i) => [i.id, i]));
    for (const row of dataRows(indicatorSheet, columns, file, bag)) {
      const idCell = row.get('id')!;
      const id = cellText(idCell);
      if (id === '') {
        if (!isBlank(row.get('value')!) || !isBlank(row.get('check')!)) bag.add(msg.formRowWithoutId(file, `${SHEETS.indicators}!${idCell.address}`));
        continue;
      }
      const indicator = mine.get(id);
      if (!indicator) {
        bag.add(msg.formUnknownIndicator(file, `${SHEETS.indicators}!${idCell.address}`, id));
        continue;
      }
      const own = { name: indicator.name, unit: indicator.unit };
      if (!rowIsItsOwn(row, own, indicatorRowChecksum(indicator, year, department), `指标编号“${id}”`, SHEETS.indicators, file, bag)) continue;
      const valueCell = row.get('value')!;
      const value = numberIn(valueCell, SHEETS.indicators, file, bag, { what: `指标“${indicator.name}”`, unit: indicator.unit, nonNegative: cannotBeNegative(indicator) });
      if (value === undefined) continue;
      const source = cellText(row.get('source'));
      if (source === '') {
        bag.add(msg.formMissingSource(file, `${SHEETS.indicators}!${row.get('source')!.address}`));
        continue;
      }
      values.push({ indicatorId: id, year, half: false, value, source, note: cellText(row.get('note')), provenance: provenance(SHEETS.indicators, valueCell.address), place: cellPlace(SHEETS.indicators, valueCell.address) });
    }
  }

  const projectSheet = sheetFor(SHEETS.projects, plan.projects.some((p) => p.responsible === department));
  if (projectSheet) {
    const columns = projectColumns(year);
    const mine = new Map(plan.projects.filter((p) => p.responsible === department).map((p) => [p.id, p]));
    for (const row of dataRows(projectSheet, columns, file, bag)) {
      const idCell = row.get('id')!;
      const id = cellText(idCell);
      if (id === '') {
        if (!isBlank(row.get('status')!) || !isBlank(row.get('check')!)) bag.add(msg.formRowWithoutId(file, `${SHEETS.projects}!${idCell.address}`));
        continue;
      }
      const project = mine.get(id);
      if (!project) {
        bag.add(msg.formUnknownProject(file, `${SHEETS.projects}!${idCell.address}`, id));
        continue;
      }
      if (!rowIsItsOwn(row, { title: project.title }, projectRowChecksum(project, year, department), `项目编号“${id}”`, SHEETS.projects, file, bag)) continue;
      const statusCell = row.get('status')!;
      const status = cellText(statusCell);
      if (status === '') continue;
      if (!(PROJECT_STATUSES as readonly string[]).includes(status)) {
        bag.add(msg.formBadStatus(file, `${SHEETS.projects}!${statusCell.address}`, status));
        continue;
      }
      const investmentCell = row.get('investment')!;
      const investment = numberIn(investmentCell, SHEETS.projects, file, bag, { what: '完成投资', unit: INVESTMENT_UNIT, nonNegative: true });
      if (investment === undefined && !isBlank(investmentCell)) continue;
      const source = cellText(row.get('source'));
      if (source === '') {
        bag.add(msg.formMissingSource(file, `${SHEETS.projects}!${row.get('source')!.address}`));
        continue;
      }
      progress.push({
        projectId: id,
        year,
        status: status as ProjectStatus,
        investment: investment ?? null,
        note: cellText(row.get('note')),
        source,
        provenance: provenance(SHEETS.projects, statusCell.address),
        place: cellPlace(SHEETS.projects, statusCell.address),
      });
    }
  }
  bag.throwIfAny();
  return { values, progress, warnings: [] };
}

/** A CSV in the layout of observations.csv (with an optional department column), checked as that file is. */
async function readCsvValues(path: string, file: string, plan: Plan, imported: string): Promise<ImportedFile> {
  const { rows, warnings } = await readCsv(path, file, ['indicator', 'year', 'value', 'source']);
  const base = basename(file);
  const values = validateObservations(rows, plan.info, plan.indicators).map((o) => ({
    indicatorId: o.indicatorId,
    year: o.year,
    half: o.half,
    value: o.value,
    source: o.source,
    note: o.note,
    provenance: { department: o.department, origin: `${base}:${o.origin.line}`, imported },
    place: { file, position: { line: o.origin.line } },
  }));
  return { values, progress: [], warnings };
}
