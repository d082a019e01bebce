// What each kind of report requires of its inputs (src/validate/kinds.ts), checked through loadAndEvaluate as a
// build would.
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { workspace } from '../workspace.ts';

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
});
