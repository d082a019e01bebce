// 由上一个五年规划的监测数据补新规划的基期值（plan-eval init --previous）：新规划表中没有基期值的指标，若与上期规划的
// 指标同名（空格、全角半角、括号写法不计），或表中“上期指标”栏点名了上期的指标，就取上期规划在新基期年（如 2025 年）
// 的监测数据作基期值，在 indicators.yaml 中写明出处（注释、baseSource、note），报告的数据来源随之列出。
// Any two plans: nothing here knows 十四五 or 十五五. A figure taken is a figure someone reported for the previous
// plan, with its source; a figure that is not there (or in another unit) is not guessed, only listed as unused.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { closest } from '../format/closest.ts';
import { formatNumber } from '../format/number.ts';
import { readPlanFiles } from '../load/planFiles.ts';
import { msg } from '../messages.ts';
import { ILLUSTRATIVE_MARK, type Indicator, type Observation, type Plan } from '../model/plan.ts';
import { normalise, readCell } from '../notation/cell.ts';
import { inferForm } from '../notation/infer.ts';
import { validatePlan } from '../validate/plan.ts';
import type { IndicatorDraft } from './indicators.ts';

export interface PreviousPlan {
  plan: Plan;
  /** The folder as shown to the user. */
  folder: string;
}

/** One row of the new table matched with an indicator of the previous plan. */
export interface PreviousMatch {
  draft: IndicatorDraft;
  previous: Indicator;
  /** The previous plan's figure for the new 基期年, when there is one in the same unit. */
  figure?: Observation;
  /** Why a matched indicator's figure was not taken. */
  unused?: 'no-figure' | 'unit';
}

export interface PreviousReading {
  folder: string;
  /** “十四五”规划 (any label the previous plan has). */
  planName: string;
  year: number;
  matches: PreviousMatch[];
}

/** The previous plan: its folder (plan.yaml, indicators.yaml, observations.csv) or a plan-eval.yaml naming it. */
export async function readPreviousPlan(path: string, cwd: string, shown: (p: string) => string): Promise<PreviousPlan> {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new InputError([msg.initPreviousMissing(shown(abs))]);
  const dir = statSync(abs).isDirectory() ? abs : (await loadConfig(abs, {}, cwd)).paths.plan;
  if (!existsSync(resolve(dir, 'plan.yaml'))) throw new InputError([msg.initPreviousNotPlan(shown(dir))]);
  return { plan: validatePlan(await readPlanFiles(dir, shown)), folder: shown(dir) };
}

/** A name as compared across plans: spaces, full- and half-width forms and the kind of bracket do not count. */
export const nameKey = (name: string) =>
  normalise(name)
    .replace(/\s+/g, '')
    .replace(/[〔[【［{]/g, '(')
    .replace(/[〕\]】］}]/g, ')');

/** “十四五”规划, or “2023—2027年规划” for a period off the five-year grid. */
const planName = (label: string) => (/年$/.test(label) ? `${label}规划` : `“${label}”规划`);

/**
 * Gives each draft without a 基期 value the previous plan's figure for `baseYear`, where the indicator matches
 * (the 上期指标 column's id or name, else the same name). A name in that column that the previous plan does not
 * have is an error at its cell: the table says something the tool cannot honour.
 */
export function applyPreviousBases(drafts: IndicatorDraft[], previous: PreviousPlan, baseYear: number): PreviousReading {
  const indicators = previous.plan.indicators;
  const byKey = new Map(indicators.map((i) => [nameKey(i.name), i]));
  const problems: Diagnostic[] = [];
  const name = planName(previous.plan.info.planLabel);
  const matches: PreviousMatch[] = [];
  for (const draft of drafts) {
    const listed = draft.listedPrevious;
    const match = listed ? (indicators.find((i) => i.id === listed.text) ?? byKey.get(nameKey(listed.text))) : byKey.get(nameKey(draft.indicator.name));
    if (listed && !match) {
      problems.push({ ...msg.initPreviousUnknown(listed.where.file, listed.text, previous.folder, closest(listed.text, indicators.map((i) => i.name))), ...listed.where });
      continue;
    }
    if (!match || !draft.baseEmpty || draft.indicator.base !== null) continue;
    const figure = previous.plan.observations.find((o) => o.indicatorId === match.id && o.year === baseYear && !o.half);
    if (!figure) {
      matches.push({ draft, previous: match, unused: 'no-figure' });
      continue;
    }
    if (normalise(match.unit) !== normalise(draft.indicator.unit)) {
      matches.push({ draft, previous: match, unused: 'unit' });
      continue;
    }
    takeBase(draft, match, figure, name, previous.folder);
    matches.push({ draft, previous: match, figure });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { folder: previous.folder, planName: name, year: baseYear, matches };
}

/** Sets the draft's 基期 from the figure, says where it came from, and reads the target again against it. */
function takeBase(draft: IndicatorDraft, previous: Indicator, figure: Observation, plan: string, folder: string): void {
  const ind = draft.indicator;
  const kind = figure.kind === '正式' || figure.kind === '修订' ? '' : `，${figure.kind}数`;
  const value = `${formatNumber(figure.value, 4)}${ind.unit}`;
  ind.base = figure.value;
  ind.baseSource = `${plan}监测数据（${figure.year}年${kind}）：${figure.source}`;
  ind.note = [ind.note?.replace(/。$/, ''), msg.initNotePreviousBase(plan, figure.year, value, figure.source)].filter(Boolean).join('；') + '。';
  draft.previousBase = msg.initCommentPreviousBase(plan, folder, previous.name, previous.id, figure.year, value, figure.source);
  draft.checks.push(msg.initCheckPreviousBase(plan, figure.year, figure.kind, figure.source.includes(ILLUSTRATIVE_MARK)));
  // With a 基期 the direction and the form are read from the figures, not guessed from the name.
  const form = ind.form.type;
  if (form === 'relative' || form === 'parts' || form === 'qualitative') return;
  const inference = inferForm({ name: ind.name, unit: draft.tableUnit, base: figure.value, target: readCell(draft.printed.target), annual: readCell(draft.printed.annual) });
  if (inference.form.type === 'relative' || inference.form.type === 'parts') return;
  draft.checks = draft.checks.filter((c) => c !== draft.inference.check);
  if (inference.check) draft.checks.unshift(inference.check);
  draft.inference = inference;
  ind.form = inference.form;
}
