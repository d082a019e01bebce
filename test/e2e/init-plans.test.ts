// 端到端：两张虚构的指标表（省级“十四五”CSV、区级“十五五”xlsx）经 plan-eval init 生成规划目录，放入示例数据后
// 不改一字生成 PDF，读回文字核对。每个夹具只生成一次，各项断言共用。
// The fixtures' observations.csv (and judgements.csv) name the ids init generates: if the ids ever changed, these
// builds would fail on unknown ids, which is the point — the same table must always give the same ids.
import { expect } from 'chai';
import { join } from 'node:path';
import type { BuildResult } from '../../src/build.ts';
import type { InitResult } from '../../src/init/index.ts';
import { early, fixtureBuild, readBack, squash } from './builds.ts';

interface Built {
  init: InitResult;
  result: BuildResult;
  pages: string[];
}

/** init from the fixture's table into a fresh folder outside the repository, add its data, build as is (once per run). */
async function initAndBuild(fixture: 'province-style' | 'fifteenth'): Promise<Built> {
  const built = await fixtureBuild(fixture);
  return { init: built.init, result: built.result, pages: (await readBack(built)).pages };
}

early(
  () => initAndBuild('province-style'),
  () => initAndBuild('fifteenth'),
);

/** The pages of the 附件 titled `title` (to the next 附件). */
function appendixPages({ result, pages }: Built, title: string): string[] {
  const list = result.model.appendices;
  const i = list.findIndex((a) => a.title === title);
  const body = pages.findIndex((t) => /—1—/.test(t));
  const startOf = (k: number) => pages.findIndex((t, n) => n > body && t.includes(squash(`${list[k]!.label}${list[k]!.title}`)));
  return pages.slice(startOf(i), i + 1 < list.length ? startOf(i + 1) : pages.length);
}

function commonChecks(get: () => Built, count: number) {
  it('builds the PDF from the initialised folder as it is', () => {
    const { result, init } = get();
    expect(result.pdfPath!).to.equal(join(init.dir, 'out', `${init.dir.split('/').pop()}-midterm.pdf`));
    expect(result.physicalPages).to.be.greaterThan(0);
    expect(result.plan.indicators).to.have.length(count);
  });
  it('has every indicator name in its text', () => {
    const { result, pages } = get();
    const all = pages.join('');
    for (const ind of result.plan.indicators) expect(all, ind.name).to.contain(squash(ind.name));
  });
  it('is visibly marked 示例: a cover notice and every page', () => {
    const { result, pages } = get();
    expect(result.evaluation.illustrative).to.equal(true);
    expect(pages[0]).to.contain('示例数据说明');
    for (const [i, t] of pages.entries()) expect(t, `page ${i + 1}`).to.contain('示例数据');
  });
  it('leaves the 【请填写：…】 placeholders of the skeleton visible', () => {
    expect(get().pages.join('')).to.contain('【请填写：');
  });
}

describe('e2e: a provincial 十四五 table (CSV, no 基期 column) through init', function () {
  this.timeout(180_000);
  let built: Built;
  before(async () => {
    built = await initAndBuild('province-style');
  });
  commonChecks(() => built, 18);

  it('takes the period 2021—2025 from the 2025年 header and prints it', () => {
    expect(built.result.plan.info).to.deep.include({ period: { start: 2021, end: 2025 }, baseYear: 2020 });
    expect(appendixPages(built, '主要指标实施进展情况表').join('')).to.contain('2020年基期值2025年目标2021年2022年2023年');
  });

  it('judges qualitative rows by hand: 人工判定 where reported, 待核定 where not', () => {
    const ev = (name: string) => built.result.evaluation.indicators.find((e) => e.indicator.name === name)!;
    expect(ev('地表水达到或好于Ⅲ类水体比例').explanation).to.contain('人工判定');
    expect(ev('居民消费价格涨幅').status).to.equal('待核定');
    const table = appendixPages(built, '主要指标实施进展情况表').join('');
    expect(table).to.contain('人工判定（省生态环境厅');
    expect(table).to.contain(squash(ev('居民消费价格涨幅').explanation));
  });

  it('says 国家下达任务 for the national-task row, never 市下达', () => {
    const e = built.result.evaluation.indicators.find((x) => x.indicator.name === '主要污染物排放总量减少')!;
    expect(e.status).to.equal('待核定');
    expect(e.explanation).to.contain('国家下达任务');
    expect(e.explanation).not.to.contain('市下达');
    expect(appendixPages(built, '主要指标实施进展情况表').join('')).to.contain(squash(e.explanation));
    // Body and 附件1 say nothing of a 市 task: this plan has none (the method note's generic wording aside).
    const beforeMethod = built.pages.slice(0, built.pages.findIndex((t) => t.includes('评估方法说明') && !t.includes('目录')));
    expect(beforeMethod.join('')).not.to.contain('市下达');
  });

  it('compares 居民人均可支配收入增长 with the table’s own GDP growth row', () => {
    const e = built.result.evaluation.indicators.find((x) => x.indicator.name === '居民人均可支配收入增长')!;
    expect(e.status).to.equal('基本符合预期');
    expect(e.explanation).to.contain('比较对象增长5.8%');
  });
});

describe('e2e: a district 十五五 table (xlsx, merged 类别, units in names) through init', function () {
  this.timeout(180_000);
  let built: Built;
  before(async () => {
    built = await initAndBuild('fifteenth');
  });
  commonChecks(() => built, 14);

  it('is a 十五五 plan: 2026—2030, 基期 2025, evaluated at 2028', () => {
    const { result } = built;
    expect(result.plan.info).to.deep.include({ planLabel: '十五五', period: { start: 2026, end: 2030 }, baseYear: 2025 });
    expect(result.evaluation.point.year).to.equal(2028);
    expect(built.pages.join('')).to.contain('示例区“十五五”规划纲要');
    expect(appendixPages(built, '主要指标实施进展情况表').join('')).to.contain('2025年基期值2030年目标2026年2027年2028年');
  });

  it('judges the relative target against the declared gdp-growth series', () => {
    const e = built.result.evaluation.indicators.find((x) => x.indicator.name === '城乡居民人均可支配收入增长')!;
    expect(e.indicator.form).to.deep.include({ type: 'relative', reference: 'gdp-growth' });
    expect(e.status).to.equal('基本符合预期');
  });

  it('prints names without the units that were in them, with the units in the table', () => {
    const table = appendixPages(built, '主要指标实施进展情况表').join('');
    expect(table).to.contain('常住人口城镇化率（%）');
    expect(table).not.to.contain('常住人口城镇化率（%）（%）');
  });
});
