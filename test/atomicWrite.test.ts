// 原子写入：写入或改名失败时，目标保持原样，也不留下临时文件。
import { expect } from 'chai';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomically } from '../src/atomicWrite.ts';

describe('atomicWrite', () => {
  it('replaces the file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-atomic-'));
    await writeFile(join(dir, 'r.pdf'), 'old');
    await writeAtomically(join(dir, 'r.pdf'), new TextEncoder().encode('new'));
    expect(await readFile(join(dir, 'r.pdf'), 'utf8')).to.equal('new');
    expect(await readdir(dir)).to.deep.equal(['r.pdf']);
  });
  it('leaves no temporary file when the rename fails, and the target as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-atomic-'));
    await mkdir(join(dir, 'r.pdf')); // a folder in the way: the rename is refused (EISDIR)
    await writeFile(join(dir, 'r.pdf', 'inside'), 'kept');
    let code: string | undefined;
    try {
      await writeAtomically(join(dir, 'r.pdf'), new TextEncoder().encode('new'));
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code;
    }
    expect(code).to.equal('EISDIR');
    expect(await readdir(dir)).to.deep.equal(['r.pdf']);
    expect(await readFile(join(dir, 'r.pdf', 'inside'), 'utf8')).to.equal('kept');
  });
});
