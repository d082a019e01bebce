// 生成报告不访问网络：跟踪浏览器的系统调用（strace），不得有任何 DNS 查询、TCP 连接或发往网络的数据；
// 以 root 运行时浏览器还放在没有网络的命名空间里（unshare -n），生成照样成功。
// The traced print is the internal draft's (test/e2e/builds.ts): a whole real report, printed once for its own
// checks and this one.
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { early, internalBuild } from '../e2e/builds.ts';

early(internalBuild);

describe('print: no network', function () {
  this.timeout(180_000);

  it('a build makes no DNS query, no TCP connection and sends nothing to any network address', async function () {
    const { result, trace } = await internalBuild();
    if ('skipped' in trace) {
      console.log(`      （跳过：${trace.skipped}）`);
      this.skip();
    }
    expect(result.physicalPages).to.be.greaterThan(20);

    const calls = (await readFile(trace.log, 'utf8')).split('\n').filter((l) => /\b(connect|sendto|sendmsg|sendmmsg)\(/.test(l));
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
