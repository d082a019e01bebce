// Passages written from what was entered ({{adjustments}}): headings and paragraphs whose words are text slots,
// numbered with the content's own headings, only in the kind of report they belong to.
import { expect } from 'chai';
import { toHtml } from 'hast-util-to-html';
import { evaluate } from '../../src/evaluate/index.ts';
import { expandExpressions, fillSlots, type ExpressionScope } from '../../src/narrative/expressions.ts';
import { narrate } from '../../src/narrative/index.ts';
import type { Adjustment, Opinion } from '../../src/model/proposals.ts';
import { diagnosticsOf, indicator, plan, series } from '../fixtures.ts';

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '地区生产总值', base: 100 });
const forest = indicator({ type: 'end-value', direction: 'up', value: 30 }, { id: 'forest', name: '林木覆盖率', base: 28.2, unit: '%', group: '环境美', attribute: '约束性', target: '30' });
const proposal = (id: string, over: Partial<Adjustment> = {}): Adjustment => ({
  indicatorId: id,
  target: '180左右',
  annualGrowth: '—',
  reason: '示例：外需走弱',
  legalProcedure: false,
  illustrative: true,
  origin: { file: 'adjustments.yaml', position: { line: 1, column: 7 } },
  ...over,
});
const p = plan([gdp, forest], [...series('gdp', [110, 120, 146]), ...series('forest', [28.6, 28.9, 29.1])]);
// Entered forest first: the passage follows the registry's order all the same.
p.adjustments = [proposal('forest', { target: '29.5', legalProcedure: true, reason: '空间有限*不*是Markdown', illustrative: false }), proposal('gdp')];
const scope: ExpressionScope = { plan: p, evaluation: evaluate(p, { year: 2023, half: false }), figureKeys: [], kind: 'adjustment' };
const expand = (text: string, s = scope) => fillSlots(expandExpressions('c.md', text, s));

describe('narrative/passages: {{adjustments}} and the adjustment expressions', () => {
  it('writes each proposal under its own heading: what changes, why, the evaluation, the statutory note', () => {
    const text = expand('# 调整的主要内容\n\n{{adjustments}}\n');
    expect(text).to.contain('## 地区生产总值（示例）\n\n**调整内容。**规划纲要确定的目标为200亿元，建议调整为180亿元左右。');
    expect(text).to.contain('**调整理由。**示例：外需走弱。');
    expect(text).to.match(/\*\*评估情况。\*\*地区生产总值2023年为146亿元，完成进度46%，.*滞后。目标年预判：/);
    expect(text.indexOf('## 地区生产总值')).to.be.lessThan(text.indexOf('## 林木覆盖率'));
    expect(text).to.contain('该指标为约束性指标，其调整须依照法定程序报区人民代表大会常务委员会审查批准。');
    expect(text.match(/依照法定程序/g)).to.have.length(1);
  });

  it('numbers the headings with the content’s and keeps the words entered as words', () => {
    const files = [{ file: 'c.md', text: '# 调整的必要性\n\n正文。\n\n# 调整的主要内容\n\n{{adjustments}}\n\n# 保障措施\n' }];
    const { sections } = narrate(files, scope);
    expect(sections[0]!.headings.map((h) => `${h.number}${h.text}`)).to.deep.equal(['一、调整的必要性', '二、调整的主要内容', '（一）地区生产总值（示例）', '（二）林木覆盖率', '三、保障措施']);
    const html = toHtml(sections[0]!.tree);
    expect(html).to.contain('空间有限*不*是Markdown');
    expect(html).to.contain('<strong>调整理由。</strong>');
  });

  it('counts and names the indicators proposed, and writes a passage on 约束性 ones only when there are some', () => {
    expect(expand('{{adjustmentTotal}}项：{{adjustedNames}}')).to.equal('2项：地区生产总值、林木覆盖率');
    expect(expand('{{#anyAdjustment attribute=约束性}}约束性{{adjustmentTotal attribute=约束性}}项{{/anyAdjustment}}')).to.equal('约束性1项');
    const all = p.adjustments;
    p.adjustments = [proposal('gdp')];
    expect(expand('{{#anyAdjustment attribute=约束性}}约束性{{else}}没有约束性{{/anyAdjustment}}')).to.equal('没有约束性');
    p.adjustments = all;
  });

  it('stands alone on its line and belongs to a 调整方案', () => {
    const placement = diagnosticsOf(() => expandExpressions('c.md', '第一行\n本次调整如下：{{adjustments}}', scope));
    expect(placement[0]).to.deep.include({ rule: 'expr-passage-placement', position: { line: 2, column: 8 } });
    const midterm = { ...scope, kind: 'midterm' as const };
    for (const text of ['{{adjustments}}', '共{{adjustmentTotal}}项', '{{#anyAdjustment}}有{{/anyAdjustment}}']) {
      const [d] = diagnosticsOf(() => expandExpressions('c.md', text, midterm));
      expect(d!.rule, text).to.equal('expr-kind');
      expect(d!.message).to.contain('调整方案（report.kind: adjustment）');
    }
    expect(diagnosticsOf(() => expandExpressions('c.md', '{{adjustments gdp}}', scope))[0]!.rule).to.equal('expr-argument');
  });
});

