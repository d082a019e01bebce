// 数据表的文字编码：UTF-8（带或不带 BOM）照读；GBK 与 UTF-16 能确定时正确读出并提示；其余指明编码后拒绝。
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeCsvBytes } from '../../src/load/encoding.ts';
import { readCsv } from '../../src/load/csv.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { diagnosticsOf } from '../fixtures.ts';
import { DATA_DIR, workspace } from '../workspace.ts';

const CSV = 'indicator,year,value,unit,source,note\ngdp,2022,760.2,亿元,示例（非真实数据）,比上年增长4.4%\n';
const REQUIRED = ['indicator', 'year', 'value', 'source'];
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);

describe('load: text encoding of CSV files', () => {
  it('reads UTF-8, with or without the byte-order mark, without a word', () => {
    for (const bytes of [Buffer.from(CSV), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])]) {
      expect(decodeCsvBytes(bytes, 'o.csv')).to.deep.equal({ text: CSV, warnings: [] });
    }
  });

  it('reads GBK (Excel’s “CSV” on Chinese Windows) correctly, with a 提示 to re-save as CSV UTF-8', () => {
    const { text, warnings } = decodeCsvBytes(iconv.encode(CSV, 'gbk'), 'o.csv');
    expect(text).to.equal(CSV);
    expect(warnings.map((w) => [w.rule, w.severity, w.file])).to.deep.equal([['csv-encoding-gb18030', 'warning', 'o.csv']]);
    expect(warnings[0]!.message).to.contain('GB18030（GBK）').and.contain('CSV UTF-8');
  });

  it('reads a long GBK file the same way (chardet is sure of it)', async () => {
    const real = await readFile(join(PROJECT_ROOT, DATA_DIR, 'observations.csv'), 'utf8');
    const { text, warnings } = decodeCsvBytes(iconv.encode(real, 'gb18030'), 'o.csv');
    expect(text).to.equal(real);
    expect(warnings.map((w) => w.rule)).to.deep.equal(['csv-encoding-gb18030']);
  });

  it('reads Excel’s “Unicode 文本” (UTF-16LE with its mark, tab-separated), with a 提示', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'u.csv'), utf16le(CSV.replace(/,/g, '\t').replace('4.4%', '4.4%，见统计公报, 第3页')));
    const { rows, warnings } = await readCsv(join(dir, 'u.csv'), 'u.csv', REQUIRED);
    expect(rows[0]!.fields).to.include({ indicator: 'gdp', year: '2022', value: '760.2', source: '示例（非真实数据）', note: '比上年增长4.4%，见统计公报, 第3页' });
    expect(warnings.map((w) => [w.rule, w.severity])).to.deep.equal([['csv-encoding-utf16', 'warning']]);
  });

  it('refuses text in another encoding, naming what it found and how to re-save', () => {
    const big5 = iconv.encode(CSV.repeat(20), 'big5');
    const [d, ...rest] = diagnosticsOf(() => decodeCsvBytes(big5, 'o.csv'));
    expect(rest).to.deep.equal([]);
    expect(d).to.include({ rule: 'csv-encoding', file: 'o.csv' });
    expect(d!.severity).to.equal(undefined);
    expect(d!.message).to.contain('Big5');
    expect(d!.hint).to.contain('CSV UTF-8（逗号分隔）').and.contain('WPS');
  });

  it('refuses a file that says it is UTF-8 but is not, at the line that is not', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV), iconv.encode('gdp,2023,800,亿元,统计公报,\n', 'gbk')]);
    const [d] = diagnosticsOf(() => decodeCsvBytes(bytes, 'o.csv'));
    expect(d).to.include({ rule: 'csv-encoding' });
    expect(d!.position).to.deep.equal({ line: 3 });
  });

  it('refuses UTF-16 without its mark rather than read NUL characters', () => {
    expect(diagnosticsOf(() => decodeCsvBytes(iconv.encode('indicator,year\n', 'utf16le'), 'o.csv')).map((d) => d.rule)).to.deep.equal(['csv-encoding']);
  });

  it('a GBK observations.csv evaluates with its sources and 示例 flags intact, and says how it was read', async () => {
    const dir = await workspace();
    const path = join(dir, DATA_DIR, 'observations.csv');
    await writeFile(path, iconv.encode(await readFile(path, 'utf8'), 'gbk'));
    const { evaluation, warnings } = await loadAndEvaluate({ cwd: dir });
    const gdp = evaluation.indicators.find((e) => e.indicator.id === 'gdp')!;
    expect(gdp.observations[0]!.source).to.equal('海州区2021年国民经济和社会发展统计公报');
    expect(gdp.observations[1]!.illustrative).to.equal(true);
    expect(evaluation.illustrative).to.equal(true);
    expect(warnings.map((w) => [w.rule, w.file])).to.deep.equal([['csv-encoding-gb18030', `${DATA_DIR}/observations.csv`]]);
  });
});
