// 数据征集表的版式：工作表名、各列表头与可填写的列。生成表格（forms）与读回表格（import）共用这一份定义，
// 读回时据此发现被移动、插入或删除的列。
import { createHash } from 'node:crypto';
import { yearsBetween } from '../evaluate/schedule.ts';
import type { Indicator, PlanInfo, Project } from '../model/plan.ts';

export const FORM_MARK = 'plan-eval 数据征集表';
/** 2: each data row carries its checksum (a form of version 1 cannot prove its rows, and is refused). */
export const FORM_VERSION = '2';

export const SHEETS = {
  guide: '填报说明',
  indicators: '指标数据',
  projects: '项目进展',
  meta: '_meta',
} as const;

/** Row of the column headers; the data starts below it. Row 1 holds a one-line instruction. */
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

export type IndicatorColumnKey = 'id' | 'name' | 'unit' | 'base' | 'target' | `prior:${number}` | 'value' | 'source' | 'note' | 'check';
export type ProjectColumnKey = 'id' | 'column' | 'title' | 'content' | 'status' | 'investment' | 'note' | 'source' | 'check';

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  width: number;
  /** Cells the department fills in; every other cell is locked. */
  editable: boolean;
  /** Not shown to the department (the row checksum). */
  hidden?: boolean;
}

/**
 * The last column of every data row: a checksum of what the row is about. Locked cells can still be swapped
 * (sorting part of the columns, pasting rows from another form); a row whose checksum does not match its
 * indicator, year and department would record a figure under the wrong indicator, and is refused.
 */
const CHECK_COLUMN = { key: 'check', header: '校验码', width: 14, editable: false, hidden: true } as const;

/** First 12 hex digits of the SHA-256 of a row's identity. */
function checksum(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 12);
}

/** The checksum of an indicator's row in one department's form for one year: id|name|unit|year|department. */
export const indicatorRowChecksum = (i: Pick<Indicator, 'id' | 'name' | 'unit'>, year: number, department: string) =>
  checksum([i.id, i.name, i.unit, year, department]);

/** The checksum of a project's row: id|title|year|department. */
export const projectRowChecksum = (p: Pick<Project, 'id' | 'title'>, year: number, department: string) => checksum([p.id, p.title, year, department]);

export function indicatorColumns(info: PlanInfo, year: number): ColumnSpec<IndicatorColumnKey>[] {
  const prior = yearsBetween(info.period.start, year - 1).map((y): ColumnSpec<IndicatorColumnKey> => ({ key: `prior:${y}`, header: `${y}年（已报）`, width: 11, editable: false }));
  return [
    { key: 'id', header: '指标编号', width: 22, editable: false },
    { key: 'name', header: '指标名称', width: 34, editable: false },
    { key: 'unit', header: '单位', width: 10, editable: false },
    { key: 'base', header: `${info.baseYear}年基期值`, width: 11, editable: false },
    { key: 'target', header: `${info.period.end}年目标`, width: 14, editable: false },
    ...prior,
    { key: 'value', header: `${year}年数值（填写）`, width: 14, editable: true },
    { key: 'source', header: '数据来源（填写）', width: 28, editable: true },
    { key: 'note', header: '备注', width: 24, editable: true },
    CHECK_COLUMN,
  ];
}

export function projectColumns(year: number): ColumnSpec<ProjectColumnKey>[] {
  return [
    { key: 'id', header: '项目编号', width: 10, editable: false },
    { key: 'column', header: '所属专栏', width: 22, editable: false },
    { key: 'title', header: '项目名称', width: 30, editable: false },
    { key: 'content', header: '建设内容（规划原文）', width: 50, editable: false },
    { key: 'status', header: `${year}年状态（选择）`, width: 14, editable: true },
    { key: 'investment', header: `${year}年完成投资（亿元）`, width: 14, editable: true },
    { key: 'note', header: '进展说明（填写）', width: 30, editable: true },
    { key: 'source', header: '数据来源（填写）', width: 22, editable: true },
    CHECK_COLUMN,
  ];
}

/** A safe file name for a department's form. */
export function formFileName(year: number, department: string): string {
  return `数据征集表-${year}-${department.replace(/[\\/:*?"<>|\s]/g, '_')}.xlsx`;
}
