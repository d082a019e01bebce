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

/** The bytes of an input file, for inputs whose encoding must be found out first (CSV from other offices). */
export async function readInputBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw new InputError([msg.fileMissing(file)]);
  }
}
