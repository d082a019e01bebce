// 测试用的小型规划：与海州区规划同一规划期（2021—2025，基期2020）。
import { InputError, type Diagnostic } from '../src/diagnostics.ts';
import type { Indicator, Observation, Plan, PlanInfo, TargetForm } from '../src/model/plan.ts';
import { DEFAULT_SETTINGS, type EvaluationSettings } from '../src/model/evaluation.ts';
import type { RuleContext } from '../src/evaluate/rules.ts';

export const INFO: PlanInfo = {
  name: '测试区国民经济和社会发展第十四个五年规划纲要',
  shortName: '测试区“十四五”规划纲要',
  planLabel: '十四五',
  region: '测试市测试区',
  regionShort: '测试区',
  issuer: '测试区人民政府',
  period: { start: 2021, end: 2025 },
  baseYear: 2020,
  groups: ['经济强', '环境美'],
  responsibleIllustrative: false,
  series: [],
};

export function indicator(form: TargetForm, over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'x',
    name: '测试指标',
    unit: '亿元',
    group: '经济强',
    attribute: '预期性',
    base: 100,
    target: '200',
    annualGrowth: '—',
    form,
    responsible: '区统计局',
    ...over,
  };
}

export function obs(indicatorId: string, year: number, value: number, source = '示例'): Observation {
  return { indicatorId, year, half: false, value, unit: '', source, note: '', illustrative: source.includes('示例'), origin: { file: 'test.csv', line: 2 }, department: '', kind: '正式' };
}

/** Observations for consecutive years from 2021. */
export function series(indicatorId: string, values: number[], source?: string): Observation[] {
  return values.map((v, i) => obs(indicatorId, 2021 + i, v, source));
}

export function ctx(year = 2023, half = false, settings: EvaluationSettings = DEFAULT_SETTINGS): RuleContext {
  return { info: INFO, point: { year, half }, t: (year - 2020 - (half ? 0.5 : 0)) / 5, settings };
}

export function plan(indicators: Indicator[], observations: Observation[], cityTasks: Observation[] = []): Plan {
  return { info: INFO, indicators, observations, cityTasks, projects: [], projectProgress: [], judgements: [], adjustments: [], opinions: [] };
}

/** The diagnostics a failing call throws (empty when it succeeds). */
export function diagnosticsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
}

/** The diagnostics a failing async call throws (empty when it succeeds). */
export async function diagnosticsOfAsync(fn: () => Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
}
