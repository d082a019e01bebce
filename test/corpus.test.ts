// 坏输入语料：test/corpus/ 下每个目录是一个案例（与默认项目不同的文件 + expect.yaml），用真实的命令行运行，
// 核对退出码、提示规则与位置、输出是否原样，以及没有遗留的进程和临时目录。说明见 test/corpus/README.md。
// The cases are child processes: they start when the test run starts (test/background.ts), two at a time, while
// the other suites run; each test below reports its own case.
import { expect } from 'chai';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/fonts.ts';
import { early, memo } from './background.ts';

const CORPUS = join(PROJECT_ROOT, 'test', 'corpus');
const DEFAULT_PDF = 'out/haizhou-14-midterm.pdf';

/** A change to the copied default project, made before the run (paths relative to the project). */
type Step =
  | { replace: { file: string; from: string; to: string; all?: boolean } }
  | { append: { file: string; text: string } }
  | { prepend: { file: string; text: string } }
  | { write: { file: string; text: string; mode?: number } }
  | { remove: string }
  | { symlink: { path: string; target: string } }
  /** A folder nothing may be written into (chattr +i as root, else read-only permissions). */
  | { unwritable: string };

interface Expectation {
  description: string;
  /** Command-line arguments (default: build). */
  args?: string[];
  setup?: Step[];
  /** Exit code, or the signal the process must die of. */
  exit: number | string;
  /** Rule ids of the problems reported, exactly (any order); “a|b” accepts either. */
  rules?: string[];
  /** How many problems the run reports. */
  count?: number;
  /** Rule ids of the 提示 printed after the run, exactly (any order). */
  warnings?: string[];
  /** Text the output must contain (places such as file:line:column); “/…/” is a regular expression. */
  messages?: string[];
  /** `untouched`: no file of the case changes. `written`: only these files change, each a new valid PDF. */
  output: 'untouched' | { written: string[] };
  /** Text the written PDF must (not) contain (whitespace ignored). */
  pdfText?: { contains?: string[]; lacks?: string[] };
  /** Send `signal` while the report is being printed (its HTML is in the run folder). */
  interrupt?: { signal: NodeJS.Signals };
  /** The run folders of a killed run remain; `next` is then run and must remove them. */
  next?: { args: string[]; exit: number };
  /** Run this many of the same command at once. */
  concurrent?: number;
}

interface Run {
  pid: number;
  /** The run folders there were when the run was interrupted. */
  foldersAtInterrupt: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** A snapshot of every file under `root`: type, content hash and modification time (links by their target). */
async function snapshot(root: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const s = await lstat(path);
      const key = relative(root, path);
      if (s.isSymbolicLink()) found.set(key, `link:${await readlink(path)}`);
      else if (s.isDirectory()) {
        found.set(key, 'dir');
        await walk(path);
      } else found.set(key, `file:${createHash('sha1').update(await readFile(path)).digest('hex')}:${s.mtimeMs}`);
    }
  };
  await walk(root);
  return found;
}

/**
 * Processes still alive that the runs started, zombies excluded: those that inherited the run's marker variable
 * (a browser script and its children), and Chromium's, which clears its children's environment but names the
 * run folder (plan-eval-<pid>-…) on every command line.
 */
async function survivors(marker: string, pids: number[]): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      if (/^State:\s+Z/m.test(status)) continue;
      const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ');
      const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
      if (environ.split('\0').includes(marker) || pids.some((p) => cmdline.includes(`plan-eval-${p}-`))) found.push(`${pid} ${cmdline.slice(0, 120)}`);
    } catch {
      // Gone while looking.
    }
  }
  return found;
}

async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The run folders of process `pid` in the case's own temporary folder (its TMPDIR) and, should a run not honour
 * that, in this process's.
 */
const runFolders = async (pid: number, temp: string) => {
  const found: string[] = [];
  for (const dir of [temp, tmpdir()]) found.push(...(await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(`plan-eval-${pid}-`)).map((n) => join(dir, n)));
  return found;
};

