#!/usr/bin/env node
// 准备运行环境：npm 依赖、Debian 软件包（Chromium、poppler-utils、字体）、TrueType 字体转换。
// Runs before `npm run report` and `npm test`, so it may use only Node's built-ins: on a fresh clone nothing
// else is installed yet. Every step is skipped when its result is already present, so a second run is instant.
// A step that runs says so in one line — what it does and how long it usually takes — even with --quiet (a first
// `npm run report` that sat silent for minutes was taken for a hang), and a long one prints how long it has been
// going. With nothing to do, --quiet prints nothing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledDir, compiledIsFresh, compiledStamp } from './compiled.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
// `npm test` passes --tests: the office suite and strace only the tests use.
const forTests = process.argv.includes('--tests');
const log = (msg) => { if (!quiet) console.log(msg); };
/** A step that runs: always announced, with what it does and its usual duration. */
const announce = (what, usually) => console.log(`${what}（${usually}）…`);
const seconds = (since) => Math.round((Date.now() - since) / 1000);

/**
 * Runs a command that may take minutes, printing every 15 s how long it has been going (npm and apt-get say
 * nothing for that long when their own output is hidden). Its standard output is shown unless --quiet; its
 * standard error is held back and shown at the end through `explain(lines, status)`, which puts English tool
 * messages into Chinese. Resolves to the exit status.
 */
function runLong(cmd, args, { env = process.env, explain }) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setInterval(() => console.log(`  ……已用 ${seconds(started)} 秒`), 15_000);
    const finish = (status) => {
      clearInterval(timer);
      for (const line of explain(stderr.split('\n').filter((l) => l.trim() !== ''), status)) console.error(line);
      if (status === 0) console.log(`  完成（用时 ${seconds(started)} 秒）`);
      done(status);
    };
    child.on('error', (e) => { stderr += `${e.message}\n`; finish(-1); });
    child.on('close', finish);
  });
}

/**
 * npm's English warnings, each kind explained once in Chinese, the original lines kept beneath (a maintainer may
 * need them). What each means for this project:
 * - deprecated: a package deep in the tree is marked old by its author; it still works, and goes away when the
 *   library that pulls it in updates;
 * - EBADENGINE: a package declares it wants a newer Node.js; npm installs it anyway. The one case in the lock file,
 *   nanoid 6 (Node 22+) under docx, is settled by package.json `overrides`: docx's published code carries its own
 *   copy of the few lines of nanoid it uses and never loads the package, so nanoid 5 (Node 18+) is as good;
 * - install-scripts: npm 11 skips a dependency's install script unless package.json `allowScripts` approves it.
 *   esbuild's (tsx runs TypeScript through it) checks that the binary for this platform is there and runs,
 *   fetching it if npm left it out, so a broken esbuild shows at install and not at the first command: approved.
 *   core-js's and es5-ext's (both under pagedjs) only print a message: denied, so npm does not list them.
 */
function explainNpm(lines) {
  const kinds = [
    { re: /^npm warn deprecated /, head: '  npm 提示（deprecated）：以下间接依赖已被其作者标为“弃用”。它们仍可正常使用，不影响本工具，待引入它们的库更新后自然消失：' },
    { re: /^npm warn EBADENGINE /, head: `  npm 提示（EBADENGINE）：以下依赖声明需要更高版本的 Node.js（当前为 ${process.versions.node}）。npm 已照常安装；本工具的测试在 Node.js 20 上通过，如运行出错请升级 Node.js 并告知维护者：` },
    { re: /^npm warn install-scripts/, head: '  npm 提示（install-scripts）：npm 11 默认不运行依赖包的安装脚本，下列脚本未在 package.json 的 allowScripts 中批准而被跳过。通常不影响使用；请维护者审阅后批准或拒绝：' },
    { re: /^npm (warn|notice)/, head: '  npm 的其他提示（英文原文如下，不影响安装；只有安装失败时才需处理）：' },
  ];
  const shown = new Set();
  return lines.flatMap((line) => {
    const kind = kinds.find((k) => k.re.test(line));
    const head = kind && !shown.has(kind) ? [kind.head] : [];
    if (kind) shown.add(kind);
    return [...head, `    ${line}`];
  });
}

