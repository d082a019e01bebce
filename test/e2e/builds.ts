// 端到端测试共用的成品：每种报告在整个测试进程中只生成一次（默认报告、年度监测示例、内部稿、两份夹具规划），
// 各测试文件读同一份 PDF。A build takes seconds of Chromium on shared cores; the suites ask for them by name here.
import { copyFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildResult } from '../../src/build.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { initPlan, type InitResult } from '../../src/init/index.ts';

export interface Built {
  result: BuildResult;
  /** The output folder the build was given. */
  out: string;
}

const memo = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

/** The default report (the 人大 version of the 海州区 mid-term evaluation), as `plan-eval build` makes it. */
export const defaultBuild = memo(async (): Promise<Built> => {
  const out = await mkdtemp(join(tmpdir(), 'pe-e2e-'));
  return { result: await build({ cwd: PROJECT_ROOT, out }), out };
});

/** examples/annual-2022.yaml: an annual report, internal format (cover and 目录). */
export const annualBuild = memo(async (): Promise<Built> => {
  const out = await mkdtemp(join(tmpdir(), 'pe-annual-'));
  return { result: await build({ cwd: PROJECT_ROOT, config: 'examples/annual-2022.yaml', out }), out };
});

/** The default report as the 发改委 internal draft (report.format: internal): cover and 目录. */
export const internalBuild = memo(async (): Promise<Built> => {
  const dir = await mkdtemp(join(tmpdir(), 'pe-internal-'));
  const yaml = (await readFile(join(PROJECT_ROOT, 'plan-eval.yaml'), 'utf8')).replace('format: npc', 'format: internal');
  for (const d of ['data', 'content', 'templates']) await cp(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
  await writeFile(join(dir, 'plan-eval.yaml'), yaml);
  const out = join(dir, 'out');
  return { result: await build({ cwd: dir, out }), out };
});

export interface InitBuilt extends Built {
  init: InitResult;
}

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/plans');
const FIXTURE_BUILDS = {
  // A provincial 十四五 table (CSV, no 基期 column) with long indicator names.
  'province-style': { table: '指标表.csv', data: ['observations.csv', 'judgements.csv'], region: '示例省' },
  // A district 十五五 table (xlsx, merged 类别, units in names).
  fifteenth: { table: '指标表.xlsx', data: ['observations.csv'], region: '示例市示例区' },
} as const;
const fixtureMemos = Object.fromEntries(
  Object.entries(FIXTURE_BUILDS).map(([fixture, { table, data, region }]) => [
    fixture,
    memo(async (): Promise<InitBuilt> => {
      // init from the fixture's table into a fresh folder outside the repository, add its data, build as is.
      const cwd = await mkdtemp(join(tmpdir(), `pe-init-${fixture}-`));
      const init = await initPlan({ dir: fixture, from: join(FIXTURES, fixture, table), cwd, today: new Date('2024-06-28T12:00:00'), region });
      for (const file of data) await copyFile(join(FIXTURES, fixture, file), join(init.dir, file));
      return { init, result: await build({ cwd, config: init.config }), out: join(init.dir, 'out') };
    }),
  ]),
);

/** A fixture plan of test/fixtures/plans through `plan-eval init`, built to PDF. */
export const fixtureBuild = (fixture: keyof typeof FIXTURE_BUILDS): Promise<InitBuilt> => fixtureMemos[fixture]!();
