// 打印用的页面：不运行脚本，除本次构建允许的本地文件外什么也不加载。
import { expect } from 'chai';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, lockedPage, releasePage, resolveBrowser } from '../../src/print/browser.ts';
import { sharedBrowser } from '../e2e/builds.ts';

describe('print/browser: the locked page', function () {
  this.timeout(60_000);
  let browser: Browser;
  // The run's one browser (closed when the run ends): a launch of its own would cost a second Chromium start.
  before(async () => {
    browser = await sharedBrowser();
  });

  it('blocks the network and files outside the build, and runs no script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-lock-'));
    await writeFile(join(dir, 'ok.css'), 'body { color: rgb(1, 2, 3); }');
    await writeFile(
      join(dir, 'page.html'),
      `<html><head><link rel="stylesheet" href="ok.css"></head><body>
       <img src="http://127.0.0.1:9/remote.png"><img src="${pathToFileURL('/etc/hostname').href}">
       <p id="p">static</p><script>document.getElementById('p').textContent = 'script ran';</script></body></html>`,
    );
    const page = await lockedPage(browser, [dir]);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(join(dir, 'page.html')).href, { waitUntil: 'load' });
    expect(failed).to.have.members(['http://127.0.0.1:9/remote.png', 'file:///etc/hostname']);
    expect(await page.$eval('#p', (p) => p.textContent)).to.equal('static');
    expect(await page.$eval('body', (b) => getComputedStyle(b).color)).to.equal('rgb(1, 2, 3)');
    await page.close();
  });

  it('judges a file by its real path: a symbolic link inside an allowed folder cannot bring in an outside file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-lock-'));
    const allowed = join(dir, 'templates');
    const outside = join(dir, 'outside');
    await mkdir(allowed);
    await mkdir(outside);
    await writeFile(join(outside, 'foreign.css'), 'body { color: rgb(9, 9, 9); }');
    await writeFile(join(allowed, 'own.css'), 'p { color: rgb(1, 2, 3); }');
    await symlink(join(outside, 'foreign.css'), join(allowed, 'linked.css'));
    // A root reached through a link (the font cache of a git worktree is one) still serves its own files.
    await symlink(allowed, join(dir, 'via-link'));
    await writeFile(
      join(allowed, 'page.html'),
      '<html><head><link rel="stylesheet" href="own.css"><link rel="stylesheet" href="linked.css"></head><body><p id="p">x</p></body></html>',
    );
    const blocked: [string, string | undefined][] = [];
    const page = await lockedPage(browser, [join(dir, 'via-link')], (url, real) => blocked.push([url, real]));
    await page.goto(pathToFileURL(join(dir, 'via-link', 'page.html')).href, { waitUntil: 'load' });
    expect(blocked).to.deep.equal([[pathToFileURL(join(dir, 'via-link', 'linked.css')).href, join(outside, 'foreign.css')]]);
    expect(await page.$eval('#p', (p) => getComputedStyle(p).color)).to.equal('rgb(1, 2, 3)');
    expect(await page.$eval('body', (b) => getComputedStyle(b).color)).to.equal('rgb(0, 0, 0)');
    await page.close();
  });

  it('gives a page back for the next build on the browser, which may read only its own folders', async () => {
    // A browser of its own: on the shared one, a build running beside this test could take the page given back.
    const own = await launchBrowser(resolveBrowser(null), 60);
    try {
      const dir = await mkdtemp(join(tmpdir(), 'pe-lock-'));
      for (const b of ['a', 'b']) {
        await mkdir(join(dir, b));
        await writeFile(join(dir, b, 'own.css'), `p { color: rgb(${b === 'a' ? '1, 1, 1' : '2, 2, 2'}); }`);
        await writeFile(join(dir, b, 'page.html'), '<html><head><link rel="stylesheet" href="../a/own.css"><link rel="stylesheet" href="../b/own.css"></head><body><p id="p">x</p></body></html>');
      }
      const blockedA: string[] = [];
      const first = await lockedPage(own, [join(dir, 'a')], (url) => blockedA.push(url));
      await first.goto(pathToFileURL(join(dir, 'a', 'page.html')).href, { waitUntil: 'load' });
      expect(await first.$eval('#p', (p) => getComputedStyle(p).color)).to.equal('rgb(1, 1, 1)');
      await releasePage(first);
      expect(first.url()).to.equal('about:blank');

      const blockedB: string[] = [];
      const second = await lockedPage(own, [join(dir, 'b')], (url) => blockedB.push(url));
      expect(second).to.equal(first);
      await second.goto(pathToFileURL(join(dir, 'b', 'page.html')).href, { waitUntil: 'load' });
      expect(blockedB).to.deep.equal([pathToFileURL(join(dir, 'a', 'own.css')).href]);
      expect(await second.$eval('#p', (p) => getComputedStyle(p).color)).to.equal('rgb(2, 2, 2)');
      // The first build heard of its own refusal only, not of the second build's.
      expect(blockedA).to.deep.equal([pathToFileURL(join(dir, 'b', 'own.css')).href]);
    } finally {
      await closeBrowser(own);
    }
  });
});
