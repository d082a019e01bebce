// 校验年度数据：指标编号存在、年份在规划期内、数值为可信的数字（figures.ts）、单位一致、来源已填、同一指标同一年不重复。
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { ILLUSTRATIVE_MARK, type Indicator, type Observation, type PlanInfo } from '../model/plan.ts';
import type { ObservationRow } from '../load/observations.ts';
import { FirstLines, NUMBER_TEXT, planPeriod } from './fields.ts';
import { cannotBeNegative, figureFromText, figureMessage } from './figures.ts';

export function validateObservations(rows: ObservationRow[], info: PlanInfo, indicators: Indicator[]): Observation[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ids = [...byId.keys()];
  const bag = new DiagnosticBag();
  const seen = new FirstLines();
  const out: Observation[] = [];
  for (const { file, line, fields } of rows) {
    const id = fields.indicator ?? '';
    const indicator = byId.get(id);
    if (!indicator) {
      bag.add(msg.unknownIndicator(file, line, id, closest(id, ids)));
      continue;
    }
    const period = planPeriod(fields.year ?? '', info, file, line, bag);
    if (period === undefined) continue;
    const { year, half } = period;
    const valueRaw = fields.value ?? '';
    if (!NUMBER_TEXT.test(valueRaw)) {
      bag.add(msg.notANumber(file, line, valueRaw));
      continue;
    }
    const value = figureFromText(valueRaw);
    if (typeof value !== 'number') {
      bag.add(figureMessage(value, file, { line }, valueRaw));
      continue;
    }
    if (value < 0 && cannotBeNegative(indicator)) {
      bag.add(msg.figureNegative(file, { line }, `指标“${indicator.name}”`, valueRaw, indicator.unit));
      continue;
    }
    const unit = fields.unit ?? '';
    if (unit !== '' && unit !== indicator.unit) bag.add(msg.unitMismatch(file, line, id, unit, indicator.unit));
    const source = fields.source ?? '';
    if (source === '') bag.add(msg.missingSource(file, line));
    const first = seen.seen(id, half ? `${year}H1` : year, line);
    if (first !== undefined) {
      bag.add(msg.duplicateObservation(file, line, id, half ? `${year}年上半年` : `${year}年`, first));
      continue;
    }
    out.push({
      indicatorId: id,
      year,
      half,
      value,
      unit: indicator.unit,
      source,
      note: fields.note ?? '',
      illustrative: source.includes(ILLUSTRATIVE_MARK),
      origin: { file, line },
      department: fields.department ?? '',
    });
  }
  bag.throwIfAny();
  return out;
}

/** 市下达任务值 (city-tasks.csv): the same columns and checks, for 完成市下达任务 indicators only. */
export function validateCityTasks(rows: ObservationRow[], info: PlanInfo, indicators: Indicator[]): Observation[] {
  const tasks = validateObservations(rows, info, indicators);
  const bag = new DiagnosticBag();
  for (const t of tasks) {
    const ind = indicators.find((i) => i.id === t.indicatorId)!;
    if (ind.form.type !== 'city-task') bag.add(msg.taskForm(t.origin.file, t.origin.line, ind.id, ind.target));
  }
  bag.throwIfAny();
  return tasks;
}
