// 读取正文目录中的 Markdown 文件，按文件名顺序组成报告。
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../diagnostics.ts';
import { systemProblem } from '../systemErrors.ts';

export interface ContentFile {
  /** As shown in messages. */
  file: string;
  text: string;
}

export async function loadContent(dir: string, display: (p: string) => string): Promise<ContentFile[]> {
  const names = (await readdir(dir).catch((e: unknown) => Promise.reject(failure(e, display(dir), 'list')))).filter((n) => n.endsWith('.md')).sort();
  if (names.length === 0) {
    throw new InputError([{ file: display(dir), message: '正文目录中没有 .md 文件。', hint: '请至少放入一个 Markdown 文件，文件名决定章节顺序（如 01-总体情况.md）。', rule: 'content-empty' }]);
  }
  return Promise.all(
    names.map(async (n) => ({ file: display(join(dir, n)), text: await readFile(join(dir, n), 'utf8').catch((e: unknown) => Promise.reject(failure(e, display(join(dir, n)), 'read'))) })),
  );
}

/** content/ being a file, unreadable or a dangling link: said in Chinese at that path, not as the system's English. */
function failure(e: unknown, file: string, action: 'list' | 'read'): unknown {
  const problem = systemProblem(e, file, action);
  return problem ? new InputError([problem]) : e;
}
