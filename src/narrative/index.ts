// 叙述阶段：展开正文表达式并把 Markdown 转为 HTML 片段，标题与表格连续编号。
import { InputError, type Diagnostic } from '../diagnostics.ts';
import type { ContentFile } from '../load/content.ts';
import { expandExpressions, type ExpressionScope } from './expressions.ts';
import { Numbering, renderMarkdown, type Section } from './markdown.ts';

export interface NarrativeSection extends Section {
  figures: { key: string; token: string }[];
}

export function narrate(files: ContentFile[], scope: ExpressionScope): NarrativeSection[] {
  const numbering = new Numbering();
  let problems: Diagnostic[] = [];
  const sections: NarrativeSection[] = [];
  // Every file is checked even after one fails, so the user sees all problems in one run.
  for (const f of files) {
    try {
      const expanded = expandExpressions(f.file, f.text, scope);
      const section = renderMarkdown(f.file, expanded.text, numbering);
      sections.push({ ...section, figures: expanded.figures });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems = problems.concat(e.diagnostics); // not push(...): the list may be longer than the call stack
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return sections;
}