/** apt-get's own messages (English; debconf's notes on a machine without a terminal, for one) under a Chinese line. */
function explainApt(lines, status) {
  if (lines.length === 0) return [];
  return [status === 0 ? '  apt-get 的提示（英文原文；安装已成功，可以不管）：' : '  apt-get 的错误信息（英文原文）：', ...lines.map((l) => `    ${l}`)];
}

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
  // The headless shell prints the same PDF as the full browser with half the CPU (src/print/browser.ts): set-up
  // installs it where it can (root), and otherwise makes do with a full chromium already installed.
  { pkg: 'chromium-headless-shell', present: () => browserConfigured() || has('/usr/lib/chromium/chromium-headless-shell') || (process.getuid?.() !== 0 && has('/usr/bin/chromium')) },
  { pkg: 'poppler-utils', present: () => has('/usr/bin/pdffonts') && has('/usr/bin/pdftotext') },
  { pkg: 'fontforge-nox', present: () => has('/usr/bin/fontforge') || (fontsConverted() && notoMerged()) },
  { pkg: 'texlive-lang-chinese', present: () => has(join(FANDOL_DIR, 'FandolFang-Regular.otf')) || fontsConverted() },
  { pkg: 'fonts-lxgw-wenkai', present: () => has('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf') },
  // Only the tests need an office suite: they open the .docx output in LibreOffice to prove it is a clean document.
  ...(forTests ? [{ pkg: 'libreoffice-writer-nogui', present: () => has('/usr/lib/libreoffice/share/.registry/writer.xcd') }] : []),
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

/**
 * Installs the npm packages when there are none, when package-lock.json changed since they were installed, or
 * when Noto files the report needs are missing. “Changed” is judged by the lock file's content (its hash, kept in
 * node_modules after each install), not its time: a checkout or a second working tree gives it a new time
 * without changing a package. node_modules installed before the hash was kept are judged by time, once.
 */
async function npmDependencies() {
  const modules = join(root, 'node_modules');
  const marker = join(modules, '.package-lock.json');
  const stamp = join(modules, '.plan-eval-lock-hash');
  const lock = join(root, 'package-lock.json');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  const changed = () => (has(stamp) ? readFileSync(stamp, 'utf8').trim() !== hash : statSync(marker).mtimeMs < statSync(lock).mtimeMs);
  const why = !has(marker) ? '首次运行'
    : changed() ? '依赖有变化'
      // A Noto weight added to NOTO_FACES, deleted earlier by pruneFonts(), comes back with a fresh install.
      : !fontFilesNeeded().every(has) ? '代码用到的 Noto 字体文件不全' : '';
  if (!why) {
    if (!has(stamp)) writeFileSync(stamp, `${hash}\n`);
    return;
  }
  // npm ci empties node_modules first: through a link, that would be another working tree's packages.
  if (has(modules) && lstatSync(modules).isSymbolicLink()) {
    fail([`node_modules 是指向 ${realpathSync(modules)} 的链接，而这里需要重新安装 npm 依赖（${why}）。`,
      '请删去这个链接后重新运行（本目录会装一份自己的依赖），或在链接指向的目录中运行 npm ci。']);
  }
  announce(`${why}：用 npm ci ${why === '首次运行' ? '' : '重新'}安装 npm 依赖`, '约 1 分钟，视网速而定');
  const status = await runLong('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn'], { explain: explainNpm });
  if (status !== 0) fail(['npm ci 执行失败，请查看上方 npm 的输出（常见原因：无法访问 npm 仓库）。']);
  writeFileSync(stamp, `${hash}\n`);
}

/**
 * The Noto faces of the report, each joined from its Fontsource slices into one TrueType font in .cache/fonts
 * (mergeNoto): [package, weight, PostScript name]. src/fonts.ts names the same files.
 */
const NOTO_FACES = [
  ['noto-serif-sc', '400', 'NotoSerifSC-Regular'],
  ['noto-serif-sc', '700', 'NotoSerifSC-Bold'],
  ['noto-sans-sc', '400', 'NotoSansSC-Regular'],
];
// Bumped whenever merge-slices.py changes, so fonts merged by an older version are merged again.
const MERGE_VERSION = '1';

/** [package folder, weight] of each Noto face. */
function fontsourceUsed() {
  return NOTO_FACES.map(([pkg, weight]) => [join(root, 'node_modules', '@fontsource', pkg), weight]);
}

/**
 * The WOFF files of those faces, as their Fontsource stylesheets list them: the slices merged, never their WOFF2
 * twins (cut from the variable font, they carry the name of its lightest instance, “NotoSansSCThin-Regular”).
 */
