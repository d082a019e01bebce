// 端到端：一个规划周期中报送人大常委会的各种文件，都由默认数据生成（中期评估、年度监测、总结评估、调整方案、审议意见
// 研究处理情况），读回 PDF 核对：人大审议稿的标题块顺序、附件说明与附件编号、署名和成文日期在正文末尾、年度监测不提
// “中期”、没有“0项”“……无”之类的句子，以及各种报告自己的内容。每份 PDF 只生成一次、读回一次（builds.ts：中期评估和
// 年度监测就是其他端到端测试读的那两份），各项断言共用。
import { expect } from 'chai';
import type { BuildResult } from '../../src/build.ts';
import { annualBuild, type Built as Made, defaultBuild, early, kindBuild, readBack, realDataAdjustmentBuild, squash } from './builds.ts';

/** Phrases a report must never print: a count of zero, or a list of nothing. */
const ZERO_COUNT = /(?<![\d.])0项|：无[。；，]|为无/;

interface Built {
  result: BuildResult;
  pages: string[];
}

const KINDS = {
  midterm: defaultBuild,
  annual: annualBuild,
  final: () => kindBuild('final'),
  adjustment: () => kindBuild('adjustment'),
  response: () => kindBuild('response'),
} satisfies Record<string, () => Promise<Made>>;
type Kind = keyof typeof KINDS;

early(...Object.values(KINDS).map((make) => () => make().then(readBack)), () => realDataAdjustmentBuild().then(readBack));

