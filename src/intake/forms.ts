// 生成各责任单位的数据征集表（.xlsx）：本单位负责的指标与重大工程项目，填写栏以外的单元格锁定，
// 数值栏只能填数字，状态栏只能从下拉列表选择，首行与“填报说明”工作表写明怎么填。
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { format } from 'date-fns/format'; // not the index: see src/format/chinese.ts
import { formatNumber } from '../format/number.ts';
import { PROJECT_STATUSES, type Plan } from '../model/plan.ts';
import {
  FIRST_DATA_ROW,
  FORM_MARK,
  FORM_VERSION,
  HEADER_ROW,
  SHEETS,
  formFileName,
  indicatorColumns,
  indicatorRowChecksum,
  projectColumns,
  projectRowChecksum,
  type ColumnSpec,
} from './layout.ts';

export interface FormOptions {
  year: number;
  outDir: string;
  /** Date written into the form (defaults to today). */
  today?: Date;
}

/** Writes one workbook per 责任单位 and returns their paths, departments in registry order. */
export async function writeForms(plan: Plan, options: FormOptions): Promise<{ department: string; path: string; indicators: number; projects: number }[]> {
  await mkdir(options.outDir, { recursive: true });
  const departments = [...new Set([...plan.indicators.map((i) => i.responsible), ...plan.projects.map((p) => p.responsible)])];
  const written = [];
  for (const department of departments) {
    const workbook = await formWorkbook(plan, department, options.year, options.today ?? new Date());
    const path = join(options.outDir, formFileName(options.year, department));
    await workbook.xlsx.writeFile(path);
    written.push({
      department,
      path,
      indicators: plan.indicators.filter((i) => i.responsible === department).length,
      projects: plan.projects.filter((p) => p.responsible === department).length,
    });
  }
  return written;
}

export async function formWorkbook(plan: Plan, department: string, year: number, today: Date): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-eval';
  wb.created = today;
  const indicators = plan.indicators.filter((i) => i.responsible === department);
  const projects = plan.projects.filter((p) => p.responsible === department);
  guideSheet(wb, plan, department, year, indicators.length, projects.length);

  if (indicators.length > 0) {
    const columns = indicatorColumns(plan.info, year);
    const ws = await dataSheet(wb, SHEETS.indicators, columns, `请填写${year}年数值（只填数字，不带单位）和数据来源。灰色单元格已锁定，请勿修改、插入或删除列。`);
    indicators.forEach((ind, i) => {
      const prior = (y: number) => plan.observations.find((o) => o.indicatorId === ind.id && o.year === y);
      const row = ws.getRow(FIRST_DATA_ROW + i);
      columns.forEach((c, k) => {
        const cell = row.getCell(k + 1);
        if (c.key === 'id') cell.value = ind.id;
        else if (c.key === 'name') cell.value = ind.name;
        else if (c.key === 'unit') cell.value = ind.unit;
        else if (c.key === 'base') cell.value = ind.base ?? '—';
        else if (c.key === 'target') cell.value = ind.annualGrowth !== '—' ? `${ind.target}（年均增长${ind.annualGrowth}%）` : ind.target;
        else if (c.key.startsWith('prior:')) {
          const o = prior(Number(c.key.slice(6)));
          cell.value = o ? (o.illustrative ? `${formatNumber(o.value, 4)}（示例）` : o.value) : '';
        } else if (c.key === 'value') {
          cell.dataValidation = { type: 'decimal', operator: 'between', formulae: [-1e12, 1e12], allowBlank: true, showErrorMessage: true, errorTitle: '只能填数字', error: '请填写阿拉伯数字（可带小数点和负号），不要带单位、百分号或文字。' };
        } else if (c.key === 'source') {
          cell.dataValidation = { type: 'textLength', operator: 'greaterThan', formulae: [0], allowBlank: true, showInputMessage: true, promptTitle: '数据来源', prompt: '例如：海州区2023年国民经济和社会发展统计公报；或本单位统计报表名称。' };
        } else if (c.key === 'check') cell.value = indicatorRowChecksum(ind, year, department);
      });
      styleRow(row, columns);
    });
  }

  if (projects.length > 0) {
    const columns = projectColumns(year);
    const ws = await dataSheet(wb, SHEETS.projects, columns, `请选择${year}年状态，填写当年完成投资（亿元，只填数字）、进展说明和数据来源。灰色单元格已锁定。`);
    projects.forEach((p, i) => {
      const row = ws.getRow(FIRST_DATA_ROW + i);
      columns.forEach((c, k) => {
        const cell = row.getCell(k + 1);
        if (c.key === 'id') cell.value = p.id;
        else if (c.key === 'column') cell.value = `专栏${p.column} ${p.columnName}`;
        else if (c.key === 'title') cell.value = p.title;
        else if (c.key === 'content') cell.value = p.content;
        else if (c.key === 'status') {
          cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${PROJECT_STATUSES.join(',')}"`], showErrorMessage: true, errorTitle: '请从列表选择', error: `状态只能是：${PROJECT_STATUSES.join('、')}` };
        } else if (c.key === 'investment') {
          cell.dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: '只能填数字', error: '请填写完成投资（亿元），只填数字。' };
        } else if (c.key === 'check') cell.value = projectRowChecksum(p, year, department);
      });
      styleRow(row, columns);
    });
  }

  const meta = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  meta.addRows([
    ['form', FORM_MARK],
    ['version', FORM_VERSION],
    ['plan', plan.info.name],
    ['department', department],
    ['year', year],
    ['generated', format(today, 'yyyy-MM-dd')],
  ]);
  return wb;
}