/**
 * Watches for a run folder of process argv[1] holding report.html (in the folders argv[3…]), then sends it the
 * signal argv[2] and prints the run folders there were, one per line.
 */
const INTERRUPT_WATCHER = `
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const [pid, signal, ...dirs] = process.argv.slice(1);
const folders = () => dirs.flatMap((d) => { try { return readdirSync(d).filter((n) => n.startsWith('plan-eval-' + pid + '-')).map((n) => join(d, n)); } catch { return []; } });
const poll = setInterval(() => {
  const found = folders();
  if (!found.some((f) => existsSync(join(f, 'report.html')))) return;
  clearInterval(poll);
  try { process.kill(Number(pid), signal); } catch {}
  process.stdout.write(found.join('\\n') + '\\n');
}, 20);
`;

/**
 * Runs the command line in `cwd`, marked so that everything it starts can be found afterwards. Its temporary
 * folder is the case's own `temp`: no other build of the test run (which removes the run folders of processes
 * that are gone, as every build does) can tidy up after this one before the case has looked.
 */
function runCli(cwd: string, temp: string, args: string[], marker: string, interrupt?: NodeJS.Signals): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'plan-eval.mjs'), ...args], { cwd, env: { ...process.env, TMPDIR: temp, PLAN_EVAL_CORPUS: marker.split('=')[1] } });
    let stdout = '';
    let stderr = '';
    let foldersAtInterrupt: string[] = [];
    let watched: Promise<unknown> = Promise.resolve();
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    if (interrupt) {
      // Mid-print: the report's HTML has been written to this run's folder and the browser is laying it out. A
      // separate process watches for that: this one may be busy for seconds with the run's other builds, longer
      // than a print takes.
      const watcher = spawn(process.execPath, ['-e', INTERRUPT_WATCHER, String(child.pid), interrupt, temp, tmpdir()], { stdio: ['ignore', 'pipe', 'inherit'] });
      let seen = '';
      watcher.stdout.on('data', (d) => (seen += d));
      watched = new Promise((done) => watcher.on('close', () => done((foldersAtInterrupt = seen.split('\n').filter(Boolean)))));
      child.on('exit', () => watcher.kill());
    }
    // Its output is read to the end: 'exit' can come before the last of it (a busy test process reads the pipes
    // late). A process the run left behind could hold the pipes open: after 5 s the check below names it.
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    child.on('exit', (code, signal) => {
      const drained = Promise.race([closed, new Promise<void>((done) => setTimeout(done, 5000).unref())]);
      void Promise.all([watched, drained]).then(() => resolve({ pid: child.pid!, foldersAtInterrupt, code, signal, stdout, stderr }));
    });
  });
}

/** Rule ids of the problems (after “失败”) and of the 提示 in a run's output. */
function reported(run: Run): { rules: string[]; warnings: string[]; count: number | undefined } {
  const lines = run.stderr.split('\n');
  const rule = (l: string) => /\[([a-z0-9-]+)\]$/.exec(l.trim())?.[1];
  return {
    rules: lines.filter((l) => !l.startsWith('提示：')).map(rule).filter((r): r is string => r !== undefined),
    warnings: lines.filter((l) => l.startsWith('提示：')).map(rule).filter((r): r is string => r !== undefined),
    count: Number(/发现 (\d+) 处问题/.exec(run.stderr)?.[1] ?? NaN) || undefined,
  };
}

/** Whether `actual` is `expected` in some order, where an expected “a|b” is either rule. */
function sameRules(actual: string[], expected: string[]): boolean {
  const left = [...actual];
  for (const e of expected) {
    const i = left.findIndex((a) => e.split('|').includes(a));
    if (i === -1) return false;
    left.splice(i, 1);
  }
  return left.length === 0;
}

