// What each kind of report requires of its inputs (src/validate/kinds.ts), checked through loadAndEvaluate as a
// build would.
import { expect } from 'chai';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { DATA_DIR, workspace } from '../workspace.ts';

/** A workspace whose config is the default one with `edit` applied. */
async function configured(edit: (yaml: string) => string): Promise<string> {
  const dir = await workspace('pe-kinds-');
  const file = join(dir, 'plan-eval.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

async function problems(cwd: string): Promise<Diagnostic[]> {
  try {
    await loadAndEvaluate({ cwd });
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
}

const kind = (k: string) => (yaml: string) => yaml.replace(/kind: midterm/, `kind: ${k}`);
const year = (y: number) => (yaml: string) => yaml.replace(/year: 2023/, `year: ${y}`);

describe('validate/kinds: what a kind of report requires', () => {
  it('a 总结评估 is at the end of the plan period, a whole year', async () => {
    const [d] = await problems(await configured((y) => year(2024)(kind('final')(y))));
    expect(d!.rule).to.equal('config-final-year');
    expect(d!.hint).to.contain('evaluation.year: 2025');
    const half = await problems(await configured((y) => year(2025)(kind('final')(y)).replace('half: false', 'half: true')));
    expect(half.map((x) => x.rule)).to.deep.equal(['config-final-year']);
    expect(await problems(await configured((y) => year(2025)(kind('final')(y))))).to.deep.equal([]);
  });

  it('a 调整方案 has proposals (adjustments.yaml), and each is supported by the evaluation or by evidence', async () => {
    // The default data's proposals: gdp 滞后, patents 提前实现, … and urbanization 基本符合预期 with evidence.
    expect(await problems(await configured(kind('adjustment')))).to.deep.equal([]);

    const noEvidence = await configured(kind('adjustment'));
    const file = join(noEvidence, DATA_DIR, 'adjustments.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^ {2}evidence: .*\n/m, ''));
    const [d] = await problems(noEvidence);
    expect(d).to.deep.include({ rule: 'adjustment-needs-evidence', file: join(DATA_DIR, 'adjustments.yaml') });
    expect(d!.position!.line).to.equal(text.split('\n').findIndex((l) => l === '- id: urbanization') + 1);
    expect(d!.message).to.contain('基本符合预期');

    const none = await configured(kind('adjustment'));
    await rm(join(none, DATA_DIR, 'adjustments.yaml'));
    expect((await problems(none)).map((x) => x.rule)).to.deep.equal(['adjustment-none']);
  });

  it('holds other kinds of report to nothing about proposals the evaluation does not support', async () => {
    // In 2021 gdp, manufacturing-share and forest-coverage are 基本符合预期 (no evidence given for them): a
    // 调整方案 evaluated then is refused, a mid-term report from the same folder is not.
    expect((await problems(await configured((y) => year(2021)(kind('adjustment')(y))))).map((d) => d.rule)).to.include('adjustment-needs-evidence');
    expect(await problems(await configured(year(2021)))).to.deep.equal([]);
  });

  it('a report on the 审议意见 has opinions (opinions.yaml)', async () => {
    expect(await problems(await configured(kind('response')))).to.deep.equal([]);
    const none = await configured(kind('response'));
    await rm(join(none, DATA_DIR, 'opinions.yaml'));
    expect((await problems(none)).map((x) => x.rule)).to.deep.equal(['opinion-none']);
  });

  it('sends every kind but the annual report to the 常委会 (npc), which needs the meeting, presenter and entrusting body', async () => {
    const { defaultFormat } = await import('../../src/config.ts');
    expect((['midterm', 'annual', 'final', 'adjustment', 'response'] as const).map(defaultFormat)).to.deep.equal(['npc', 'internal', 'npc', 'npc', 'npc']);
    const noMeeting = (k: string) => (yaml: string) => kind(k)(yaml).replace(/^ {2}format: npc.*\n/m, '').replace(/^ {2}meeting: .*\n/m, '');
    for (const k of ['adjustment', 'response']) expect((await problems(await configured(noMeeting(k)))).map((d) => d.rule), k).to.deep.equal(['config-npc']);
  });

  it('names the report whose 审议意见 are answered (report.reviewed), only in such a report', async () => {
    const { reportTitle } = await import('../../src/assemble/report.ts');
    const reviewed = (r: string) => (yaml: string) => kind('response')(yaml).replace('kind: response', `kind: response\n  reviewed: ${r}`);
    const { config, plan } = await loadAndEvaluate({ cwd: await configured(reviewed('final')) });
    expect(reportTitle(config, plan)).to.equal(`关于《${plan.info.name}》总结评估报告审议意见研究处理情况的报告`);
    const midterm = await loadAndEvaluate({ cwd: await configured(kind('response')) });
    expect(reportTitle(midterm.config, midterm.plan)).to.equal(`关于《${plan.info.name}》中期评估报告审议意见研究处理情况的报告`);
    const [d] = await problems(await configured((y) => y.replace('kind: midterm', 'kind: midterm\n  reviewed: final')));
    expect(d).to.deep.include({ rule: 'config-reviewed', position: { line: 10, column: 13 } });
  });
});

