// CSV 读取：表头、引号、行号。
import { expect } from 'chai';
import { parseCsv } from '../../src/load/csv.ts';
import { diagnosticsOf } from '../fixtures.ts';

const REQUIRED = ['indicator', 'year', 'value', 'source'];

describe('load: CSV', () => {
  it('reads a header whose every cell is quoted (as Excel and WPS write on request)', () => {
    const rows = parseCsv('"indicator","year","value","unit","source","note"\n"gdp","2021","727.83","亿元","统计公报",""\n', 'o.csv', REQUIRED);
    expect(rows).to.have.length(1);
    expect(rows[0]!.fields).to.include({ indicator: 'gdp', year: '2021', value: '727.83', source: '统计公报' });
  });
  it('still names the columns a header lacks', () => {
    const [d] = diagnosticsOf(() => parseCsv('"indicator","year"\ngdp,2021\n', 'o.csv', REQUIRED));
    expect(d).to.include({ rule: 'csv-header', file: 'o.csv' });
    expect(d!.message).to.contain('value').and.contain('source');
  });
});
