// 读入指标表：编码、合并单元格、类别延续、名称中的单位、注记、属性，以及带位置的出错提示。
import { expect } from 'chai';
import { diagnosticsOfAsync } from '../fixtures.ts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InputError, formatDiagnostic } from '../../src/diagnostics.ts';
import { readIndicators, trailingUnit } from '../../src/init/indicators.ts';
import { cellText, columnLetter, decodeCsv, readTable } from '../../src/init/readTable.ts';
import { indicatorIds, slugOf } from '../../src/init/ids.ts';
import { msg } from '../../src/messages.ts';

async function tmpFile(name: string, data: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-table-'));
  await writeFile(join(dir, name), data);
  return join(dir, name);
}
const csvTable = async (text: string) => readTable(await tmpFile('指标表.csv', text), '指标表.csv');
const readCsvIndicators = async (text: string) => readIndicators(await csvTable(text));

const problems = diagnosticsOfAsync;

describe('init/readTable: cells as printed', () => {
  const table = '类别,指标,单位,2025年\n经济,地区生产总值,亿元,1000\n';
  it('decodes UTF-8 with and without BOM, and GB18030 (Excel on Chinese Windows), and says which', () => {
    expect(decodeCsv(Buffer.from(table), 'x.csv')).to.deep.equal({ text: table, encoding: 'UTF-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(table)]), 'x.csv')).to.deep.equal({ text: table, encoding: 'UTF-8（带 BOM）' });
    expect(decodeCsv(iconv.encode(table, 'gb18030'), 'x.csv')).to.deep.equal({ text: table, encoding: 'GB18030' });
  });
  it('reads a GB18030 file to the same cells as its UTF-8 twin', async () => {
    const gb = await readTable(await tmpFile('指标表.csv', iconv.encode(table, 'gb18030')), '指标表.csv');
    const utf8 = await csvTable(table);
    expect(gb.encoding).to.equal('GB18030');
    expect(gb.rows).to.deep.equal(utf8.rows);
    expect(gb.rows[1]!.cells).to.deep.equal(['经济', '地区生产总值', '亿元', '1000']);
  });
  it('refuses bytes that are neither UTF-8 nor clean GB18030, rather than reading mojibake', () => {
    // 0x80 and 0xFF are not lead bytes in GB18030, and not valid UTF-8.
    const [d] = (() => {
      try {
        decodeCsv(Buffer.from([0x41, 0x80, 0xff, 0x0a]), '指标表.csv');
      } catch (e) {
        return (e as InputError).diagnostics;
      }
      return [];
    })();
    expect(d!.rule).to.equal('init-encoding');
    expect(d!.hint).to.contain('CSV UTF-8');
  });
  it('flattens rich text and prints numbers with their display format', () => {
    expect(cellText({ value: { richText: [{ text: '城镇化' }, { text: '率（%）' }] }, text: '' })).to.equal('城镇化率（%）');
    expect(cellText({ value: 3.5, text: '3.5', numFmt: '0.00' })).to.equal('3.50');
    expect(cellText({ value: 0.606, text: '0.606', numFmt: '0.0%' })).to.equal('60.6%');
    expect(cellText({ value: 1234.5, text: '1234.5', numFmt: '#,##0.0' })).to.equal('1234.5');
    expect(cellText({ value: 60.6, text: '60.6', numFmt: 'General' })).to.equal('60.6');
    expect(cellText({ value: { formula: 'A1*2', result: 12 }, text: '12' })).to.equal('12');
  });
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27].map(columnLetter)).to.deep.equal(['A', 'Z', 'AA', 'AB']);
  });
});

