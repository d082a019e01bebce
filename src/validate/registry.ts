// 校验规划登记册：模式、指标编号唯一、分类存在、目标原文与目标形式一致。
import { z } from 'zod';
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { IndicatorSchema, PlanSchema, ProjectColumnSchema, type Indicator, type PlanInfo, type Project, type TargetForm } from '../model/plan.ts';
import type { RegistrySources } from '../load/registry.ts';
import type { YamlSource } from '../load/yamlFile.ts';
import { validateYaml } from './schema.ts';

export interface Registry {
  info: PlanInfo;
  indicators: Indicator[];
  projects: Project[];
}

export function validateRegistry(sources: RegistrySources): Registry {
  const info = validateYaml(sources.plan, PlanSchema, 'plan-schema');
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
    const expected = writtenTargetOf(ind.form);
    if (expected.target !== undefined && normalise(ind.target) !== expected.target) {
      bag.add(msg.targetMismatch(indSrc.file, indSrc.positionOf([i, 'target']), ind.id, ind.target, expected.target));
    }
    if (expected.growth !== undefined && normalise(ind.annualGrowth) !== expected.growth) {
      bag.add(msg.targetMismatch(indSrc.file, indSrc.positionOf([i, 'annualGrowth']), ind.id, ind.annualGrowth, expected.growth));
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

const NONE = '—';

/**
 * What the plan table's 目标 and 年均增长 cells must say for a given form. Checking this catches the most
 * likely registry mistake — a form that does not match the plan's own words — before it becomes a status.
 */
export function writtenTargetOf(form: TargetForm): { target?: string; growth?: string } {
  const num = (n: number) => String(n);
  switch (form.type) {
    case 'end-value':
    case 'maintain':
    case 'cumulative':
    case 'cumulative-decline':
      return { target: num(form.value) };
    case 'end-value-rate':
      return { target: num(form.value), growth: num(form.rate) };
    case 'growth-rate':
      return { target: NONE, growth: num(form.rate) };
    case 'bound':
      return { target: `${{ '>': '>', '>=': '≥', '<': '<', '<=': '≤' }[form.op]}${num(form.value)}` };
    case 'city-task':
      return { target: '完成市下达任务' };
  }
}

/** Plan tables mix full- and half-width signs and trailing zeros (6.0); compare the meaning, not the glyphs. */
function normalise(text: string): string {
  const t = text.trim().replace(/＞/g, '>').replace(/＜/g, '<').replace(/>=/g, '≥').replace(/<=/g, '≤').replace(/^-$/, NONE);
  const m = /^([>≥<≤]?)(-?\d+(?:\.\d+)?)$/.exec(t);
  return m ? `${m[1]}${Number(m[2])}` : t;
}
