import { expect } from 'chai';
import { evaluate } from '../../src/evaluate/index.ts';
import { buildFigures } from '../../src/figures/index.ts';
import { figureKeys } from '../../src/figures/keys.ts';
import { FONT_FILES } from '../../src/fonts.ts';
import { indicator, plan, series } from '../fixtures.ts';

const air = indicator({ type: 'bound', op: '>=', value: 80 }, { id: 'air', name: '空气质量优良天数比例', base: 80.3, unit: '%', group: '环境美', attribute: '约束性', target: '≥80' });
const p = plan([air], series('air', [82, 79, 83]));
const ev = evaluate(p, { year: 2023, half: false });

describe('figures: the figures of a report', () => {
  it('draws every figure the plan offers when no keys are given, each with its caption', async () => {
    const figures = await buildFigures(ev, p.info, FONT_FILES.hei);
    expect(figures.map((f) => f.key)).to.deep.equal(figureKeys(p.info));
    expect(figures.find((f) => f.key === 'trend:环境美')).to.include({ title: '“环境美”类指标走势：实际值与规划路径' });
    for (const f of figures) expect(f.svg).to.match(/^<svg/);
  });

  it('draws only the figures placed, once each however often they are placed', async () => {
    const figures = await buildFigures(ev, p.info, FONT_FILES.hei, ['trend:环境美', 'trend:环境美']);
    expect(figures.map((f) => f.key)).to.deep.equal(['trend:环境美']);
    expect(await buildFigures(ev, p.info, FONT_FILES.hei, [])).to.deep.equal([]);
  });

  it('refuses a key the plan does not offer (the narrative stops such a key at its place first)', async () => {
    await buildFigures(ev, p.info, FONT_FILES.hei, ['trend:不存在']).then(
      () => expect.fail('drawn'),
      (e: Error) => expect(e.message).to.contain('trend:不存在'),
    );
  });
});
