// YAML 输入的格式错误：只报第一处（带行列、中文说明与改法），别名炸弹以中文拒绝并指出文件与位置。
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { parseYaml, positionsIn } from '../../src/load/yamlFile.ts';
import { diagnosticsOf } from '../fixtures.ts';

const INDICATORS = readFileSync(join(PROJECT_ROOT, 'data/haizhou-14/indicators.yaml'), 'utf8');

describe('load/yaml', () => {
  it('one tab reports one problem, at the tab, in Chinese with the fix', () => {
    // The tab indents the 4th key of the first indicator; yaml reports every later line as wrong too.
    const lines = INDICATORS.split('\n');
    const target = lines.findIndex((l) => l.startsWith('  unit:'));
    lines[target] = `\t${lines[target]!.trimStart()}`;
    const found = diagnosticsOf(() => parseYaml(lines.join('\n'), 'indicators.yaml'));
    expect(found).to.have.length(1);
    expect(found[0]).to.include({ file: 'indicators.yaml', rule: 'yaml-syntax' });
    expect(found[0]!.position).to.deep.equal({ line: target + 1, column: 1 });
    expect(found[0]!.message).to.contain('制表符');
    expect(found[0]!.hint).to.contain('空格');
    expect(found[0]!.message + found[0]!.hint).not.to.match(/[a-z]{4,}/); // no English words from the parser
  });
  it('refuses an alias bomb in Chinese, naming the file and the first alias', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', ''].join('\n');
    const [d, ...rest] = diagnosticsOf(() => parseYaml(bomb, 'plan.yaml'));
    expect(rest).to.deep.equal([]);
    expect(d).to.include({ file: 'plan.yaml', rule: 'yaml-alias' });
    expect(d!.position).to.deep.equal({ line: 2, column: 8 });
    expect(d!.message).to.contain('别名');
  });
  it('positions are counted on the text: an unclosed “[” over several lines keeps the column inside its line', () => {
    const text = 'a: 1\nb: [x,\n  c: 2\nd: 3\n';
    const [d] = diagnosticsOf(() => parseYaml(text, 'x.yaml'));
    const line = text.split('\n')[d!.position!.line - 1]!;
    expect(d!.position!.column).to.be.within(1, line.length + 1);
  });
  it('maps offsets to 1-based lines and columns', () => {
    const at = positionsIn('ab\ncd\n\nef');
    expect([0, 1, 2, 3, 5, 6, 7, 9].map((o) => at(o))).to.deep.equal([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 1, column: 3 }, { line: 2, column: 1 },
      { line: 2, column: 3 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 3 },
    ]);
  });
  it('lists the source of the string values, with the position of each character', () => {
    const strings = parseYaml('name: 甲\nlist: [乙, 3]\nnote: "丙丁"\n', 'x.yaml').strings().filter((s) => /[甲乙丙]/.test(s.text));
    expect(strings.map((s) => s.text)).to.deep.equal(['甲', '乙', '"丙丁"']);
    expect(strings.map((s) => s.at(s.text.search(/[甲乙丁]/)))).to.deep.equal([{ line: 1, column: 7 }, { line: 2, column: 8 }, { line: 3, column: 9 }]);
  });
});