function fontFilesNeeded() {
  return fontsourceUsed().flatMap(([dir, weight]) => slicesOf(dir, weight));
}

/** The WOFF slices one Fontsource stylesheet lists (or the stylesheet itself, when it is missing). */
function slicesOf(dir, weight) {
  const css = join(dir, `${weight}.css`);
  if (!has(css)) return [css];
  return [...readFileSync(css, 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff)\)/g)].map((m) => join(dir, 'files', m[1]));
}

/**
 * The two @fontsource packages hold every weight of Noto Serif SC and Noto Sans SC, each as WOFF2 and WOFF: some
 * 160 MB, of which the report needs about 12 MB (the WOFF of three weights, kept to merge them again when
 * .cache/fonts is removed). npm cannot install part of a package, so the rest is deleted after installing; the
 * stylesheets stay. When NOTO_FACES gains a weight, its files are missing and npmDependencies() installs afresh.
 * When one of the files kept is missing, nothing is deleted.
 */
function pruneFonts() {
  const used = fontsourceUsed();
  const keep = new Set(fontFilesNeeded());
  if (![...keep].every(has)) return;
  const files = [...new Set(used.map(([dir]) => join(dir, 'files')))]
    .flatMap((dir) => (has(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []))
    .filter((path) => !keep.has(path));
  if (files.length === 0) return;
  announce(`删去报告用不到的 ${files.length} 个 Noto 字体文件：其他字重与 WOFF2 格式`, '约 1 秒');
  let freed = 0;
  for (const path of files) {
    freed += statSync(path).size;
    unlinkSync(path);
  }
  console.log(`  完成（node_modules 减少 ${Math.round(freed / 1e6)} MB）`);
}

/** Debian packages that take minutes to download and install; the rest take seconds. */
const LARGE_PACKAGES = ['chromium-headless-shell', 'texlive-lang-chinese', 'libreoffice-writer-nogui'];

async function debianPackages() {
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
  const large = missing.some((p) => LARGE_PACKAGES.includes(p));
  announce(`安装系统软件包 ${missing.join('、')}`, large ? '约 1–3 分钟，视网速而定' : '约半分钟');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const [args, what] of [[['update', '-qq'], '更新软件包列表'], [['install', '-y', '-qq', '--no-install-recommends', ...missing], '下载并安装']]) {
    console.log(`  apt-get ${args[0]}：${what} …`);
    const status = await runLong('apt-get', args, { env, explain: explainApt });
    if (status !== 0) fail([`apt-get ${args[0]} 失败（退出码 ${status}），请手动执行：`, `  ${cmd}`]);
  }
}

