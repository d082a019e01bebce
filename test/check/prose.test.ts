import { expect } from 'chai';
import { checkProse, mask } from '../../src/check/prose.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { indicator, plan, series } from '../fixtures.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', base: 28.2, unit: '%', group: '环境美', attribute: '约束性', target: '30' });
const rd = indicator({ type: 'end-value', direction: 'up', value: 3.45 }, { id: 'rd', name: '研发经费支出占地区生产总值比重', base: 3.2, unit: '%', target: '3.45' });
const p = plan([gdp, forest, rd], [...series('gdp', [110, 120, 146.25]), ...series('forest', [28.6, 28.9, 29.1]), ...series('rd', [3.25, 3.3, 3.4])]);
const scope = { plan: p, evaluation: evaluate(p, { year: 2023, half: false }) };
const check = (text: string) => checkProse([{ file: 'c.md', text }], scope);

describe('check/prose: numbers and words typed in the narrative against the data', () => {
  it('accepts figures the data has, rounded or cut to what is written', () => {
    expect(check('地区生产总值达到146.25亿元，比2020年的100亿元增长较快。')).to.deep.equal([]);
    expect(check('地区生产总值达到146.3亿元，完成进度46.2%。林木覆盖率达到29.1%，完成进度50%。')).to.deep.equal([]);
    expect(check('地区生产总值目标为200亿元。')).to.deep.equal([]);
  });
  it('names a stale number at its place with the data and the expression to use', () => {
    const [d] = check('第一行。\n2023年地区生产总值达到138.6亿元。');
    expect(d).to.deep.include({ rule: 'prose-number', file: 'c.md', severity: 'warning' });
    expect(d!.position).to.deep.equal({ line: 2, column: 14 });
    expect(d!.message).to.contain('2023年为146.25亿元');
    expect(d!.hint).to.contain('{{latest gdp}}');
  });
  it('reads the longer name as its own indicator (研发经费支出占地区生产总值比重 is not 地区生产总值)', () => {
    expect(check('研发经费支出占地区生产总值比重达到3.4%。')).to.deep.equal([]);
    expect(check('研发经费支出占地区生产总值比重达到3.9%。').map((d) => d.rule)).to.deep.equal(['prose-number']);
  });
  it('a status word beside a name that disagrees with the evaluation', () => {
    const [d] = check('林木覆盖率为29.1%，快于预期。');
    expect(d).to.deep.include({ rule: 'prose-status' });
    expect(d!.hint).to.contain('{{status forest}}');
    expect(check('林木覆盖率为29.1%，滞后。')).to.deep.equal([]);
  });
  it('counts by status, in the scope the sentence names', () => {
    expect(check('共有2项指标滞后。')).to.deep.equal([]);
    expect(check('共有5项指标滞后。').map((d) => [d.rule, d.hint])).to.deep.equal([['prose-count', '请改用表达式 {{count 滞后}}。']]);
    expect(check('约束性指标中1项滞后。')).to.deep.equal([]);
    expect(check('环境美方面，2项滞后。')[0]!.hint).to.contain('{{count 滞后 group=环境美}}');
  });
  it('never reads an expression or a comment as a literal', () => {
    expect(mask('甲{{value gdp 2021}}乙<!-- 138亿元 -->丙')).to.equal(`甲${' '.repeat(18)}乙${' '.repeat(14)}丙`);
    expect(check('地区生产总值达到{{latest gdp}}。<!-- 地区生产总值达到1亿元 -->')).to.deep.equal([]);
  });
  it('raises no false alarm on the default narrative', async () => {
    const { plan: seed, evaluation, content } = await loadAndEvaluate({ cwd: PROJECT_ROOT, withContent: true });
    expect(checkProse(content, { plan: seed, evaluation })).to.deep.equal([]);
  });
});
