// 写出规划目录。只写入新目录或空目录：已有内容的目录可能是别人整理好的登记册和正文，没有 --force 绝不覆盖。
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';

export interface FolderFile {
  /** Path inside the folder, with / (content/00-引言.md). */
  path: string;
  text: string;
}

/** Throws when `dir` exists with anything in it and `force` is not set. */
export async function assertWritable(dir: string, shown: string, force: boolean): Promise<void> {
  if (!existsSync(dir)) return;
  if (!(await stat(dir)).isDirectory()) throw new InputError([msg.initDirIsFile(shown)]);
  if (force) return;
  const entries = (await readdir(dir)).sort();
  if (entries.length > 0) throw new InputError([msg.initDirNotEmpty(shown, entries)]);
}

/** Writes every file (creating folders); with `force`, files of the same name are replaced and others left alone. */
export async function writeFolder(dir: string, files: FolderFile[]): Promise<void> {
  for (const f of files) {
    const path = join(dir, ...f.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text);
  }
}