async function testTools() {
  if (!forTests || process.getuid?.() !== 0 || !has('/usr/bin/apt-get')) return;
  const missing = TEST_TOOLS.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  announce(`安装测试工具 ${missing.join('、')}`, '约 10 秒');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Its messages are not shown: a failure only means the test that needs the tool skips, saying why.
  const install = () => runLong('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, explain: () => [] });
  // The package lists may be empty on a fresh machine.
  if (await install() === 0) return;
  console.log('  apt-get update：更新软件包列表后重试 …');
  await runLong('apt-get', ['update', '-qq'], { env, explain: () => [] });
  if (await install() !== 0) console.log(`  未能安装 ${missing.join('、')}：用到它的测试将跳过并说明原因。`);
}

function convertFonts() {
  mkdirSync(fontCacheDir, { recursive: true });
  const current = fontsConverted();
  const started = Date.now();
  if (!current) announce(`把 ${CONVERTED_FONTS.length} 个 Fandol 字体（仿宋、宋体、黑体）转换为 TrueType`, '约 10 秒');
  for (const [i, name] of (current ? [] : CONVERTED_FONTS).entries()) {
    const out = join(fontCacheDir, `${name}.ttf`);
    console.log(`  ${name}.otf → .ttf（${i + 1}/${CONVERTED_FONTS.length}）…`);
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
  if (!current) {
    writeFileSync(join(fontCacheDir, 'VERSION'), `${CONVERSION_VERSION}\n`);
    console.log(`  完成（用时 ${seconds(started)} 秒）`);
  }
  // Chromium draws @page margin boxes (page numbers, the 示例 mark) only with fonts fontconfig can see, so the
  // converted fonts are offered to it through a fonts.conf that also keeps the system's own configuration.
  const conf = join(fontCacheDir, 'fonts.conf');
  const body = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
    `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fontCacheDir}</dir>\n` +
    `  <cachedir>${join(fontCacheDir, 'fc-cache')}</cachedir>\n</fontconfig>\n`;
  if (!has(conf) || readFileSync(conf, 'utf8') !== body) writeFileSync(conf, body);
}

/** True when the Noto faces were merged by this version of merge-slices.py. */
function notoMerged() {
  const stamp = join(fontCacheDir, 'MERGE_VERSION');
  return has(stamp) && readFileSync(stamp, 'utf8').trim() === MERGE_VERSION && NOTO_FACES.every(([, , name]) => has(join(fontCacheDir, `${name}.ttf`)));
}

/** Joins each Noto face's Fontsource slices into one TrueType font (scripts/merge-slices.py says why). */
function mergeNoto() {
  if (notoMerged()) return;
  const started = Date.now();
  announce(`把 ${NOTO_FACES.length} 个 Noto 字体（小标宋、黑体的替代字体）的分片合并为一个 TrueType 文件`, '约 10 秒');
  for (const [i, [pkg, weight, name]] of NOTO_FACES.entries()) {
    console.log(`  ${name}：${pkg} ${weight} 的分片 → .ttf（${i + 1}/${NOTO_FACES.length}）…`);
    const slices = slicesOf(join(root, 'node_modules', '@fontsource', pkg), weight);
    const out = join(fontCacheDir, `${name}.ttf`);
    const tmp = `${out}.tmp.ttf`;
    try {
      execFileSync('fontforge', ['-quiet', '-lang=py', '-script', join(root, 'scripts', 'merge-slices.py'), tmp, ...slices], { stdio: ['ignore', 'ignore', 'pipe'] });
      renameSync(tmp, out);
    } catch (e) {
      fail([`字体合并失败：${name}（${String(e.stderr || e.message).trim().split('\n').pop()}）。`, '请确认已安装 fontforge-nox，且 npm 依赖完整（可删去 node_modules 后重新运行）。']);
    }
  }
  writeFileSync(join(fontCacheDir, 'MERGE_VERSION'), `${MERGE_VERSION}\n`);
  console.log(`  完成（用时 ${seconds(started)} 秒）`);
}

/**
 * Bundles the command line into .cache/dist when src/ changed (esbuild: about 1 s), so it starts without
 * transpiling TypeScript and without resolving and reading some 900 module files one by one: measured on the
 * internal draft, a cold build takes 3.4 s bundled, 4.1 s as tsc's one file per module, 4.4 s through tsx.
 * bin/plan-eval.mjs uses the bundle only while it is newer than every source file, and runs the TypeScript
 * sources through tsx otherwise. Types are not checked here but by `npm test` (tsc --noEmit).
 */
async function compileCli() {
  if (compiledIsFresh(root)) return;
  const again = has(compiledStamp(root));
  const started = Date.now();
  announce(again ? '源码有改动：重新打包命令行程序' : '把 TypeScript 源码打包为命令行程序', '约 1 秒');
  const out = join(compiledDir(root), 'src');
  rmSync(compiledDir(root), { recursive: true, force: true });
  const { build } = await import('esbuild');
  try {
    await build({
      entryPoints: [join(root, 'src', 'cli.ts')],
      outdir: out,
      bundle: true,
      // Each command's own modules (browser, charts, Excel, Word) stay separate files, loaded when it runs.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Native code (@napi-rs/canvas loads its .node file) and the large CommonJS exceljs are loaded from
      // node_modules at run time, as before.
      external: ['@napi-rs/canvas', 'exceljs'],
      // CommonJS packages in an ES module bundle still call require() for Node's own modules: esbuild's
      // documented answer is to define it from createRequire.
      banner: { js: "import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);" },
      logLevel: 'warning',
    });
  } catch {
    fail(['打包命令行程序失败，请查看上方 esbuild 的错误信息。']);
  }
  writeFileSync(compiledStamp(root), `${new Date().toISOString()}\n`);
  console.log(`  完成（用时 ${seconds(started)} 秒）`);
}

checkNode();
await npmDependencies();
pruneFonts();
await debianPackages();
await testTools();
convertFonts();
mergeNoto();
await compileCli();
log('环境已就绪。');