/** Applies a case's setup; false when a step cannot be made here (the case is then skipped, saying why). */
async function prepare(root: string, project: string, steps: Step[], undo: (() => Promise<void>)[]): Promise<string | undefined> {
  const at = (p: string) => join(project, p);
  for (const step of steps) {
    if ('replace' in step) {
      const { file, from, to, all } = step.replace;
      const text = await readFile(at(file), 'utf8');
      // A replacement that no longer matches (the default project changed) must fail, not pass silently.
      expect(text, `${file} contains ${JSON.stringify(from)}`).to.contain(from);
      await writeFile(at(file), all ? text.split(from).join(to) : text.replace(from, to));
    } else if ('append' in step) await appendFile(at(step.append.file), step.append.text);
    else if ('prepend' in step) await writeFile(at(step.prepend.file), step.prepend.text + (await readFile(at(step.prepend.file), 'utf8')));
    else if ('write' in step) {
      await mkdir(dirname(at(step.write.file)), { recursive: true });
      await writeFile(at(step.write.file), step.write.text);
      if (step.write.mode) await chmod(at(step.write.file), step.write.mode);
    } else if ('remove' in step) await rm(at(step.remove), { recursive: true, force: true });
    else if ('symlink' in step) await symlink(join(root, step.symlink.target), at(step.symlink.path));
    else if ('unwritable' in step) {
      const folder = at(step.unwritable);
      await mkdir(folder, { recursive: true });
      if (process.getuid?.() === 0) {
        if (spawnSync('chattr', ['+i', folder]).status !== 0) return 'chattr +i 在此文件系统上不可用，无法做出 root 也不能写入的目录';
        undo.push(async () => void spawnSync('chattr', ['-i', folder]));
      } else {
        await chmod(folder, 0o555);
        undo.push(() => chmod(folder, 0o755));
      }
    }
  }
  return undefined;
}

/** A small valid PDF standing in for the last good report. */
async function previousPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  doc.setTitle('上一次的报告');
  return doc.save();
}

/**
 * Runs one case and checks everything it expects; resolves to the reason when the case cannot be made here
 * (it is then skipped), throws when an expectation fails.
 */
