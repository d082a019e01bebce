// mocha 的设置。命令行上给了测试文件（如 npx mocha test/corpus.test.ts）时只运行这些文件，否则全部测试分三个进程并行：
// 端到端测试（test/e2e.test.ts，一个文件，共用同一批报告）、坏输入语料（主要在等它启动的命令行）、其余单元测试。
// 各进程中较慢的报告和命令行在开始时就由 test/background.ts 在后台启动，读它们的测试届时只需等待结果。
const named = process.argv.slice(2).some((a) => !a.startsWith('-') && (/\.ts$/.test(a) || /^(\.\/)?test(\/|$)/.test(a)));

module.exports = {
  'node-option': ['import=tsx'],
  require: ['test/background.ts'],
  ...(named
    ? {}
    : {
        // In this order: the two long files take a process each, the unit tests go to the third one by one.
        spec: ['test/e2e.test.ts', 'test/corpus.test.ts', 'test/!(corpus|e2e).test.ts', 'test/!(e2e)/**/*.test.ts'],
        parallel: true,
        jobs: 3,
      }),
  timeout: 120000,
  reporter: 'spec',
};