function guideSheet(wb: ExcelJS.Workbook, plan: Plan, department: string, year: number, indicators: number, projects: number): void {
  const ws = wb.addWorksheet(SHEETS.guide, { properties: { tabColor: { argb: 'FFC00000' } } });
  ws.getColumn(1).width = 100;
  const lines = [
    `${plan.info.shortName}实施评估 · ${year}年数据征集表`,
    `填报单位：${department}　（本表含指标 ${indicators} 项、重大工程项目 ${projects} 项）`,
    '',
    '一、填写“指标数据”工作表：在“数值（填写）”栏填写当年数值，只填阿拉伯数字，不带单位、百分号和文字；单位以“单位”栏为准。',
    '二、每个填写的数值都须在“数据来源”栏写明来源（统计公报、统计年鉴、本单位统计报表等）；说明性文字写在“备注”栏。',
    '三、填写“项目进展”工作表：状态从下拉列表选择（已完成、推进中、未启动、滞后），完成投资以亿元计、只填数字，并写明进展说明和数据来源。',
    '四、灰色单元格已锁定。请勿修改指标编号、插入或删除行列、合并单元格，不要只对部分列排序，不要填写公式（如需计算，请粘贴为数值）。每行末尾有隐藏的校验码，导入时据此核对每个数值填在了对应指标的行里。',
    '五、尚无数据的，数值栏留空，并在备注栏说明原因。',
    '六、填好后原文件报回区发展和改革委员会，由 plan-eval import 导入；导入时逐格校验，有误的单元格会被逐一指出。',
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.font = i === 0 ? { bold: true, size: 14 } : { size: 11 };
  });
}

async function dataSheet<K extends string>(wb: ExcelJS.Workbook, name: string, columns: ColumnSpec<K>[], instruction: string): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  columns.forEach((c, k) => {
    ws.getColumn(k + 1).width = c.width;
    ws.getColumn(k + 1).hidden = c.hidden ?? false;
  });
  ws.mergeCells(1, 1, 1, columns.length);
  const note = ws.getCell(1, 1);
  note.value = instruction;
  note.font = { color: { argb: 'FFC00000' }, bold: true };
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, k) => {
    const cell = header.getCell(k + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.editable ? 'FFFFF2CC' : 'FFD9D9D9' } };
  });
  header.height = 32;
  // Locked cells cannot be edited while the sheet is protected; the empty password keeps it easy to lift.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return ws;
}

function styleRow<K extends string>(row: ExcelJS.Row, columns: ColumnSpec<K>[]): void {
  columns.forEach((c, k) => {
    const cell = row.getCell(k + 1);
    cell.protection = { locked: !c.editable };
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (!c.editable) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}
