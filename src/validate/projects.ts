// 校验重大工程项目年度进展：项目编号存在、年份在规划期内、状态为规定值、投资为数字、来源已填、不重复。
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { ILLUSTRATIVE_MARK, PROJECT_STATUSES, type PlanInfo, type Project, type ProjectProgress, type ProjectStatus } from '../model/plan.ts';
import type { CsvRow } from '../load/csv.ts';
import { INVESTMENT_UNIT } from '../load/projects.ts';
import { FirstLines, NUMBER_TEXT, planYear } from './fields.ts';
import { figureFromText, figureMessage } from './figures.ts';

export function validateProjectProgress(rows: CsvRow[], info: PlanInfo, projects: Project[]): ProjectProgress[] {
  const ids = projects.map((p) => p.id);
  const bag = new DiagnosticBag();
  const seen = new FirstLines();
  const out: ProjectProgress[] = [];
  for (const { file, line, fields } of rows) {
    const id = fields.project ?? '';
    if (!ids.includes(id)) {
      bag.add(msg.unknownProject(file, line, id, closest(id, ids)));
      continue;
    }
    const year = planYear(fields.year ?? '', info, file, line, bag);
    if (year === undefined) continue;
    const status = fields.status ?? '';
    if (!(PROJECT_STATUSES as readonly string[]).includes(status)) {
      bag.add(msg.badProjectStatus(file, line, status, PROJECT_STATUSES));
      continue;
    }
    const investmentRaw = fields.investment ?? '';
    if (investmentRaw !== '' && !NUMBER_TEXT.test(investmentRaw)) {
      bag.add(msg.notANumber(file, line, investmentRaw));
      continue;
    }
    const investment = investmentRaw === '' ? null : figureFromText(investmentRaw);
    if (typeof investment === 'string') {
      bag.add(figureMessage(investment, file, { line }, investmentRaw));
      continue;
    }
    if (investment !== null && investment < 0) {
      bag.add(msg.figureNegative(file, { line }, '完成投资', investmentRaw, INVESTMENT_UNIT));
      continue;
    }
    const source = fields.source ?? '';
    if (source === '') bag.add(msg.missingSource(file, line));
    const first = seen.seen(id, year, line);
    if (first !== undefined) {
      bag.add(msg.duplicateProgress(file, line, id, year, first));
      continue;
    }
    out.push({
      projectId: id,
      year,
      status: status as ProjectStatus,
      investment,
      note: fields.note ?? '',
      source,
      illustrative: source.includes(ILLUSTRATIVE_MARK),
      origin: { file, line },
    });
  }
  bag.throwIfAny();
  return out;
}
