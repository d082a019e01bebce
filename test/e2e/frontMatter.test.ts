// 封面和目录的页数先在页面中估算（决定是否加空白页）；估错时再打印一次，正文第1页仍落在右页。
import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../src/diagnostics.ts';
import { openPdf, readOutline, readPageTexts } from '../pdfRead.ts';
import { deepTocBuild, early, padlessBuild } from './builds.ts';

early(deepTocBuild, padlessBuild);

describe('e2e: the front matter and the pad page before the body', function () {
  this.timeout(240_000);

  it('prints again with the pad turned, so body page 1 is still a right-hand page, and numbers the 目录 from it', async () => {
    // The annual example (internal format): cover, 封二 and a one-page 目录, so a pad page before the body; its 目录
    // set on pages with a deeper top margin runs to two pages in print, while the estimate says one (builds.ts).
    const { result } = await deepTocBuild();
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

  it('refuses a template without the pad page when the front matter needs one, naming report.hbs, and writes nothing', async () => {
    const { dir, error } = await padlessBuild();
    expect(error).to.be.instanceOf(InputError);
    const [problem] = (error as InputError).diagnostics;
    expect(problem).to.include({ rule: 'print-pad' });
    expect(problem!.file).to.match(/templates\/report\.hbs$/);
    expect(problem!.hint).to.include('toc-pad');
    expect(await readdir(join(dir, 'out')).catch(() => [])).to.deep.equal([]);
  });
});
