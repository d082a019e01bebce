// 端到端：Word 输出。同一次生成写出 PDF 和 .docx；.docx 交给 LibreOffice 转成 PDF（不报错），读回核对：标题顺序、图数、
// 每项指标名称、页数与我们的 PDF 相差不超过 15%。默认报告的这次生成（builds.ts）也是其他端到端测试读的那份 PDF。
import { expect } from 'chai';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { build, type BuildResult } from '../../src/build.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { defaultBuild, early, kindBuild, officeText, squash } from './builds.ts';

early(officeText);

describe('e2e: the Word document (build --format pdf,docx), opened by LibreOffice', function () {
  this.timeout(240_000);
  let result: BuildResult;
  let office: string;
  let xml: string;
  let settings: string;
  let footers: string[];

  before(async () => {
    ({ result } = await defaultBuild());
    // LibreOffice converts it to PDF once, in the background, as soon as the build has written it.
    office = await officeText();
    const zip = await JSZip.loadAsync(await readFile(result.docxPath!));
    xml = await zip.file('word/document.xml')!.async('string');
    settings = await zip.file('word/settings.xml')!.async('string');
    footers = await Promise.all(zip.file(/word\/footer\d+\.xml/).map((f) => f.async('string')));
  });

  it('writes both outputs from one build, next to each other', () => {
    expect(result.pdfPath).to.match(/haizhou-14-midterm\.pdf$/);
    expect(result.docxPath).to.match(/haizhou-14-midterm\.docx$/);
  });

  it('has every chapter heading, in order, as named heading styles', () => {
    const headings = result.model.outline.filter((h) => h.id.startsWith('h-')).map((h) => squash(h.title));
    expect(headings.length).to.be.greaterThan(10);
    let at = 0;
    for (const h of headings) {
      const i = office.indexOf(h, at);
      expect(i, h).to.be.greaterThan(-1);
      at = i + h.length;
    }
    expect(xml).to.contain('<w:pStyle w:val="Heading1"/>');
    expect(xml).to.contain('<w:pStyle w:val="Heading2"/>');
  });

  it('has the same numbered figures, each an image at print resolution, and every indicator name', async () => {
    for (const f of result.model.figures) expect(office, f.caption).to.contain(squash(`图${f.number}　${f.caption}`));
    expect((xml.match(/<pic:pic /g) ?? []).length).to.equal(result.model.figures.length);
    for (const ind of result.plan.indicators) expect(office, ind.name).to.contain(squash(ind.name));
  });

  it('has the same tables as the PDF: the narrative’s and each 附件’s', () => {
    let bodyTables = 0;
    visit(result.model.body, 'element', (e: Element) => void (e.tagName === 'table' && bodyTables++));
    // 附件1, 附件2 and 数据来源 are one table each; 评估方法说明 has its settings and its status rules.
    const appendixTables = result.model.appendices.reduce((n, a) => n + (a.partial === 'appendix-method' ? 2 : 1), 0);
    expect((xml.match(/<w:tbl>/g) ?? []).length).to.equal(bodyTables + appendixTables);
  });

  it('prints the 人大 title block, the 附件说明 and the 署名 with the 成文日期', () => {
    const tb = result.model.titleBlock!;
    for (const line of [tb.occasion, tb.presenter, tb.salutation, tb.opening]) expect(office).to.contain(squash(line));
    expect(office).to.contain('附件：1.主要指标实施进展情况表');
    expect(office).to.contain('连云港市海州区发展和改革委员会2024年6月28日');
  });

  it('lays out A4 pages with the GB/T 9704 margins, mirrored, the 附件1 section landscape, and “— N —” in the footers', () => {
    expect(xml).to.contain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).to.match(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).to.match(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).to.contain('<w:docGrid w:type="lines" w:linePitch="578"/>');
    expect(settings).to.contain('<w:mirrorMargins/>');
    expect(settings).to.contain('<w:evenAndOddHeaders/>');
    const right = footers.find((f) => f.includes('w:val="right"'))!;
    const left = footers.find((f) => f.includes('w:val="left"'))!;
    for (const f of [right, left]) expect(f).to.match(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
  });

  it('comes out within 15% of the PDF’s page count', () => {
    const pdfPages = result.physicalPages;
    const officePages = office.split('\n').length;
    expect(Math.abs(officePages - pdfPages) / pdfPages, `${officePages} vs ${pdfPages}`).to.be.at.most(0.15);
  });

  it('marks illustrative data on every page', () => {
    for (const [i, page] of office.split('\n').entries()) expect(page, `page ${i + 1}`).to.contain('示例数据');
  });
});

describe('e2e: the Word document of the internal draft (build --format docx only)', function () {
  this.timeout(120_000);
  it('has a cover, a real 目录 field over the two heading levels, and needs no browser', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-docx-internal-'));
    const yaml = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8')).replace('format: npc', 'format: internal');
    const { cp, writeFile } = await import('node:fs/promises');
    for (const d of ['data', 'content', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
    await writeFile(join(dir, 'plan-eval.yaml'), yaml);
    const r = await build({ cwd: dir, out: join(dir, 'out'), formats: ['docx'] });
    expect(r.pdfPath).to.equal(undefined);
    const zip = await JSZip.loadAsync(await readFile(r.docxPath!));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).to.match(/<w:instrText[^>]*>TOC( \\h)? \\o &quot;1-2&quot;/);
    expect(doc.indexOf('目　录')).to.be.lessThan(doc.indexOf('规划实施总体情况'));
    expect(await zip.file('word/settings.xml')!.async('string')).to.contain('<w:updateFields/>');
  });
});

describe('e2e: the Word document of every report kind', function () {
  this.timeout(120_000);
  // The Word documents of the builds that test/e2e/kinds.test.ts reads the PDFs of (one build writes both; the
  // internal draft above is the build of the Word document alone, without a browser).
  for (const [kind, appendix] of [
    ['final', '主要指标完成情况表'],
    ['adjustment', '主要指标调整方案对照表'],
    ['response', '主要指标实施进展情况表'],
  ] as const) {
    it(`${kind}: its own 附件 tables and title`, async () => {
      const { result: r } = await kindBuild(kind);
      const doc = await (await JSZip.loadAsync(await readFile(r.docxPath!))).file('word/document.xml')!.async('string');
      const text = doc.replace(/<[^>]+>/g, '');
      expect(text).to.contain(r.model.meta.title);
      expect(text).to.contain(appendix);
      expect((doc.match(/<w:tbl>/g) ?? []).length).to.be.greaterThan(2);
    });
  }
});
