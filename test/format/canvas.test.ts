import { expect } from 'chai';
import { join } from 'node:path';
import { FONT_FILES, PROJECT_ROOT } from '../../src/fonts.ts';
import { output } from '../run.ts';

// In a process of its own: this test process has loaded @napi-rs/canvas already (pdf.js loads it), with the scan.
const probe = `
  const { canvas } = await import(${JSON.stringify(join(PROJECT_ROOT, 'src/format/canvas.ts'))});
  const { textWidth } = await import(${JSON.stringify(join(PROJECT_ROOT, 'src/format/textWidth.ts'))});
  const families = () => canvas().GlobalFonts.families.map((f) => f.family);
  const before = families();
  const env = process.env.DISABLE_SYSTEM_FONTS_LOAD ?? null;
  textWidth('中文abc', { role: 'fangsong', size: 16, userFonts: [process.env.PE_USER_FONT] });
  console.log(JSON.stringify({ before, env, after: families() }));
`;

describe('format/canvas: the text measurer', () => {
  it('loads without scanning the installed fonts, and registers a user’s installed font when the config names it', async () => {
    // An installed family that is none of the report's own files, as a user would name it in fonts.*.
    const listed = await output('fc-list', ['--format', '%{family[0]}|%{file}\n'], { env: { ...process.env, FONTCONFIG_FILE: FONT_FILES.fontsConf } });
    const ours = new Set(Object.values(FONT_FILES));
    const family = listed.split('\n').map((l) => l.split('|')).find(([f, file]) => f && file && !ours.has(file) && /^[\x20-\x7e]+$/.test(f))?.[0];
    expect(family, 'fontconfig lists an installed font').to.be.a('string');
    const env: NodeJS.ProcessEnv = { ...process.env, PE_USER_FONT: family };
    delete env.DISABLE_SYSTEM_FONTS_LOAD;
    const ran = JSON.parse(await output(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { env })) as { before: string[]; env: string | null; after: string[] };
    expect(ran.before, 'no installed font is loaded with the package').to.deep.equal([]);
    expect(ran.env, 'the variable is set only while the package loads').to.equal(null);
    expect(ran.after).to.include(family);
  });
});
