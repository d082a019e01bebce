// mocha 的设置。命令行上给了测试文件（如 npx mocha test/corpus.test.ts）时只运行这些文件，否则运行全部：单元测试在前，
// 端到端测试随后，坏输入语料最后（它们的报告和命令行在测试开始时就由 test/background.ts 在后台启动，排在后面的
// 测试届时只需读取结果）。All in one process: measured against three processes (mocha --parallel, the e2e suites
// as one file), it took as long or longer and ~10 CPU-seconds more (each process loads the modules again).
const named = process.argv.slice(2).some((a) => !a.startsWith('-') && (/\.ts$/.test(a) || /^(\.\/)?test(\/|$)/.test(a)));

module.exports = {
  // A young generation of 32 MB instead of V8's 16: the run allocates a lot of short-lived objects (pdf.js reading
  // back 8 reports, the builds), and garbage collection took about 6 of its 46 CPU-seconds; with this, about 4.
  'node-option': ['import=tsx', 'max-semi-space-size=32'],
  require: ['test/background.ts'],
  ...(named ? {} : { spec: ['test/!(corpus).test.ts', 'test/!(e2e)/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/corpus.test.ts'] }),
  timeout: 120000,
  reporter: 'spec',
};
