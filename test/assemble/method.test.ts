import { expect } from 'chai';
import { methodNote } from '../../src/assemble/method.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';

describe('assemble/method: the 评估方法说明 as written', () => {
  it('writes no Western space beside a number or a Chinese character (“上下5个百分点”, not “上下 5 个百分点”)', async () => {
    const { plan } = await loadAndEvaluate({ cwd: PROJECT_ROOT, withContent: false });
    const note = methodNote(plan, evaluate(plan, { year: 2023, half: false }));
    const texts = [...note.settings.flatMap((s) => [s.label, s.value]), ...note.statuses.map((s) => s.rule), ...note.forms.map((f) => f.rule), ...note.outlook, ...note.data];
    // The registry's own notation (“成片:约110 零星:约20”) is quoted as it is written.
    const spaced = texts.flatMap((t) => [...t.replace('成片:约110 零星:约20', '').matchAll(/.{0,6}[\p{Script=Han}\d%）] [\p{Script=Han}\d（].{0,6}/gu)].map((m) => m[0]));
    expect(spaced).to.deep.equal([]);
    expect(note.settings.find((s) => s.label === '基本符合预期的范围δ')!.value).to.equal('序时进度上下5个百分点');
    // Formulas are in the notation {{formula}} sets: an exponent, a subscript; no caret, no “ᵢ”.
    expect(texts.join('')).to.contain('^{规划年数}').and.contain('r_{i}').and.not.match(/\^[^{]|ᵢ/);
  });
});
