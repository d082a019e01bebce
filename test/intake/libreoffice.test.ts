// 其他办公软件另存的征集表：LibreOffice 与 WPS 把中西文混排的文字存为富文本，导入须读出其文字。
// The fixtures were made by test/fixtures/forms/make.ts (soffice --headless --convert-to xlsx), see the README there.
import { expect } from 'chai';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { importFiles } from '../../src/intake/import.ts';
import { DATA_DIR, workspace } from '../workspace.ts';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/forms');
const TODAY = new Date(2024, 2, 15);
/** Mixed Latin and CJK text as LibreOffice stores it: one run per script. */
const rich = (...runs: string[]): ExcelJS.CellValue => ({ richText: runs.map((text) => ({ text, font: { name: /[A-Za-z0-9]/.test(text) ? 'Calibri' : 'AR PL KaitiM GB' } })) });

async function fixtureIn(ws: string, name: string): Promise<string> {
  await copyFile(join(FIXTURES, name), join(ws, name));
  return name;
}

describe('intake: forms re-saved by LibreOffice', function () {
  this.timeout(60_000);

  it('the fixtures really hold rich text where the form had plain text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FIXTURES, '区统计局-filled-libreoffice.xlsx'));
    expect(wb.getWorksheet('_meta')!.getCell('B1').value).to.have.property('richText');
    expect(wb.getWorksheet('指标数据')!.getCell('I3').value).to.have.property('richText');
  });

  it('imports a form filled in Excel and then re-saved by LibreOffice', async () => {
    const ws = await workspace();
    const s = await importFiles([await fixtureIn(ws, '区统计局-filled-libreoffice.xlsx')], { cwd: ws, today: TODAY });
    expect(s.observations).to.include({ replaced: 1, written: true });
    expect(await readFile(join(ws, DATA_DIR, 'observations.csv'), 'utf8')).to.contain(
      'gdp,2023,815.3,亿元,海州区2023年国民经济和社会发展统计公报（GDP）,GDP增速5.2%,区统计局,区统计局-filled-libreoffice.xlsx!指标数据!H3,2024-03-15',
    );
  });

  it('imports a form re-saved by LibreOffice and filled in afterwards', async () => {
    const ws = await workspace();
    const name = await fixtureIn(ws, '区统计局-blank-libreoffice.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, name));
    const sheet = wb.getWorksheet('指标数据')!;
    sheet.getCell('H3').value = 815.3;
    sheet.getCell('I3').value = rich('海州区', '2023', '年统计公报');
    await wb.xlsx.writeFile(join(ws, name));
    await importFiles([name], { cwd: ws, today: TODAY });
    expect(await readFile(join(ws, DATA_DIR, 'observations.csv'), 'utf8')).to.contain('gdp,2023,815.3,亿元,海州区2023年统计公报,,区统计局,');
  });

  it('imports project progress from a re-saved form, its rich-text status and source read as text', async () => {
    const ws = await workspace();
    const name = await fixtureIn(ws, '区商务局-blank-libreoffice.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, name));
    const sheet = wb.getWorksheet('项目进展')!;
    sheet.getCell('E3').value = rich('已完成');
    sheet.getCell('F3').value = 2.5;
    sheet.getCell('G3').value = rich('A', '区全部建成');
    sheet.getCell('H3').value = rich('区商务局项目台账（', '2023', '）');
    await wb.xlsx.writeFile(join(ws, name));
    const s = await importFiles([name], { cwd: ws, today: TODAY });
    expect(s.progress).to.include({ replaced: 1 });
    expect(await readFile(join(ws, DATA_DIR, 'projects-progress.csv'), 'utf8')).to.contain('zl01-1,2023,已完成,2.5,A区全部建成,区商务局项目台账（2023）,区商务局,');
  });
});
