// scripts/otf-to-ttf.py（由 npm run setup 调用）：Fandol 的 CFF 字体转为 TrueType 后，名称表写出字族的真名。
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/fonts.ts';

const FANDOL_FANG = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf';

/** Whether fontconfig's charset text (“20-7e a0-ff …”) holds `cp`. */
const covers = (charset: string, cp: number) => charset.trim().split(/\s+/).some((r) => { const [a, b = a] = r.split('-').map((h) => parseInt(h, 16)); return cp >= a! && cp <= b!; });

describe('scripts/otf-to-ttf.py', function () {
  this.timeout(60_000);
  it('names the TrueType “FandolFang Regular” of family FandolFang, not Fandol’s own “FandolFang R”', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'pe-ttf-')), 'FandolFang-Regular.ttf');
    execFileSync('fontforge', ['-quiet', '-lang=py', '-script', join(PROJECT_ROOT, 'scripts', 'otf-to-ttf.py'), FANDOL_FANG, out], { stdio: 'ignore' });
    // fontconfig reads the name table as font lists and PDF viewers do: every family and full name it finds.
    const names = execFileSync('fc-query', ['-f', '%{family}|%{style}|%{fullname}|%{postscriptname}', out], { encoding: 'utf8' }).split('|');
    expect(names[0]!.split(',')).to.deep.equal(['FandolFang']);
    expect(names[1]).to.equal('Regular');
    expect(names[2]!.split(',')).to.deep.equal(['FandolFang Regular']);
    expect(names[3]).to.equal('FandolFang-Regular');
    // The character map is cleaned as before: 示 (U+793A) stays, the Kangxi radical ⽰ (U+2F70) sharing its glyph goes.
    const charset = execFileSync('fc-query', ['-f', '%{charset}', out], { encoding: 'utf8' });
    expect(covers(charset, 0x793a)).to.equal(true);
    expect(covers(charset, 0x2f70)).to.equal(false);
  });
});
