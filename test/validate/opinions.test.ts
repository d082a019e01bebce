// opinions.yaml: every 审议意见 of the 常委会, numbered 1, 2, 3 … without a gap (each must be answered), the
// indicators it concerns known; answered in the order of its number.
import { expect } from 'chai';
import { parseYaml } from '../../src/load/yamlFile.ts';
import { validateOpinions } from '../../src/validate/opinions.ts';
import { diagnosticsOf, indicator } from '../fixtures.ts';

const registry = [indicator({ type: 'end-value', direction: 'up', value: 1000 }, { id: 'gdp', name: '地区生产总值' })];
const read = (text: string) => validateOpinions(parseYaml(text, 'opinions.yaml'), registry);
const problems = (text: string) => diagnosticsOf(() => read(text));
const entry = (no: number, extra = '') => `- no: ${no}\n  topic: 主题${no}\n  text: 意见${no}\n  response: 答复${no}\n${extra}`;

describe('validate/opinions: the 审议意见 to answer', () => {
  it('reads each opinion with where its texts are, in the order of its number', () => {
    const list = read(entry(2) + entry(1, '  progress: |\n    进展\n  indicators: [gdp]\n'));
    expect(list.map((o) => o.no)).to.deep.equal([1, 2]);
    expect(list[0]).to.deep.include({ topic: '主题1', response: '答复1', progress: '进展\n', indicatorIds: ['gdp'], illustrative: false });
    expect(list[0]!.fields).to.deep.equal({ response: { line: 8, column: 13 }, progress: { line: 9, column: 13 } });
    expect(list[1]!.origin).to.deep.equal({ file: 'opinions.yaml', position: { line: 1, column: 7 } });
  });

  it('marks an opinion whose text says 示例 as illustrative', () => {
    expect(read('- no: 1\n  topic: 甲\n  text: 示例（非真实审议意见）：……\n  response: 答复\n')[0]!.illustrative).to.equal(true);
  });

  it('refuses a number twice, a gap in the numbers, and an unknown indicator, at their places', () => {
    const [twice] = problems(entry(1) + entry(1));
    expect(twice).to.deep.include({ rule: 'opinion-duplicate', position: { line: 5, column: 7 } });
    const [gap] = problems(entry(1) + entry(3));
    expect(gap!.rule).to.equal('opinion-missing');
    expect(gap!.message).to.contain('第 2 条');
    const [unknown] = problems(entry(1, '  indicators: [gdp, gpd]\n'));
    expect(unknown).to.deep.include({ rule: 'opinion-unknown-indicator', position: { line: 5, column: 21 } });
    expect(unknown!.hint).to.contain('“gdp”');
  });

  it('requires the topic, the opinion and the answer', () => {
    const [d] = problems('- no: 1\n  topic: 甲\n  text: 意见\n');
    expect(d!.rule).to.equal('opinion-schema');
    expect(d!.message).to.contain('response');
    expect(read('# - no: 1\n')).to.deep.equal([]);
  });
});
