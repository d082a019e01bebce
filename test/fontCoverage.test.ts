// 字形覆盖：读字体的 cmap 表（格式 4 与 12）；不在任何字体中的字符给出位置。
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cmapCoverage, Coverage, fontCoverage, reportCoverage, uncovered } from '../src/fontCoverage.ts';
import { FONT_FILES } from '../src/fonts.ts';
import { positionsIn } from '../src/load/yamlFile.ts';

/** A 'cmap' table with one Unicode subtable. */
function cmapWith(subtable: Buffer, platform = 3, encoding = 1): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt16BE(platform, 4);
  head.writeUInt16BE(encoding, 6);
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, subtable]);
}

/** Format 4: A–C through idDelta; 一 (U+4E00) and 丁 (U+4E01) through the glyph array, 丁 to .notdef. */
function format4(): Buffer {
  const seg = [
    { start: 0x41, end: 0x43, delta: 1 - 0x41, glyphs: null },
    { start: 0x4e00, end: 0x4e01, delta: 0, glyphs: [5, 0] },
    { start: 0xffff, end: 0xffff, delta: 1, glyphs: null },
  ];
  const n = seg.length;
  const b = Buffer.alloc(16 + n * 8 + 4);
  b.writeUInt16BE(4, 0);
  b.writeUInt16BE(b.length, 2);
  b.writeUInt16BE(n * 2, 6);
  const ends = 14;
  const starts = ends + n * 2 + 2;
  const deltas = starts + n * 2;
  const offsets = deltas + n * 2;
  const array = offsets + n * 2;
  seg.forEach((s, i) => {
    b.writeUInt16BE(s.end, ends + i * 2);
    b.writeUInt16BE(s.start, starts + i * 2);
    b.writeInt16BE(s.delta, deltas + i * 2);
    b.writeUInt16BE(s.glyphs ? array - (offsets + i * 2) : 0, offsets + i * 2);
  });
  b.writeUInt16BE(5, array);
  b.writeUInt16BE(0, array + 2);
  return b;
}

/** Format 12: 中 and 𠀀…𠀂 (U+20000–20002), the first group starting at .notdef. */
function format12(): Buffer {
  const groups = [[0x4e2d, 0x4e2d, 7], [0x20000, 0x20002, 0]];
  const b = Buffer.alloc(16 + groups.length * 12);
  b.writeUInt16BE(12, 0);
  b.writeUInt32BE(b.length, 4);
  b.writeUInt32BE(groups.length, 12);
  groups.forEach(([s, e, g], i) => {
    b.writeUInt32BE(s!, 16 + i * 12);
    b.writeUInt32BE(e!, 20 + i * 12);
    b.writeUInt32BE(g!, 24 + i * 12);
  });
  return b;
}

const has = (c: Coverage, text: string) => [...text].map((ch) => c.has(ch.codePointAt(0)!));

describe('fontCoverage', () => {
  it('reads format 4 (idDelta and glyph array; .notdef is no glyph)', () => {
    expect(has(cmapCoverage(cmapWith(format4())), 'ABCD一丁')).to.deep.equal([true, true, true, false, true, false]);
  });
  it('reads format 12, all planes', () => {
    expect(has(cmapCoverage(cmapWith(format12(), 3, 10)), '中𠀀𠀁𠀂𠀃')).to.deep.equal([true, false, true, true, false]);
  });
  it('reads the fonts the report uses: FandolFang has 中 and not 𠀀 or 😀', async () => {
    expect(has(await fontCoverage(FONT_FILES.fangsong), '中国〇𠀀😀')).to.deep.equal([true, true, true, false, false]);
  });
  it('counts the fonts a user configures (found through fontconfig), and ignores one that is not installed', async function () {
    const fonts = (fangsong: string[]) => ({ fonts: { fangsong, heiti: [], kaiti: [], xiaobiaosong: [], songti: [] } });
    const defaults = await reportCoverage(fonts([]));
    // U+030E (a combining mark) is in none of the default fonts.
    expect(defaults.has(0x30e)).to.equal(false);
    expect((await reportCoverage(fonts(['没有这个字体']))).has(0x30e)).to.equal(false);
    if (!spawnSync('fc-list', [':family=DejaVu Sans', 'file'], { encoding: 'utf8' }).stdout?.trim()) {
      console.log('      （跳过后半：本机没有 DejaVu Sans 字体）');
      this.skip();
    }
    expect((await reportCoverage(fonts(['DejaVu Sans']))).has(0x30e)).to.equal(true);
  });
  it('warns once per character and file, at its first line and column, with the count; invisible characters need no glyph', () => {
    const coverage = Coverage.of([...'ab中文\n'].map((c) => c.codePointAt(0)!));
    const text = 'ab\n中𠀀文😀\n𠀀\u200d\ufe0f';
    const [first, second, ...rest] = uncovered([{ file: 'c.md', text, at: positionsIn(text) }], coverage);
    expect(rest).to.deep.equal([]);
    expect(first).to.include({ file: 'c.md', rule: 'font-coverage', severity: 'warning' });
    expect(first!.position).to.deep.equal({ line: 2, column: 2 });
    expect(first!.message).to.contain('“𠀀”（U+20000）').and.to.contain('共 2 处');
    expect(second!.position).to.deep.equal({ line: 2, column: 5 }); // columns count UTF-16 units, as editors do
    expect(second!.message).to.contain('U+1F600');
  });
});
