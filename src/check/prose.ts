// 正文与数据的核对：正文里手写的数字（某指标的数值、完成进度、某状态的指标数）和紧挨指标名称的状态用语，
// 与评估结果不一致时指出文件:行:列、数据中的值和应改用的表达式。数据更新后手写的数字最容易过时。
// Only literal text is read: expressions are masked first (their values come from the data by construction).
// Every number a figure of the indicator can show (any year's value, 基期, 目标, 完成进度, 序时进度…) counts as
// agreeing, so the check names only numbers the data cannot explain — no false alarm on honest prose.
import type { Diagnostic } from '../diagnostics.ts';
import type { ContentFile } from '../load/content.ts';
import { msg } from '../messages.ts';
import { countsByLabel, statusLabel, type Evaluation, type IndicatorEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';

export interface ProseScope {
  plan: Plan;
  evaluation: Evaluation;
}

/** Every literal in the narrative that disagrees with the evaluated data, as warnings at their place. */
export function checkProse(files: ContentFile[], scope: ProseScope): Diagnostic[] {
  return files.flatMap((f) => checkFile(f, scope));
}

/** Sentences end at these; a name and a number in different clauses are not about each other. */
const CLAUSE_END = /[。；！？\n]/;

function checkFile(file: ContentFile, scope: ProseScope): Diagnostic[] {
  const text = mask(file.text);
  const out: Diagnostic[] = [];
  const at = (offset: number) => position(file.text, offset);
  const indicators = [...scope.evaluation.indicators].sort((a, b) => b.indicator.name.length - a.indicator.name.length);
  const vocabulary = scope.evaluation.settings.vocabulary;

  for (const e of indicators) {
    const name = e.indicator.name;
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + name.length)) {
      // A longer name containing this one (地区生产总值 in 研发经费支出占地区生产总值比重) is that indicator's mention.
      if (indicators.some((o) => o !== e && o.indicator.name.includes(name) && coveredBy(text, from, name, o.indicator.name))) continue;
      const clause = clauseAfter(text, from + name.length);
      for (const lit of numbersWithUnit(clause.text, e.indicator.unit)) {
        if (!explains(e, lit.value, lit.decimals)) {
          out.push(msg.proseNumber(file.file, at(clause.start + lit.index), name, lit.raw, shownFigures(e), `{{latest ${e.indicator.id}}}`));
        }
      }
      const word = statusWordIn(clause.text, scope.evaluation);
      const label = statusLabel(e.status, vocabulary);
      if (word && word.word !== label && word.word !== e.status) {
        out.push(msg.proseStatus(file.file, at(clause.start + word.index), name, word.word, label, `{{status ${e.indicator.id}}}`));
      }
    }
  }

  // Counts of indicators by status: “7项指标滞后”“滞后指标共7项”, in the scope the sentence names (a 类别, 约束性).
  const labels = countsByLabel(scope.evaluation.summary.counts, scope.evaluation.statuses, vocabulary).map(([l]) => l);
  // Longest words first, so “严重滞后” is never read as “滞后”.
  const words = [...new Set([...labels, ...scope.evaluation.statuses])].sort((a, b) => b.length - a.length).map(escape).join('|');
  const patterns = [new RegExp(`(\\d+)\\s*项(?:指标)?(${words})`, 'g'), new RegExp(`(${words})(?:的)?(?:指标)?(?:共|有)?(\\d+)\\s*项`, 'g')];
  for (const [k, re] of patterns.entries()) {
    for (const m of text.matchAll(re)) {
      const [n, word] = k === 0 ? [Number(m[1]), m[2]!] : [Number(m[2]), m[1]!];
      const countScope = scopeOf(text, m.index, scope);
      const actual = countScope.items.filter((e) => e.status === word || statusLabel(e.status, vocabulary) === word).length;
      if (actual !== n) out.push(msg.proseCount(file.file, at(m.index), `${countScope.words}${word}`, n, actual, `{{count ${word}${countScope.hash}}}`));
    }
  }
  return out;
}

