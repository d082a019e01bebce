// 封面和目录的页数先在页面中估算（决定是否加空白页）；估错时再打印一次，正文第1页仍落在右页。
import { expect } from 'chai';
import { appendFile, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { openPdf, readOutline, readPageTexts } from '../pdfRead.ts';

describe('e2e: front matter whose page count the estimate gets wrong', function () {
  this.timeout(240_000);

  it('prints again with the pad turned, so body page 1 is still a right-hand page, and numbers the 目录 from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-front-'));
    // The annual example (internal format): cover, 封二 and a one-page 目录, so a pad page before the body.
    for (const d of ['data', 'examples', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
    // The 目录 on pages of its own with a deeper top margin: it runs to two pages in print, while the estimate
    // (the 版心's 225 mm) says one — three front pages (odd: pad) estimated, four printed.
    await appendFile(join(dir, 'templates', 'report.css'), '\n.toc { page: toc-deep; }\n@page toc-deep { margin-top: 120mm; counter-increment: page 0; @bottom-left { content: none; } @bottom-right { content: none; } }\n');
    const result = await build({ cwd: dir, config: 'examples/annual-2022.yaml', out: join(dir, 'out') });
    const doc = await openPdf(await readFile(result.pdfPath!));
    try {
      const outline = await readOutline(doc);
      const start = outline.find((e) => e.title.startsWith('关于'))!.page;
      expect(start % 2, `正文第1页在第${start}页`).to.equal(1);
      const texts = await readPageTexts(doc);
      // Cover, 封二, two 目录 pages, no pad: the body on page 5.
      expect(start).to.equal(5);
      expect(texts[3]).to.match(/附件/);
      expect(texts[2]! + texts[3]!).to.include(`${result.pages.get('h-1')}`);
    } finally {
      await doc.destroy();
    }
  });
});
