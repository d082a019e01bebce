// 读取一个输入文件；文件不存在时给出指向该文件的中文提示，而不是系统错误。
import { readFile } from 'node:fs/promises';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';

/** `path` is where to read; `file` is how the user knows it (relative to their working directory). */
export async function readInput(path: string, file: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new InputError([msg.fileMissing(file)]);
  }
}
