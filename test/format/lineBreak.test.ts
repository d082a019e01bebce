import { expect } from 'chai';
import fc from 'fast-check';
import { breakTitle, trapezoidOrDiamond, words } from '../../src/format/lineBreak.ts';
import { textWidth } from '../../src/format/textWidth.ts';

/** ICU's word boundaries of a text (character offsets). */
const icuBoundaries = (text: string) => new Set([0, ...[...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.index + s.segment.length)]);
const boundariesOf = (ws: readonly string[]) => ws.reduce<number[]>((acc, w) => [...acc, (acc[acc.length - 1] ?? 0) + w.length], [0]);

const TITLE = '关于《连云港市海州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施情况的中期评估报告';
/** 2号 (22 pt) 小标宋 as the PDF sets it; the 版心 is 156 mm wide. */
const title22 = (s: string) => textWidth(s, { role: 'xiaobiaosong', size: 22 });
const VERSION_WIDTH = (156 * 72) / 25.4 - 1;

describe('format/lineBreak', () => {
  it('keeps numbers, plan terms and place names whole where ICU cuts them', () => {
    expect(words(TITLE)).to.deep.equal(['关于', '《连云港市', '海州区', '国民经济', '和', '社会发展', '第十四个五年规划', '和', '二〇三五年', '远景目标纲要》', '实施', '情况', '的', '中期', '评估', '报告']);
    expect(words('每千人拥有0-3岁婴幼儿托育数')).to.deep.equal(['每千人', '拥有', '0-3岁', '婴幼儿', '托育数']);
    expect(words('居民人均可支配收入增长率')).to.deep.equal(['居民', '人均可支配收入', '增长率']);
    expect(words('2021—2023年平均增长7.4%')).to.deep.equal(['2021—2023年', '平均', '增长', '7.4%']);
  });

  it('only ever removes break points: every word ends at an ICU word boundary, and the words are the text', () => {
    const alphabet = [...'关于《》（）“”，。、和的第十四个五年二〇三规划人均可支配收入托育数率业国民经济海州区0123456789.%—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const ws = words(text);
        expect(ws.join('')).to.equal(text);
        const icu = icuBoundaries(text);
        for (const b of boundariesOf(ws)) expect(icu.has(b), `${ws.join('|')} at ${b}`).to.equal(true);
      }),
    );
  });

  it('cuts a text once: the same words again for the same text, which no caller can change', () => {
    const first = words('城镇居民人均可支配收入');
    expect(words('城镇居民' + '人均可支配收入')).to.equal(first);
    expect(Object.isFrozen(first)).to.equal(true);
  });

  it('breaks the default title at phrase boundaries into a trapezoid, none in a word (not “远｜景”)', () => {
    const lines = breakTitle(TITLE, VERSION_WIDTH, title22, 22);
    expect(lines).to.deep.equal(['关于《连云港市海州区国民经济和', '社会发展第十四个五年规划和二〇三五年', '远景目标纲要》实施情况的中期评估报告']);
    expect(lines.every((l) => title22(l) <= VERSION_WIDTH)).to.equal(true);
  });

  it('leaves a title that fits on one line, and a word wider than the line to the browser', () => {
    expect(breakTitle('主要指标实施进展情况表', VERSION_WIDTH, title22, 22)).to.deep.equal(['主要指标实施进展情况表']);
    const one = (s: string) => [...s].length;
    expect(breakTitle('婴幼儿婴幼儿', 2, one, 1)).to.deep.equal(['婴幼儿婴幼儿']);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    const one = (s: string) => [...s].length;
    for (const width of [8, 10, 12, 15, 20]) {
      for (const line of breakTitle(TITLE, width, one, 1).slice(1)) expect(line).not.to.match(/^[》）”，。、]/);
      for (const line of breakTitle(TITLE, width, one, 1)) expect(line).not.to.match(/[《（“]$/);
    }
  });

  it('accepts trapezoids and diamonds, refuses an hourglass (a difference under one character counts as equal)', () => {
    expect(trapezoidOrDiamond([15, 18, 18], 1)).to.equal(true);
    expect(trapezoidOrDiamond([19, 18, 14], 1)).to.equal(true);
    expect(trapezoidOrDiamond([14, 18, 11], 1)).to.equal(true);
    expect(trapezoidOrDiamond([18, 17.5, 18], 1)).to.equal(true);
    expect(trapezoidOrDiamond([19, 14, 18], 1)).to.equal(false);
    // The cheapest breaks of this title would make an hourglass; the layout chosen is not one.
    const one = (s: string) => [...s].length;
    const lines = breakTitle(TITLE, 20, one, 1);
    expect(trapezoidOrDiamond(lines.map(one), 1), lines.join(' / ')).to.equal(true);
  });
});