describe('narrative/passages: {{opinions}}, one chapter per 审议意见', () => {
  const at = (line: number) => ({ line, column: 13 });
  const opinion = (no: number, response: string, over: Partial<Opinion> = {}): Opinion => ({
    no,
    topic: `主题${no}`,
    text: `示例：意见${no}`,
    response,
    indicatorIds: [],
    illustrative: true,
    origin: { file: 'opinions.yaml', position: { line: no * 10, column: 7 } },
    fields: { response: at(no * 10 + 3) },
    ...over,
  });
  const q = plan([gdp, forest], [...series('gdp', [110, 120, 146]), ...series('forest', [28.6, 28.9, 29.1])]);
  const response = (opinions: Opinion[]): ExpressionScope => {
    q.opinions = opinions;
    return { plan: q, evaluation: evaluate(q, { year: 2023, half: false }), figureKeys: ['status-by-group'], kind: 'response' };
  };

  it('answers each opinion under “关于……的意见”: the opinion, the answer’s paragraphs, the progress, the indicators now', () => {
    const s = response([
      opinion(1, '对{{lagging}}逐项制定措施，见{{ref appendix indicators}}\n\n第二段*照原样*', { topic: '关于加快滞后指标的意见', progress: '{{name gdp}}{{status gdp}}', fields: { response: at(13), progress: at(16) }, indicatorIds: ['gdp'] }),
      opinion(2, '答复二', { illustrative: false, text: '意见二' }),
    ]);
    const { sections } = narrate([{ file: 'c.md', text: '引言。\n\n{{opinions}}\n\n# 下一步工作\n' }], s);
    expect(sections[0]!.headings.map((h) => `${h.number}${h.text}`)).to.deep.equal(['一、关于加快滞后指标的意见（示例）', '二、关于主题2的意见', '三、下一步工作']);
    const html = toHtml(sections[0]!.tree);
    expect(html).to.contain('<p><strong>审议意见。</strong>示例：意见1。</p>');
    expect(html).to.contain('<p><strong>研究处理情况。</strong>对林木覆盖率、地区生产总值逐项制定措施，见附件1。</p>');
    expect(html).to.contain('<p>第二段*照原样*。</p>');
    expect(html).to.contain('<p><strong>进展成效。</strong>地区生产总值滞后。</p>');
    expect(html).to.match(/<p><strong>相关指标。<\/strong>地区生产总值2023年为146亿元，完成进度46%，.*滞后，目标年预判为.*。<\/p>/);
  });

  it('reports a wrong expression in an answer in opinions.yaml, at the line within the answer', () => {
    const s = response([opinion(1, '第一行\n第二行{{status gpd}}\n'), opinion(2, '{{status gpd}}')]);
    const found = diagnosticsOf(() => expandExpressions('c.md', '{{opinions}}', s));
    expect(found.map((d) => [d.file, d.position, d.rule])).to.deep.equal([
      ['opinions.yaml', { line: 15 }, 'expr-unknown-indicator'],
      ['opinions.yaml', { line: 23, column: 13 }, 'expr-unknown-indicator'],
    ]);
  });

  it('keeps figures and passages out of an answer', () => {
    const figure = diagnosticsOf(() => expandExpressions('c.md', '{{opinions}}', response([opinion(1, '{{figure status-by-group}}')])));
    expect(figure[0]).to.deep.include({ file: 'opinions.yaml', rule: 'figure-placement' });
    const nested = diagnosticsOf(() => expandExpressions('c.md', '{{opinions}}', response([opinion(1, '{{opinions}}')])));
    expect(nested[0]).to.deep.include({ file: 'opinions.yaml', rule: 'expr-unsupported' });
  });

  it('must answer the opinions, once: a response report without {{opinions}}, or with two, is refused', () => {
    const s = response([opinion(1, '答复')]);
    expect(diagnosticsOf(() => narrate([{ file: 'c.md', text: '# 下一步工作\n' }], s)).map((d) => d.rule)).to.deep.equal(['opinions-not-placed']);
    const twice = diagnosticsOf(() => narrate([{ file: 'a.md', text: '{{opinions}}\n' }, { file: 'b.md', text: '\n{{opinions}}\n' }], s));
    expect(twice.map((d) => [d.file, d.rule, d.position?.line])).to.deep.equal([['b.md', 'expr-passage-twice', 2]]);
    expect(expand('共{{opinionTotal}}条', s)).to.equal('共1条');
    expect(diagnosticsOf(() => expandExpressions('c.md', '{{opinions}}', scope))[0]!.rule).to.equal('expr-kind');
  });
});
