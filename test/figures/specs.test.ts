import { expect } from 'chai';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { evaluate } from '../../src/evaluate/index.ts';
import { FONT_FILES } from '../../src/fonts.ts';
import { installTextMeasurer, measure } from '../../src/figures/measure.ts';
import { renderSvg } from '../../src/figures/render.ts';
import { CHART_WIDTH, statusByGroupSpec, trendSpec, wrap } from '../../src/figures/specs.ts';
import { indicator, plan, series } from '../fixtures.ts';

interface Box { text: string; role: string; x1: number; x2: number; y1: number; y2: number }

/** Every text item of a rendered chart, in absolute coordinates. */
async function textBoxes(spec: TopLevelSpec): Promise<{ boxes: Box[]; width: number }> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  await view.runAsync();
  const boxes: Box[] = [];
  const walk = (node: any, dx: number, dy: number, role: string) => {
    for (const item of node.items ?? []) {
      const r = node.role ?? role;
      if (node.marktype === 'text' && item.text !== undefined && item.text !== '' && item.bounds) {
        const text = Array.isArray(item.text) ? item.text.join('') : String(item.text);
        boxes.push({ text, role: r, x1: item.bounds.x1 + dx, x2: item.bounds.x2 + dx, y1: item.bounds.y1 + dy, y2: item.bounds.y2 + dy });
      }
      const gx = node.marktype === 'group' ? dx + (item.x ?? 0) : dx;
      const gy = node.marktype === 'group' ? dy + (item.y ?? 0) : dy;
      for (const child of item.items ?? []) walk(child, gx, gy, r);
    }
  };
  // The SVG translates the scene by the view's origin, and its width attribute is the canvas the PDF shows.
  const [ox, oy] = (view as any).origin() as [number, number];
  walk((view.scenegraph() as any).root, ox, oy, 'root');
  const svg = await view.toSVG();
  view.finalize();
  return { boxes, width: Number(/width="([\d.]+)"/.exec(svg)![1]) };
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

const gdp = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name: '研发经费支出占地区生产总值比重', base: 100 });
const forest = indicator({ type: 'bound', op: '>=', value: 80 }, { id: 'air', name: '空气质量优良天数比例', base: 80.3, unit: '%', group: '环境美', attribute: '约束性', target: '≥80' });
const p = plan([gdp, forest], [...series('gdp', [110, 120, 146]), ...series('air', [82, 79, 83])]);
const ev = evaluate(p, { year: 2023, half: false });

describe('figures', () => {
  before(() => installTextMeasurer(FONT_FILES.hei));

  it('measures Chinese text with the real font (1 em per character), not Vega’s 0.8 em estimate', () => {
    expect(measure('常住人口城镇化率', 12)).to.be.closeTo(96, 1);
    expect(measure('2023', 12)).to.be.lessThan(30);
  });

  it('keeps a bracketed unit whole when wrapping', () => {
    const lines = wrap('五年累计实际利用外资（亿美元）', 125, 12);
    expect(lines).to.deep.equal(['五年累计实际利用外资', '（亿美元）']);
  });
  it('wraps panel titles between words: 托育 and 年限 stay whole (not “托／育”, “年／限”)', () => {
    for (const width of [60, 80, 100, 120, 140]) {
      for (const name of ['每千人拥有0-3岁婴幼儿托育数（个）', '劳动年龄人口平均受教育年限（年）']) {
        const lines = wrap(name, width, 12.5);
        expect(lines.join('')).to.equal(name);
        for (const [a, b] of lines.slice(1).map((l, i) => [lines[i]!, l] as const)) {
          expect(`${a.slice(-1)}${b[0]}`, lines.join('／')).not.to.be.oneOf(['托育', '年限', '教育', '幼儿']);
        }
      }
    }
  });
  it('wraps long indicator names to the panel width', () => {
    const lines = wrap('研发经费支出占地区生产总值比重（%）', 120, 12);
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(measure(l, 12)).to.be.at.most(120);
  });

  for (const [name, spec] of [
    ['status by group', () => statusByGroupSpec(ev)],
    ['trend of a group', () => trendSpec(ev, '经济强')],
  ] as const) {
    it(`${name}: no label overlaps another, none is clipped or truncated`, async () => {
      const { boxes, width } = await textBoxes(spec());
      expect(boxes.length).to.be.greaterThan(3);
      for (const b of boxes) {
        expect(b.text, 'truncated').not.to.contain('…');
        expect(b.x1, `${b.text} starts left of the chart`).to.be.at.least(-0.5);
        expect(b.x2, `${b.text} ends right of the chart`).to.be.at.most(width + 0.5);
      }
      const legend = boxes.filter((b) => b.role.startsWith('legend'));
      for (let i = 0; i < legend.length; i++)
        for (let j = i + 1; j < legend.length; j++) expect(overlap(legend[i]!, legend[j]!), `${legend[i]!.text} / ${legend[j]!.text}`).to.equal(false);
      expect(width).to.be.at.most(CHART_WIDTH + 40);
    });
  }

  it('renders SVG with Chinese labels and no bold text (synthetic bold would print as Type 3)', async () => {
    const svg = await renderSvg(statusByGroupSpec(ev));
    expect(svg).to.match(/^<svg/);
    expect(svg).to.contain('经济强');
    expect(svg).to.contain('滞后');
    expect(svg).not.to.contain('font-weight="bold"');
  });

  it('leaves out the axis labels Vega hides (every other year where they would touch): the Word rasterizer drew them', async () => {
    const spec = trendSpec(ev, '经济强');
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
    const raw = await view.toSVG();
    view.finalize();
    expect(raw, 'Vega keeps hidden labels with opacity 0 (else this test checks nothing)').to.match(/<text[^>]*opacity="0"[^>]*>2021<\/text>/);
    const svg = await renderSvg(spec);
    expect(svg).not.to.match(/opacity="0"/);
    for (const year of ['2020', '2022', '2024']) expect(svg).to.contain(`>${year}</text>`);
    expect(svg).not.to.contain('>2021</text>');
  });
});
