// 端到端：实时预览。真实浏览器打开 plan-eval dev 的页面；改正文，页面自动刷新出新内容；写坏一处，页面列出带位置的提示、
// 保留上一次的报告；改好，报告回来。侧栏可按状态筛选，点击指标跳到正文提到它的地方。
import { expect } from 'chai';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startDevServer, type DevServer } from '../../src/dev/server.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { launchBrowser, resolveBrowser } from '../../src/print/browser.ts';
import { InputError } from '../../src/diagnostics.ts';

describe('e2e: plan-eval dev — live preview in a real browser', function () {
  this.timeout(180_000);
  let dir: string;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const renders: { ok: boolean; ms: number; reused: boolean }[] = [];
  const chapter = () => join(dir, 'content', '01-总体情况.md');
  const bodyText = () => page.evaluate(() => document.body.innerText);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pe-dev-'));
    for (const d of ['data', 'content', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
    await cp(join(PROJECT_ROOT, 'plan-eval.yaml'), join(dir, 'plan-eval.yaml'));
    server = await startDevServer({ config: 'plan-eval.yaml', cwd: dir, port: 0, host: '127.0.0.1', onRender: (r) => renders.push(r) });
    browser = await launchBrowser(resolveBrowser(null), 60, { loopback: true });
    page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the rendered report itself at / on 127.0.0.1, with the indicator panel', async () => {
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await (await fetch(server.url)).text();
    expect(html).to.contain('实施情况的中期评估报告');
    expect(html).to.contain('id="pe-panel"');
    const text = await bodyText();
    expect(text).to.contain('规划实施总体情况');
    expect(await page.$$eval('#pe-panel li', (lis) => lis.length)).to.equal(32);
  });

  it('shows an edit to a content file without a reload by hand, reusing evaluation and charts', async () => {
    const before = renders.length;
    await writeFile(chapter(), `${await readFile(chapter(), 'utf8')}\n预览测试句：第一次修改。\n`);
    await page.waitForFunction(() => document.body.innerText.includes('预览测试句：第一次修改'), { timeout: 20_000 });
    const last = renders.at(-1)!;
    expect(renders.length).to.be.greaterThan(before);
    expect(last).to.include({ ok: true, reused: true });
  });

  it('a broken file keeps the server and the last good report, and shows the message at its place', async () => {
    await writeFile(chapter(), `${await readFile(chapter(), 'utf8')}\n{{value nope 2021}}\n`);
    await page.waitForSelector('#pe-errors', { timeout: 20_000 });
    const errors = await page.$eval('#pe-errors', (e) => (e as HTMLElement).innerText);
    expect(errors).to.match(/01-总体情况\.md:\d+:9: 表达式引用了不存在的指标编号“nope”/);
    expect(await bodyText()).to.contain('预览测试句：第一次修改');
  });

  it('fixing it brings the report back', async () => {
    await writeFile(chapter(), (await readFile(chapter(), 'utf8')).replace('{{value nope 2021}}', '{{value gdp 2021}}。改好了。'));
    await page.waitForFunction(() => !document.getElementById('pe-errors') && document.body.innerText.includes('改好了'), { timeout: 20_000 });
  });

  it('a data change re-evaluates (the charts and statuses are not reused)', async () => {
    const csv = join(dir, 'data/haizhou-14/observations.csv');
    await writeFile(csv, (await readFile(csv, 'utf8')).replace(/^gdp,2023,[^,]+,/m, 'gdp,2023,999,'));
    await page.waitForFunction(() => document.body.innerText.includes('999亿元'), { timeout: 30_000 });
    expect(renders.at(-1)).to.include({ ok: true, reused: false });
  });

  it('the panel filters by status and finds an indicator in the text', async () => {
    await page.select('#pe-filter-status', '滞后');
    const visible = await page.$$eval('#pe-panel li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.getAttribute('data-status')));
    expect(visible.length).to.be.greaterThan(0);
    expect(new Set(visible)).to.deep.equal(new Set(['滞后']));
    await page.click('#pe-panel a[data-find="林木覆盖率"]');
    const hit = await page.$eval('.pe-hit', (e) => e.textContent ?? '');
    expect(hit).to.contain('林木覆盖率');
  });

  it('?paged lays the report out in A4 pages by the same @page rules (Paged.js), panel kept outside the pages', async () => {
    const paged = await browser.newPage();
    await paged.goto(`${server.url}?paged`, { waitUntil: 'load' });
    await paged.waitForFunction(() => document.documentElement.dataset.paged === 'done', { timeout: 90_000 });
    const pages = await paged.$$eval('.pagedjs_page', (ps) => ps.map((p) => (p as HTMLElement).innerText));
    expect(pages.length).to.be.greaterThan(20);
    expect(pages[0]).to.contain('实施情况的中期评估报告');
    expect(pages.some((t) => t.includes('主要指标（32项）'))).to.equal(false);
    expect(await paged.$eval('#pe-panel', (p) => p.parentElement!.tagName)).to.equal('BODY');
    await paged.close();
  });

  it('refuses any address but this machine’s', async () => {
    try {
      await startDevServer({ config: 'plan-eval.yaml', cwd: dir, port: 0, host: '0.0.0.0' });
      expect.fail('served on 0.0.0.0');
    } catch (e) {
      expect(e).to.be.instanceOf(InputError);
      expect((e as InputError).diagnostics[0]!.rule).to.equal('dev-host');
    }
  });

  it('serves only the stylesheet’s and the fonts’ folders', async () => {
    expect((await fetch(new URL('/_pe/fs/etc/passwd', server.url))).status).to.equal(403);
    expect((await fetch(new URL(`/_pe/fs${join(dir, 'data/haizhou-14/observations.csv')}`, server.url))).status).to.equal(403);
  });
});