describe('e2e: every kind of report from the default data', function () {
  this.timeout(300_000);
  const built = {} as Record<Kind, Built>;

  before(async () => {
    for (const [kind, make] of Object.entries(KINDS) as [Kind, () => Promise<Made>][]) {
      const made = await make();
      built[kind] = { result: made.result, pages: (await readBack(made)).pages };
    }
  });

  /** The body's pages: from the title to the page before 附件1. */
  const bodyPages = ({ result, pages }: Built) => {
    const first = result.model.appendices[0]!;
    return pages.slice(0, pages.findIndex((t, i) => i > 0 && t.includes(squash(`${first.label}${first.title}`))));
  };

  it('builds each kind with its own title and kind', () => {
    const name = built.midterm.result.plan.info.name;
    expect(Object.fromEntries((Object.keys(KINDS) as Kind[]).map((k) => [k, [built[k].result.config.report.kind, built[k].result.model.meta.title]]))).to.deep.equal({
      midterm: ['midterm', `关于《${name}》实施情况的中期评估报告`],
      annual: ['annual', `关于《${name}》实施情况的年度监测报告`],
      final: ['final', `关于《${name}》实施情况的总结评估报告`],
      adjustment: ['adjustment', `关于《${name}》调整方案（草案）的说明`],
      response: ['response', `关于《${name}》中期评估报告审议意见研究处理情况的报告`],
    });
  });

  for (const kind of ['midterm', 'final', 'adjustment', 'response'] as const) {
    describe(`${kind}: the 人大 version`, () => {
      it('prints title, occasion, presenter, salutation and opening on page 1, in this order', () => {
        const { result, pages } = built[kind];
        const tb = result.model.titleBlock!;
        const order = [result.model.meta.title, tb.occasion, tb.presenter, tb.salutation, tb.opening].map((t) => pages[0]!.indexOf(squash(t)));
        expect(order.every((i) => i >= 0), `${kind}: ${order}`).to.equal(true);
        expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
        expect(tb.opening).to.match(/^受区人民政府委托，.+，请予审议。$/);
      });

      it('ends the body with the 附件说明 naming every 附件 by its number, then 署名 and 成文日期', () => {
        const b = built[kind];
        const { model } = b.result;
        const body = bodyPages(b);
        const last = body[body.length - 1]!;
        const note = model.appendices.map((a, i) => `${i + 1}.${squash(a.title)}`).join('');
        expect(last, kind).to.contain(`附件：${note}`);
        const date = model.closing!.date;
        expect(last).to.match(new RegExp(`${squash(model.closing!.author)}${date}$`));
        expect(last.indexOf(note)).to.be.lessThan(last.lastIndexOf(model.closing!.author));
        // Each 附件 is printed under its number, in the order of the 附件说明.
        const after = b.pages.slice(body.length);
        const starts = model.appendices.map((a, i) => after.findIndex((t) => t.includes(squash(`附件${i + 1}${a.title}`))));
        expect(starts.every((s) => s >= 0), `${kind}: ${starts}`).to.equal(true);
        expect([...starts].sort((x, y) => x - y)).to.deep.equal(starts);
      });
    });
  }

  it('writes no zero-count phrase in any kind', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) expect(built[kind].pages.join(''), kind).not.to.match(ZERO_COUNT);
  });

  it('annual: the internal draft with cover and 目录, and no word of a mid-term evaluation', () => {
    const { result, pages } = built.annual;
    expect(result.model.format).to.equal('internal');
    expect(result.model.closing).to.equal(undefined);
    expect(pages.join('')).not.to.contain('中期');
    expect(pages.join('')).to.contain('序时进度：40%');
  });

  it('final: compares 基期, 目标 and the latest figure of every indicator, 完成 or 未完成, saying which year it used', () => {
    const { result, pages } = built.final;
    const [completion] = result.model.appendices;
    expect(completion!.title).to.equal('主要指标完成情况表（2020—2025年）');
    expect(result.model.appendices.map((a) => a.title)).not.to.include('主要指标实施进展情况表');
    const table = pages.slice(bodyPages(built.final).length).join('');
    expect(table).to.contain('2020年基期值2025年目标2025年实际完成情况');
    for (const ind of result.plan.indicators) expect(table, ind.name).to.contain(squash(ind.name));
    expect(new Set(result.evaluation.indicators.map((e) => e.status))).to.deep.equal(new Set(['完成', '未完成', '待核定']));
    // The default data ends in 2023: the report says so for every indicator judged on it.
    expect(table).to.contain('812.6（2023年）');
    expect(table).to.contain('采用2023年数据（2025年数据尚未报送）');
    expect(pages.join('')).to.contain('其中32项指标采用2023年数据');
  });

  it('adjustment: each proposal with the plan’s and the proposed target, labelled 示例, the statutory note for the 约束性 one', () => {
    const { result, pages } = built.adjustment;
    const all = pages.join('');
    expect(result.plan.adjustments.length).to.be.greaterThan(2);
    expect(result.plan.adjustments.every((a) => a.illustrative)).to.equal(true);
    for (const a of result.plan.adjustments) {
      const name = result.plan.indicators.find((i) => i.id === a.indicatorId)!.name;
      expect(all, name).to.contain(squash(`${name}（示例）`));
    }
    expect(all).to.contain('规划纲要确定的目标为1000亿元，建议调整为900亿元左右。');
    expect(all).to.contain('该指标为约束性指标，其调整须依照法定程序报区人民代表大会常务委员会审查批准。');
    expect(pages[0]).to.contain('调整理由注明“示例”的指标调整建议为示例');
    expect(result.model.appendices.map((a) => a.title)).to.deep.equal(['主要指标调整方案对照表', '主要指标实施进展情况表', '数据来源', '评估方法说明']);
  });

  it('response: one chapter “关于……的意见” per opinion, in order, each labelled 示例, with the indicators’ status now', () => {
    const { result, pages } = built.response;
    const body = bodyPages(built.response).join('');
    const headings = result.plan.opinions.map((o, i) => body.indexOf(squash(`${['一', '二', '三'][i]}、关于${o.topic}的意见（示例）`)));
    expect(headings.every((h) => h >= 0), String(headings)).to.equal(true);
    expect([...headings].sort((a, b) => a - b)).to.deep.equal(headings);
    const gdp = result.evaluation.indicators.find((e) => e.indicator.id === 'gdp')!;
    expect(body).to.contain(squash(`相关指标。地区生产总值${gdp.explanation}`));
    expect(pages[0]).to.contain('标题注明“示例”的审议意见及其研究处理情况为示例');
    expect(result.model.titleBlock!.opening).to.contain('现将区人大常委会对《');
  });
});

describe('e2e: the 示例 mark when only the proposals are illustrative', function () {
  this.timeout(300_000);
  it('marks every page 含示例调整建议 and never calls the real statistics illustrative', async () => {
    const made = await realDataAdjustmentBuild();
    expect(made.result.evaluation.illustrative).to.equal(false);
    expect(made.result.plan.adjustments.some((a) => a.illustrative)).to.equal(true);
    const { pages } = await readBack(made);
    expect(pages.length).to.be.greaterThan(5);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).to.contain(squash('含示例调整建议 · 非真实调整方案'));
      expect(text, `page ${i + 1}`).not.to.contain('非真实统计数据');
    });
  });
});
