// plan-eval init 写出的目录：能直接评估，注释写明推断与请核对事项，不覆盖已有目录，配置放在仓库外也能用。
import { expect } from 'chai';
import { diagnosticsOfAsync } from '../fixtures.ts';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { initPlan, type InitOptions } from '../../src/init/index.ts';
import { inferenceTable } from '../../src/init/summary.ts';
import { CONDITIONS, HELPERS } from '../../src/narrative/expressions.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { msg } from '../../src/messages.ts';
import { cli } from '../run.ts';

const PROVINCE = join(PROJECT_ROOT, 'test/fixtures/plans/province-style/指标表.csv');
const FIFTEENTH = join(PROJECT_ROOT, 'test/fixtures/plans/fifteenth/指标表.xlsx');
const TODAY = new Date('2024-06-28T12:00:00');

async function freshDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'pe-init-')), 'plan');
}
const init = async (over: Partial<InitOptions> = {}) => initPlan({ dir: await freshDir(), from: PROVINCE, region: '示例省', today: TODAY, ...over });

const problems = diagnosticsOfAsync;

describe('init: the plan folder', function () {
  this.timeout(60_000);

  it('writes the registry, an empty data table, a content skeleton and a config', async () => {
    const r = await init();
    expect((await readdir(r.dir)).sort()).to.deep.equal(['content', 'indicators.yaml', 'observations.csv', 'plan-eval.yaml', 'plan.yaml']);
    expect(await readFile(join(r.dir, 'observations.csv'), 'utf8')).to.equal('indicator,year,value,unit,source,note\n');
    expect(r.files.filter((f) => f.startsWith('content/'))).to.have.length(5);
  });

  it('loads as written: every row is an indicator, and with no data every one is 待核定', async () => {
    const r = await init();
    const { plan, evaluation } = await loadAndEvaluate({ config: join(r.dir, 'plan-eval.yaml') });
    expect(plan.indicators).to.have.length(18);
    expect(plan.info).to.deep.include({ planLabel: '十四五', period: { start: 2021, end: 2025 }, baseYear: 2020, responsibleIllustrative: true });
    expect(plan.info.groups).to.deep.equal(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
    expect(evaluation.point.year).to.equal(2023); // a 中期评估: the third year
    expect(evaluation.indicators.map((e) => e.status)).to.deep.equal(Array(18).fill('待核定'));
    expect(plan.indicators.every((i) => i.responsible === '待明确')).to.equal(true);
  });

  it('keeps the printed names and texts and the inferred forms (国家 task, 左右, 〔〕, stock, bound, threshold)', async () => {
    const r = await init();
    const by = (name: string) => r.drafts.find((d) => d.indicator.name === name)!.indicator;
    expect(by('地区生产总值增长')).to.deep.include({ annualGrowth: '5.5左右', form: { type: 'growth-rate', rate: 5.5, approx: true } });
    expect(by('主要污染物排放总量减少')).to.deep.include({ target: '完成国家下达任务', form: { type: 'city-task', direction: 'up', level: '国家' }, attribute: '约束性' });
    expect(by('单位地区生产总值能源消耗降低').form).to.deep.equal({ type: 'cumulative-decline', value: 13.5, yearly: 'rate' });
    expect(by('高新技术企业数')).to.deep.include({ annualGrowth: '[累计达到1000]', form: { type: 'end-value', direction: 'up', value: 1000 } });
    expect(by('城镇调查失业率').form).to.deep.equal({ type: 'bound', op: '<', value: 5.5 });
    expect(by('科技进步贡献率').form).to.deep.equal({ type: 'threshold', op: '>', value: 60 });
    expect(by('居民消费价格涨幅').form).to.deep.equal({ type: 'qualitative' });
    expect(by('数字经济核心产业增加值占地区生产总值比重').attribute).to.equal('预期性'); // printed “预期”
    expect(by('居民人均可支配收入增长').form).to.deep.equal({ type: 'relative', relation: 'in-step', reference: by('地区生产总值增长').id });
  });

  it('writes each inference and check as a comment above its indicator', async () => {
    const r = await init();
    const yaml = await readFile(join(r.dir, 'indicators.yaml'), 'utf8');
    for (const d of r.drafts) {
      const block = yaml.slice(0, yaml.indexOf(`- id: ${d.indicator.id}\n`));
      const comments = block.slice(block.lastIndexOf('# 原表：'));
      expect(comments, d.indicator.id).to.contain(`# 推断：${d.inference.reading}（把握：${d.inference.confidence}）`);
      for (const c of d.checks) expect(comments, d.indicator.id).to.contain(`# 请核对：${c}`);
    }
    expect(yaml).to.contain('# 原表：指标表.csv:4');
    expect(yaml).to.contain('target: "60.6*"');
    expect(r.flagged).to.equal(r.drafts.filter((d) => d.checks.length > 0).length);
    expect(r.flagged).to.be.within(1, r.drafts.length - 1);
  });

  it('prints the inference table with the summary line', async () => {
    const r = await init();
    const text = inferenceTable(r);
    expect(text).to.contain('编码 UTF-8（带 BOM）');
    expect(text).to.match(/主要污染物排放总量减少\s+完成国家下达任务\s+完成国家下达任务\s+高/);
    expect(text).to.match(/地区生产总值增长\s+年均\/累计 5\.5左右\s+年均增长\s+高/);
    expect(text).to.contain(msg.initSummary(18, r.flagged));
  });

  it('writes a config without a templates line, with the kind, a placeholder author, today and the 评估时点', async () => {
    const r = await init({ kind: 'annual' });
    const config = await readFile(join(r.dir, 'plan-eval.yaml'), 'utf8');
    expect(config).not.to.match(/^\s*templates\s*:/m);
    expect(config).to.match(/^plan: \.\s/m);
    expect(config).to.match(/^output: plan-annual\.pdf$/m);
    expect(config).to.match(/^ {2}kind: annual\s/m);
    expect(config).to.contain('请填写署名单位');
    expect(config).to.match(/^ {2}date: 2024-06-28\s/m);
    expect(config).to.match(/^ {2}year: 2023\s/m); // 年度监测: last year
    expect((await init({ kind: 'final' })).year).to.equal(2025);
    expect((await init({ year: 2022 })).year).to.equal(2022);
    expect((await problems(() => init({ year: 2030 })))[0]!.rule).to.equal('option-year');
  });

  it('writes a skeleton per report kind, using only expressions that exist, and no 中期评估 in an annual one', async () => {
    for (const kind of ['midterm', 'annual', 'final', 'adjustment', 'response'] as const) {
      const r = await init({ kind });
      const dir = join(r.dir, 'content');
      const text = (await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
      for (const [, name] of text.matchAll(/\{\{\s*([A-Za-z]+)/g)) if (name !== 'else') expect(HELPERS, `${kind}: ${name}`).to.have.property(name!);
      for (const [, name] of text.matchAll(/\{\{#([A-Za-z]+)/g)) expect(CONDITIONS, `${kind}: #${name}`).to.have.property(name!);
      expect(text).to.contain('【请填写：');
      if (kind === 'annual') expect(text).not.to.contain('中期评估');
      if (kind === 'midterm') expect(text).to.contain('{{lagging}}');
    }
  });

  it('writes a skeleton that expands against the folder’s own evaluation, for every kind', async () => {
    const { narrate } = await import('../../src/narrative/index.ts');
    const { figureKeys } = await import('../../src/figures/keys.ts');
    for (const kind of ['midterm', 'annual', 'final', 'adjustment', 'response'] as const) {
      const r = await init({ kind });
      // A 调整方案 needs a proposal: the template has none (what to adjust is for people to decide).
      if (kind === 'adjustment') {
        const template = await readFile(join(r.dir, 'adjustments.yaml'), 'utf8');
        expect(template).to.match(/^# {3}legalProcedure 约束性指标必须写 true/m);
        expect((await problems(() => loadAndEvaluate({ config: join(r.dir, 'plan-eval.yaml') })))[0]!.rule).to.equal('adjustment-none');
        // Every indicator is 待核定 without data, so the proposal must bring its own evidence.
        await writeFile(join(r.dir, 'adjustments.yaml'), `- id: ${r.drafts[0]!.indicator.id}\n  target: "6左右"\n  reason: 示例理由\n  evidence: 示例依据\n`);
      }
      // A report on the 审议意见 needs them: the template has none (what the 常委会 said is for people to enter).
      if (kind === 'response') {
        expect(await readFile(join(r.dir, 'opinions.yaml'), 'utf8')).to.match(/^# {3}response {4}研究处理情况/m);
        expect((await problems(() => loadAndEvaluate({ config: join(r.dir, 'plan-eval.yaml') })))[0]!.rule).to.equal('opinion-none');
        await writeFile(join(r.dir, 'opinions.yaml'), `- no: 1\n  topic: 示例主题\n  text: 示例意见\n  response: 答复，{{status ${r.drafts[0]!.indicator.id}}}\n`);
      }
      const { plan, evaluation, content, config } = await loadAndEvaluate({ config: join(r.dir, 'plan-eval.yaml'), withContent: true });
      expect(config.report.kind).to.equal(kind);
      const { sections } = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info), kind });
      expect(sections.flatMap((s) => s.headings).length, kind).to.be.greaterThan(1);
    }
  });

  it('fills plan.yaml with placeholders marked 请填写 when no --name or --region is given', async () => {
    const r = await init({ region: undefined });
    const plan = await readFile(join(r.dir, 'plan.yaml'), 'utf8');
    expect(plan).to.match(/^name: .*（请填写规划全称）$/m);
    expect(plan).to.match(/^region: .*请填写/m);
    expect(plan).to.match(/^issuer: .*请填写/m);
    expect(r.placeholders).to.equal(true);
    const named = await init({ name: '示例省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', region: '示例省' });
    expect(named.info).to.deep.include({ name: '示例省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', shortName: '示例省“十四五”规划纲要', issuer: '示例省人民政府' });
    expect(named.placeholders).to.equal(false);
  });

  it('reads the 十五五 xlsx: period from its 2025年 and 2030年 headers, merged 类别, units from the names', async () => {
    const r = await init({ from: FIFTEENTH, region: '示例市示例区' });
    expect(r.period).to.deep.include({ period: { start: 2026, end: 2030 }, baseYear: 2025 });
    expect(r.info).to.deep.include({ planLabel: '十五五', regionShort: '示例区' });
    expect(r.info.groups).to.deep.equal(['经济发展', '创新驱动', '民生福祉', '绿色低碳']);
    const urban = r.drafts.find((d) => d.indicator.name === '常住人口城镇化率')!.indicator;
    expect(urban).to.deep.include({ unit: '%', base: 72.5, target: '76', group: '经济发展' });
    expect(r.drafts.map((d) => d.indicator.name)).to.include('数字经济核心产业增加值占比'); // rich text
    expect(r.drafts.find((d) => d.indicator.name === '研究与试验发展经费投入强度')!.indicator.target).to.equal('3.50'); // as formatted
    expect(r.info.series).to.deep.equal([{ id: 'gdp-growth', name: '地区生产总值增长', unit: '%' }]);
    const { evaluation } = await loadAndEvaluate({ config: join(r.dir, 'plan-eval.yaml') });
    expect(evaluation.point.year).to.equal(2028);
  });

  it('--period overrides the years of the headers', async () => {
    const r = await init({ period: '2026-2030' });
    expect(r.info).to.deep.include({ period: { start: 2026, end: 2030 }, baseYear: 2025, planLabel: '十五五' });
  });

  it('gives the same ids for the same table', async () => {
    const a = await init();
    const b = await init();
    expect(a.drafts.map((d) => d.indicator.id)).to.deep.equal(b.drafts.map((d) => d.indicator.id));
    expect(new Set(a.drafts.map((d) => d.indicator.id)).size).to.equal(a.drafts.length);
  });

  it('refuses a folder that is not empty, in Chinese, and changes nothing; --force writes over it', async () => {
    const dir = await freshDir();
    await mkdir(dir);
    await writeFile(join(dir, 'indicators.yaml'), '# 已核定的登记册\n');
    const [d] = await problems(() => initPlan({ dir, from: PROVINCE, today: TODAY }));
    expect(d!.rule).to.equal('init-dir-not-empty');
    expect(d!.message).to.contain('目录不是空的');
    expect(d!.hint).to.contain('--force');
    expect(await readdir(dir)).to.deep.equal(['indicators.yaml']);
    expect(await readFile(join(dir, 'indicators.yaml'), 'utf8')).to.equal('# 已核定的登记册\n');
    await initPlan({ dir, from: PROVINCE, today: TODAY, force: true });
    expect(await readFile(join(dir, 'indicators.yaml'), 'utf8')).to.contain('- id: dqsczzzz');
  });

  it('refuses a file in place of the folder, even with --force', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pe-init-file-')), 'plan.txt');
    await writeFile(file, '');
    const [d] = await problems(() => initPlan({ dir: file, from: PROVINCE, force: true }));
    expect(d!.rule).to.equal('init-dir-is-file');
  });

  it('writes nothing when the table has an error', async () => {
    const dir = await freshDir();
    const bad = join(await mkdtemp(join(tmpdir(), 'pe-init-bad-')), '指标表.csv');
    await writeFile(bad, '指标,2025年,牵头部门\n甲,1,区统计局\n');
    const [d] = await problems(() => initPlan({ dir, from: bad }));
    expect(d!.rule).to.equal('init-unknown-header');
    expect(existsSync(dir)).to.equal(false);
  });
});

describe('init: the command line, outside the repository', function () {
  this.timeout(60_000);

  it('init prints the table and the summary; evaluate then works from that folder with the built-in templates', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'pe-init-cli-'));
    const r = await cli(['init', 'sheng-14', '--from', PROVINCE, '--region', '示例省'], cwd);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/城镇调查失业率\s+<5\.5\s+每年界限\s+高/);
    expect(r.stdout).to.match(/18 项指标，其中 \d+ 项需核对/);
    expect(r.stdout).to.contain('plan-eval build --config sheng-14/plan-eval.yaml');
    const e = await cli(['evaluate'], join(cwd, 'sheng-14'));
    expect(e.status, e.stderr).to.equal(0);
    expect(e.stdout).to.contain('共 18 项指标');
    expect(e.stdout).to.contain('待核定 18');
  });

  it('a second init into the same folder fails with exit code 1 and the message', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'pe-init-cli-'));
    expect((await cli(['init', 'x', '--from', PROVINCE], cwd)).status).to.equal(0);
    const again = await cli(['init', 'x', '--from', PROVINCE], cwd);
    expect(again.status).to.equal(1);
    expect(again.stderr).to.contain('目录不是空的');
    expect((await cli(['init', 'y', '--from', PROVINCE, '--kind', 'yearly'], cwd)).status).to.not.equal(0);
  });
});
