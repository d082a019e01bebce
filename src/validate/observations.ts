// 校验年度数据：指标编号存在、年份在规划期内、数值为可信的数字（figures.ts）、单位一致、来源已填、同一指标同一年不重复。
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { DATA_KINDS, ILLUSTRATIVE_MARK, type DataKind, type Indicator, type Observation, type PlanInfo } from '../model/plan.ts';
import type { ObservationRow } from '../load/observations.ts';
import { FirstLines, NUMBER_TEXT, planPeriod } from './fields.ts';
import { cannotBeNegative, figureFromText, figureMessage } from './figures.ts';

/**
 * The yearly figures of the indicators and of the plan's auxiliary series. A 修订 row replaces the figure of the
 * same indicator and period it revises (wherever it stands in the file), and keeps that figure for the record.
 */
export function validateObservations(rows: ObservationRow[], info: PlanInfo, indicators: Indicator[]): Observation[] {
  // Figures may belong to an indicator, a sub-target (“指标编号-key”) or an auxiliary series of the plan.
  type Owner = Pick<Indicator, 'id' | 'name' | 'unit' | 'nonNegative'>;
  const byId = new Map<string, Owner>([
    ...info.series.map((s) => [s.id, s] as const),
    ...indicators.map((i) => [i.id, i] as const),
    ...indicators.flatMap((i) => (i.parts ?? []).map((p) => [`${i.id}-${p.key}`, { ...i, id: `${i.id}-${p.key}`, name: `${i.name}（${p.name}）` }] as const)),
  ]);
  const ids = [...byId.keys()];
  const bag = new DiagnosticBag();
  const seen = new FirstLines();
  const revisions = new FirstLines();
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
    const kindRaw = (fields.kind ?? '').trim();
    const kind = kindRaw === '' ? '正式' : (DATA_KINDS as readonly string[]).includes(kindRaw) ? (kindRaw as DataKind) : undefined;
    if (kind === undefined) {
      bag.add(msg.badDataKind(file, line, kindRaw, DATA_KINDS));
      continue;
    }
    const periodKey = half ? `${year}H1` : year;
    if (kind !== '修订') {
      const first = seen.seen(id, periodKey, line);
      if (first !== undefined) {
        bag.add(msg.duplicateObservation(file, line, id, half ? `${year}年上半年` : `${year}年`, first));
        continue;
      }
    } else if (revisions.seen(id, periodKey, line) !== undefined) {
      bag.add(msg.duplicateObservation(file, line, id, `${half ? `${year}年上半年` : `${year}年`}修订`, revisions.seen(id, periodKey, line)!));
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
      kind,
    });
  }
  bag.throwIfAny();
  return applyRevisions(out, bag);
}

/** Each 修订 figure takes the place of the figure it revises; a revision of nothing is an error. */
function applyRevisions(all: Observation[], bag: DiagnosticBag): Observation[] {
  const key = (o: Observation) => `${o.indicatorId}@${o.year}${o.half ? 'H1' : ''}`;
  const revised = new Map(all.filter((o) => o.kind === '修订').map((o) => [key(o), o]));
  const out: Observation[] = [];
  for (const o of all) {
    if (o.kind === '修订') continue;
    const r = revised.get(key(o));
    if (!r) {
      out.push(o);
      continue;
    }
    out.push({ ...r, revises: { value: o.value, source: o.source, origin: o.origin } });
    revised.delete(key(o));
  }
  for (const r of revised.values()) bag.add(msg.revisionOfNothing(r.origin.file, r.origin.line, r.indicatorId, r.year));
  bag.throwIfAny();
  return out;
}

/** 市下达任务值 (city-tasks.csv): the same columns and checks, for 完成市下达任务 indicators only. */
export function validateCityTasks(rows: ObservationRow[], info: PlanInfo, indicators: Indicator[]): Observation[] {
  const tasks = validateObservations(rows, info, indicators);
  const bag = new DiagnosticBag();
  for (const t of tasks) {
    const ind = indicators.find((i) => i.id === t.indicatorId);
    if (!ind) {
      bag.add(msg.unknownIndicator(t.origin.file, t.origin.line, t.indicatorId));
      continue;
    }
    if (ind.form.type !== 'city-task') bag.add(msg.taskForm(t.origin.file, t.origin.line, ind.id, ind.target));
  }
  bag.throwIfAny();
  return tasks;
}