async function runCase(name: string, previous: Uint8Array): Promise<string | undefined> {
  const dir = join(CORPUS, name);
  const spec = parse(await readFile(join(dir, 'expect.yaml'), 'utf8')) as Expectation;
  const root = await mkdtemp(join(tmpdir(), `pe-corpus-${name}-`));
  const project = join(root, 'project');
  // The runs' temporary folder: beside the case's folder (whose files must not change), not inside it.
  const temp = await mkdtemp(join(tmpdir(), `pe-corpus-${name}-tmp-`));
  const undo: (() => Promise<void>)[] = [];
  try {
    // The default project, then the case's own files over it; `outside/` goes beside the project.
    for (const part of ['data', 'content', 'templates', 'plan-eval.yaml']) await cp(join(PROJECT_ROOT, part), join(project, part), { recursive: true });
    for (const entry of await readdir(dir)) {
      if (entry === 'expect.yaml') continue;
      await cp(join(dir, entry), entry === 'outside' ? join(root, 'outside') : join(project, entry), { recursive: true });
    }
    await mkdir(join(project, 'out'));
    await writeFile(join(project, DEFAULT_PDF), previous);
    const skip = await prepare(root, project, spec.setup ?? [], undo);
    if (skip) return skip;

    const before = await snapshot(root);
    const marker = `PLAN_EVAL_CORPUS=${randomUUID()}`;
    const args = spec.args ?? ['build'];
    const runs = await Promise.all(Array.from({ length: spec.concurrent ?? 1 }, () => runCli(project, temp, args, marker, spec.interrupt?.signal)));
    const output = (r: Run) => `${r.stdout}\n${r.stderr}`;

    for (const run of runs) {
      const outcome = run.signal ?? run.code;
      expect(outcome, `exit of ${name}\n${output(run)}`).to.equal(spec.exit);
      const { rules, warnings, count } = reported(run);
      if (spec.rules) expect(sameRules(rules, spec.rules), `rules ${JSON.stringify(rules)}\n${output(run)}`).to.equal(true);
      else expect(rules, output(run)).to.deep.equal([]);
      if (spec.count !== undefined) expect(count, output(run)).to.equal(spec.count);
      expect(warnings.sort(), `提示\n${output(run)}`).to.deep.equal([...(spec.warnings ?? [])].sort());
      for (const m of spec.messages ?? []) {
        if (m.startsWith('/') && m.endsWith('/')) expect(output(run), m).to.match(new RegExp(m.slice(1, -1), 'm'));
        else expect(output(run), m).to.contain(m);
      }
      // Nothing the run started may outlive it: Chromium, its crash handler, a browser script's children.
      expect(await waitFor(() => survivors(marker, runs.map((r) => r.pid)), (s) => s.length === 0, 8000), 'processes left behind').to.deep.equal([]);
      if (spec.next) expect(run.foldersAtInterrupt, 'the run folders there were when the run was killed').to.not.deep.equal([]);
      else expect(await waitFor(() => runFolders(run.pid, temp), (f) => f.length === 0, 3000), 'run folders left in the temporary directory').to.deep.equal([]);
    }

    if (spec.next) {
      const next = await runCli(project, temp, spec.next.args, marker);
      expect(next.code, output(next)).to.equal(spec.next.exit);
      for (const run of runs) expect(await runFolders(run.pid, temp), 'the next build removes a killed run’s folders').to.deep.equal([]);
    }

    const after = await snapshot(root);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
    if (spec.output === 'untouched') expect(changed, 'files changed by a run that should change nothing').to.deep.equal([]);
    else {
      expect(changed, 'files changed').to.deep.equal([...spec.output.written].map((p) => join('project', p)).sort());
      for (const pdf of spec.output.written) {
        const bytes = await readFile(join(project, pdf));
        expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).to.equal('%PDF-');
        const doc = await PDFDocument.load(bytes);
        expect(doc.getPageCount(), pdf).to.be.greaterThan(5);
        const text = squash(await new Promise<string>((resolve, reject) => execFile('pdftotext', [join(project, pdf), '-'], { encoding: 'utf8' }, (e, out) => (e ? reject(e) : resolve(out)))));
        for (const t of spec.pdfText?.contains ?? []) expect(text, `PDF contains ${t}`).to.contain(squash(t));
        for (const t of spec.pdfText?.lacks ?? []) expect(text, `PDF lacks ${t}`).not.to.contain(squash(t));
      }
    }
    return undefined;
  } finally {
    for (const u of undo) await u();
    await rm(root, { recursive: true, force: true });
    await rm(temp, { recursive: true, force: true });
  }
}

/** Every case, or those named in CORPUS_CASES (comma-separated), to work on a few. */
const only = process.env.CORPUS_CASES?.split(',').filter(Boolean);
const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory() && (!only || only.includes(d.name))).map((d) => d.name).sort();

/**
 * Every case, two at a time (the machine's two cores; a case is mostly a command line starting), to its outcome:
 * the reason it was skipped, undefined when it passed, or the failed expectation. A case that kills a build runs
 * alongside the others: its run folders are in its own temporary folder, where no other build looks.
 */
const outcomes = memo(async (): Promise<Map<string, Promise<string | undefined>>> => {
  const results = new Map<string, Promise<string | undefined>>();
  const previous = await previousPdf();
  const queue = [...cases];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const result = runCase(name, previous);
      results.set(name, result);
      await result.catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
});
early(outcomes);

describe('corpus: bad inputs through the real command line', function () {
  this.timeout(300_000);
  let results: Map<string, Promise<string | undefined>>;

  before(async () => {
    results = await outcomes();
  });

  it('has cases', () => expect(cases.length).to.be.greaterThan(only ? 0 : 15));

  for (const name of cases) {
    it(name, async function () {
      const skipped = await results.get(name);
      if (skipped) {
        console.log(`      （跳过：${skipped}）`);
        this.skip();
      }
    });
  }
});
