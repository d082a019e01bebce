// plan-eval init --previous: a new plan's 基期 from the previous plan's monitoring figure for the new 基期年, for the
// indicators whose names match (or that the table's 上期指标 column names); where it came from is written beside the
// indicator and among the report's data sources. Both plans here are our own fixtures, their figures 示例.
import { expect } from 'chai';
import { diagnosticsOfAsync } from '../fixtures.ts';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceList } from '../../src/assemble/sources.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { initPlan, type InitResult } from '../../src/init/index.ts';
import { cli } from '../run.ts';
import { nameKey } from '../../src/init/previous.ts';
import { inferenceTable } from '../../src/init/summary.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';

const PROVINCE = join(PROJECT_ROOT, 'test/fixtures/plans/province-style/指标表.csv');
const TODAY = new Date('2024-06-28T12:00:00');
const NEW_TABLE = [
  '类别,指标,单位,2025年,2030年目标,上期指标,属性',
  '经济发展,常住人口城镇化率,%,—,65,,预期性',
  ',数字经济核心产业增加值占地区生产总值比重,%,,15,,预期性',
  ',新型研发机构数,家,—,1500,高新技术企业数,预期性',
  ',科技进步贡献率,%,—,>65,,预期性',
  '民生福祉,劳动年龄人口 平均受教育年限,年,—,11.8,,约束性',
  ',农业科技进步贡献率,%,62,65,,预期性',
  '安全保障,粮食综合生产能力,吨,—,28000000,,约束性',
].join('\n');

const problems = diagnosticsOfAsync;

