// 测试用的临时项目：复制仓库中的默认数据，正文与模板指向仓库中的原件。
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/fonts.ts';

/** A throwaway project: a copy of the default data, content and templates read from the repository. */
export async function workspace(prefix = 'pe-ws-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(PROJECT_ROOT, 'data'), join(dir, 'data'), { recursive: true });
  const config = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8'))
    .replace(/^content: .*$/m, `content: ${join(PROJECT_ROOT, 'content')}`)
    .replace(/^templates: .*$/m, `templates: ${join(PROJECT_ROOT, 'templates')}`);
  await writeFile(join(dir, 'plan-eval.yaml'), config);
  return dir;
}

/** The default data folder inside a workspace. */
export const DATA_DIR = 'data/haizhou-14';
