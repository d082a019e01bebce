// 校验人工判定：只用于定性指标；状态为规定的判定结果；写明依据和来源；同一指标同一年不重复。
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { MANUAL_STATUSES } from '../model/evaluation.ts';
import type { Indicator, ManualJudgement, PlanInfo } from '../model/plan.ts';
import type { CsvRow } from '../load/csv.ts';
import { FirstLines, planYear } from './fields.ts';

export function validateJudgements(rows: CsvRow[], info: PlanInfo, indicators: Indicator[]): ManualJudgement[] {
  const ids = indicators.map((i) => i.id);
  const bag = new DiagnosticBag();
  const seen = new FirstLines();
  const out: ManualJudgement[] = [];
  for (const { file, line, fields } of rows) {
    const id = fields.indicator ?? '';
    const ind = indicators.find((i) => i.id === id);
    if (!ind) {
      bag.add(msg.unknownIndicator(file, line, id, closest(id, ids)));
      continue;
    }
    // A computed status is never overridden by hand: that is what keeps a 约束性 verdict honest.
    if (ind.form.type !== 'qualitative') {
      bag.add(msg.judgementNotQualitative(file, line, id));
      continue;
    }
    const year = planYear(fields.year ?? '', info, file, line, bag);
    if (year === undefined) continue;
    const status = (fields.status ?? '').trim();
    if (!(MANUAL_STATUSES as readonly string[]).includes(status)) {
      bag.add(msg.badJudgementStatus(file, line, status, MANUAL_STATUSES));
      continue;
    }
    const reason = (fields.reason ?? '').trim();
    const source = (fields.source ?? '').trim();
    if (reason === '') bag.add(msg.judgementReason(file, line));
    if (source === '') bag.add(msg.missingSource(file, line));
    const first = seen.seen(id, year, line);
    if (first !== undefined) {
      bag.add(msg.duplicateObservation(file, line, id, `${year}年判定`, first));
      continue;
    }
    out.push({ indicatorId: id, year, status, reason, source, department: (fields.department ?? '').trim() || ind.responsible, origin: { file, line } });
  }
  bag.throwIfAny();
  return out;
}
