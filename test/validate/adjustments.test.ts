// adjustments.yaml: every proposal names a real indicator once, changes its target, gives a reason; a 约束性 one
// states the statutory procedure. Problems are reported at their line.
import { expect } from 'chai';
import { parseYaml } from '../../src/load/yamlFile.ts';
import { validateAdjustments } from '../../src/validate/adjustments.ts';
import { diagnosticsOf, indicator } from '../fixtures.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 1000 }, { id: 'gdp', name: '地区生产总值', base: 653, target: '1000' });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', unit: '%', base: 28.2, target: '30', group: '环境美', attribute: '约束性' });
const income = indicator({ type: 'growth-rate', rate: 8.5 }, { id: 'income', name: '居民收入增长', unit: '%', base: null, target: '—', annualGrowth: '8.5' });
const registry = [gdp, forest, income];

const read = (text: string) => validateAdjustments(parseYaml(text, 'adjustments.yaml'), registry);
const problems = (text: string) => diagnosticsOf(() => read(text));

describe('validate/adjustments: proposals for new targets', () => {
  it('reads a proposal with its reason, evidence and the plan’s 年均 column when that does not change', () => {
    const [a] = read('- id: gdp\n  target: "900左右"\n  reason: 示例：外需走弱\n  evidence: 统计口径调整\n');
    expect(a).to.deep.include({ indicatorId: 'gdp', target: '900左右', annualGrowth: '—', reason: '示例：外需走弱', evidence: '统计口径调整', legalProcedure: false, illustrative: true });
    expect(a!.origin).to.deep.equal({ file: 'adjustments.yaml', position: { line: 1, column: 7 } });
    const [real] = read('- id: income\n  target: "—"\n  annualGrowth: "7"\n  reason: 外需走弱\n');
    expect(real).to.deep.include({ annualGrowth: '7', illustrative: false });
  });

  it('holds nothing when the file has only comments (the template init writes)', () => {
    expect(read('# - id: gdp\n#   target: "900"\n')).to.deep.equal([]);
    expect(validateAdjustments(undefined, registry)).to.deep.equal([]);
  });

  it('refuses an unknown id (with a suggestion), a second proposal for one indicator, and an unchanged target, at their lines', () => {
    const [unknown] = problems('- id: gpd\n  target: "900"\n  reason: 理由\n');
    expect(unknown).to.deep.include({ rule: 'adjustment-unknown-indicator', position: { line: 1, column: 7 } });
    expect(unknown!.hint).to.contain('“gdp”');
    const [twice] = problems('- id: gdp\n  target: "900"\n  reason: 理由\n- id: gdp\n  target: "950"\n  reason: 理由\n');
    expect(twice).to.deep.include({ rule: 'adjustment-duplicate', position: { line: 4, column: 7 } });
    const [same] = problems('- id: gdp\n  target: "1000"\n  reason: 理由\n');
    expect(same).to.deep.include({ rule: 'adjustment-unchanged', position: { line: 2, column: 11 } });
    // Changing only the 年均 column is a change.
    expect(problems('- id: income\n  target: "—"\n  annualGrowth: "7"\n  reason: 理由\n')).to.deep.equal([]);
  });

  it('requires a reason for every proposal', () => {
    const [d] = problems('- id: gdp\n  target: "900"\n');
    expect(d!.rule).to.equal('adjustment-schema');
    expect(d!.message).to.contain('reason');
    expect(problems('- id: gdp\n  target: "900"\n  reason: ""\n')[0]!.rule).to.equal('adjustment-schema');
  });

  it('refuses a 约束性 adjustment without legalProcedure: true, and legalProcedure on a 预期性 one', () => {
    const [missing] = problems('- id: forest\n  target: "29.5"\n  reason: 理由\n');
    expect(missing).to.deep.include({ rule: 'adjustment-binding-procedure', position: { line: 1, column: 7 } });
    expect(missing!.message).to.contain('须依照法定程序报人大常委会审查批准');
    const [no] = problems('- id: forest\n  target: "29.5"\n  reason: 理由\n  legalProcedure: false\n');
    expect(no).to.deep.include({ rule: 'adjustment-binding-procedure', position: { line: 4, column: 19 } });
    const [a] = read('- id: forest\n  target: "29.5"\n  reason: 理由\n  legalProcedure: true\n');
    expect(a!.legalProcedure).to.equal(true);
    expect(problems('- id: gdp\n  target: "900"\n  reason: 理由\n  legalProcedure: true\n')[0]!.rule).to.equal('adjustment-procedure-not-binding');
  });
});
