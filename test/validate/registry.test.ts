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
