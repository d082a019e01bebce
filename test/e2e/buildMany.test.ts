// 一次生成多份报告：共用一个浏览器；一份失败时其余各份照常生成，失败的一份逐条列出问题，命令的退出码为 1。
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMany } from '../../src/buildMany.ts';
import { InputError } from '../../src/diagnostics.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { cliBatch, early } from './builds.ts';

// The command line's run is a child process: started with the run, it prints on another core meanwhile.
early(cliBatch);

describe('e2e: buildMany, several reports on one browser', function () {
  this.timeout(180_000);

  it('refuses a second config writing the same PDF, before building anything for it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-many-'));
    await writeFile(join(dir, 'a.yaml'), 'plan: nowhere\n');
    const yaml = `plan: ${join(PROJECT_ROOT, 'data/haizhou-14')}\ncontent: ${join(dir, 'c')}\ntemplates: ${join(PROJECT_ROOT, 'templates')}\nout: out\noutput: same.pdf\n`;
    await mkdir(join(dir, 'c'));
    await writeFile(join(dir, 'c', '01.md'), '# 一\n\n{{value nothing 2023}}\n'); // fails in the narrative, before printing
    await writeFile(join(dir, 'b.yaml'), `${yaml}report: { kind: annual, author: 某局, date: 2023-03-31 }\nevaluation: { year: 2022 }\n`);
    await writeFile(join(dir, 'c.yaml'), `${yaml}report: { kind: annual, author: 某局, date: 2023-03-31 }\nevaluation: { year: 2023 }\n`);
    const [a, b, c] = await buildMany(['a.yaml', 'b.yaml', 'c.yaml'], { cwd: dir });
    expect(a!.ok === false && a!.error instanceof InputError && a!.error.diagnostics[0]!.file).to.equal('a.yaml');
    expect(b!.ok === false && b!.error instanceof InputError && b!.error.diagnostics[0]!.rule).to.equal('expr-unknown-indicator');
    const refused = c!.ok === false && c!.error instanceof InputError ? c!.error.diagnostics : [];
    expect(refused.map((d) => [d.file, d.rule])).to.deep.equal([['c.yaml', 'build-same-output']]);
    expect(refused[0]!.message).to.contain('b.yaml').and.contain(join('out', 'same.pdf'));
  });

  it('plan-eval build a.yaml bad.yaml b.yaml: the good PDFs land, the failure is listed, exit code 1', async () => {
    // Set up in builds.ts: a.yaml and b.yaml good, bad.yaml's 评估时点 2019 is before the plan period.
    const { dir, ...r } = await cliBatch();
    expect(r.status, r.stderr).to.equal(1);
    expect(existsSync(join(dir, 'out', 'a.pdf'))).to.equal(true);
    expect(existsSync(join(dir, 'out', 'b.pdf'))).to.equal(true);
    expect(existsSync(join(dir, 'out', 'bad.pdf'))).to.equal(false);
    expect(r.stdout).to.match(/\[[123]\/3\] a\.yaml → out\/a\.pdf（\d+ 页，[\d.]+ s）/);
    expect(r.stdout).to.match(/\[[123]\/3\] b\.yaml → out\/b\.pdf/);
    expect(r.stdout).to.contain('完成 2 份，失败 1 份（bad.yaml）');
    expect(r.stderr).to.match(/\[[123]\/3\] bad\.yaml 失败：发现 1 处问题/);
    expect(r.stderr).to.match(/bad\.yaml(:\d+)*: .*2019/);
  });
});
