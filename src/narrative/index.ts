// 叙述阶段：展开正文表达式，把各章 Markdown 建成文档树；标题、表格、图连续编号，交叉引用（图、附件）按编号写出。
import { InputError, type Diagnostic } from '../diagnostics.ts';
import type { ContentFile } from '../load/content.ts';
import { msg } from '../messages.ts';
import { appendixKeys } from '../model/appendices.ts';
import { expandExpressions, kindOf, type Expanded, type ExpressionScope } from './expressions.ts';
import { Numbering, renderSection, type RefText, type Section } from './markdown.ts';

export type NarrativeSection = Section;

export interface Narrative {
  sections: NarrativeSection[];
  warnings: Diagnostic[];
}

export function narrate(files: ContentFile[], scope: ExpressionScope): Narrative {
  let problems: Diagnostic[] = [];
  // Every file is checked even after one fails, so the user sees all problems in one run.
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems = problems.concat(e.diagnostics); // not push(...): the list may be longer than the call stack
      return undefined;
    }
  };
  const expanded = files.map((f) => ({ file: f.file, expanded: attempt(() => expandExpressions(f.file, f.text, scope)) }));
  problems = problems.concat(passageProblems(expanded, scope));
  const refText = crossReferences(expanded, scope, problems);
  const numbering = new Numbering();
  const sections: NarrativeSection[] = [];
  for (const { file, expanded: e } of expanded) {
    if (!e) continue;
    const section = attempt(() => renderSection(file, e.text, e.slots, numbering, refText));
    if (section) sections.push(section);
  }
  if (problems.length > 0) throw new InputError(problems);
  return { sections, warnings: sections.flatMap((s) => s.warnings) };
}

/**
 * Each passage is written once; a report that answers 审议意见 must answer them ({{opinions}}). Unknown while a
 * file could not be expanded (it may be the one that places it).
 */
function passageProblems(files: { file: string; expanded: Expanded | undefined }[], scope: ExpressionScope): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const first = new Map<string, string>();
  for (const { file, expanded } of files) {
    for (const p of expanded?.passages ?? []) {
      const seen = first.get(p.name);
      if (seen !== undefined) problems.push(msg.passageTwice(file, p.position, p.name, seen));
      else first.set(p.name, `${file}:${p.position.line}`);
    }
  }
  if (kindOf(scope) === 'response' && !first.has('opinions') && files.length > 0 && files.every((f) => f.expanded !== undefined)) problems.push(msg.opinionsNotPlaced(files[0]!.file));
  return problems;
}

/**
 * Figures are numbered in the order they are placed across the files, and 附件 in the order the report has them,
 * so a reference (“见图2”“附件3”) is known before any file is laid out and never goes stale when a figure moves
 * or a 附件 is absent.
 */
function crossReferences(files: { file: string; expanded: Expanded | undefined }[], scope: ExpressionScope, problems: Diagnostic[]): RefText {
  const figureNumber = new Map<string, number>();
  let n = 0;
  for (const { expanded } of files) {
    for (const slot of expanded?.slots ?? []) {
      // Numbered per placement, as the layout numbers them; a reference names the first placement.
      if (slot.kind === 'figure' && !figureNumber.has(slot.key)) figureNumber.set(slot.key, n + 1);
      if (slot.kind === 'figure') n += 1;
    }
  }
  for (const { file, expanded } of files) {
    for (const slot of expanded?.slots ?? []) {
      if (slot.kind === 'ref' && slot.target === 'figure' && !figureNumber.has(slot.key)) problems.push(msg.refNotPlaced(file, slot.position, slot.key));
    }
  }
  const appendices = appendixKeys(scope.plan, kindOf(scope));
  return (slot) => (slot.target === 'figure' ? `图${figureNumber.get(slot.key) ?? '?'}` : `附件${appendices.indexOf(slot.key) + 1}`);
}
