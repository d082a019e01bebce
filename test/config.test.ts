import { expect } from 'chai';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { missingUserFonts } from '../src/fontCoverage.ts';
import { InputError } from '../src/diagnostics.ts';
import { PROJECT_ROOT } from '../src/fonts.ts';

async function project(yaml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-config-'));
  for (const d of ['data', 'content', 'templates']) await mkdir(join(dir, d));
  await writeFile(join(dir, 'plan-eval.yaml'), yaml);
  return dir;
}
async function problems(dir: string) {
  try {
    await loadConfig('plan-eval.yaml', {}, dir);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
}
const NPC = '  meeting: { date: 2024-06-28, name: 测试区第一届人民代表大会常务委员会第三次会议 }\n  presenter: { office: 区发展和改革委员会主任, name: 张三 }\n  entrustedBy: 区人民政府\n';
const MINIMAL = `plan: data\ncontent: content\ntemplates: templates\nreport:\n  author: 区发改委\n  date: 2024-06-28\n${NPC}evaluation:\n  year: 2023\n`;

describe('config', () => {
  it('fills in the documented defaults', async () => {
    const dir = await project(MINIMAL);
    const c = await loadConfig('plan-eval.yaml', {}, dir);
    expect(c.report.kind).to.equal('midterm');
    expect(c.report.format).to.equal('npc');
    expect(c.report.salutation).to.equal('主任、各位副主任、各位委员：');
    expect(c.evaluation).to.deep.equal({
      year: 2023,
      half: false,
      delta: 5,
      seriousShare: 0.5,
      forecast: 'compound',
      effortFactor: 1.5,
      approxTolerance: 5,
      boundBasis: 'average',
      inStepTolerance: 1,
      vocabulary: 'standard',
    });
    expect(c.paths.out).to.equal(join(dir, 'out'));
    expect(c.style.boldLevel3).to.equal(false);
    expect(c.browser.executablePath).to.equal(null);
  });
  it('resolves paths relative to the config file; --out overrides', async () => {
    const dir = await project(MINIMAL);
    const c = await loadConfig('plan-eval.yaml', { out: '/tmp/x' }, dir);
    expect(c.paths.plan).to.equal(join(dir, 'data'));
    expect(c.paths.out).to.equal('/tmp/x');
  });
  it('rejects an unknown key at its line', async () => {
    const [d] = await problems(await project(MINIMAL + '  delat: 3\n'));
    expect(d!.file).to.equal('plan-eval.yaml');
    expect(d!.position!.line).to.equal(12);
  });
  it('rejects a missing folder, pointing at the setting', async () => {
    const [d] = await problems(await project(MINIMAL.replace('content: content', 'content: contnet')));
    expect(d!.rule).to.equal('folder-missing');
    // The place is the config file's line (not a line of the missing folder), and the message names the folder.
    expect(d!.file).to.equal('plan-eval.yaml');
    expect(d!.position!.line).to.equal(2);
    expect(d!.message).to.contain('“contnet”');
  });
  it('refuses an output name with a folder in it, at its line', async () => {
    for (const name of ['../x.pdf', 'sub/x.pdf', '/tmp/x.pdf', '..\\x.pdf']) {
      const [d, ...rest] = await problems(await project(`${MINIMAL}output: '${name}'\n`));
      expect(rest, name).to.deep.equal([]);
      expect(d, name).to.include({ rule: 'config-output', file: 'plan-eval.yaml' });
      expect(d!.position!.line, name).to.equal(MINIMAL.split('\n').length);
    }
  });
  it('without a templates line uses the built-in templates, wherever the config is', async () => {
    const dir = await project(MINIMAL.replace('templates: templates\n', ''));
    const c = await loadConfig('plan-eval.yaml', {}, dir);
    expect(c.paths.templates).to.equal(join(PROJECT_ROOT, 'templates'));
    expect(c.paths.templates.startsWith(dir)).to.equal(false);
  });
  it('calls a missing templates folder a folder, not a file', async () => {
    const [d] = await problems(await project(MINIMAL.replace('templates: templates', 'templates: my-templates')));
    expect(d!.rule).to.equal('folder-missing');
    expect(d!.message).to.contain('目录“my-templates”不存在');
    expect(d!.message).to.not.contain('文件');
    expect(d!.position!.line).to.equal(3);
  });
  it('rejects an invalid date', async () => {
    const [d] = await problems(await project(MINIMAL.replace('2024-06-28', '2024-13-01')));
    expect(d!.position!.line).to.equal(6);
  });
  it('the 人大 version (default for midterm and final) needs the meeting, the presenter and who entrusted them', async () => {
    const bare = MINIMAL.replace(NPC, '');
    const found = await problems(await project(bare));
    expect(found.map((d) => [d.rule, d.message.match(/缺少 report\.(\w+)/)![1]])).to.deep.equal([
      ['config-npc', 'meeting'],
      ['config-npc', 'presenter'],
      ['config-npc', 'entrustedBy'],
    ]);
    expect(found[0]!.position!.line).to.equal(5); // the report section's first line
    expect(found[0]!.hint).to.contain('report.format: internal');
    expect(await problems(await project(bare.replace('report:\n', 'report:\n  format: internal\n')))).to.deep.equal([]);
  });
  it('an annual report is an internal one unless the format says otherwise', async () => {
    const dir = await project(MINIMAL.replace(NPC, '').replace('report:\n', 'report:\n  kind: annual\n'));
    expect((await loadConfig('plan-eval.yaml', {}, dir)).report.format).to.equal('internal');
  });
});

describe('config: fonts.* names installed fonts', () => {
  it('gives a 提示 with the place for a font fontconfig does not find, and none for one it finds', async () => {
    const dir = await project(`${MINIMAL}fonts:\n  fangsong: [LXGW WenKai, 不存在的字体]\n`);
    const config = await loadConfig('plan-eval.yaml', {}, dir);
    const found = missingUserFonts(config);
    expect(found.map((d) => [d.rule, d.severity, d.position])).to.deep.equal([['font-not-installed', 'warning', { line: 13, column: 27 }]]);
    expect(found[0]!.message).to.contain('不存在的字体');
  });
});
