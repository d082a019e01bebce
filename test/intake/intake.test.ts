// 数据征集表：生成 → 由测试代为填写 → 导入，以及每一种应被拒绝的填法。
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';
import { writeForms } from '../../src/intake/forms.ts';
import { importFiles } from '../../src/intake/import.ts';
import { formFileName } from '../../src/intake/layout.ts';
import type { Plan } from '../../src/model/plan.ts';
import { workspace } from '../workspace.ts';

const TODAY = new Date(2024, 2, 15);

async function edit(path: string, out: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(out);
  return out;
}

async function problems(dir: string, files: string[]): Promise<Diagnostic[]> {
  try {
    await importFiles(files, { cwd: dir, today: TODAY });
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
}

const observationsOf = (dir: string) => readFile(join(dir, 'data/haizhou-14/observations.csv'), 'utf8');

describe('intake: department forms and import', function () {
  this.timeout(60_000);
  let dir: string;
  let plan: Plan;
  let forms: string;
  const form = (department: string) => join(forms, formFileName(2023, department));

  before(async () => {
    dir = await workspace();
    ({ plan } = await loadAndEvaluate({ cwd: dir }));
    forms = join(dir, 'forms');
    await writeForms(plan, { year: 2023, outDir: forms, today: TODAY });
  });

  it('writes one workbook per 责任单位 with its indicators, projects, instructions and locked cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form('区统计局'));
    expect(wb.getWorksheet('填报说明')!.getCell('A1').value).to.contain('2023年数据征集表');
    const ws = wb.getWorksheet('指标数据')!;
    const ids = [];
    for (let r = 3; r <= ws.rowCount; r++) ids.push(ws.getCell(r, 1).value);
    expect(ids).to.deep.equal(plan.indicators.filter((i) => i.responsible === '区统计局').map((i) => i.id));
    expect(ws.getCell('H2').value).to.equal('2023年数值（填写）');
    // Excel locks every cell by default; the sheet is protected, and only the cells to fill are unlocked.
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).to.equal(true);
    expect(ws.getCell('A3').protection?.locked ?? true).to.equal(true);
    expect(ws.getCell('H3').protection).to.include({ locked: false });
    expect(ws.getCell('H3').dataValidation).to.include({ type: 'decimal' });
    expect(ws.getCell('G3').value).to.equal('760.2（示例）');
    const commerce = new ExcelJS.Workbook();
    await commerce.xlsx.readFile(form('区商务局'));
    const projects = commerce.getWorksheet('项目进展')!;
    expect(projects.getCell('E3').dataValidation).to.include({ type: 'list' });
    expect(projects.getCell('C3').value).to.equal('生活性服务业提质工程');
  });

  it('round-trips a filled form into the data, with provenance, and a second import changes nothing', async () => {
    const ws = await workspace();
    const filled = await edit(form('区统计局'), join(ws, '统计局.xlsx'), (wb) => {
      const s = wb.getWorksheet('指标数据')!;
      s.getCell('H3').value = 815.3;
      s.getCell('I3').value = '海州区2023年国民经济和社会发展统计公报';
    });
    const projectsForm = await edit(form('区商务局'), join(ws, '商务局.xlsx'), (wb) => {
      const s = wb.getWorksheet('项目进展')!;
      s.getCell('E3').value = '已完成';
      s.getCell('F3').value = 2.5;
      s.getCell('G3').value = '全部片区建成开业';
      s.getCell('H3').value = '区商务局项目台账';
    });
    const summary = await importFiles([filled, projectsForm], { cwd: ws, today: TODAY });
    expect(summary.observations).to.include({ replaced: 1, written: true });
    expect(summary.progress).to.include({ replaced: 1, written: true });
    const csv = await observationsOf(ws);
    expect(csv).to.contain('gdp,2023,815.3,亿元,海州区2023年国民经济和社会发展统计公报,,区统计局,统计局.xlsx!指标数据!H3,2024-03-15');
    const progress = await readFile(join(ws, 'data/haizhou-14/projects-progress.csv'), 'utf8');
    expect(progress).to.contain('zl01-1,2023,已完成,2.5,全部片区建成开业,区商务局项目台账,区商务局,商务局.xlsx!项目进展!E3,2024-03-15');

    const again = await importFiles([filled, projectsForm], { cwd: ws, today: new Date(2024, 3, 1) });
    expect(again.observations).to.include({ added: 0, replaced: 0, written: false });
    expect(await observationsOf(ws)).to.equal(csv);

    // The report now credits the department and no longer calls that figure illustrative.
    const { evaluation } = await loadAndEvaluate({ cwd: ws });
    const gdp = evaluation.indicators.find((e) => e.indicator.id === 'gdp')!;
    expect(gdp.latest).to.include({ value: 815.3, illustrative: false, department: '区统计局' });
  });

  it('imports a very small number from a form as the decimal it is', async () => {
    const ws = await workspace();
    const filled = await edit(form('区统计局'), join(ws, 'small.xlsx'), (wb) => setValue(wb, 'H3', 0.0000001));
    await importFiles([filled], { cwd: ws, today: TODAY });
    expect(await observationsOf(ws)).to.contain('gdp,2023,0.0000001,亿元,来源,,区统计局,small.xlsx!指标数据!H3,2024-03-15');
  });

  it('imports CSV in the layout of observations.csv', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'fig.csv'), 'indicator,year,value,source,department\nforest-coverage,2023,29.3,区林业站年报,区农业农村局\n');
    const s = await importFiles(['fig.csv'], { cwd: ws, today: TODAY });
    expect(s.observations.replaced).to.equal(1);
    expect(await observationsOf(ws)).to.contain('forest-coverage,2023,29.3,%,区林业站年报,,区农业农村局,fig.csv:2,2024-03-15');
  });

  it('imports a GBK CSV (Excel’s “CSV” on Chinese Windows) as the text it is, with a 提示', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'gbk.csv'), iconv.encode('indicator,year,value,source,department\nforest-coverage,2023,29.3,区林业站年报,区农业农村局\n', 'gbk'));
    const s = await importFiles(['gbk.csv'], { cwd: ws, today: TODAY });
    expect(await observationsOf(ws)).to.contain('forest-coverage,2023,29.3,%,区林业站年报,,区农业农村局,gbk.csv:2,2024-03-15');
    expect(s.warnings.map((w) => [w.rule, w.file])).to.deep.equal([['csv-encoding-gb18030', 'gbk.csv']]);
  });

  it('reports a file with 200 000 wrong rows as problems, not a crash', async () => {
    const ws = await workspace();
    const rows = Array.from({ length: 200_000 }, (_, i) => `gdp,2023,约${i},src`).join('\n');
    await writeFile(join(ws, 'huge.csv'), `indicator,year,value,source\n${rows}\n`);
    const found = await problems(ws, ['huge.csv']);
    expect(found).to.have.length(200_000);
    expect(found[0]).to.include({ rule: 'observation-not-number', file: 'huge.csv' });
  });

  const rejected: [string, string, (wb: ExcelJS.Workbook) => void, string, string][] = [
    ['text in a number cell', '区统计局', (wb) => setValue(wb, 'H3', '约815亿元'), 'form-text', '指标数据!H3'],
    ['a formula', '区统计局', (wb) => setValue(wb, 'H3', { formula: '800+15.3', result: 815.3 }), 'form-formula', '指标数据!H3'],
    ['an unknown indicator', '区统计局', (wb) => wb.getWorksheet('指标数据')!.getCell('A3').value = 'gpd', 'form-unknown-indicator', '指标数据!A3'],
    ['a moved (inserted) column', '区统计局', (wb) => wb.getWorksheet('指标数据')!.spliceColumns(3, 0, []), 'form-column-moved', '指标数据!C2'],
    ['merged cells', '区统计局', (wb) => wb.getWorksheet('指标数据')!.mergeCells('H3:I3'), 'form-merged', '指标数据!H3:I3'],
    ['a number of 10²¹', '区统计局', (wb) => setValue(wb, 'H3', 1e21), 'number-too-large', '指标数据!H3'],
    ['a number of 400 digits typed as text', '区统计局', (wb) => setValue(wb, 'H3', '9'.repeat(400)), 'number-too-large', '指标数据!H3'],
    ['a negative amount (亿元)', '区统计局', (wb) => setValue(wb, 'H3', -815.3), 'number-negative', '指标数据!H3'],
    ['a negative investment', '区商务局', (wb) => {
      const s = wb.getWorksheet('项目进展')!;
      s.getCell('E3').value = '推进中';
      s.getCell('F3').value = -2;
      s.getCell('H3').value = '台账';
    }, 'number-negative', '项目进展!F3'],
    ['a value without its source', '区统计局', (wb) => wb.getWorksheet('指标数据')!.getCell('H3').value = 815, 'form-source', '指标数据!I3'],
    ['a project status outside the list', '区商务局', (wb) => {
      const s = wb.getWorksheet('项目进展')!;
      s.getCell('E3').value = '进行中';
      s.getCell('H3').value = '台账';
    }, 'form-status', '项目进展!E3'],
  ];
  for (const [what, department, change, rule, cell] of rejected) {
    it(`rejects ${what}, naming file, sheet and cell, and merges nothing`, async () => {
      const ws = await workspace();
      const before = await observationsOf(ws);
      const bad = await edit(form(department), join(ws, 'bad.xlsx'), change);
      const found = await problems(ws, [bad]);
      expect(found.map((d) => d.rule)).to.include(rule);
      const d = found.find((x) => x.rule === rule)!;
      expect(d.file).to.equal('bad.xlsx');
      expect(d.cell).to.equal(cell);
      expect(d.hint).to.match(/[\u4e00-\u9fff]/);
      expect(await observationsOf(ws)).to.equal(before);
    });
  }

  describe('a form proves its rows are its own', () => {
    /** Swaps the cells of rows 3 and 4 in the given columns (as sorting part of the columns would). */
    const swapRows = (columns: string[]) => (wb: ExcelJS.Workbook) => {
      const s = wb.getWorksheet('指标数据')!;
      for (const c of columns) {
        const [a, b] = [s.getCell(`${c}3`).value, s.getCell(`${c}4`).value];
        s.getCell(`${c}3`).value = b;
        s.getCell(`${c}4`).value = a;
      }
      s.getCell('H3').value = 19.2;
      s.getCell('I3').value = '统计公报';
    };
    const VISIBLE = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

    it('writes a hidden checksum in the last column of every row', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(form('区统计局'));
      const s = wb.getWorksheet('指标数据')!;
      expect(s.getCell('K2').value).to.equal('校验码');
      expect(s.getColumn(11).hidden).to.equal(true);
      expect(s.getCell('K3').value).to.match(/^[0-9a-f]{12}$/);
      expect(s.getCell('K4').value).to.not.equal(s.getCell('K3').value);
    });

    const refused: [string, (wb: ExcelJS.Workbook) => void, string, string][] = [
      ['swapped id cells', swapRows(['A']), 'form-row-mismatch', '指标数据!A3'],
      ['swapped id, name and unit cells (a sort of some columns)', swapRows(['A', 'B', 'C']), 'form-row-checksum', '指标数据!K3'],
      ['every visible cell of two rows swapped, but not their checksums', swapRows(VISIBLE), 'form-row-checksum', '指标数据!K3'],
      ['a cleared id beside a filled value', (wb) => {
        setValue(wb, 'H3', 815.3);
        wb.getWorksheet('指标数据')!.getCell('A3').value = null;
      }, 'form-row-no-id', '指标数据!A3'],
    ];
    for (const [what, change, rule, cell] of refused) {
      it(`refuses ${what}, at the cell, and records nothing under the wrong indicator`, async () => {
        const ws = await workspace();
        const before = await observationsOf(ws);
        const found = await problems(ws, [await edit(form('区统计局'), join(ws, 'swapped.xlsx'), change)]);
        const d = found.find((x) => x.cell === cell);
        expect(d, JSON.stringify(found)).to.include({ rule, file: 'swapped.xlsx' });
        expect(d!.hint).to.match(/[\u4e00-\u9fff]/);
        expect(await observationsOf(ws)).to.equal(before);
      });
    }

    it('refuses swapped project ids the same way', async () => {
      const ws = await workspace();
      const bad = await edit(form('区商务局'), join(ws, 'p.xlsx'), (wb) => {
        const s = wb.getWorksheet('项目进展')!;
        const [a, b] = [s.getCell('A3').value, s.getCell('A4').value];
        s.getCell('A3').value = b;
        s.getCell('A4').value = a;
        s.getCell('E3').value = '已完成';
        s.getCell('H3').value = '台账';
      });
      expect((await problems(ws, [bad])).find((d) => d.cell === '项目进展!A3')).to.include({ rule: 'form-row-mismatch' });
    });

    it('accepts rows moved whole (a sort of all columns): each value stays with its own indicator', async () => {
      const ws = await workspace();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(form('区统计局'));
      const second = wb.getWorksheet('指标数据')!.getCell('A4').value as string;
      await edit(form('区统计局'), join(ws, 'sorted.xlsx'), swapRows([...VISIBLE, 'K']));
      await importFiles([join(ws, 'sorted.xlsx')], { cwd: ws, today: TODAY });
      expect(await observationsOf(ws)).to.contain(`${second},2023,19.2,`);
    });

    it('refuses a form of the first version, which has no checksums', async () => {
      const ws = await workspace();
      const old = await edit(form('区统计局'), join(ws, 'v1.xlsx'), (wb) => {
        wb.getWorksheet('_meta')!.getCell('B2').value = '1';
      });
      expect((await problems(ws, [old])).map((d) => d.rule)).to.deep.equal(['form-version']);
    });
  });

  it('rejects two departments giving different values for one indicator and year, naming both', async () => {
    const ws = await workspace();
    const before = await observationsOf(ws);
    const a = await edit(form('区统计局'), join(ws, 'a.xlsx'), (wb) => {
      setValue(wb, 'H3', 815.3);
      wb.getWorksheet('指标数据')!.getCell('I3').value = '统计公报';
    });
    await writeFile(join(ws, 'b.csv'), 'indicator,year,value,source,department\ngdp,2023,816,发改委测算,区发改委\n');
    const [d, ...rest] = await problems(ws, [a, 'b.csv']);
    expect(rest).to.deep.equal([]);
    expect(d!.rule).to.equal('import-conflict');
    expect(d!.message).to.contain('a.xlsx!指标数据!H3');
    expect(d!.file).to.equal('b.csv');
    expect(await observationsOf(ws)).to.equal(before);
  });

  it('rejects a real figure that contradicts one already reported by another source', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'c.csv'), 'indicator,year,value,source,department\ngdp,2021,730,区发改委测算,区发改委\n');
    const [d] = await problems(ws, ['c.csv']);
    expect(d!.rule).to.equal('import-conflict');
    expect(d!.message).to.contain('727.83');
  });

  it('rejects a form whose sheet was renamed, instead of importing nothing', async () => {
    const ws = await workspace();
    const bad = await edit(form('区统计局'), join(ws, 'renamed.xlsx'), (wb) => {
      wb.getWorksheet('指标数据')!.name = '数据';
    });
    expect((await problems(ws, [bad])).map((d) => d.rule)).to.deep.equal(['form-sheet-missing']);
  });

  it('refuses a workbook it did not generate', async () => {
    const ws = await workspace();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'gdp';
    await wb.xlsx.writeFile(join(ws, 'other.xlsx'));
    expect((await problems(ws, ['other.xlsx']))[0]!.rule).to.equal('form-unknown');
  });
});

function setValue(wb: ExcelJS.Workbook, address: string, value: ExcelJS.CellValue): void {
  wb.getWorksheet('指标数据')!.getCell(address).value = value;
  wb.getWorksheet('指标数据')!.getCell(address.replace('H', 'I')).value = '来源';
}
