// 版式模板的完整性：report.hbs 及其引用的每个片段（partial）和样式表都必须存在。缺了样式表，Chromium 照样打印，
// 得到一份没有版式的 PDF（US Letter、不分页）并覆盖上一份好的；所以在打印之前逐一核对，指出引用处和缺少的文件。
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { InputError, type Diagnostic, type Position } from '../diagnostics.ts';
import { msg } from '../messages.ts';

/** The skeleton of the document; every other .hbs file of the folder is a partial. */
export const MAIN_TEMPLATE = 'report.hbs';
/** The stylesheet the skeleton links as {{stylesheet}}. */
export const STYLESHEET = 'report.css';

export interface Templates {
  main: string;
  /** Partial name → source. */
  partials: Map<string, string>;
  stylesheet: string;
}

/**
 * Reads the templates of `dir`, after checking that every file they reference exists. `dynamicPartials` are
 * the partials a computed reference ({{> (lookup . "partial")}}) will ask for: those the report model names.
 */
export async function loadTemplates(dir: string, display: (p: string) => string, dynamicPartials: readonly string[]): Promise<Templates> {
  const mainPath = join(dir, MAIN_TEMPLATE);
  if (!existsSync(mainPath)) throw new InputError([msg.templateMissing(display(mainPath))]);
  const partials = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.hbs') && n !== MAIN_TEMPLATE)) {
    partials.set(basename(name, '.hbs'), await readFile(join(dir, name), 'utf8'));
  }
  const main = await readFile(mainPath, 'utf8');

  // Follow the references from the skeleton through the partials it uses, each template once.
  const missing: Diagnostic[] = [];
  const queue: [string, string][] = [[MAIN_TEMPLATE, main]];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const [file, source] = queue.shift()!;
    if (visited.has(file)) continue;
    visited.add(file);
    const from = display(join(dir, file));
    for (const ref of references(source)) {
      const place = { file: from, position: ref.position };
      if (ref.kind === 'stylesheet') {
        if (!existsSync(join(dir, STYLESHEET))) missing.push(msg.templateMissing(display(join(dir, STYLESHEET)), place));
        continue;
      }
      for (const name of ref.kind === 'partial' ? [ref.name] : dynamicPartials) {
        const partial = partials.get(name);
        if (partial === undefined) missing.push(msg.templateMissing(display(join(dir, `${name}.hbs`)), place));
        else queue.push([`${name}.hbs`, partial]);
      }
    }
  }
  if (missing.length > 0) throw new InputError(missing);
  return { main, partials, stylesheet: join(dir, STYLESHEET) };
}

type Reference = { position: Position } & ({ kind: 'partial'; name: string } | { kind: 'computed' } | { kind: 'stylesheet' });

/** The partials and the stylesheet a template refers to, where it does. */
function references(source: string): Reference[] {
  const found: Reference[] = [];
  const at = (node: hbs.AST.Node): Position => ({ line: node.loc.start.line, column: node.loc.start.column + 1 });
  class Finder extends Handlebars.Visitor {
    override PartialStatement(partial: hbs.AST.PartialStatement): void {
      found.push(partial.name.type === 'PathExpression' ? { kind: 'partial', name: (partial.name as hbs.AST.PathExpression).original, position: at(partial) } : { kind: 'computed', position: at(partial) });
      super.PartialStatement(partial);
    }
    override MustacheStatement(mustache: hbs.AST.MustacheStatement): void {
      if (mustache.path.type === 'PathExpression' && (mustache.path as hbs.AST.PathExpression).original === 'stylesheet') found.push({ kind: 'stylesheet', position: at(mustache) });
      super.MustacheStatement(mustache);
    }
  }
  new Finder().accept(Handlebars.parse(source));
  return found;
}
