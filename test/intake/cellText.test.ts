// 单元格文字：富文本、超链接、公式结果都按显示的文字读出。
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { cellText, isBlank } from '../../src/intake/cellText.ts';

const cellWith = (value: ExcelJS.CellValue): ExcelJS.Cell => {
  const cell = new ExcelJS.Workbook().addWorksheet('s').getCell('A1');
  cell.value = value;
  return cell;
};

describe('intake/cellText', () => {
  it('reads the text a cell shows, whatever structure holds it', () => {
    const cases: [ExcelJS.CellValue, string][] = [
      ['  统计公报 ', '统计公报'],
      [815.3, '815.3'],
      [{ richText: [{ text: 'plan-eval ' }, { text: '数据征集表' }] }, 'plan-eval 数据征集表'],
      [{ text: '统计公报', hyperlink: 'https://tjj.example.gov.cn' }, '统计公报'],
      [{ text: { richText: [{ text: 'GDP' }, { text: '公报' }] }, hyperlink: 'https://x' } as unknown as ExcelJS.CellValue, 'GDP公报'],
      [{ formula: 'A2&"年"', result: '2023年' }, '2023年'],
      [null, ''],
    ];
    for (const [value, text] of cases) expect(cellText(cellWith(value)), JSON.stringify(value)).to.equal(text);
  });
  it('knows a blank cell', () => {
    expect(isBlank(cellWith({ richText: [{ text: ' ' }] }))).to.equal(true);
    expect(isBlank(undefined)).to.equal(true);
    expect(isBlank(cellWith(0))).to.equal(false);
  });
});
