import { expect } from 'chai';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeText } from '../../src/print/writeText.ts';

describe('writeText', () => {
  it('writes the text whole in UTF-8, in slices', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'pe-wt-')), 'a.html');
    const text = '<p>海州区2021—2025年</p>'.repeat(50);
    await writeText(path, text, 7);
    expect(await readFile(path, 'utf8')).to.equal(text);
  });

  it('never cuts a character outside the BMP in two, wherever a slice ends', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-wt-'));
    const text = 'ab𠀾c𠀾𠀾d';
    for (let slice = 1; slice <= text.length; slice++) {
      const path = join(dir, `s${slice}.txt`);
      await writeText(path, text, slice);
      expect(await readFile(path, 'utf8'), `slices of ${slice}`).to.equal(text);
    }
  });
});
