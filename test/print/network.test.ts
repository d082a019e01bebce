// 生成报告不访问网络：跟踪浏览器的系统调用（strace），不得有任何 DNS 查询、TCP 连接或发往网络的数据；
// 以 root 运行时浏览器还放在没有网络的命名空间里（unshare -n），生成照样成功。
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { closeBrowser, launchBrowser, resolveBrowser } from '../../src/print/browser.ts';

const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

describe('print: no network', function () {
  this.timeout(180_000);

  it('a build makes no DNS query, no TCP connection and sends nothing to any network address', async function () {
    // strace is a test tool: scripts/setup.mjs installs it for `npm test` when run as root (as CI does).
    if (!works('strace', ['-f', '-o', '/dev/null', 'true'])) {
      console.log('      （跳过：没有 strace 或不允许跟踪进程；以 root 运行 npm test 时 scripts/setup.mjs 会安装 strace）');
      this.skip();
    }
    const dir = await mkdtemp(join(tmpdir(), 'pe-net-'));
    const log = join(dir, 'trace.log');
    // As root the browser also runs where there is no network at all (only a loopback that is down), which proves
    // the build does not need one; the trace proves nothing was even tried.
    const isolate = process.getuid?.() === 0 && works('unshare', ['-n', 'true']) ? 'unshare -n ' : '';
    // strace stops the browser at every system call unless a seccomp filter picks out the traced ones (strace ≥ 5.3),
    // which makes the traced build about twice as fast. Only as root: Chromium then runs without its own sandbox, whose
    // seccomp filters would take precedence and could hide a call they refuse; otherwise every call is stopped at.
    const filter = process.getuid?.() === 0 && works('strace', ['-f', '--seccomp-bpf', '-o', '/dev/null', 'true']) ? '--seccomp-bpf ' : '';
    const wrapper = join(dir, 'chromium');
    await writeFile(wrapper, `#!/bin/sh\nexec ${isolate}strace -f ${filter}-qq -yy -e trace=connect,sendto,sendmsg,sendmmsg -o '${log}' '${resolveBrowser(null)}' "$@"\n`);
    await chmod(wrapper, 0o755);

    const browser = await launchBrowser(wrapper, 120);
    try {
      const result = await build({ cwd: PROJECT_ROOT, out: dir, browser });
      expect(result.physicalPages).to.be.greaterThan(20);
    } finally {
      await closeBrowser(browser);
    }

    const calls = (await readFile(log, 'utf8')).split('\n').filter((l) => /\b(connect|sendto|sendmsg|sendmmsg)\(/.test(l));
    // The trace saw the browser talk (to its own processes, over Unix sockets): it was really watching.
    expect(calls.length, 'traced socket calls').to.be.greaterThan(10);
    const dns = calls.filter((l) => /htons\(53\)|nscd\/socket|systemd\/resolve/.test(l));
    const tcp = calls.filter((l) => /^\d+\s+connect\(\d+<TCP(v6)?:/.test(l));
    // Data actually sent on an Internet socket (UDP or TCP). A UDP connect() alone sends nothing: Chromium uses
    // one to ask the kernel whether an IPv6 route exists, and that is all it does with it.
    const sent = calls.filter((l) => /^\d+\s+(sendto|sendmsg|sendmmsg)\(\d+<(TCP|UDP)(v6)?:/.test(l));
    expect({ dns, tcp, sent }).to.deep.equal({ dns: [], tcp: [], sent: [] });
  });
});
