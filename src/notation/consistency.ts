// 登记册核对：指标的目标形式须与规划表原文（目标栏、年均/累计栏）相符。原文照录，不要求改写成某种写法。
import type { Indicator, TargetForm } from '../model/plan.ts';
import { readCell, type Cell, type NumberCell } from './cell.ts';

const EPS = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) < EPS;

const numberIn = (c: Cell): NumberCell | undefined => (c.kind === 'number' ? c : undefined);

/**
 * Which field of the registry disagrees with the form, or undefined when the printed text admits the form.
 * Every notation `readCell` knows is accepted as printed (“≥80”“80以上”“不低于80”; “〔13.5〕”“[13.5]”; “5.5以内”).
 */
export function notationMismatch(ind: Pick<Indicator, 'target' | 'annualGrowth' | 'form'>): 'target' | 'annualGrowth' | undefined {
  const target = readCell(ind.target);
  const annual = readCell(ind.annualGrowth);
  const t = numberIn(target);
  const a = numberIn(annual);
  const form: TargetForm = ind.form;
  const plain = (c: NumberCell | undefined, v: number) => c !== undefined && !c.op && same(c.value, v);
  const withOp = (c: NumberCell | undefined, op: string, v: number) => c !== undefined && (c.op ?? (c.control ? '<=' : undefined)) === op && same(c.value, v);
  const inCumulative = (v: number) => a !== undefined && (a.bracket || a.stock) && same(a.value, v);
  switch (form.type) {
    case 'end-value':
      if (inCumulative(form.value) && a!.stock) return undefined;
      if (!plain(t, form.value)) return 'target';
      return Boolean(t!.approx) === Boolean(form.approx) ? undefined : 'target';
    case 'maintain':
      return plain(t, form.value) ? undefined : 'target';
    case 'end-value-rate':
      if (!plain(t, form.value)) return 'target';
      return a !== undefined && same(a.value, form.rate) ? undefined : 'annualGrowth';
    case 'threshold':
      return withOp(t, form.op, form.value) ? undefined : 'target';
    case 'bound':
      return withOp(t, form.op, form.value) || withOp(a, form.op, form.value) ? undefined : 'target';
    case 'growth-rate':
      if (a === undefined || !same(a.value, form.rate) || a.bracket) return 'annualGrowth';
      if ((a.op ?? undefined) !== (form.op ?? undefined) || Boolean(a.approx) !== Boolean(form.approx)) return 'annualGrowth';
      return undefined;
    case 'cumulative':
    case 'cumulative-decline':
    case 'cumulative-change':
      return inCumulative(form.value) || plain(t, form.value) ? undefined : a !== undefined ? 'annualGrowth' : 'target';
    case 'city-task': {
      const task = target.kind === 'task' ? target : annual.kind === 'task' ? annual : undefined;
      return task !== undefined && task.level === (form.level ?? '市') ? undefined : 'target';
    }
    case 'relative': {
      const rel = target.kind === 'relative' ? target : annual.kind === 'relative' ? annual : undefined;
      return rel !== undefined && rel.relation === form.relation ? undefined : 'target';
    }
    case 'qualitative':
      return undefined;
    case 'parts':
      return target.kind === 'parts' ? undefined : 'target';
  }
}
