import { expect } from 'chai';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';
import { parseObservationCsv } from '../../src/load/observations.ts';
import { validateObservations } from '../../src/validate/observations.ts';
import { INFO, indicator } from '../fixtures.ts';

const registry = [
  indicator({ type: 'end-value', direction: 'up', value: 1000 }, { id: 'gdp', unit: '亿元' }),
  indicator({ type: 'growth-rate', rate: 8 }, { id: 'growth', unit: '%' }),
  indicator({ type: 'end-value', direction: 'up', value: 10 }, { id: 'net-flow', unit: '亿元', nonNegative: false }),
  indicator({ type: 'end-value', direction: 'up', value: 60 }, { id: 'share', unit: '%', nonNegative: true }),
];
const HEADER = 'indicator,year,value,unit,source,note\n';

function check(body: string): { diagnostics: Diagnostic[]; count: number } {
  try {
    const rows = parseObservationCsv(HEADER + body, 'data/observations.csv');
    return { diagnostics: [], count: validateObservations(rows, INFO, registry).length };
  } catch (e) {
    if (e instanceof InputError) return { diagnostics: e.diagnostics, count: 0 };
    throw e;
  }
}

describe('load + validate observations', () => {
  it('reads values with their source and line', () => {
    const rows = parseObservationCsv(HEADER + 'gdp,2021,727.83,亿元,海州区2021年统计公报,增长8.3%\n', 'f.csv');
    const [o] = validateObservations(rows, INFO, registry);
    expect(o).to.include({ indicatorId: 'gdp', year: 2021, value: 727.83, source: '海州区2021年统计公报', illustrative: false });
    expect(o!.origin).to.deep.equal({ file: 'f.csv', line: 2 });
  });
  it('marks figures whose source says 示例 as illustrative', () => {
    const rows = parseObservationCsv(HEADER + 'gdp,2022,760,亿元,示例（非真实数据）,\n', 'f.csv');
    expect(validateObservations(rows, INFO, registry)[0]!.illustrative).to.equal(true);
  });
  it('reads first-half figures written 2023H1 or 2023上半年, apart from the whole year', () => {
    const rows = parseObservationCsv(HEADER + 'gdp,2023,800,亿元,src,\ngdp,2023H1,390,亿元,src,\ngdp,2022上半年,370,亿元,src,\n', 'f.csv');
    expect(validateObservations(rows, INFO, registry).map((o) => [o.year, o.half])).to.deep.equal([[2023, false], [2023, true], [2022, true]]);
    expect(check('gdp,2023H1,1,亿元,src,\ngdp,2023上半年,2,亿元,src,\n').diagnostics.map((d) => d.rule)).to.deep.equal(['observation-duplicate']);
    expect(check('gdp,2023H2,1,亿元,src,\n').diagnostics.map((d) => d.rule)).to.deep.equal(['observation-year']);
  });
  it('accepts the byte-order mark Excel writes', () => {
    const rows = parseObservationCsv('\uFEFF' + HEADER + 'gdp,2021,1,,src,\n', 'f.csv');
    expect(validateObservations(rows, INFO, registry)).to.have.length(1);
  });
  const cases: [string, string, string, number][] = [
    ['an unknown indicator id (with a suggestion)', 'gpd,2021,1,亿元,src,\n', 'observation-unknown-indicator', 2],
    ['a non-numeric value', 'gdp,2021,约700,亿元,src,\n', 'observation-not-number', 2],
    ['a value with its unit typed in', 'gdp,2021,700亿元,亿元,src,\n', 'observation-not-number', 2],
    ['a year outside the plan period', 'gdp,2019,1,亿元,src,\n', 'observation-year', 2],
    ['a unit that differs from the registry', 'gdp,2021,1,万元,src,\n', 'observation-unit', 2],
    ['a missing source', 'gdp,2021,1,亿元,,\n', 'observation-source', 2],
    ['two values for one indicator and year', 'gdp,2021,1,亿元,src,\ngdp,2021,2,亿元,src,\n', 'observation-duplicate', 3],
    ['a 400-digit number (which would be Infinity)', `gdp,2023,${'9'.repeat(400)},亿元,src,\n`, 'number-too-large', 2],
    ['a number of 10¹⁵ or more', 'gdp,2023,1000000000000000,亿元,src,\n', 'number-too-large', 2],
    ['more than 15 significant digits', 'gdp,2023,812.6000000000000001,亿元,src,\n', 'number-too-precise', 2],
    ['a negative amount in 亿元', 'gdp,2023,-812.6,亿元,src,\n', 'number-negative', 2],
    ['a negative share the registry marks nonNegative', 'share,2023,-1,%,src,\n', 'number-negative', 2],
  ];
  for (const [what, body, rule, line] of cases) {
    it(`rejects ${what} with file and line`, () => {
      const { diagnostics } = check(body);
      expect(diagnostics.map((d) => d.rule)).to.deep.equal([rule]);
      expect(diagnostics[0]!.file).to.equal('data/observations.csv');
      expect(diagnostics[0]!.position!.line).to.equal(line);
      expect(diagnostics[0]!.hint).to.be.a('string').and.not.equal('');
    });
  }
  it('accepts negative rates, figures the registry allows to be negative, and small or long-but-exact numbers', () => {
    const ok = 'growth,2023,-2.5,%,src,\nnet-flow,2023,-3,亿元,src,\ngdp,2021,0.0000001,亿元,src,\ngdp,2022,123456789012.345,亿元,src,\ngdp,2023,812.60000,亿元,src,\n';
    expect(check(ok)).to.deep.equal({ diagnostics: [], count: 5 });
  });
  it('never lets a number become Infinity', () => {
    const { diagnostics } = check(`gdp,2023,${'9'.repeat(400)},亿元,src,\n`);
    expect(diagnostics[0]!.message).to.contain('10¹⁵').and.not.contain('9'.repeat(30));
  });
  it('suggests the closest id for a typo', () => {
    expect(check('gpd,2021,1,亿元,src,\n').diagnostics[0]!.hint).to.contain('gdp');
  });
  it('reports every problem at once, not just the first', () => {
    expect(check('gpd,2021,1,亿元,src,\ngdp,20x1,1,亿元,src,\ngdp,2022,x,亿元,src,\n').diagnostics).to.have.length(3);
  });
  it('rejects a file without the required columns', () => {
    expect(() => parseObservationCsv('id,year,value\n', 'f.csv')).to.throw(InputError, /indicator/);
  });
  it('reports malformed CSV with its line', () => {
    try {
      parseObservationCsv(HEADER + 'gdp,2021,"1,亿元,src,\n', 'f.csv');
      expect.fail('should throw');
    } catch (e) {
      expect((e as InputError).diagnostics[0]!.rule).to.equal('csv-syntax');
    }
  });
});
