// 版式模板：引用的片段与样式表必须都在，缺了就在打印之前停下，指出引用处与缺少的文件。
import { expect } from 'chai';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadTemplates } from '../../src/assemble/templates.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { InputError, type Diagnostic } from '../../src/diagnostics.ts';

const APPENDICES = ['appendix-indicators', 'appendix-projects', 'appendix-sources', 'appendix-method'];

/** A copy of the repository's templates without `removed`. */
async function templatesWithout(...removed: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-tpl-'));
  await cp(join(PROJECT_ROOT, 'templates'), dir, { recursive: true });
  for (const name of removed) await rm(join(dir, name));
  return dir;
}

/** The problems loading the templates of `dir` gives, its files named relative to it. */
async function problemsOf(dir: string): Promise<Diagnostic[]> {
  try {
    await loadTemplates(dir, (p) => relative(dir, p), APPENDICES);
    return [];
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
}

describe('assemble/templates', () => {
  it('loads the repository’s templates: the skeleton, every partial and the stylesheet', async () => {
    const t = await loadTemplates(join(PROJECT_ROOT, 'templates'), (p) => p, APPENDICES);
    expect([...t.partials.keys()]).to.include.members(['cover', 'toc', ...APPENDICES]);
    expect(t.stylesheet).to.equal(join(PROJECT_ROOT, 'templates', 'report.css'));
  });

  it('stops on a missing stylesheet where the skeleton links it, naming the file', async () => {
    const [d, ...rest] = await problemsOf(await templatesWithout('report.css'));
    expect(rest).to.deep.equal([]);
    expect(d).to.include({ rule: 'template-missing', file: 'report.hbs' });
    expect(d!.position).to.deep.equal({ line: 23, column: 30 });
    expect(d!.message).to.contain('report.css');
  });

  it('stops on a missing partial, named or chosen by the model, at the reference', async () => {
    const found = await problemsOf(await templatesWithout('cover.hbs', 'appendix-method.hbs'));
    expect(found.map((d) => [d.rule, d.file, d.position?.line])).to.deep.equal([
      ['template-missing', 'report.hbs', 40],
      ['template-missing', 'report.hbs', 50],
    ]);
    expect(found[0]!.message).to.contain('cover.hbs');
    expect(found[1]!.message).to.contain('appendix-method.hbs');
  });

  it('stops on a missing skeleton, naming it', async () => {
    const [d] = await problemsOf(await templatesWithout('report.hbs'));
    expect(d).to.include({ rule: 'template-missing', file: 'report.hbs' });
    expect(d!.position).to.equal(undefined);
  });
});
