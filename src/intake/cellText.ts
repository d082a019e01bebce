// 单元格中的文字。Excel、WPS 与 LibreOffice 存同一段文字的方式不同：LibreOffice 和 WPS 把中西文混排的文字存为
// 富文本（按字体分段），超链接、公式各有自己的结构。读回征集表时，一律经这里取文字。
import type ExcelJS from 'exceljs';

/** The text a cell shows, trimmed: rich text joined, a hyperlink's text, a formula's result. */
export function cellText(cell: ExcelJS.Cell | undefined): string {
  return valueText(cell?.value).trim();
}

/** Whether a cell shows nothing. */
export function isBlank(cell: ExcelJS.Cell | undefined): boolean {
  return cellText(cell) === '';
}

function valueText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}
