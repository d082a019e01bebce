import { expect } from 'chai';
import { InputError } from '../../src/diagnostics.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { CONDITIONS, expandExpressions, fillSlots, HELPERS, type ExpressionScope } from '../../src/narrative/expressions.ts';
import { diagnosticsOf, indicator, plan, series } from '../fixtures.ts';
import type { Plan } from '../../src/model/plan.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest-coverage', name: '林木覆盖率', base: 28.2, unit: '%', group: '环境美', attribute: '约束性', target: '30' });
const p = plan([gdp, forest], [...series('gdp', [110, 120, 146], '统计公报'), ...series('forest-coverage', [28.6, 28.9, 29.1])]);
p.observations[0]!.note = '比上年增长8.3%';
/** The expression scope of a plan evaluated at a whole year. */
const scopeOf = (plan: Plan, year = 2023): ExpressionScope => ({ plan, evaluation: evaluate(plan, { year, half: false }), figureKeys: ['status-by-group', 'trend:经济强'] });
const scope = scopeOf(p);

const expand = (text: string) => fillSlots(expandExpressions('content/01.md', text, scope));
const problems = (text: string) => diagnosticsOf(() => expandExpressions('content/01.md', text, scope));

describe('narrative/expressions', () => {
  it('binds values, statuses and progress to the evaluation', () => {
    expect(expand('{{value gdp 2021}}，{{note gdp 2021}}')).to.equal('110亿元，比上年增长8.3%');
    expect(expand('{{name forest-coverage}}{{status forest-coverage}}')).to.equal('林木覆盖率滞后');
    expect(expand('{{progress gdp}}/{{schedule}}/{{gap gdp}}')).to.equal('46%/60%/14');
    expect(expand('{{base forest-coverage}}→{{target forest-coverage}}')).to.equal('28.2%→30%');
    expect(expand('{{point}}')).to.equal('2023年');
  });
  it('gives the value at the 评估时点 without naming the year', () => {
    expect(expand('{{latest gdp}}')).to.equal('146亿元');
    // The latest available figure stands in for a 评估时点 figure not yet published.
    expect(fillSlots(expandExpressions('c.md', '{{latest gdp}}', scopeOf(plan([gdp], series('gdp', [110])))))).to.equal('110亿元');
    const none = scopeOf(plan([gdp], []));
    expect(diagnosticsOf(() => expandExpressions('c.md', '{{latest gdp}}', none))[0]!.rule).to.equal('expr-no-value');
  });
  it('counts and lists indicators by status, group and attribute', () => {
    expect(expand('{{count 滞后}}')).to.equal('2');
    expect(expand('{{count 滞后 group=环境美}}')).to.equal('1');
    expect(expand('{{total attribute=约束性}}')).to.equal('1');
    expect(expand('{{counts}}')).to.equal('2项滞后');
    expect(expand('{{lagging}}')).to.equal('林木覆盖率、地区生产总值');
    expect(expand('{{names 提前实现}}')).to.equal('无');
    expect(expand('{{laggingDetails attribute=约束性}}')).to.match(/^林木覆盖率2023年为29.1%.*滞后$/);
  });
  it('binds the forward judgement', () => {
    // gdp: 100 → 146 in three years is 13.4 % a year, giving 187.9 in 2025 (< 200); the 17 % a year still needed
    // is within 1.5 × 13.4 %, so 经努力可以完成. Forest coverage likewise (29.1 → 30 needs 1.6 % a year).
    expect(expand('{{outlook gdp}}')).to.equal('经努力可以完成');
    expect(expand('{{outlookExplain gdp}}')).to.equal('按2020年以来年均增长13.4%推算，2025年可达187.9亿元，未达到目标200亿元；完成目标尚需年均增长17%，经努力可以完成');
    expect(expand('{{outlooks}}')).to.equal('2项经努力可以完成');
    expect(problems('{{outlookNames 能完成}}')[0]!.rule).to.equal('expr-argument');
  });
  it('accepts quoted arguments as well as bare words', () => {
    expect(expand('{{value "gdp" 2022}}')).to.equal('120亿元');
  });
  it('stops on an unknown indicator with file, line, column and a suggestion', () => {
    const [d] = problems('第一行\n地区生产总值为{{value gpd 2021}}。');
    expect(d).to.include({ file: 'content/01.md', rule: 'expr-unknown-indicator' });
    expect(d!.position).to.deep.equal({ line: 2, column: 16 }); // the argument itself
    expect(d!.hint).to.contain('gdp');
  });
  it('stops on a year outside the data, listing the years there are', () => {
    const [d] = problems('{{value gdp 2024}}');
    expect(d!.rule).to.equal('expr-unknown-year');
    expect(d!.hint).to.contain('2021、2022、2023');
  });
  it('stops when an indicator has no figure for that year', () => {
    const sparse = plan([gdp], series('gdp', [110]));
    const s2 = scopeOf(sparse);
    expect(() => expandExpressions('c.md', '{{value gdp 2022}}', s2)).to.throw(InputError, /2022/);
  });
  it('stops on unknown expressions, block helpers, partials and raw output', () => {
    expect(problems('{{valeu gdp 2021}}')[0]!.rule).to.equal('expr-unknown-helper');
    expect(problems('{{#each x}}y{{/each}}')[0]!.rule).to.equal('expr-unsupported');
    expect(problems('{{> foo}}')[0]!.rule).to.equal('expr-unsupported');
    expect(problems('{{{value gdp 2021}}}')[0]!.rule).to.equal('expr-unsupported');
    expect(problems('{{constructor.constructor "alert(1)"}}')[0]!.rule).to.equal('expr-unknown-helper');
  });
  it('treats names of built-in object properties as the unknown words they are, with their position', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const [d, ...rest] = problems(`第一行\n见{{${name}}}。`);
      expect(rest, name).to.deep.equal([]);
      expect(d, name).to.include({ rule: 'expr-unknown-helper', file: 'content/01.md' });
      expect(d!.position, name).to.deep.equal({ line: 2, column: 2 });
    }
    for (const option of ['constructor', 'toString', '__proto__']) {
      expect(problems(`{{count 滞后 ${option}=经济强}}`).map((d) => d.rule), option).to.deep.equal(['expr-argument']);
    }
  });
  it('checks argument counts, statuses, groups and options', () => {
    expect(problems('{{value gdp}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('{{count 落后}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('{{count 滞后 group=经济}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('{{count 滞后 colour=red}}')[0]!.rule).to.equal('expr-argument');
  });
  it('reports an unclosed expression with its line', () => {
    const [d] = problems('a\nb {{value gdp 2021');
    expect(d!.rule).to.equal('expr-syntax');
    expect(d!.position!.line).to.equal(2);
  });
  it('reports all problems of a file together', () => {
    expect(problems('{{value x 2021}}\n{{value gdp 1999}}\n{{nope}}')).to.have.length(3);
  });
  it('places figures that stand alone on their line, and only known ones', () => {
    const r = expandExpressions('c.md', '段落。\n\n{{figure trend 经济强}}\n', scope);
    expect(r.slots).to.deep.equal([{ kind: 'figure', key: 'trend:经济强', position: { line: 3, column: 1 } }]);
    expect(problems('{{figure trend 百姓富}}')[0]!.rule).to.equal('expr-argument');
  });
  it('keeps values out of the Markdown: the text holds only a placeholder, the value its own words', () => {
    const odd = indicator({ type: 'end-value', direction: 'up', value: 2 }, { id: 'odd', name: '*强调*', base: 1 });
    const r = expandExpressions('c.md', '{{name odd}}', scopeOf(plan([odd], series('odd', [1.5])), 2021));
    expect(r.text).to.not.contain('强调');
    expect(r.slots).to.deep.equal([{ kind: 'text', text: '*强调*' }]);
  });
  it('cross-references name a figure or an 附件 that exists', () => {
    expect(expandExpressions('c.md', '{{ref figure status-by-group}}', scope).slots[0]).to.deep.include({ kind: 'ref', target: 'figure', key: 'status-by-group' });
    expect(expandExpressions('c.md', '{{ref figure trend 经济强}}', scope).slots[0]).to.deep.include({ key: 'trend:经济强' });
    expect(problems('{{ref figure trend 百姓富}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('{{ref table 1}}')[0]!.rule).to.equal('expr-argument');
    // This plan has no projects registry, so there is no 重大工程项目 附件 to point at.
    expect(problems('{{ref appendix projects}}')[0]!.message).to.contain('没有重大工程项目登记册');
  });
  it('refers to the 附件 of the report’s kind: a 总结评估 has the completion table in place of the progress table', () => {
    const final: ExpressionScope = { ...scopeOf(p, 2025), kind: 'final' };
    const ref = (text: string) => expandExpressions('c.md', text, final).slots;
    expect(ref('{{ref appendix completion}}')).to.deep.equal([{ kind: 'ref', target: 'appendix', key: 'completion', position: { line: 1, column: 1 } }]);
    const [d] = diagnosticsOf(() => ref('{{ref appendix indicators}}'));
    expect(d!.message).to.contain('总结评估报告的附件为：completion、sources、method');
    expect(problems('{{ref appendix completion}}')[0]!.message).to.contain('本报告没有附件“completion”');
  });
  it('refuses the characters it reserves for placeholders', () => {
    expect(problems('文字\uE000')[0]!.rule).to.equal('expr-reserved-character');
  });
  it('documents every helper and condition in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const name of Object.keys(HELPERS)) expect(readme, name).to.contain(`{{${name}`);
    for (const name of Object.keys(CONDITIONS)) expect(readme, name).to.contain(`{{#${name}`);
  });
  it('writes a conditional passage only when it has something to say', () => {
    // forest-coverage is 滞后 and 约束性; gdp is 滞后 too; nothing is 严重滞后.
    expect(expand('{{#any 滞后}}有滞后{{else}}无滞后{{/any}}')).to.equal('有滞后');
    expect(expand('{{#any 严重滞后}}有严重滞后{{else}}没有严重滞后{{/any}}')).to.equal('没有严重滞后');
    expect(expand('{{#any 严重滞后}}只在有时写{{/any}}')).to.equal('');
    expect(expand('{{#any 滞后 attribute=约束性}}约束性：{{lagging attribute=约束性}}{{/any}}')).to.equal('约束性：林木覆盖率');
    expect(expand('{{#any 滞后 group=经济强}}甲{{else}}乙{{/any}}')).to.equal('甲');
    expect(expand('{{countsOf 滞后 严重滞后}}')).to.equal('2项滞后');
  });
  it('refuses other block expressions and bad conditions with their position', () => {
    expect(problems('{{#if x}}y{{/if}}')[0]!.rule).to.equal('expr-unsupported');
    expect(problems('{{#any}}y{{/any}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('{{#any 很好}}y{{/any}}')[0]!.rule).to.equal('expr-argument');
    expect(problems('第一行\n{{#any 滞后 colour=红}}y{{/any}}')[0]!.position).to.deep.equal({ line: 2, column: 1 });
  });
});
