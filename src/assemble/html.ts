// 用 Handlebars 模板把报告模型渲染为一份 HTML 文档（供打印阶段排版为 PDF）。
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { toHtml } from 'hast-util-to-html';
import type { Config } from '../config.ts';
import type { FontSetup } from '../fonts.ts';
import type { ReportModel } from './model.ts';
import type { Root, RootContent } from 'hast';
import { loadTemplates, type Templates } from './templates.ts';
import { APPENDIX_PARTIALS } from './model.ts';
import { appendixKeys } from '../model/appendices.ts';
import type { Plan } from '../model/plan.ts';
import { breakTitle, words } from '../format/lineBreak.ts';
import { formulaHtml } from '../format/formula.ts';
import { keepHeadingsWithTwoLines, keepRangesTogether, RANGE } from '../format/typeset.ts';
import { textWidth, type MeasuredRole } from '../format/textWidth.ts';

/**
 * The templates a report of this plan and kind uses, each checked to exist: known before anything is drawn (the
 * 附件 a report has depend on its kind and plan alone), so a missing one stops the build before the figures and
 * the browser.
 */
export function reportTemplates(config: Config, plan: Pick<Plan, 'projects'>): Promise<Templates> {
  return loadTemplates(config.paths.templates, config.display, appendixKeys(plan, config.report.kind).map((key) => APPENDIX_PARTIALS[key]));
}

export function renderHtml(model: ReportModel, config: Config, fonts: FontSetup, templates: Templates): string {
  const hbs = Handlebars.create();
  for (const [name, source] of templates.partials) hbs.registerPartial(name, source);
  // {{lines title width=156 size=22}}: a title broken into lines at word boundaries in a trapezoid or diamond, each
  // line a block that does not wrap again; width in mm (the measure the template gives it), size in pt.
  hbs.registerHelper('lines', (text: unknown, options: Handlebars.HelperOptions) => {
    const { width, size, role = 'xiaobiaosong' } = options.hash as { width: number; size: number; role?: MeasuredRole };
    const style = { role, size, userFonts: config.fonts[role] };
    const lines = breakTitle(String(text), (width * 72) / 25.4 - 1, (s) => textWidth(s, style), size);
    return new hbs.SafeString(lines.map((l) => `<span class="line">${hbs.escapeExpression(l)}</span>`).join(''));
  });
  // {{words text}}: the text with a break opportunity (<wbr>) between words, for table cells set with
  // word-break: keep-all — a cell then wraps only between words (“预期性”, not “预期／性”) and is as wide as its
  // longest word at least.
  hbs.registerHelper('words', (text: unknown) => new hbs.SafeString(words(String(text ?? '')).map((w) => hbs.escapeExpression(w)).join('<wbr>')));
  // {{ranges text}}: the text with every range (2021—2023年) in a span that does not break, as in the body.
  hbs.registerHelper('ranges', (text: unknown) => new hbs.SafeString(hbs.escapeExpression(String(text ?? '')).replace(RANGE, (r) => `<span class="nobr">${r}</span>`)));
  // {{formula text}}: the method note's formula notation set as formulas (exponents, subscripts, variables, spaced
  // operators); {{formula text words=true}} also breaks only between words, as {{words}} does.
  hbs.registerHelper('formula', (text: unknown, options: Handlebars.HelperOptions) =>
    new hbs.SafeString(formulaHtml(String(text ?? ''), hbs.escapeExpression, (options.hash as { words?: boolean }).words ? words : undefined)),
  );
  const template = hbs.compile(templates.main, { strict: true });
  // The page is printed from a temporary folder, so the stylesheet is named by its absolute file URL.
  // The tree holds only text nodes from content and the figures' own SVG (the one raw node kind it has).
  // Body text as report.css sets it: 3号 (16 pt) 仿宋, letter-spacing −0.21 pt, first line indented 2 em, 156 mm lines.
  const bodyWidth = (text: string) => 32 + textWidth(text, { role: 'fangsong', size: 16, letterSpacing: -0.21, userFonts: config.fonts.fangsong });
  const tree = keepHeadingsWithTwoLines(keepRangesTogether(copyTree(model.body)), bodyWidth, (156 * 72) / 25.4);
  const body = toHtml(tree, { allowDangerousHtml: true });
  return template({ ...model, body, fonts, style: config.style, stylesheet: pathToFileURL(templates.stylesheet).href });
}

/**
 * A copy of the tree for the transforms above, which replace children and classes in place (the model stays as
 * it is for the other outputs). Its strings are shared, not copied as structuredClone would: in a 500-page report
 * they are some 30 MB, mostly the figures' SVG.
 */
function copyTree<T extends Root | RootContent>(node: T): T {
  if (!('children' in node)) return { ...node };
  const copy = { ...node, children: (node.children as RootContent[]).map(copyTree) };
  return 'properties' in node ? { ...copy, properties: { ...node.properties } } : copy;
}