describe('init/indicators: rows of the table', () => {
  it('continues an empty 类别 cell from the row above (a merged cell exported to CSV)', async () => {
    const r = await readCsvIndicators('类别,指标,单位,2025年\n经济发展,地区生产总值,亿元,1000\n,一般公共预算收入,亿元,80\n民生,城镇调查失业率,%,<5.5\n,人均预期寿命,岁,80\n');
    expect(r.drafts.map((d) => d.indicator.group)).to.deep.equal(['经济发展', '经济发展', '民生', '民生']);
    expect(r.groups).to.deep.equal(['经济发展', '民生']);
  });
  it('continues a really merged 类别 cell in .xlsx, below a merged title row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['示例区主要指标']);
    ws.mergeCells('A1:C1');
    ws.addRow(['分类', '指标名称', '目标值（2030年）']);
    ws.addRow(['经济', '地区生产总值（亿元）', 1600]);
    ws.addRow([null, '常住人口城镇化率（%）', 76]);
    ws.addRow(['生态', '森林覆盖率（%）', 30]);
    ws.mergeCells('A3:A4');
    const path = await tmpFile('表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = readIndicators(await readTable(path, '表.xlsx'));
    expect(r.drafts.map((d) => [d.indicator.group, d.indicator.name, d.indicator.unit])).to.deep.equal([
      ['经济', '地区生产总值', '亿元'],
      ['经济', '常住人口城镇化率', '%'],
      ['生态', '森林覆盖率', '%'],
    ]);
    expect(r.header.targetYear).to.equal(2030);
    expect(r.drafts[1]!.place).to.equal('表.xlsx!Sheet1!B4');
  });
  it('takes section rows as categories, without their ordinals (“一、经济发展” → 经济发展)', async () => {
    const r = await readCsvIndicators('序号,指标,2025年\n一、经济发展,,\n1,地区生产总值,1000\n（二）生态环境,,\n2,森林覆盖率,30\n');
    expect(r.drafts.map((d) => d.indicator.group)).to.deep.equal(['经济发展', '生态环境']);
    expect(r.drafts.map((d) => d.indicator.name)).to.deep.equal(['地区生产总值', '森林覆盖率']);
  });
  it('a table without 类别 has one group 主要指标', async () => {
    const r = await readCsvIndicators('指标,单位,2025年\n地区生产总值,亿元,1000\n');
    expect(r.groups).to.deep.equal(['主要指标']);
  });
  it('takes the unit from the name only when there is no 单位 column, and never an acronym', async () => {
    expect(trailingUnit('常住人口城镇化率（%）')).to.deep.equal({ name: '常住人口城镇化率', unit: '%' });
    expect(trailingUnit('单位GDP能耗（吨标准煤/万元）')).to.deep.equal({ name: '单位GDP能耗', unit: '吨标准煤/万元' });
    expect(trailingUnit('细颗粒物浓度（PM2.5）')).to.equal(undefined);
    expect(trailingUnit('城镇化率（常住人口）')).to.equal(undefined);
    const withColumn = await readCsvIndicators('指标,单位,2025年\n地区生产总值（亿元）,亿元,1000\n');
    expect(withColumn.drafts[0]!.indicator.name).to.equal('地区生产总值（亿元）');
  });
  it('keeps a footnote-marked value verbatim, uses the value, and notes the mark with the table note that explains it', async () => {
    const r = await readCsvIndicators('指标,单位,2020年,2025年\n常住人口城镇化率,%,58.2*,60.6*\n注：带*的为按普查口径调整后的数据。,,,\n');
    const d = r.drafts[0]!;
    expect(d.indicator.target).to.equal('60.6*');
    expect(d.indicator.base).to.equal(58.2);
    expect(d.indicator.form).to.deep.equal({ type: 'end-value', direction: 'up', value: 60.6 });
    expect(d.indicator.note).to.contain('带注记“*”（注：带*的为按普查口径调整后的数据）');
    expect(d.checks).to.include(msg.initCheckFootnote('目标', '*'));
    expect(d.checks).to.include(msg.initCheckFootnote('基期值', '*'));
    expect(r.drafts).to.have.length(1); // the note row is not an indicator
  });
  it('reads 属性 and its abbreviations; anything else is 预期性 with a check', async () => {
    const r = await readCsvIndicators('指标,2025年,属性\n甲,1,约束性\n乙,2,约束\n丙,3,预期\n丁,4,\n');
    expect(r.drafts.map((d) => d.indicator.attribute)).to.deep.equal(['约束性', '约束性', '预期性', '预期性']);
    expect(r.drafts[3]!.checks).to.include(msg.initCheckAttribute(''));
    const none = await readCsvIndicators('指标,2025年\n甲,1\n');
    expect(none.drafts[0]!.checks).to.include(msg.initCheckNoAttributeColumn());
  });
  it('writes a row with a name but no target and no 年均, flagged', async () => {
    const r = await readCsvIndicators('指标,单位,2025年,年均增长\n某监测指标,个,—,\n');
    expect(r.drafts[0]!.indicator).to.deep.include({ target: '—', annualGrowth: '—', form: { type: 'qualitative' } });
    expect(r.drafts[0]!.checks.join()).to.contain('没有给出目标');
  });
  it('a target with parts (成片/零星) is written as sub-targets with readable keys, flagged', async () => {
    const r = await readCsvIndicators('指标,单位,2025年\n新增建设用地,公顷,成片:约110 零星:约20\n');
    const ind = r.drafts[0]!.indicator;
    expect(ind).to.deep.include({ target: '成片:约110 零星:约20', form: { type: 'parts' } });
    expect(ind.parts!.map((p) => [p.key, p.name, p.target])).to.deep.equal([
      ['cp', '成片', '约110'],
      ['lx', '零星', '约20'],
    ]);
    expect(r.drafts[0]!.inference.confidence).to.equal('中');
    expect(r.drafts[0]!.checks[0]).to.contain('分项');
  });
  it('keeps the printed target and 年均 text verbatim and uses the unit the form needs', async () => {
    const r = await readCsvIndicators('指标,单位,2020年,2025年,年均增长\n地区生产总值,亿元,653,—,6\n');
    const ind = r.drafts[0]!.indicator;
    expect(ind).to.deep.include({ target: '—', annualGrowth: '6', unit: '%', form: { type: 'growth-rate', rate: 6 } });
    expect(ind.note).to.contain('规划表单位为“亿元”');
  });
  it('points a relative target at the table’s GDP growth row, or declares a series for it', async () => {
    const withRow = await readCsvIndicators('指标,单位,2025年,年均增长\n地区生产总值增长,%,—,6\n居民人均可支配收入增长,%,与经济增长基本同步,—\n');
    expect(withRow.drafts[1]!.indicator.form).to.deep.equal({ type: 'relative', relation: 'in-step', reference: withRow.drafts[0]!.indicator.id });
    expect(withRow.series).to.deep.equal([]);
    const without = await readCsvIndicators('指标,单位,2025年,年均增长\n地区生产总值,亿元,1000,—\n居民人均可支配收入增长,%,高于GDP增长,—\n');
    expect(without.drafts[1]!.indicator.form).to.deep.equal({ type: 'relative', relation: 'above', reference: 'gdp-growth' });
    expect(without.series).to.deep.equal([{ id: 'gdp-growth', name: '地区生产总值增长', unit: '%' }]);
    expect(without.drafts[1]!.checks[0]).to.contain('observations.csv');
  });
});

