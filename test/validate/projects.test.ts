import { expect } from 'chai';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { readRegistry } from '../../src/load/registry.ts';
import { parseCsv } from '../../src/load/csv.ts';
import { validateRegistry } from '../../src/validate/registry.ts';
import { validateProjectProgress } from '../../src/validate/projects.ts';
import { evaluateProjects, summariseProjects } from '../../src/evaluate/projects.ts';
import type { Project } from '../../src/model/plan.ts';
import { diagnosticsOf, INFO } from '../fixtures.ts';

// The 专栏 of the seed plan, in order, with the number of items each lists (chapters 3–9).
const COLUMNS: [name: string, chapter: string, items: number][] = [
  ['服务业重点工程、重点项目', '第三章', 4],
  ['工业高质发展重点工程、重点项目', '第三章', 6],
  ['现代农业重点工程、重点项目', '第三章', 6],
  ['科技创新项目、人才建设工程', '第四章', 11],
  ['重要改革事项', '第四章', 1],
  ['数字基础设施建设项目', '第五章', 3],
  ['数字经济发展重点项目', '第五章', 3],
  ['数字社会建设项目', '第五章', 1],
  ['重大基础设施项目', '第六章', 10],
  ['城市规划建设项目', '第六章', 4],
  ['生态环境建设工程', '第六章', 5],
  ['城市管理重点工程', '第六章', 3],
  ['教育现代化重点工程', '第七章', 5],
  ['健康海州重点工程项目', '第七章', 6],
  ['民生保障重点项目', '第七章', 1],
  ['重点群体保障重点项目', '第七章', 14],
  ['就业创业重点项目', '第七章', 2],
  ['文化工作重要事项', '第八章', 3],
  ['安全工作重要事项', '第九章', 5],
];

describe('the 专栏 projects registry of the seed plan', () => {
  let projects: Project[];
  before(async () => {
    const dir = join(PROJECT_ROOT, 'data/haizhou-14');
    projects = validateRegistry(await readRegistry(dir, 'data/haizhou-14')).projects;
  });

  it('holds 93 items in 19 专栏', () => {
    expect(projects).to.have.length(93);
    expect(new Set(projects.map((p) => p.column)).size).to.equal(19);
  });
  it('puts each item under the right 专栏, numbered as in the plan', () => {
    COLUMNS.forEach(([name, chapter, count], i) => {
      const items = projects.filter((p) => p.column === i + 1);
      expect(items, name).to.have.length(count);
      expect(items.every((p) => p.columnName === name && p.chapter.startsWith(chapter)), name).to.equal(true);
      expect(items.map((p) => p.no)).to.deep.equal(Array.from({ length: count }, (_, k) => k + 1));
    });
  });
  it('keeps the plan’s own titles and contents', () => {
    const find = (title: string) => projects.find((p) => p.title === title)!;
    expect(find('旅游发展重点项目').columnName).to.equal('服务业重点工程、重点项目');
    expect(find('旅游发展重点项目').content).to.contain('园博园');
    expect(find('“雪亮工程”').columnName).to.equal('安全工作重要事项');
    expect(find('退役军人服务站建设').columnName).to.equal('重点群体保障重点项目');
    expect(find('城市外环路建设').columnName).to.equal('重大基础设施项目');
  });
});

describe('validate/projects: yearly progress', () => {
  const projects = [{ id: 'zl01-1', no: 1, title: '生活性服务业提质工程', content: '', responsible: '区商务局', column: 1, columnName: '服务业', chapter: '第三章' }];
  const HEADER = 'project,year,status,investment,note,source\n';
  const check = (body: string) => diagnosticsOf(() => validateProjectProgress(parseCsv(HEADER + body, 'p.csv', ['project', 'year', 'status', 'source']), INFO, projects));
  it('reads status, investment and source', () => {
    const [p] = validateProjectProgress(parseCsv(HEADER + 'zl01-1,2023,推进中,4.9,按计划推进,区商务局\n', 'p.csv', []), INFO, projects);
    expect(p).to.include({ projectId: 'zl01-1', year: 2023, status: '推进中', investment: 4.9, illustrative: false });
  });
  for (const [what, body, rule] of [
    ['an unknown project', 'zl01-9,2023,推进中,,,src\n', 'progress-unknown-project'],
    ['a status outside the list', 'zl01-1,2023,进行中,,,src\n', 'progress-status'],
    ['text as investment', 'zl01-1,2023,推进中,约5亿,,src\n', 'observation-not-number'],
    ['a year outside the period', 'zl01-1,2026,推进中,,,src\n', 'observation-year'],
    ['two reports for one year', 'zl01-1,2023,推进中,,,src\nzl01-1,2023,滞后,,,src\n', 'progress-duplicate'],
    ['a negative investment', 'zl01-1,2023,推进中,-3,,src\n', 'number-negative'],
    ['an investment of 400 digits', `zl01-1,2023,推进中,${'9'.repeat(400)},,src\n`, 'number-too-large'],
  ] as const) {
    it(`rejects ${what} with its line`, () => {
      const [d] = check(body);
      expect(d!.rule).to.equal(rule);
      expect(d!.position!.line).to.be.greaterThan(1);
    });
  }
  it('counts projects by status at the 评估时点; a project without a report is 未报送', () => {
    const rows = validateProjectProgress(parseCsv(HEADER + 'zl01-1,2022,推进中,2,,src\nzl01-1,2023,已完成,1.5,,src\n', 'p.csv', []), INFO, projects);
    const two = [...projects, { ...projects[0]!, id: 'zl01-2', no: 2 }];
    const items = evaluateProjects(two, rows, { year: 2023, half: false });
    expect(items.map((e) => e.status)).to.deep.equal(['已完成', '未报送']);
    expect(items[0]!.investment).to.equal(3.5);
    const summary = summariseProjects(items);
    expect(summary.counts).to.include({ 已完成: 1, 未报送: 1 });
    expect(summary.byColumn[0]!.total).to.equal(2);
  });
});
