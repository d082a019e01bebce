#!/usr/bin/env node
// 准备运行环境：npm 依赖、Debian 软件包（Chromium、poppler-utils、字体）、TrueType 字体转换。
// Runs before `npm run report` and `npm test`, so it may use only Node's built-ins: on a fresh clone nothing
// else is installed yet. Every step is skipped when its result is already present, so a second run is instant.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledIsFresh, compiledStamp } from './compiled.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const log = (msg) => { if (!quiet) console.log(msg); };

// Where the converted fonts and fonts.conf live; src/print/fonts.ts reads the same path.
const fontCacheDir = join(root, '.cache', 'fonts');

const FANDOL_DIR = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol';
// Chromium embeds only static TrueType outlines as real fonts; Fandol ships CFF (.otf), which would print as
// Type 3. These are converted once to .ttf. FandolSong is also the fontconfig-visible face of the page numbers.
const CONVERTED_FONTS = ['FandolFang-Regular', 'FandolSong-Regular', 'FandolHei-Regular'];
// Bumped whenever otf-to-ttf.py changes, so caches made by an older version are converted again.
const CONVERSION_VERSION = '3';

/** Debian packages and a file or command that proves each one is installed. */
const DEBIAN_NEEDS = [
  { pkg: 'chromium', present: () => browserConfigured() || has('/usr/bin/chromium') },
  { pkg: 'poppler-utils', present: () => has('/usr/bin/pdffonts') && has('/usr/bin/pdftotext') },
  { pkg: 'fontforge-nox', present: () => has('/usr/bin/fontforge') || fontsConverted() },
  { pkg: 'texlive-lang-chinese', present: () => has(join(FANDOL_DIR, 'FandolFang-Regular.otf')) || fontsConverted() },
  { pkg: 'fonts-lxgw-wenkai', present: () => has('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf') },
  // Only the tests need an office suite: they open the .docx output in LibreOffice to prove it is a clean document.
  ...(process.argv.includes('--tests') ? [{ pkg: 'libreoffice-writer-nogui', present: () => has('/usr/lib/libreoffice/share/.registry/writer.xcd') }] : []),
];

/**
 * Tools only the tests use (test/print/network.test.ts traces the browser's system calls with strace). Installed
 * for `npm test` when set-up can (root on Debian); never required: without them that test is skipped, saying why.
 */
const TEST_TOOLS = [{ pkg: 'strace', present: () => has('/usr/bin/strace') }];

function has(path) { return existsSync(path); }
function browserConfigured() {
  const p = process.env.PUPPETEER_EXECUTABLE_PATH || process.env.PLAN_EVAL_CHROME;
  return Boolean(p && has(p));
}
function fontsConverted() {
  const stamp = join(fontCacheDir, 'VERSION');
  return has(stamp) && readFileSync(stamp, 'utf8').trim() === CONVERSION_VERSION && CONVERTED_FONTS.every((f) => has(join(fontCacheDir, `${f}.ttf`)));
}

function fail(lines) {
  console.error(['', '【环境准备失败】', ...lines, ''].join('\n'));
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail([`当前 Node.js 版本为 ${process.versions.node}，本工具需要 Node.js 20.19 或更高版本（mocha 12 的要求）。`,
      '请安装 Node.js 20 的最新版本后重试。']);
  }
}

function npmDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (has(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('· 安装 npm 依赖（npm ci）…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  if (r.status !== 0) fail(['npm ci 执行失败，请查看上方 npm 的输出（常见原因：无法访问 npm 仓库）。']);
}

function debianPackages() {
  const missing = DEBIAN_NEEDS.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('/usr/bin/apt-get')) {
    fail([`缺少系统软件包：${missing.join('、')}。`,
      isRoot ? '本机不是 Debian/Ubuntu（没有 apt-get），请用本机的包管理器安装同等软件。'
        : '当前用户不是 root，无法自动安装。请由管理员执行：',
      `  sudo sh -c '${cmd}'`,
      '如已另装 Chrome/Chromium，可设置环境变量 PUPPETEER_EXECUTABLE_PATH 指向其可执行文件。']);
  }
  log(`· 安装 Debian 软件包：${missing.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const io = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
    const r = spawnSync('apt-get', args, { env, stdio: io });
    if (r.status !== 0) fail([`apt-get ${args[0]} 失败（退出码 ${r.status}），请手动执行：`, `  ${cmd}`]);
  }
}

function testTools() {
  if (process.env.npm_lifecycle_event !== 'test' || process.getuid?.() !== 0 || !has('/usr/bin/apt-get')) return;
  const missing = TEST_TOOLS.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  log(`· 安装测试工具：${missing.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio: 'ignore' }).status === 0;
  // The package lists may be empty on a fresh machine; a failure here only means the test that needs it skips.
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
    install();
  }
}

function convertFonts() {
  mkdirSync(fontCacheDir, { recursive: true });
  const current = fontsConverted();
  for (const name of current ? [] : CONVERTED_FONTS) {
    const out = join(fontCacheDir, `${name}.ttf`);
    log(`· 转换字体 ${name}.otf → TrueType …`);
    const tmp = `${out}.tmp.ttf`;
    try {
      execFileSync('fontforge', ['-quiet', '-lang=py', '-script', join(root, 'scripts', 'otf-to-ttf.py'),
        join(FANDOL_DIR, `${name}.otf`), tmp], { stdio: ['ignore', 'ignore', 'pipe'] });
      renameSync(tmp, out);
    } catch (e) {
      fail([`字体转换失败：${name}（${String(e.stderr || e.message).trim().split('\n').pop()}）。`,
        '请确认已安装 fontforge-nox 与 texlive-lang-chinese。']);
    }
  }
  if (!current) writeFileSync(join(fontCacheDir, 'VERSION'), `${CONVERSION_VERSION}\n`);
  // Chromium draws @page margin boxes (page numbers, the 示例 mark) only with fonts fontconfig can see, so the
  // converted fonts are offered to it through a fonts.conf that also keeps the system's own configuration.
  const conf = join(fontCacheDir, 'fonts.conf');
  const body = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
    `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fontCacheDir}</dir>\n` +
    `  <cachedir>${join(fontCacheDir, 'fc-cache')}</cachedir>\n</fontconfig>\n`;
  if (!has(conf) || readFileSync(conf, 'utf8') !== body) writeFileSync(conf, body);
}

/**
 * Compiles src/ to JavaScript in .cache/dist when it changed, so the command line starts without transpiling
 * TypeScript (about 1.3 s less per run). bin/plan-eval.mjs uses the compiled code only while it is newer than
 * every source file, and runs the TypeScript sources through tsx otherwise.
 */
function compileCli() {
  if (compiledIsFresh(root)) return;
  log('· 编译命令行程序 …');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(['TypeScript 编译失败，请查看上方的错误信息。']);
  writeFileSync(compiledStamp(root), `${new Date().toISOString()}\n`);
}

checkNode();
npmDependencies();
debianPackages();
testTools();
convertFonts();
compileCli();
log('环境已就绪。');
