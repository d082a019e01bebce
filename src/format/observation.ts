// 数值的性质标注：上半年、预计、快报、初步核实、修订——凡印出该数值处都带上，附件表与正文一致。
import type { Evaluation } from '../model/evaluation.ts';
import type { Observation } from '../model/plan.ts';
import { pointLabel } from '../evaluate/schedule.ts';

/** A figure that is not a final whole-year one says what it is, wherever it is printed: “（预计）”“（上半年）”. */
export function valueMark(o: Pick<Observation, 'half' | 'kind'>): string {
  const marks = [o.half ? '上半年' : '', o.kind === '正式' ? '' : o.kind].filter((m) => m !== '');
  return marks.length > 0 ? `（${marks.join('，')}）` : '';
}

/**
 * The data cut-off sentence of a report, from what the evaluation used: “数据截至2023年；其中3项指标采用2022年数据，
 * 2项为预计数。” Counts of zero are left out.
 */
export function cutoffSentence(evaluation: Evaluation): string {
  const point = evaluation.point;
  const used = evaluation.indicators.filter((e) => e.latest !== undefined);
  const earlier = new Map<string, number>();
  for (const e of used) {
    if (e.dataPoint.year === point.year && e.dataPoint.half === point.half) continue;
    const label = pointLabel(e.dataPoint);
    earlier.set(label, (earlier.get(label) ?? 0) + 1);
  }
  const kinds = new Map<string, number>();
  for (const e of used) if (e.latest!.kind !== '正式' && e.latest!.kind !== '修订') kinds.set(e.latest!.kind, (kinds.get(e.latest!.kind) ?? 0) + 1);
  const missing = evaluation.indicators.filter((e) => e.latest === undefined && !e.manual).length;
  const parts = [
    ...[...earlier].map(([label, n]) => `${n}项指标采用${label}数据`),
    ...[...kinds].map(([kind, n]) => `${n}项为${kind}数`),
    ...(missing > 0 ? [`${missing}项尚无数据`] : []),
  ];
  return `数据截至${pointLabel(point)}${parts.length > 0 ? `；其中${parts.join('，')}` : ''}。`;
}
