// 重大工程项目（专栏）推进情况：各项目在评估时点的状态、累计完成投资，以及按状态、按专栏的计数。纯函数。
import type { EvaluationPoint, ProjectEvaluation, ProjectSummary } from '../model/evaluation.ts';
import { PROJECT_REPORT_STATUSES } from '../model/evaluation.ts';
import type { Project, ProjectProgress } from '../model/plan.ts';

export function evaluateProjects(projects: Project[], progress: ProjectProgress[], point: EvaluationPoint): ProjectEvaluation[] {
  return projects.map((project) => {
    const own = progress.filter((p) => p.projectId === project.id && p.year <= point.year).sort((a, b) => a.year - b.year);
    const latest = own.find((p) => p.year === point.year);
    const invested = own.filter((p) => p.investment !== null);
    return {
      project,
      progress: own,
      latest,
      // A project with no report for the 评估时点 is shown as such, never assumed to be on track.
      status: latest?.status ?? '未报送',
      investment: invested.length === 0 ? null : invested.reduce((acc, p) => acc + p.investment!, 0),
    };
  });
}

export function summariseProjects(items: ProjectEvaluation[]): ProjectSummary {
  const count = (list: ProjectEvaluation[]) => Object.fromEntries(PROJECT_REPORT_STATUSES.map((s) => [s, list.filter((e) => e.status === s).length]));
  const columns = [...new Map(items.map((e) => [e.project.column, e.project])).values()];
  return {
    total: items.length,
    columns: columns.length,
    counts: count(items),
    byColumn: columns.map((c) => {
      const inColumn = items.filter((e) => e.project.column === c.column);
      return { column: c.column, name: c.columnName, chapter: c.chapter, total: inColumn.length, counts: count(inColumn) };
    }),
    lists: Object.fromEntries(PROJECT_REPORT_STATUSES.map((s) => [s, items.filter((e) => e.status === s).map((e) => e.project.id)])),
  };
}
