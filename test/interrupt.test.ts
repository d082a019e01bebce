// 中断：登记的清理在 SIGINT、SIGTERM、SIGHUP 时都会执行，然后进程按该信号结束；清理登记取消后信号恢复默认。
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { run } from './run.ts';

/** Runs a script that registers the removal of `folder`, then signals itself; returns how it ended. */
function interrupted(signal: NodeJS.Signals, folder: string, releaseFirst = false) {
  const script = `
    import { mkdirSync } from 'node:fs';
    import { onInterrupt } from ${JSON.stringify(join(PROJECT_ROOT, 'src/interrupt.ts'))};
    import { removeNow } from ${JSON.stringify(join(PROJECT_ROOT, 'src/print/runFolder.ts'))};
    mkdirSync(${JSON.stringify(folder)});
    const release = onInterrupt(() => removeNow(${JSON.stringify(folder)}));
    if (${releaseFirst}) release();
    process.kill(process.pid, ${JSON.stringify(signal)});
    setTimeout(() => process.exit(0), 2000);`;
  return run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT });
}

describe('interrupt', function () {
  this.timeout(30_000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: runs the clean-ups, says so, and ends by ${signal}`, async () => {
      const folder = join(await mkdtemp(join(tmpdir(), 'pe-int-')), 'run');
      const r = await interrupted(signal, folder);
      expect(r.signal, r.stderr).to.equal(signal);
      expect(existsSync(folder)).to.equal(false);
      expect(r.stderr).to.contain('已中断');
    });
  }
  it('after the clean-up is released the signal has its default effect again (nothing is removed)', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'pe-int-')), 'run');
    const r = await interrupted('SIGTERM', folder, true);
    expect(r.signal).to.equal('SIGTERM');
    expect(existsSync(folder)).to.equal(true);
    expect(r.stderr).not.to.contain('已中断');
  });
});
