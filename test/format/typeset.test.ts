import { expect } from 'chai';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { formulaHtml } from '../../src/format/formula.ts';
import { keepHeadingsWithTwoLines, keepRangesTogether } from '../../src/format/typeset.ts';

const p = (text: string, className?: string[]): Element => ({ type: 'element', tagName: 'p', properties: className ? { className } : {}, children: [{ type: 'text', value: text }] });
const h = (tag: string, text: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('format/typeset', () => {
  it('keeps a range and its unit on one line (no line starting with “—2023年”)', () => {
    const tree: Root = { type: 'root', children: [p('2021—2023年平均增长7.4%，每千人拥有0—3岁婴幼儿托育数，2021年增长')] };
    expect(toHtml(keepRangesTogether(tree))).to.equal('<p><span class="nobr">2021—2023年</span>平均增长7.4%，每千人拥有<span class="nobr">0—3岁</span>婴幼儿托育数，2021年增长</p>');
  });

  it('marks a one-line paragraph after a heading to keep with what follows, and only that', () => {
    const width = (text: string) => [...text].length; // one unit a character
    const tree: Root = { type: 'root', children: [h('h3', '（一）外部环境'), p('短段落。'), h('h3', '（二）自身条件'), p('长'.repeat(40)), p('短段落，但不在标题后。')] };
    keepHeadingsWithTwoLines(tree, width, 28);
    const classes = tree.children.map((c) => ((c as Element).properties.className as string[] | undefined)?.join(' ') ?? '');
    expect(classes).to.deep.equal(['', 'keep-with-next', '', '', '']);
  });
});

describe('format/formula', () => {
  it('sets exponents, subscripts, variables and spaced operators in HTML, with the report fonts', () => {
    expect(formulaHtml('（1+g)^{n}−1', escape)).to.equal('（1<span class="op">+</span><wbr><var>g</var>)<sup><var>n</var></sup><span class="op">−</span><wbr>1');
    expect(formulaHtml('1−∏(1−r_{i})', escape)).to.equal('1<span class="op">−</span><wbr>∏(1<span class="op">−</span><wbr><var>r</var><sub><var>i</var></sub>)');
    expect(formulaHtml('完成进度p=累计÷目标', escape)).to.equal('完成进度<var>p</var><span class="op">=</span><wbr>累计<span class="op">÷</span><wbr>目标');
  });
  it('leaves quoted signs, words in Latin letters and the text around them alone', () => {
    expect(formulaHtml('“>7”为年均增长高于7%，“××左右”，高于GDP增长', escape)).to.equal('“&gt;7”为年均增长高于7%，“××左右”，高于GDP增长');
  });
});
