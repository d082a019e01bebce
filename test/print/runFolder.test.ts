// 临时目录的归属：以进程号命名，进程已不在的由下一次运行删除；活着的进程（并发的构建）的一律不动。
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRunFolder, processAlive, removeNow, removeStaleRunFolders, removeStaleTempFiles } from '../../src/print/runFolder.ts';

/** The id of a process that has just ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('print/runFolder', () => {
  it('names run folders plan-eval-<pid>-XXXXXX', async () => {
    const folder = await makeRunFolder();
    expect(folder).to.match(new RegExp(`plan-eval-${process.pid}-[A-Za-z0-9]{6}$`));
    removeNow(folder);
  });
  it('removes the run folders of dead processes only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-stale-'));
    const dead = deadPid();
    expect(processAlive(dead)).to.equal(false);
    const names = [`plan-eval-${dead}-abc123`, `plan-eval-${process.pid}-abc123`, `plan-eval-${process.ppid}-abc123`, 'plan-eval-abc123', `other-${dead}-abc123`];
    for (const n of names) await mkdir(join(dir, n, 'profile'), { recursive: true });
    expect(await removeStaleRunFolders(dir)).to.deep.equal([`plan-eval-${dead}-abc123`]);
    expect((await readdir(dir)).sort()).to.deep.equal(names.slice(1).sort());
  });
  it('removes an atomic write’s temporary file left by a dead process, not one being written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-stale-'));
    const dead = deadPid();
    for (const n of ['r.pdf', `r.pdf.${dead}.tmp`, `r.pdf.${process.ppid}.tmp`, `other.pdf.${dead}.tmp`]) await writeFile(join(dir, n), 'x');
    await removeStaleTempFiles(dir, 'r.pdf');
    expect((await readdir(dir)).sort()).to.deep.equal(['other.pdf.' + dead + '.tmp', 'r.pdf', `r.pdf.${process.ppid}.tmp`].sort());
  });
});
