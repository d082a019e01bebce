import { expect } from 'chai';
import type { TopLevelSpec } from 'vega-lite';
import { DRAWN_KEPT, renderSvg } from '../../src/figures/render.ts';

/** A chart small enough to draw many of: one bar whose label names it. */
const bar = (label: string): TopLevelSpec => ({ data: { values: [{ k: label, v: 1 }] }, mark: 'bar', encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } });

describe('figures: drawing', () => {
  it('gives an equal spec the drawing already made, and draws a changed one anew', async () => {
    const first = renderSvg(bar('甲'));
    expect(renderSvg(structuredClone(bar('甲'))), 'an equal spec, another object').to.equal(first);
    const changed = renderSvg(bar('乙'));
    expect(changed).to.not.equal(first);
    expect(await changed).to.contain('>乙</text>');
    expect(await first).to.contain('>甲</text>');
  });

  it('keeps no failed drawing: the same spec fails again on the next build', async () => {
    const broken = { data: { values: [] }, mark: 'pie-bar' } as unknown as TopLevelSpec;
    const once = renderSvg(broken);
    await once.then(
      () => expect.fail('a spec with an unknown mark must not be drawn'),
      (e: unknown) => expect(e).to.be.instanceOf(Error),
    );
    const again = renderSvg(broken);
    expect(again).to.not.equal(once);
    await again.then(() => expect.fail('drawn the second time'), () => undefined);
  });

  it(`keeps the last ${DRAWN_KEPT} drawings, dropping the one used longest ago`, async () => {
    const kept = renderSvg(bar('常用'));
    const dropped = renderSvg(bar('少用'));
    for (let i = 0; i < DRAWN_KEPT - 2; i++) {
      await renderSvg(bar(`图${i}`));
      if (i % 8 === 0) expect(renderSvg(bar('常用'))).to.equal(kept); // used again: moves to the back
    }
    await renderSvg(bar('最后'));
    expect(renderSvg(bar('常用')), 'used recently').to.equal(kept);
    expect(renderSvg(bar('少用')), 'the oldest is drawn anew').to.not.equal(dropped);
  });
});
