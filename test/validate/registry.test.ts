import { expect } from 'chai';
import { parseYaml } from '../../src/load/yamlFile.ts';
import { validateRegistry } from '../../src/validate/registry.ts';
import { diagnosticsOf } from '../fixtures.ts';

const PLAN = `name: 测试规划
shortName: 测试
planLabel: 十四五
region: 测试区
regionShort: 测试区
issuer: 测试区人民政府
period: { start: 2021, end: 2025 }
baseYear: 2020
groups: [经济强, 环境美]
`;

const IND = `- id: gdp
  name: 地区生产总值
  unit: 亿元
  group: 经济强
  attribute: 预期性
  base: 653
  target: "1000"
  annualGrowth: "—"
  form: { type: end-value, direction: up, value: 1000 }
  responsible: 区统计局
`;

const problems = (plan: string, indicators: string) =>
  diagnosticsOf(() => validateRegistry({ plan: parseYaml(plan, 'plan.yaml'), indicators: parseYaml(indicators, 'indicators.yaml') }));

describe('validate/registry', () => {
  it('accepts a well-formed registry', () => {
    expect(problems(PLAN, IND)).to.deep.equal([]);
  });
  it('stops on a reversed period or a 基期 that is not the year before it, with one message at plan.yaml', () => {
    // The registry and every data row would also be wrong against such a period; only the cause is reported.
    const reversed = problems(PLAN.replace('{ start: 2021, end: 2025 }', '{ start: 2025, end: 2021 }'), IND.replace('base: 653', 'base: x'));
    expect(reversed.map((d) => [d.rule, d.file, d.position])).to.deep.equal([['plan-period', 'plan.yaml', { line: 7, column: 9 }]]);
    expect(reversed[0]!.hint).to.contain('{ start: 2021, end: 2025 }');
    const base = problems(PLAN.replace('baseYear: 2020', 'baseYear: 2021'), IND);
    expect(base.map((d) => [d.rule, d.position])).to.deep.equal([['plan-base-year', { line: 8, column: 11 }]]);
    expect(base[0]!.hint).to.contain('2020');
  });
  it('reports YAML syntax errors with line and column', () => {
    const [d] = problems(PLAN, IND.replace('  unit: 亿元', '  unit: [亿元'));
    expect(d!.rule).to.equal('yaml-syntax');
    expect(d!.file).to.equal('indicators.yaml');
    expect(d!.position!.line).to.be.greaterThan(2);
  });
  it('points a schema error at the offending value, in Chinese', () => {
    const [d] = problems(PLAN, IND.replace('base: 653', 'base: 六百五十三'));
    expect(d!.rule).to.equal('indicator-schema');
    expect(d!.position).to.deep.equal({ line: 6, column: 9 });
    expect(d!.message).to.contain('base');
    expect(d!.message).to.match(/[\u4e00-\u9fff]/);
  });
  it('points an unknown key at the key itself', () => {
    const [d] = problems(PLAN, IND + '  colour: red\n');
    expect(d!.position!.line).to.equal(11);
  });
  it('rejects a duplicate id, naming the first line', () => {
    const [d] = problems(PLAN, IND + IND);
    expect(d!.rule).to.equal('indicator-duplicate');
    expect(d!.position!.line).to.equal(11);
    expect(d!.message).to.contain('第 1 行');
  });
  it('rejects a group the plan does not have', () => {
    const [d] = problems(PLAN, IND.replace('group: 经济强', 'group: 经济'));
    expect(d!.rule).to.equal('indicator-group');
    expect(d!.position!.line).to.equal(4);
  });
  it('rejects a target text that contradicts the form', () => {
    const [d] = problems(PLAN, IND.replace('target: "1000"', 'target: "900"'));
    expect(d!.rule).to.equal('target-form-mismatch');
    expect(d!.position!.line).to.equal(7);
  });
  it('rejects a target on the wrong side of the 基期 for its direction', () => {
    const [d] = problems(PLAN, IND.replace('direction: up', 'direction: down'));
    expect(d!.rule).to.equal('target-direction');
    expect(d!.position!.line).to.equal(9);
  });
});

describe('validate/registry: notations and sub-targets', () => {
  const row = (target: string, form: string, extra = '') => `- id: x
  name: 测试
  unit: "%"
  group: 经济强
  attribute: 预期性
  base: 50
  target: "${target}"
  annualGrowth: "—"
  form: ${form}
  responsible: 区统计局
${extra}`;
  it('accepts the printed text in any notation that means the form', () => {
    expect(problems(PLAN, row('60以上', '{ type: threshold, op: ">=", value: 60 }'))).to.deep.equal([]);
    expect(problems(PLAN, row('控制在5.5%以内', '{ type: bound, op: "<=", value: 5.5 }'))).to.deep.equal([]);
  });
  it('a form the text does not say is refused with the form the text suggests', () => {
    const [d] = problems(PLAN, row('60以上', '{ type: bound, op: ">", value: 60 }'));
    expect(d!.rule).to.equal('target-form-mismatch');
    expect(d!.hint).to.contain('type: threshold');
  });
  it('sub-targets: each part checked against its own printed target; ids unique', () => {
    const parts = `  parts:
    - { key: cp, name: 成片, base: 0, target: 约110, form: { type: end-value, direction: up, value: 110, approx: true } }
    - { key: lx, name: 零星, base: 0, target: 约20, form: { type: end-value, direction: up, value: 25, approx: true } }
`;
    const found = problems(PLAN, row('成片:约110 零星:约20', '{ type: parts }', parts));
    expect(found.map((d) => d.rule)).to.deep.equal(['target-form-mismatch']);
    expect(found[0]!.message).to.contain('x-lx');
    expect(problems(PLAN, row('成片:约110 零星:约20', '{ type: parts }')).map((d) => d.rule)).to.deep.equal(['indicator-parts']);
  });
  it('a relative target must name a known series', () => {
    const [d] = problems(PLAN, row('与经济增长基本同步', '{ type: relative, relation: in-step, reference: gdp-growth }'));
    expect(d!.rule).to.equal('relative-reference');
  });
});
