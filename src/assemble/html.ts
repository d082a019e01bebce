// 用 Handlebars 模板把报告模型渲染为一份 HTML 文档（供打印阶段排版为 PDF）。
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { toHtml } from 'hast-util-to-html';
import type { Config } from '../config.ts';
import type { FontSetup } from '../fonts.ts';
import type { ReportModel } from './model.ts';
import { loadTemplates } from './templates.ts';

export async function renderHtml(model: ReportModel, config: Config, fonts: FontSetup): Promise<string> {
  const hbs = Handlebars.create();
  const templates = await loadTemplates(config.paths.templates, config.display, model.appendices.map((a) => a.partial));
  for (const [name, source] of templates.partials) hbs.registerPartial(name, source);
  const template = hbs.compile(templates.main, { strict: true });
  // The page is printed from a temporary folder, so the stylesheet is named by its absolute file URL.
  // The tree holds only text nodes from content and the figures' own SVG (the one raw node kind it has).
  const body = toHtml(model.body, { allowDangerousHtml: true });
  return template({ ...model, body, fonts, style: config.style, stylesheet: pathToFileURL(templates.stylesheet).href });
}