describe('init: messages with the file, the cell and what to do', () => {
  it('an unknown header lists the recognised ones, at its cell', async () => {
    const [d] = await problems(() => readCsvIndicators('指标,2025年,牵头单位\n甲,1,区统计局\n'));
    expect(d!.rule).to.equal('init-unknown-header');
    expect(formatDiagnostic(d!)).to.match(/^指标表\.csv:1: 不认识表头“牵头单位”/);
    expect(d!.hint).to.contain('年均〔累计〕');
    expect(d!.hint).to.contain('指标名称');
  });
  it('an unknown header in .xlsx is named by sheet and cell', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('指标').addRow(['指标', '2025年', '牵头单位']);
    wb.getWorksheet('指标')!.addRow(['甲', 1, '区统计局']);
    const path = await tmpFile('表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const [d] = await problems(async () => readIndicators(await readTable(path, '表.xlsx')));
    expect(formatDiagnostic(d!)).to.match(/^表\.xlsx!指标!C1: /);
  });
  it('a table without a 指标 column says which header is needed', async () => {
    const [d] = await problems(() => readCsvIndicators('名目,2025年\n甲,1\n'));
    expect(d!.rule).to.equal('init-no-name-column');
    expect(d!.hint).to.contain('“指标名称”');
  });
  it('a row with values but no name is an error at that row', async () => {
    const [d] = await problems(() => readCsvIndicators('类别,指标,2025年\n经济,地区生产总值,1000\n,,80\n'));
    expect(d!.rule).to.equal('init-no-name');
    expect(d!.position!.line).to.equal(3);
  });
  it('a sheet that is not there lists the sheets; --sheet picks one that is', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表为规划主要指标']);
    wb.addWorksheet('主要指标').addRow(['指标', '2025年']);
    wb.getWorksheet('主要指标')!.addRow(['地区生产总值', 1000]);
    const path = await tmpFile('表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const picked = readIndicators(await readTable(path, '表.xlsx', '主要指标'));
    expect(picked.drafts.map((d) => d.indicator.name)).to.deep.equal(['地区生产总值']);
    // Without --sheet the first sheet is read, and it holds no indicator table.
    expect((await problems(async () => readIndicators(await readTable(path, '表.xlsx'))))[0]!.rule).to.equal('init-no-name-column');
    const [d] = await problems(() => readTable(path, '表.xlsx', '附表1'));
    expect(d!.rule).to.equal('init-sheet-missing');
    expect(d!.hint).to.contain('主要指标');
  });
});

describe('init/ids: readable, stable, unique', () => {
  it('pinyin initials, latin parts kept as words, lowercase ascii', () => {
    expect(slugOf('地区生产总值')).to.equal('dqsczz');
    expect(slugOf('单位GDP能耗降低')).to.equal('dw-gdp-nhjd');
    expect(slugOf('细颗粒物（PM2.5）平均浓度')).to.equal('xklw-pm25-pjnd');
    expect(slugOf('每千人口拥有执业（助理）医师数')).to.equal('mqrkyyzyzlyss');
    for (const name of ['研究与试验发展经费投入强度占地区生产总值比重（R&D）', '——', 'Ⅲ类水体比例']) expect(slugOf(name)).to.match(/^[a-z0-9][a-z0-9-]{0,23}$/);
  });
  it('the same table gives the same ids; repeats get -2, -3 in table order', () => {
    const names = ['地区生产总值', '地区生产总值', '城镇调查失业率', '地区生产总值'];
    expect(indicatorIds(names)).to.deep.equal(['dqsczz', 'dqsczz-2', 'czdcsyl', 'dqsczz-3']);
    expect(indicatorIds(names)).to.deep.equal(indicatorIds([...names]));
    // A name whose slug is itself “x-2” does not take an id already given.
    expect(new Set(indicatorIds(['地区生产总值', '地区生产总值', '地区生产总值2'])).size).to.equal(3);
  });
});
