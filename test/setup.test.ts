// scripts/otf-to-ttf.py（由 npm run setup 调用）：Fandol 的 CFF 字体转为 TrueType 后，名称表写出字族的真名。
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { output } from './run.ts';

const FANDOL_SONG = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf';

/** Ascender, descender and line gap (signed font units) of a TrueType file: hhea's, and OS/2's typographic ones. */
async function verticalMetrics(file: string): Promise<{ hhea: number[]; typo: number[] }> {
  const d = await readFile(file);
  const table = (tag: string) => {
    for (let i = 0; i < d.readUInt16BE(4); i++) if (d.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return d.readUInt32BE(12 + 16 * i + 8);
    throw new Error(`${file}: no ${tag} table`);
  };
  const three = (at: number) => [d.readInt16BE(at), d.readInt16BE(at + 2), d.readInt16BE(at + 4)];
  return { hhea: three(table('hhea') + 4), typo: three(table('OS/2') + 68) };
}

/** Whether fontconfig's charset text (“20-7e a0-ff …”) holds `cp`. */
const covers = (charset: string, cp: number) => charset.trim().split(/\s+/).some((r) => { const [a, b = a] = r.split('-').map((h) => parseInt(h, 16)); return cp >= a! && cp <= b!; });

describe('scripts/otf-to-ttf.py', function () {
  this.timeout(60_000);
  let out: string;
  before(async () => {
    out = join(await mkdtemp(join(tmpdir(), 'pe-ttf-')), 'FandolSong-Regular.ttf');
    await output('fontforge', ['-quiet', '-lang=py', '-script', join(PROJECT_ROOT, 'scripts', 'otf-to-ttf.py'), FANDOL_SONG, out]);
  });

  // FandolSong is the face of the page numbers, and the one whose converted metrics were wrong.
  it('names the TrueType “FandolSong Regular” of family FandolSong (FandolFang came out as family “FandolFang R”)', () => {
    // fontconfig reads the name table as font lists and PDF viewers do: every family and full name it finds.
    const names = execFileSync('fc-query', ['-f', '%{family}|%{style}|%{fullname}|%{postscriptname}', out], { encoding: 'utf8' }).split('|');
    expect(names[0]!.split(',')).to.deep.equal(['FandolSong']);
    expect(names[1]).to.equal('Regular');
    expect(names[2]!.split(',')).to.include('FandolSong Regular');
    expect(names[3]).to.equal('FandolSong-Regular');
    // The character map is cleaned as before: 示 (U+793A) stays, the Kangxi radical ⽰ (U+2F70) sharing its glyph goes.
    const charset = execFileSync('fc-query', ['-f', '%{charset}', out], { encoding: 'utf8' });
    expect(covers(charset, 0x793a)).to.equal(true);
    expect(covers(charset, 0x2f70)).to.equal(false);
  });

  it('writes the hhea metrics of the OS/2 table: the descender below the baseline (negative), so Chromium sets lines where the font means', async () => {
    const { hhea, typo } = await verticalMetrics(out);
    expect(typo).to.deep.equal([800, -200, 200]); // FandolSong's own design metrics
    expect(hhea).to.deep.equal(typo);
  });
});