describe('init --previous: the 基期 from the previous plan’s monitoring data', function () {
  this.timeout(60_000);
  let cwd: string;
  let previous: InitResult;
  let table: string;
  let result: InitResult;
  const draft = (name: string) => result.drafts.find((d) => d.indicator.name === name)!;

  before(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'pe-previous-'));
    // The previous plan: the provincial 十四五 fixture, with 2025 figures for some indicators (示例).
    previous = await initPlan({ dir: 'sheng-14', from: PROVINCE, region: '示例省', cwd, today: TODAY });
    const id = (name: string) => previous.drafts.find((d) => d.indicator.name === name)!.indicator.id;
    await appendFile(
      join(previous.dir, 'observations.csv'),
      [
        `${id('常住人口城镇化率')},2025,61.2,,示例（非真实数据）,`,
        `${id('数字经济核心产业增加值占地区生产总值比重')},2025,10.4,,示例（非真实数据）,`,
        `${id('高新技术企业数')},2025,1080,,示例（非真实数据）,`,
        `${id('劳动年龄人口平均受教育年限')},2025,11.4,,示例（非真实数据）,`,
        `${id('粮食综合生产能力')},2025,2810,,示例（非真实数据）,`,
        `${id('科技进步贡献率')},2024,63,,示例（非真实数据）,`,
      ].join('\n') + '\n',
    );
    table = join(cwd, '十五五指标表.csv');
    await writeFile(table, NEW_TABLE);
    result = await initPlan({ dir: 'sheng-15', from: table, region: '示例省', cwd, today: TODAY, previous: 'sheng-14' });
  });

  it('takes the previous plan’s 2025 figure as the 基期 of an indicator of the same name with no 基期 of its own', () => {
    expect(result.period.baseYear).to.equal(2025);
    expect(draft('常住人口城镇化率').indicator).to.deep.include({ base: 61.2, baseSource: '“十四五”规划监测数据（2025年）：示例（非真实数据）' });
    expect(draft('数字经济核心产业增加值占地区生产总值比重').indicator.base).to.equal(10.4);
    // Spaces in the name do not count.
    expect(draft('劳动年龄人口 平均受教育年限').indicator.base).to.equal(11.4);
    // The form is read again against the 基期: the direction from the figures, not guessed from the name.
    expect(draft('常住人口城镇化率').indicator.form).to.deep.equal({ type: 'end-value', direction: 'up', value: 65 });
    expect(draft('常住人口城镇化率').checks.join('')).not.to.contain('方向按名称推定');
    expect(draft('常住人口城镇化率').checks.join('')).to.contain('基期值取自“十四五”规划2025年的示例数据');
  });

  it('follows the table’s 上期指标 column to an indicator of another name', () => {
    expect(draft('新型研发机构数').indicator).to.deep.include({ base: 1080 });
    expect(result.previous!.matches.find((m) => m.draft.indicator.name === '新型研发机构数')!.previous.name).to.equal('高新技术企业数');
  });

  it('leaves alone a 基期 the table has, and takes nothing it cannot stand behind (no 2025 figure, another unit)', () => {
    expect(draft('农业科技进步贡献率').indicator).to.deep.include({ base: 62 });
    expect(draft('农业科技进步贡献率').indicator.baseSource).to.equal(undefined);
    expect(draft('科技进步贡献率').indicator.base).to.equal(null);
    expect(draft('粮食综合生产能力').indicator.base).to.equal(null);
    const unused = result.previous!.matches.filter((m) => m.unused).map((m) => [m.draft.indicator.name, m.unused]);
    expect(unused).to.deep.equal([['科技进步贡献率', 'no-figure'], ['粮食综合生产能力', 'unit']]);
  });

  it('writes where the 基期 came from above the indicator, in baseSource and in its note', async () => {
    const yaml = await readFile(join(result.dir, 'indicators.yaml'), 'utf8');
    const block = yaml.slice(yaml.indexOf('# 原表：十五五指标表.csv:2'), yaml.indexOf('# 原表：十五五指标表.csv:3'));
    expect(block).to.match(/^# 基期：取自“十四五”规划监测数据（sheng-14）：“常住人口城镇化率”（\S+）2025年为61\.2%，来源：示例（非真实数据）$/m);
    expect(block).to.contain('  baseSource: “十四五”规划监测数据（2025年）：示例（非真实数据）');
    expect(block).to.match(/^ {2}note: .*基期值规划表未列，取自“十四五”规划监测数据（2025年61\.2%，来源：示例（非真实数据））。$/m);
  });

  it('prints which indicators took the previous plan’s figure and which matched but could not', () => {
    const text = inferenceTable(result);
    expect(text).to.contain('基期值取自“十四五”规划（sheng-14）2025年监测数据的指标：4 项');
    expect(text).to.match(/ {2}常住人口城镇化率 ← 常住人口城镇化率（\S+）：61\.2%（示例（非真实数据））/);
    expect(text).to.match(/ {2}科技进步贡献率 ← 科技进步贡献率（\S+）：上期规划没有2025年数据/);
    expect(text).to.match(/ {2}粮食综合生产能力 ← 粮食综合生产能力（\S+）：单位不同（上期“万吨”，本期“吨”）/);
  });

  it('says so among the data sources of the report, and a 示例 figure makes the report illustrative', async () => {
    const { plan, evaluation } = await loadAndEvaluate({ config: join(result.dir, 'plan-eval.yaml') });
    expect(evaluation.illustrative).to.equal(true);
    const sources = sourceList(plan, evaluation);
    const row = sources.rows.find((r) => r.source.startsWith('基期值取自“十四五”规划监测数据（2025年）'))!;
    expect(row.illustrative).to.equal(true);
    expect(row.supplied).to.equal('常住人口城镇化率、数字经济核心产业增加值占地区生产总值比重、新型研发机构数、劳动年龄人口 平均受教育年限的2025年基期值（规划表未列）');
    expect(sources.registry).to.contain('规划表未列基期值的4项指标');
  });

  it('reads the previous plan from its plan-eval.yaml as well as from its folder', async () => {
    const again = await initPlan({ dir: 'sheng-15b', from: table, region: '示例省', cwd, today: TODAY, previous: join('sheng-14', 'plan-eval.yaml') });
    expect(again.drafts.map((d) => d.indicator.base)).to.deep.equal(result.drafts.map((d) => d.indicator.base));
  });

  it('refuses a 上期指标 the previous plan does not have, at its cell, and a previous plan that is not there', async () => {
    const bad = join(cwd, '点名有误.csv');
    await writeFile(bad, `${NEW_TABLE}\n,新指标,%,—,10,高新技术企业总数,预期性\n`);
    const [d] = await problems(() => initPlan({ dir: 'x', from: bad, cwd, today: TODAY, previous: 'sheng-14' }));
    expect(d).to.deep.include({ rule: 'init-previous-unknown', file: '点名有误.csv', position: { line: 9 } });
    expect(d!.hint).to.contain('“高新技术企业数”');
    expect((await problems(() => initPlan({ dir: 'y', from: table, cwd, today: TODAY, previous: 'sheng-13' })))[0]!.rule).to.equal('init-previous-missing');
  });

  it('compares names without spaces, width or the kind of bracket', () => {
    expect(nameKey('细颗粒物（PM2.5）平均浓度')).to.equal(nameKey('细颗粒物 (PM2.5) 平均浓度'));
    expect(nameKey('累计〔新增〕')).to.equal(nameKey('累计[新增]'));
    expect(nameKey('城镇化率')).not.to.equal(nameKey('城镇化'));
  });

  it('is an option of the command line that prints the matches', async () => {
    const r = await cli(['init', 'sheng-15c', '--from', table, '--previous', 'sheng-14'], cwd);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('基期值取自“十四五”规划（sheng-14）2025年监测数据的指标：4 项');
  });
});
