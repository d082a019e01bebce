// 读取一个输入文件；文件不存在时给出指向该文件的中文提示，而不是系统错误。
import { readFile } from 'node:fs/promises';
import { InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { systemProblem } from '../systemErrors.ts';

/** A missing file is the common case and has its own message; any other refusal says what the system said. */
function unreadable(e: unknown, file: string): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError([code === 'ENOENT' ? msg.fileMissing(file) : (systemProblem(e, file, 'read') ?? msg.fileMissing(file))]);
}

/** `path` is where to read; `file` is how the user knows it (relative to their working directory). */
export async function readInput(path: string, file: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(e, file);
  }
}

/** The bytes of an input file, for inputs whose encoding must be found out first (CSV from other offices). */
export async function readInputBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    throw unreadable(e, file);
  }
}
