import { expect } from 'chai';
import { InputError } from '../../src/diagnostics.ts';
import { Numbering, renderMarkdown } from '../../src/narrative/markdown.ts';

describe('narrative/markdown', () => {
  it('numbers headings 一、（一）1.（1） across files and gives them ids', () => {
    const n = new Numbering();
    const a = renderMarkdown('a.md', '# 总体情况\n\n## 指标\n\n### 经济\n\n#### 细项\n\n## 任务\n', n);
    const b = renderMarkdown('b.md', '# 问题\n\n## 滞后\n', n);
    expect([...a.headings, ...b.headings].map((h) => h.number + h.text)).to.deep.equal(['一、总体情况', '（一）指标', '1.经济', '（1）细项', '（二）任务', '二、问题', '（一）滞后']);
    expect(a.html).to.contain('<h2 id="h-1">一、总体情况</h2>');
    expect(a.html).to.contain('<h3 id="h-1-1">（一）指标</h3>');
  });
  it('numbers the 100th first-level heading 一百、 and refuses the 1000th with its place', () => {
    const n = new Numbering();
    const many = renderMarkdown('a.md', Array.from({ length: 101 }, (_, i) => `# 第${i + 1}章`).join('\n\n'), n);
    expect(many.headings.slice(98).map((h) => h.number)).to.deep.equal(['九十九、', '一百、', '一百零一、']);
    let problem: InputError | undefined;
    try {
      renderMarkdown('b.md', Array.from({ length: 899 }, (_, i) => `# 续${i + 1}`).join('\n\n'), n);
    } catch (e) {
      problem = e as InputError;
    }
    expect(problem?.diagnostics.map((d) => [d.rule, d.file, d.position?.line])).to.deep.equal([['heading-count', 'b.md', 2 * 898 + 1]]);
  });
  it('sets a fifth-level heading as a plain paragraph, outside the outline', () => {
    const { html, headings } = renderMarkdown('a.md', '# 章\n\n##### 细目\n', new Numbering());
    expect(headings).to.have.length(1);
    expect(html).to.contain('<p class="minor-heading">细目</p>');
  });
  it('refuses headings that carry their own number', () => {
    for (const heading of ['# 一、总体情况', '## （一）指标', '### 1. 经济', '#### （1）细项']) {
      expect(() => renderMarkdown('a.md', heading, new Numbering()), heading).to.throw(InputError, /序号/);
    }
  });
  it('drops raw HTML and scripts from content', () => {
    const { html } = renderMarkdown('a.md', '正文<script>alert(1)</script><img src=x onerror=alert(1)>\n\n<iframe src="http://example.com"></iframe>', new Numbering());
    expect(html).not.to.match(/<script|onerror|<iframe/);
  });
  it('drops the code between inline <script> or <style> tags, not only the tags, and keeps the words of other tags', () => {
    const { html, warnings } = renderMarkdown('a.md', "段落<script>alert('S1')</script>与<style>p{color:red}/*S2*/</style>结束，<span>保留</span>。", new Numbering());
    expect(html).to.equal('<p>段落与结束，保留。</p>');
    expect(warnings.map((w) => [w.rule, w.position])).to.deep.include(['markdown-html', { line: 1, column: 3 }]);
  });
  it('numbers tables that have a “表：” caption', () => {
    const { html, tables } = renderMarkdown('a.md', '表：分类情况\n\n| 类 | 数 |\n|---|---|\n| 甲 | 1 |\n', new Numbering());
    expect(tables).to.deep.equal([{ id: 'table-1', caption: '表1 分类情况' }]);
    expect(html).to.contain('class="table-caption"');
    expect(html).to.contain('<table class="content-table">');
  });
});
