// 附件 数据来源：哪一部门或哪份公报提供了哪些数据。每个数字都能追溯到来源。
import type { Evaluation } from '../model/evaluation.ts';
import { ILLUSTRATIVE_MARK, type Plan } from '../model/plan.ts';
import type { SourceList } from './model.ts';

/**
 * The indicator figures used, grouped by where they came from (a department that reported a figure through its
 * form is credited as well as its source), with each figure named “地区生产总值（2021年）”.
 */
export function indicatorSources(evaluation: Evaluation): Map<string, { items: string[]; illustrative: boolean }> {
  const bySource = new Map<string, { items: string[]; illustrative: boolean }>();
  for (const e of evaluation.indicators.flatMap((x) => x.parts ?? [x])) {
    for (const o of e.observations) {
      const label = o.department ? `${o.source}（${o.department}报送）` : o.source;
      const entry = bySource.get(label) ?? { items: [], illustrative: o.illustrative };
      entry.items.push(`${e.indicator.name}（${o.year}年）`);
      bySource.set(label, entry);
    }
  }
  return bySource;
}

/**
 * 基期 values that are not the plan table's (init --previous took them from the previous plan's monitoring data),
 * by where they came from: “基期值取自“十四五”规划监测数据（2025年）：…” → the indicators.
 */
export function baseSources(plan: Pick<Plan, 'indicators'>): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const ind of plan.indicators) if (ind.baseSource) bySource.set(`基期值取自${ind.baseSource}`, [...(bySource.get(`基期值取自${ind.baseSource}`) ?? []), ind.name]);
  return bySource;
}

export function sourceList(plan: Plan, evaluation: Evaluation): SourceList {
  const bySource = new Map<string, { indicators: string[]; bases: string[]; tasks: string[]; projects: number; illustrative: boolean }>();
  const entry = (source: string, illustrative: boolean) => {
    const e = bySource.get(source) ?? { indicators: [], bases: [], tasks: [], projects: 0, illustrative };
    bySource.set(source, e);
    return e;
  };
  const name = (id: string) => plan.indicators.find((i) => i.id === id)!.name;
  for (const [source, { items, illustrative }] of indicatorSources(evaluation)) entry(source, illustrative).indicators.push(...items);
  for (const [source, names] of baseSources(plan)) entry(source, source.includes(ILLUSTRATIVE_MARK)).bases.push(...names);
  for (const t of plan.cityTasks) entry(t.source, t.illustrative).tasks.push(`${name(t.indicatorId)}（${t.year}年任务值）`);
  for (const e of evaluation.projects) for (const p of e.progress) entry(p.source, p.illustrative).projects++;
  const rows = [...bySource].map(([source, e]) => {
    const parts = [
      ...(e.indicators.length === 0 ? [] : [e.illustrative ? `主要指标年度数据${e.indicators.length}个` : e.indicators.join('、')]),
      ...(e.bases.length === 0 ? [] : [`${e.bases.join('、')}的${plan.info.baseYear}年基期值（规划表未列）`]),
      ...(e.tasks.length === 0 ? [] : [e.tasks.join('、')]),
      ...(e.projects === 0 ? [] : [`重大工程项目年度进展${e.projects}条`]),
    ];
    return { source, supplied: parts.join('；'), illustrative: e.illustrative };
  });
  // Real sources first; illustrative ones last, so a reader sees at once what is genuine.
  rows.sort((a, b) => Number(a.illustrative) - Number(b.illustrative));
  return {
    rows,
    registry: `指标名称、单位、基期值、目标值与属性，重大工程项目名称与建设内容：${plan.info.name}${baseSources(plan).size > 0 ? `（规划表未列基期值的${plan.indicators.filter((i) => i.baseSource).length}项指标，基期值的来源见下表）` : ''}。${plan.info.responsibleIllustrative ? '各指标和项目的责任单位规划纲要未列明，为示例分工。' : ''}`,
  };
}
