// 把很长的文字（报告的 HTML）分段写入文件，不在内存中整份转成 UTF-8。
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes a long text (the report's HTML) in slices of a million characters: writeFile would first encode all of
 * it into one buffer (for a 500-page report some 30 MB more at Node's peak). A slice never ends between the two
 * halves of a character outside the BMP (a rare name character such as 𠀾), which would each be written as U+FFFD.
 */
export async function writeText(path: string, text: string, slice = 1 << 20): Promise<void> {
  async function* slices() {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(at + slice, text.length);
      const last = text.charCodeAt(end - 1);
      // A high surrogate: its pair follows. The slice ends before it, or after the pair when that would leave it empty.
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > at ? -1 : 1;
      yield text.slice(at, end);
      at = end;
    }
  }
  await pipeline(Readable.from(slices()), createWriteStream(path));
}
