// 输出目录：打印之前就核对能否写入（不是打印完才发现），写入时的系统错误也译为中文；不留下临时文件。
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomically } from './atomicWrite.ts';
import type { Config } from './config.ts';
import { InputError, type Diagnostic } from './diagnostics.ts';
import { msg } from './messages.ts';
import { removeStaleTempFiles } from './print/runFolder.ts';
import { systemProblem } from './systemErrors.ts';

/** Where the user set the output folder, for the hint: the command line, or the config file's `out`. */
function origin(config: Config): string {
  if (config.outFromCommandLine) return '命令行 --out';
  const pos = config.where(['out']);
  return pos ? `${config.file} 第 ${pos.line} 行的 out` : `${config.file} 中的 out（未写时默认为 out）`;
}

/**
 * Checks, before anything is printed, that the PDF can be written: the output folder is a folder (or can be
 * made: the nearest existing folder above it is writable), and the PDF's name is not taken by a folder. Creates
 * nothing. Also removes the temporary files of earlier runs that were killed while writing there.
 */
export async function checkOutputFolder(config: Config): Promise<void> {
  const out = config.paths.out;
  const fail = (d: Diagnostic): never => {
    throw new InputError([{ ...d, hint: `${d.hint ?? ''}（输出目录在${origin(config)}中设置。）` }]);
  };
  let existing = out;
  for (;;) {
    try {
      const s = await stat(existing);
      if (!s.isDirectory()) fail(existing === out ? msg.outputNotFolder(config.display(out)) : msg.outputParentNotFolder(config.display(out), config.display(existing)));
      break;
    } catch (e) {
      if (e instanceof InputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      // Not there (yet): it will be made, so the folder above it must be writable.
      if ((code === 'ENOENT' || code === 'ENOTDIR') && dirname(existing) !== existing) {
        existing = dirname(existing);
        continue;
      }
      fail(systemProblem(e, config.display(existing), 'read') ?? msg.outputNotFolder(config.display(out)));
    }
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch (e) {
    fail(systemProblem(e, config.display(existing), existing === out ? 'write' : 'create-folder') ?? msg.outputNotFolder(config.display(out)));
  }
  if (existing !== out) return;
  const pdf = join(out, config.output);
  const taken = await stat(pdf).catch(() => undefined);
  if (taken?.isDirectory()) fail(msg.fsError(config.display(pdf), 'EISDIR', 'write'));
  await removeStaleTempFiles(out, config.output);
}

/** Writes the PDF into the output folder (made if needed) atomically; a refusal by the system becomes a message. */
export async function writeOutput(config: Config, data: Uint8Array, name = config.output): Promise<string> {
  const pdf = join(config.paths.out, name);
  try {
    await mkdir(config.paths.out, { recursive: true });
  } catch (e) {
    throw new InputError([systemProblem(e, config.display(config.paths.out), 'create-folder') ?? msg.outputNotFolder(config.display(config.paths.out))]);
  }
  try {
    await writeAtomically(pdf, data);
  } catch (e) {
    const problem = systemProblem(e, config.display(pdf), 'write');
    if (!problem) throw e;
    throw new InputError([problem]);
  }
  return pdf;
}
