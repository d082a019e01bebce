import { expect } from 'chai';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { cli } from './run.ts';
import { DATA_DIR, workspace } from './workspace.ts';


describe('cli', function () {
  this.timeout(60_000);
  it('evaluate prints the judgement table, one row per indicator', async () => {
    const r = await cli(['evaluate']);
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('评估时点：2023年');
    expect(r.stdout).to.match(/地区生产总值\s+预期性\s+滞后\s+45\.9% \/ 60%\s+经努力可以完成/);
    expect(r.stdout.split('\n').filter((l) => /^\d+\s/.test(l))).to.have.length(32);
  });
  it('evaluate --json gives every field of the evaluation', async () => {
    const r = await cli(['evaluate', '--json']);
    expect(r.status).to.equal(0);
    const json = JSON.parse(r.stdout);
    expect(json.indicators).to.have.length(32);
    const gdp = json.indicators[0];
    expect(gdp).to.include({ id: 'gdp', status: '滞后', schedule: 0.6, outlook: '经努力可以完成' });
    for (const key of ['progress', 'gapPoints', 'averageGrowth', 'plannedPath', 'projected', 'requiredGrowth', 'explanation', 'outlookExplanation']) {
      expect(gdp, key).to.have.property(key);
    }
    expect(gdp.values[0]).to.include({ year: 2021, value: 727.83, illustrative: false });
    expect(json.summary.counts['滞后']).to.equal(4);
    expect(json.projects).to.have.length(93);
    expect(json.projectSummary).to.include({ total: 93, columns: 19 });
    expect(json.projects[0]).to.include({ id: 'zl01-1', columnName: '服务业重点工程、重点项目', responsible: '区商务局' });
  });
  it('fails with exit code 1 and a message in Chinese that names the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-cli-'));
    await writeFile(join(dir, 'plan-eval.yaml'), 'plan: nowhere\n');
    const r = await cli(['evaluate'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.contain('plan-eval.yaml');
    expect(r.stderr).to.contain('失败');
  });
  it('forms writes one workbook per 责任单位', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pe-forms-'));
    const r = await cli(['forms', '--year', '2023', '--out', out]);
    expect(r.status).to.equal(0);
    expect(r.stdout).to.match(/已生成 \d+ 份数据征集表/);
    expect(r.stdout).to.contain('数据征集表-2023-区统计局.xlsx');
    expect((await cli(['forms', '--year', '2030', '--out', out])).stderr).to.contain('不在规划期');
  });
  it('prints a 提示 after the run when a data table was read as GBK', async () => {
    const dir = await workspace();
    const path = join(dir, DATA_DIR, 'observations.csv');
    await writeFile(path, iconv.encode(await readFile(path, 'utf8'), 'gbk'));
    const r = await cli(['evaluate'], dir);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.contain(`提示：${DATA_DIR}/observations.csv: 按 GB18030（GBK）编码读取；建议另存为 CSV UTF-8。 [csv-encoding-gb18030]`);
    const json = await cli(['evaluate', '--json'], dir);
    expect(JSON.parse(json.stdout).indicators[0].values[0].source).to.equal('海州区2021年国民经济和社会发展统计公报');
    await writeFile(join(dir, 'gbk.csv'), iconv.encode('indicator,year,value,source,department\nforest-coverage,2023,29.3,区林业站年报,区农业农村局\n', 'gbk'));
    expect((await cli(['import', 'gbk.csv'], dir)).stderr).to.contain('提示：gbk.csv: 按 GB18030（GBK）编码读取');
  });
  it('check finds a stale number typed in the narrative, and build --strict refuses it', async () => {
    expect((await cli(['check'])).status).to.equal(0);
    const dir = await workspace('pe-check-');
    const { cp } = await import('node:fs/promises');
    await cp(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
    await writeFile(join(dir, 'plan-eval.yaml'), (await readFile(join(dir, 'plan-eval.yaml'), 'utf8')).replace(/^content: .*$/m, 'content: content'));
    const file = join(dir, 'content', '01-总体情况.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n地区生产总值达到800亿元。\n`);
    const r = await cli(['check'], dir);
    expect(r.status).to.equal(1);
    expect(r.stdout).to.match(/content\/01-总体情况\.md:\d+:9: 正文写“地区生产总值”为“800亿元”，与数据不符/);
    const strict = await cli(['build', '--strict', '--format', 'docx'], dir);
    expect(strict.status).to.equal(1);
    expect(strict.stderr).to.contain('[prose-number]');
  });
  it('lists the commands and their options in --help', async () => {
    const top = await cli(['--help']);
    expect(top.status).to.equal(0);
    for (const [command, description] of [['build', '生成评估报告'], ['evaluate', '评估全部指标'], ['forms', '数据征集表'], ['import', '导入填好的数据征集表'], ['init', '主要指标表'], ['check', '核对正文'], ['dev', '实时预览']]) {
      expect(top.stdout, command).to.match(new RegExp(`^\\s+${command} .*${description}`, 'm'));
    }
    const options = async (command: string) => (await cli([command, '--help'])).stdout;
    const build = await options('build');
    expect(build).to.match(/-c, --config <file>\s+配置文件 \(default: "plan-eval.yaml"\)/);
    expect(build).to.match(/-o, --out <dir>\s+输出目录/);
    expect(build).to.match(/-f, --format <formats>\s+输出格式/);
    expect(build).to.match(/--strict\s+正文中与数据不符/);
    expect(await options('evaluate')).to.match(/--json\s+以 JSON 输出/);
    expect(await options('forms')).to.match(/-y, --year <year>\s+征集哪一年的数据/);
    expect(await options('import')).to.match(/Usage: plan-eval import \[options\] <files\.\.\.>/);
  });
  it('explains usage errors', async () => {
    const r = await cli(['biuld']);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.contain("'biuld'");
    expect(r.stderr).to.contain('build?'); // the command it probably meant
    expect(r.stderr).to.contain('（用 --help 查看用法）');
  });
});