/** The text with every {{expression}} and HTML comment replaced by spaces, so offsets still match the file. */
export function mask(text: string): string {
  return text.replace(/\{\{[\s\S]*?\}\}|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function coveredBy(text: string, from: number, name: string, longer: string): boolean {
  const i = longer.indexOf(name);
  return text.slice(from - i, from - i + longer.length) === longer;
}

function clauseAfter(text: string, start: number): { start: number; text: string } {
  const rest = text.slice(start);
  const end = rest.search(CLAUSE_END);
  return { start, text: end < 0 ? rest : rest.slice(0, end) };
}

interface Literal {
  raw: string;
  value: number;
  decimals: number;
  index: number;
}

/** Numbers written with the indicator's unit (“812.6亿元”, “29.1%”), not years or counts. */
function numbersWithUnit(clause: string, unit: string): Literal[] {
  if (unit === '') return [];
  const re = new RegExp(`(?<![\\d.])(-?\\d+(?:\\.\\d+)?)\\s*${escape(unit)}`, 'g');
  return [...clause.matchAll(re)].map((m) => ({ raw: m[0], value: Number(m[1]), decimals: (m[1]!.split('.')[1] ?? '').length, index: m.index }));
}

/** Every figure the report can show for an indicator, in its unit (fractions as percentages). */
function figuresOf(e: IndicatorEvaluation): number[] {
  const form = e.indicator.form as { value?: number; rate?: number };
  const pct = (f: number | null) => (f === null ? [] : [f * 100]);
  return [
    ...e.observations.map((o) => o.value),
    ...(e.observations.flatMap((o) => (o.revises ? [o.revises.value] : []))),
    ...(e.indicator.base === null ? [] : [e.indicator.base]),
    ...(form.value === undefined ? [] : [form.value]),
    ...(form.rate === undefined ? [] : [form.rate]),
    ...e.plannedPath.map((p) => p.value),
    ...e.actualPath.map((p) => p.value),
    ...pct(e.progress),
    ...pct(e.schedule),
    ...(e.gapPoints === null ? [] : [e.gapPoints, Math.abs(e.gapPoints)]),
    ...pct(e.outlook.averageGrowth),
    ...pct(e.outlook.requiredGrowth),
    ...(e.outlook.projected === null ? [] : [e.outlook.projected]),
    ...(e.outlook.averagePerYear === null ? [] : [e.outlook.averagePerYear]),
    ...(e.outlook.requiredPerYear === null ? [] : [e.outlook.requiredPerYear]),
    ...(e.parts ?? []).flatMap(figuresOf),
  ];
}

/** A literal agrees with a figure when it is that figure written to the literal's decimals (rounded or cut). */
function explains(e: IndicatorEvaluation, value: number, decimals: number): boolean {
  const step = Math.pow(10, -decimals);
  return figuresOf(e).some((f) => Math.abs(f - value) <= step / 2 + 1e-9 || (f >= value && f - value < step + 1e-9));
}

function shownFigures(e: IndicatorEvaluation): string {
  const latest = e.latest ? `${e.dataPoint.year}年为${e.latest.value}${e.indicator.unit}` : '尚无数据';
  return `${latest}${e.indicator.base === null ? '' : `，基期${e.indicator.base}${e.indicator.unit}`}`;
}

/** The first status word in a clause (longest words first: 严重滞后 before 滞后). */
function statusWordIn(clause: string, evaluation: Evaluation): { word: string; index: number } | undefined {
  const words = [...new Set([...evaluation.statuses, ...evaluation.statuses.map((s) => statusLabel(s, evaluation.settings.vocabulary))])];
  let best: { word: string; index: number } | undefined;
  for (const w of words.sort((a, b) => b.length - a.length)) {
    const i = clause.indexOf(w);
    if (i >= 0 && (!best || i < best.index)) best = { word: w, index: i };
  }
  return best;
}

/** The indicators a count is about: those of the 类别 or 属性 named earlier in the same sentence, else all. */
function scopeOf(text: string, offset: number, scope: ProseScope): { items: IndicatorEvaluation[]; words: string; hash: string } {
  const start = Math.max(text.lastIndexOf('。', offset), text.lastIndexOf('\n\n', offset)) + 1;
  const sentence = text.slice(start, offset);
  const all = scope.evaluation.indicators;
  const group = scope.plan.info.groups.filter((g) => sentence.includes(g)).at(-1);
  const attribute = (['约束性', '预期性'] as const).find((a) => sentence.includes(a));
  const items = all.filter((e) => (!group || e.indicator.group === group) && (!attribute || e.indicator.attribute === attribute));
  return {
    items,
    words: `${group ? `${group}类` : ''}${attribute ?? ''}`,
    hash: `${group ? ` group=${group}` : ''}${attribute ? ` attribute=${attribute}` : ''}`,
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
