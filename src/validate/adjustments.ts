// 校验指标调整建议（adjustments.yaml）：编号存在且不重复、调整后的目标确有变化、理由必填；约束性指标的调整须写明
// 依照法定程序报人大常委会审查批准（legalProcedure: true），预期性指标不写。
// Static checks only: whether the evaluation supports a proposal depends on the 评估时点 and is checked when a
// 调整方案 is built (validate/kinds.ts).
import { z } from 'zod';
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { ILLUSTRATIVE_MARK, type Indicator } from '../model/plan.ts';
import { AdjustmentSchema, type Adjustment } from '../model/proposals.ts';
import type { YamlSource } from '../load/yamlFile.ts';
import { validateYaml } from './schema.ts';

export function validateAdjustments(source: YamlSource | undefined, indicators: Indicator[]): Adjustment[] {
  if (!source) return [];
  // A file of comments only (the template init writes) holds no proposal yet.
  const entries = validateYaml(source, z.array(AdjustmentSchema).nullable(), 'adjustment-schema') ?? [];
  const bag = new DiagnosticBag();
  const first = new Map<string, number>();
  const ids = indicators.map((i) => i.id);
  const out: Adjustment[] = [];
  entries.forEach((a, i) => {
    const at = source.positionOf([i, 'id']);
    const ind = indicators.find((x) => x.id === a.id);
    if (!ind) return bag.add(msg.adjustmentUnknownIndicator(source.file, at, a.id, closest(a.id, ids)));
    const seen = first.get(a.id);
    if (seen !== undefined) return bag.add(msg.adjustmentDuplicate(source.file, at, a.id, seen));
    first.set(a.id, at.line);
    const annualGrowth = a.annualGrowth ?? ind.annualGrowth;
    if (a.target === ind.target && annualGrowth === ind.annualGrowth) bag.add(msg.adjustmentUnchanged(source.file, source.positionOf([i, 'target']), a.id, ind.target));
    const binding = ind.attribute === '约束性';
    if (binding && a.legalProcedure !== true) bag.add(msg.adjustmentBindingProcedure(source.file, source.positionOf([i, a.legalProcedure === undefined ? 'id' : 'legalProcedure']), ind.name));
    if (!binding && a.legalProcedure === true) bag.add(msg.adjustmentProcedureNotBinding(source.file, source.positionOf([i, 'legalProcedure']), ind.name));
    out.push({
      indicatorId: a.id,
      target: a.target,
      annualGrowth,
      reason: a.reason,
      ...(a.evidence ? { evidence: a.evidence } : {}),
      legalProcedure: binding,
      illustrative: a.reason.includes(ILLUSTRATIVE_MARK),
      origin: { file: source.file, position: at },
    });
  });
  bag.throwIfAny();
  return out;
}
