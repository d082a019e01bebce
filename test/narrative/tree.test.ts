// The narrative as a document tree: values are text, figures and references are nodes (defects found by probing).
import { expect } from 'chai';
import { toHtml } from 'hast-util-to-html';
import { evaluate } from '../../src/evaluate/index.ts';
import { narrate } from '../../src/narrative/index.ts';
import type { ExpressionScope } from '../../src/narrative/expressions.ts';
import type { Plan } from '../../src/model/plan.ts';
import { diagnosticsOf, indicator, plan, series } from '../fixtures.ts';

const scopeWith = (name: string, withProjects = false): ExpressionScope => {
  const ind = indicator({ type: 'end-value', direction: 'up', value: 200 }, { id: 'gdp', name, base: 100 });
  const p: Plan = plan([ind], series('gdp', [110, 120, 146]));
  if (withProjects) p.projects = [{ id: 'zl01-1', no: 1, title: '项目', content: '', responsible: '区发改委', column: 1, columnName: '专栏1', chapter: '第三章' }];
  return { plan: p, evaluation: evaluate(p, { year: 2023, half: false }), figureKeys: ['status-by-group', 'trend:经济强'] };
};
const files = (...texts: string[]) => texts.map((text, i) => ({ file: `content/0${i}.md`, text }));
const html = (scope: ExpressionScope, ...texts: string[]) => narrate(files(...texts), scope).sections.map((s) => toHtml(s.tree)).join('\n');
const problems = (scope: ExpressionScope, ...texts: string[]) => diagnosticsOf(() => narrate(files(...texts), scope));

describe('narrative: a document tree, not strings', () => {
  it('a value is its own words: never read as a list, a link or an entity', () => {
    for (const [name, shows] of [
      ['1. 地区生产总值', '<p>1. 地区生产总值</p>'],
      ['www.example.com', '<p>www.example.com</p>'],
      ['&lt;b&gt;', '<p>&#x26;lt;b&#x26;gt;</p>'],
      ['<b>粗</b>', '<p>&#x3C;b>粗&#x3C;/b></p>'],
      ['*强调*', '<p>*强调*</p>'],
    ] as const) {
      expect(html(scopeWith(name), '{{name gdp}}'), name).to.equal(shows);
    }
  });
  it('a value inside emphasis, a table cell or a heading stays text there', () => {
    const out = html(scopeWith('地区<i>生产</i>总值'), '# {{name gdp}}\n\n**{{name gdp}}**\n\n| 指标 |\n|---|\n| {{name gdp}} |\n');
    expect(out).to.contain('<h2 id="h-1">一、地区&#x3C;i>生产&#x3C;/i>总值</h2>');
    expect(out).to.contain('<strong>地区&#x3C;i>');
    expect(out).to.contain('<td>地区&#x3C;i>');
  });
  it('places a figure that stands in its own paragraph, numbered across files', () => {
    const { sections } = narrate(files('{{figure status-by-group}}', '文字。\n\n{{figure trend 经济强}}\n'), scopeWith('地区生产总值'));
    expect(sections.flatMap((s) => s.figures)).to.deep.equal([
      { key: 'status-by-group', number: 1 },
      { key: 'trend:经济强', number: 2 },
    ]);
    expect(toHtml(sections[1]!.tree)).to.contain('<figure class="chart" id="figure-2" data-figure-key="trend:经济强" data-figure-number="2"></figure>');
  });
  it('an indented figure line (a code block) is refused at its line, not printed as a placeholder', () => {
    const [d] = problems(scopeWith('x'), '文字。\n\n    {{figure status-by-group}}\n');
    expect(d!.rule).to.equal('figure-placement');
    expect(d!.position!.line).to.equal(3);
  });
  it('a figure inside a sentence or a list is refused with its position', () => {
    const [d] = problems(scopeWith('x'), '第一段。\n\n见图 {{figure status-by-group}}\n');
    expect(d!.rule).to.equal('figure-placement');
    expect(d!.position).to.deep.equal({ line: 3, column: 4 });
    expect(problems(scopeWith('x'), '- {{figure status-by-group}}')[0]!.rule).to.equal('figure-placement');
  });
  it('a GFM footnote is refused at its line (it used to crash the print with a bookmark mismatch)', () => {
    const [d] = problems(scopeWith('x'), '正文[^1]。\n\n[^1]: 注释\n');
    expect(d!.rule).to.equal('markdown-footnote');
    expect(d!.position!.line).to.equal(1);
  });
  it('images are refused; raw HTML is dropped with a warning naming its line', () => {
    expect(problems(scopeWith('x'), '![图](a.png)')[0]!.rule).to.equal('markdown-image');
    const { sections, warnings } = narrate(files('正文<script>alert(1)</script>\n\n<style>p{}</style>\n'), scopeWith('x'));
    expect(toHtml(sections[0]!.tree)).to.not.match(/<script|<style/);
    expect(warnings.map((w) => [w.rule, w.position!.line, w.severity])).to.deep.include(['markdown-html', 3, 'warning']);
  });
  it('cross-references follow the figures and 附件 as they are numbered', () => {
    const text = '见{{ref figure trend 经济强}}和{{ref figure status-by-group}}，详见{{ref appendix sources}}。\n\n{{figure status-by-group}}\n\n{{figure trend 经济强}}\n';
    expect(html(scopeWith('x'), text)).to.contain('<p>见图2和图1，详见附件2。</p>');
    // With a projects registry the 重大工程项目 附件 comes second and 数据来源 moves to 附件3.
    expect(html(scopeWith('x', true), text)).to.contain('详见附件3。');
  });
  it('a reference to a figure that is never placed is refused', () => {
    expect(problems(scopeWith('x'), '见{{ref figure status-by-group}}。')[0]!.rule).to.equal('ref-not-placed');
  });
  it('javascript: links are stripped', () => {
    expect(html(scopeWith('x'), '[点](javascript:alert(1))')).to.not.contain('javascript');
  });
});

describe('narrative: comments', () => {
  it('an HTML comment is a note between writers: dropped without a warning', () => {
    const { sections, warnings } = narrate(files('<!-- 说明 -->\n\n正文。'), scopeWith('x'));
    expect(warnings).to.deep.equal([]);
    expect(toHtml(sections[0]!.tree)).to.equal('<p>正文。</p>');
  });
});
