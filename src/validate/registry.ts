// 校验规划登记册：模式、指标编号唯一、分类存在、目标原文与目标形式一致。
import { z } from 'zod';
import { DiagnosticBag, InputError } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { IndicatorSchema, PlanSchema, ProjectColumnSchema, type Indicator, type PlanInfo, type Project } from '../model/plan.ts';
import type { RegistrySources } from '../load/registry.ts';
import type { YamlSource } from '../load/yamlFile.ts';
import { validateYaml } from './schema.ts';
import { closest } from '../format/closest.ts';
import { readCell } from '../notation/cell.ts';
import { notationMismatch } from '../notation/consistency.ts';
import { inferForm } from '../notation/infer.ts';
import { formYaml } from '../notation/formYaml.ts';

export interface Registry {
  info: PlanInfo;
  indicators: Indicator[];
  projects: Project[];
}

export function validateRegistry(sources: RegistrySources): Registry {
  const info = validateYaml(sources.plan, PlanSchema, 'plan-schema');
  // Every data row is judged against the period: a reversed period would blame all of them. The period is
  // checked first, and alone.
  const { start, end } = info.period;
  if (start > end) throw new InputError([msg.planPeriodReversed(sources.plan.file, sources.plan.positionOf(['period']), start, end)]);
  if (info.baseYear !== start - 1) throw new InputError([msg.planBaseYear(sources.plan.file, sources.plan.positionOf(['baseYear']), info.baseYear, start)]);
  const indSrc = sources.indicators;
  const indicators = validateYaml(indSrc, z.array(IndicatorSchema).min(1), 'indicator-schema');

  const bag = new DiagnosticBag();
  const firstLine = new Map<string, number>();
  indicators.forEach((ind, i) => {
    const pos = indSrc.positionOf([i, 'id']);
    const seen = firstLine.get(ind.id);
    if (seen !== undefined) bag.add(msg.duplicateIndicator(indSrc.file, pos, ind.id, seen));
    else firstLine.set(ind.id, pos.line);
    if (!info.groups.includes(ind.group)) bag.add(msg.unknownGroup(indSrc.file, indSrc.positionOf([i, 'group']), ind.group, info.groups));
    const form = ind.form;
    // A target on the wrong side of the 基期 would turn every status upside down; catch it here.
    if ((form.type === 'end-value' || form.type === 'end-value-rate') && ind.base !== null && ind.base !== form.value) {
      if ((form.direction === 'up') !== form.value > ind.base) bag.add(msg.directionMismatch(indSrc.file, indSrc.positionOf([i, 'form', 'direction']), ind.id, ind.base, form.value, form.direction));
    }
    const field = notationMismatch(ind);
    if (field !== undefined) {
      const inferred = inferForm({ name: ind.name, unit: ind.unit, base: ind.base, target: readCell(ind.target), annual: readCell(ind.annualGrowth) });
      bag.add(msg.notationMismatch(indSrc.file, indSrc.positionOf([i, field]), ind.id, ind[field], formYaml(ind.form), inferred.reading, formYaml(inferred.form)));
    }
    if ((form.type === 'parts') !== (ind.parts !== undefined)) bag.add(msg.partsMismatch(indSrc.file, indSrc.positionOf([i, ind.parts ? 'parts' : 'form']), ind.id));
    ind.parts?.forEach((part, k) => {
      const pid = `${ind.id}-${part.key}`;
      const seenPart = firstLine.get(pid);
      if (seenPart !== undefined) bag.add(msg.duplicateIndicator(indSrc.file, indSrc.positionOf([i, 'parts', k, 'key']), pid, seenPart));
      else firstLine.set(pid, indSrc.positionOf([i, 'parts', k, 'key']).line);
      if (part.form.type === 'parts') bag.add(msg.partsMismatch(indSrc.file, indSrc.positionOf([i, 'parts', k, 'form']), pid));
      else if (notationMismatch({ target: part.target, annualGrowth: '—', form: part.form }) !== undefined) {
        const inferred = inferForm({ name: part.name, unit: ind.unit, base: part.base, target: readCell(part.target), annual: readCell('—') });
        bag.add(msg.notationMismatch(indSrc.file, indSrc.positionOf([i, 'parts', k, 'target']), pid, part.target, formYaml(part.form), inferred.reading, formYaml(inferred.form)));
      }
    });
    if (form.type === 'relative' && !indicators.some((o) => o.id === form.reference && o.id !== ind.id) && !info.series.some((s) => s.id === form.reference)) {
      const known = [...indicators.map((o) => o.id), ...info.series.map((s) => s.id)];
      bag.add(msg.relativeReference(indSrc.file, indSrc.positionOf([i, 'form', 'reference']), ind.id, form.reference, closest(form.reference, known)));
    }
  });
  bag.throwIfAny();
  return { info, indicators, projects: sources.projects ? validateProjects(sources.projects) : [] };
}

/** The 专栏 with their items, flattened to projects that know their 专栏; ids must be unique. */
function validateProjects(source: YamlSource): Project[] {
  const columns = validateYaml(source, z.array(ProjectColumnSchema), 'project-schema');
  const bag = new DiagnosticBag();
  const seen = new Set<string>();
  const projects = columns.flatMap((c, ci) =>
    c.items.map((item, ii) => {
      if (seen.has(item.id)) bag.add(msg.duplicateProject(source.file, source.positionOf([ci, 'items', ii, 'id']), item.id));
      seen.add(item.id);
      return { ...item, column: c.column, columnName: c.name, chapter: c.chapter };
    }),
  );
  bag.throwIfAny();
  return projects;
}
