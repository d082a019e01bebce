// 正文中的表达式：{{value gdp 2021}}、{{status forest-coverage}}、{{count 滞后}}……
// Content is untrusted: the Markdown is parsed with Handlebars' parser only to find the expressions and their
// positions; nothing is compiled or run. Each expression is checked against a closed vocabulary and evaluated
// here against the Evaluation, so a misspelt indicator or year stops the build at its file:line.
import Handlebars from 'handlebars';
import { APPENDIX_TITLES, appendixKeys, type AppendixKey } from '../model/appendices.ts';
import { REPORT_KINDS, type ReportKind } from '../config.ts';
import { hasSlotCharacters, SLOT_PATTERN, slotMark, splitSlots, type Slot } from './slots.ts';
import { DiagnosticBag, InputError, type Diagnostic, type Position } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { formatNumber, formatPercent, formatPoints, formatProgress, progressShown } from '../format/number.ts';
import { pointLabel, reportedYears } from '../evaluate/schedule.ts';
import { cutoffSentence, valueMark } from '../format/observation.ts';
import { OUTLOOKS, PROJECT_REPORT_STATUSES, statusLabels, type Evaluation, type IndicatorEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { adjustmentPassage, opinionPassage, type ExpandEntry, type PassageBlock, type PassageText } from './passages.ts';

// `hbs` is the AST namespace that handlebars' own typings declare.
type Expr = hbs.AST.Expression;

export interface ExpressionScope {
  plan: Plan;
  evaluation: Evaluation;
  /** Keys of the figures that content may place, e.g. “status-by-group”, “trend:经济强”. */
  figureKeys: readonly string[];
  /** The kind of report the content is written for (its 附件 and passages); absent: a 中期评估. */
  kind?: ReportKind;
  /** Expanding the words of an entry within a passage (an answer to an opinion): no passages, no figures there. */
  nested?: boolean;
}

/** The kind of report an expression is evaluated for. */
export const kindOf = (scope: Pick<ExpressionScope, 'kind'>): ReportKind => scope.kind ?? 'midterm';

export interface Expanded {
  /** The Markdown with every expression replaced by a placeholder (see slots.ts). */
  text: string;
  /** What each placeholder stands for: a value's words, a figure, or a cross-reference. */
  slots: Slot[];
  /** The passages placed ({{adjustments}} …), in order, with where. */
  passages: { name: string; position: Position }[];
}

type ArgKind = 'indicator' | 'year' | 'status' | 'outlook' | 'projectStatus' | 'group' | 'attribute' | 'figure' | 'refTarget' | 'word';
type Value = string | number;

interface Helper {
  args: ArgKind[];
  optional?: ArgKind[];
  hash?: Partial<Record<string, ArgKind>>;
  /** Figures are blocks, not words: they must stand alone in their paragraph. */
  block?: boolean;
  /** A cross-reference, resolved once everything is numbered. */
  ref?: boolean;
  /** Only in these kinds of report (what they list exists only there). */
  kinds?: readonly ReportKind[];
  /** Headings and paragraphs rather than words: the expression stands alone on its line. */
  passage?(scope: ExpressionScope, expand: ExpandEntry): PassageBlock[];
  run(scope: ExpressionScope, args: Value[], hash: Record<string, Value>): string;
}

/** An indicator, or a sub-target of one (“指标编号-key”), by id; its existence was checked before. */
const ev = (scope: ExpressionScope, id: Value): IndicatorEvaluation =>
  scope.evaluation.indicators.flatMap((e) => [e, ...(e.parts ?? [])]).find((e) => e.indicator.id === id)!;

const withUnit = (e: IndicatorEvaluation, n: number) => `${formatNumber(n, 2)}${e.indicator.unit}`;

const filtered = (scope: ExpressionScope, hash: Record<string, Value>) =>
  scope.evaluation.indicators.filter(
    (e) => (hash.group === undefined || e.indicator.group === hash.group) && (hash.attribute === undefined || e.indicator.attribute === hash.attribute),
  );

/** The figure an expression names; its existence was checked before the expression runs. */
const figureAt = (scope: ExpressionScope, id: Value, year: Value) => ev(scope, id).observations.find((o) => o.year === year)!;

/** “2项提前实现、5项快于预期…”: the non-zero counts, in the order of `labels`. */
const tally = (labels: readonly string[], countOf: (label: string) => number) =>
  labels
    .map((label) => [label, countOf(label)] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n}项${label}`)
    .join('、');

/** An indicator has a status when its class or its printed word is that status (所写即所印). */
const hasStatus = (status: Value) => (e: IndicatorEvaluation) => e.status === status || e.statusLabel === status;

/** The printed words of the statuses, in order (the vocabulary may give two classes one word). */
const printedStatuses = (s: ExpressionScope) => statusLabels(s.evaluation.statuses, s.evaluation.settings.vocabulary);

/** The indicators proposed for adjustment, in the order of the registry, optionally of one attribute. */
const adjusted = (s: ExpressionScope, hash: Record<string, Value>) =>
  s.evaluation.indicators.filter((e) => s.plan.adjustments.some((a) => a.indicatorId === e.indicator.id) && (hash.attribute === undefined || e.indicator.attribute === hash.attribute));

const namesOf = (list: IndicatorEvaluation[]) => (list.length === 0 ? '无' : list.map((e) => e.indicator.name).join('、'));

/** How a project count reads in a sentence: “2项进度滞后、3项尚未启动”. */
const PROJECT_WORDS: Record<string, string> = { 滞后: '进度滞后', 未启动: '尚未启动', 推进中: '正在推进', 已完成: '已经完成', 未报送: '未报送进展' };

/** The vocabulary of expressions, documented in README “正文中的表达式”. */
export const HELPERS: Record<string, Helper> = {
  region: { args: [], run: (s) => s.plan.info.regionShort },
  plan: { args: [], run: (s) => s.plan.info.shortName },
  point: { args: [], run: (s) => pointLabel(s.evaluation.point) },
  schedule: { args: [], run: (s) => formatPercent(s.evaluation.schedule) },
  name: { args: ['indicator'], run: (s, [id]) => ev(s, id!).indicator.name },
  value: {
    args: ['indicator', 'year'],
    run: (s, [id, year]) => {
      const o = figureAt(s, id!, year!);
      return `${withUnit(ev(s, id!), o.value)}${valueMark(o)}`;
    },
  },
  note: { args: ['indicator', 'year'], run: (s, [id, year]) => figureAt(s, id!, year!).note },
  source: { args: ['indicator', 'year'], run: (s, [id, year]) => figureAt(s, id!, year!).source },
  latest: {
    args: ['indicator'],
    run: (s, [id]) => {
      const e = ev(s, id!);
      return `${withUnit(e, e.latest!.value)}${valueMark(e.latest!)}`;
    },
  },
  /** The period the indicator's status rests on (“2022年” when the 评估时点's figure is not yet published). */
  dataYear: { args: ['indicator'], run: (s, [id]) => pointLabel(ev(s, id!).dataPoint) },
  cutoff: { args: [], run: (s) => cutoffSentence(s.evaluation) },
  number: { args: ['indicator', 'year'], run: (s, [id, year]) => formatNumber(figureAt(s, id!, year!).value, 2) },
  base: {
    args: ['indicator'],
    run: (s, [id]) => {
      const e = ev(s, id!);
      return e.indicator.base === null ? '—' : withUnit(e, e.indicator.base);
    },
  },
  target: {
    args: ['indicator'],
    run: (s, [id]) => {
      const e = ev(s, id!);
      return /^-?\d/.test(e.indicator.target) ? `${e.indicator.target}${e.indicator.unit}` : e.indicator.target;
    },
  },
  status: { args: ['indicator'], run: (s, [id]) => ev(s, id!).statusLabel },
  progress: {
    args: ['indicator'],
    run: (s, [id]) => {
      const p = ev(s, id!).progress;
      return p === null ? '—' : formatProgress(p);
    },
  },
  gap: {
    args: ['indicator'],
    run: (s, [id]) => {
      const e = ev(s, id!);
      return e.progress === null ? '—' : formatPoints(Math.abs(e.schedule - progressShown(e.progress)));
    },
  },
  explain: { args: ['indicator'], run: (s, [id]) => ev(s, id!).explanation },
  count: {
    args: ['status'],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, [status], hash) => String(filtered(s, hash).filter(hasStatus(status!)).length),
  },
  total: { args: [], hash: { group: 'group', attribute: 'attribute' }, run: (s, _a, hash) => String(filtered(s, hash).length) },
  names: {
    args: ['status'],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, [status], hash) => namesOf(filtered(s, hash).filter(hasStatus(status!))),
  },
  counts: {
    args: [],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, _a, hash) => {
      const list = filtered(s, hash);
      return tally(printedStatuses(s), (label) => list.filter((e) => e.statusLabel === label).length);
    },
  },
  countsOf: {
    args: ['status'],
    optional: ['status', 'status', 'status', 'status'],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, args, hash) => {
      const list = filtered(s, hash);
      return tally(args.map(String), (st) => list.filter(hasStatus(st)).length);
    },
  },
  lagging: {
    args: [],
    hash: { attribute: 'attribute' },
    run: (s, _a, hash) => namesOf(s.evaluation.summary.lagging.map((id) => ev(s, id)).filter((e) => hash.attribute === undefined || e.indicator.attribute === hash.attribute)),
  },
  outlook: { args: ['indicator'], run: (s, [id]) => ev(s, id!).outlook.judgement ?? '—' },
  outlookExplain: { args: ['indicator'], run: (s, [id]) => ev(s, id!).outlook.explanation || '—' },
  outlooks: {
    args: [],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, _a, hash) => {
      const list = filtered(s, hash);
      return tally(OUTLOOKS, (o) => list.filter((e) => e.outlook.judgement === o).length);
    },
  },
  outlookNames: {
    args: ['outlook'],
    hash: { group: 'group', attribute: 'attribute' },
    run: (s, [o], hash) => namesOf(filtered(s, hash).filter((e) => e.outlook.judgement === o)),
  },
  projectTotal: { args: [], run: (s) => String(s.evaluation.projectSummary.total) },
  columnTotal: { args: [], run: (s) => String(s.evaluation.projectSummary.columns) },
  projectCount: { args: ['projectStatus'], run: (s, [st]) => String(s.evaluation.projectSummary.counts[st!] ?? 0) },
  projectCounts: {
    args: [],
    run: (s) => tally(PROJECT_REPORT_STATUSES, (st) => s.evaluation.projectSummary.counts[st] ?? 0),
  },
  projectCountsOf: {
    args: ['projectStatus'],
    optional: ['projectStatus', 'projectStatus', 'projectStatus'],
    run: (s, args) => tally(args.map(String), (st) => s.evaluation.projectSummary.counts[st] ?? 0).replace(/项(滞后|未启动|推进中|已完成|未报送)/g, (_m, st: string) => `项${PROJECT_WORDS[st] ?? st}`),
  },
  projectNames: {
    args: ['projectStatus'],
    run: (s, [st]) => {
      const list = s.evaluation.projects.filter((e) => e.status === st);
      return list.length === 0 ? '无' : list.map((e) => e.project.title).join('、');
    },
  },
  laggingDetails: {
    args: [],
    hash: { attribute: 'attribute' },
    run: (s, _a, hash) => {
      const list = s.evaluation.summary.lagging.map((id) => ev(s, id)).filter((e) => hash.attribute === undefined || e.indicator.attribute === hash.attribute);
      return list.length === 0 ? '无' : list.map((e) => `${e.indicator.name}${e.explanation}`).join('；');
    },
  },
  adjustmentTotal: { args: [], hash: { attribute: 'attribute' }, kinds: ['adjustment'], run: (s, _a, hash) => String(adjusted(s, hash).length) },
  adjustedNames: { args: [], hash: { attribute: 'attribute' }, kinds: ['adjustment'], run: (s, _a, hash) => namesOf(adjusted(s, hash)) },
  adjustments: { args: [], kinds: ['adjustment'], passage: (s) => adjustmentPassage(s.plan, s.evaluation), run: () => '' },
  opinionTotal: { args: [], kinds: ['response'], run: (s) => String(s.plan.opinions.length) },
  opinions: { args: [], kinds: ['response'], passage: (s, expand) => opinionPassage(s.plan, s.evaluation, expand), run: () => '' },
  figure: { args: ['figure'], optional: ['group'], block: true, run: () => '' },
  ref: { args: ['refTarget', 'word'], optional: ['group'], ref: true, run: () => '' },
};

export function expandExpressions(file: string, text: string, scope: ExpressionScope): Expanded {
  if (hasSlotCharacters(text)) throw new InputError([msg.exprReservedCharacter(file)]);
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (e) {
    // The parser's lexer still holds the offending token (0-based column); its message shows only an excerpt.
    const loc = (Handlebars as unknown as { Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } } }).Parser.lexer.yylloc;
    const detail = String((e as Error).message).split('\n').slice(-1)[0] ?? '';
    const position = loc ? { line: loc.first_line, column: loc.first_column + 1 } : { line: 1, column: 1 };
    throw new InputError([msg.exprSyntax(file, position, detail.includes('Expecting') ? '表达式没有正确结束（缺少“}}”？）' : '表达式中有无法识别的字符。')]);
  }
  const bag = new DiagnosticBag();
  const out: string[] = [];
  const slots: Slot[] = [];
  const passages: Expanded['passages'] = [];
  const lines = text.split('\n');
  /** Words enter as a text slot: never parsed as Markdown. */
  const words = (value: string) => {
    out.push(slotMark(slots.length));
    slots.push({ kind: 'text', text: value });
  };
  /** Expanded words keep their own slots (values, references); the text between them is words too. */
  const inline = (t: PassageText) => {
    if (typeof t === 'string') return words(t);
    for (const part of splitSlots(t.text)) {
      if (typeof part === 'string') words(part);
      else {
        out.push(slotMark(slots.length));
        slots.push(t.slots[part]!);
      }
    }
  };
  const place = (blocks: PassageBlock[]) => {
    out.push('\n\n');
    for (const b of blocks) {
      if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} `);
      else if (b.lead) {
        out.push('**');
        words(b.lead);
        out.push('**');
      }
      inline(b.text);
      out.push('\n\n');
    }
  };
  const walk = (body: hbs.AST.Statement[]) => {
    for (const node of body) {
      switch (node.type) {
        case 'ContentStatement':
          out.push((node as hbs.AST.ContentStatement).value);
          break;
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          const passage = passageOf(file, node as hbs.AST.MustacheStatement, lines, scope, bag);
          if (passage !== undefined) {
            if (passage.blocks) {
              passages.push({ name: passage.name, position: pos(node as hbs.AST.MustacheStatement) });
              place(passage.blocks);
            }
            break;
          }
          const slot = evaluateMustache(file, node as hbs.AST.MustacheStatement, scope, bag);
          if (slot === undefined) break;
          out.push(slotMark(slots.length));
          slots.push(slot);
          break;
        }
        case 'BlockStatement': {
          const block = node as hbs.AST.BlockStatement;
          const holds = evaluateCondition(file, block, scope, bag);
          if (holds === true) walk(block.program.body);
          else if (holds === false && block.inverse) walk(block.inverse.body);
          break;
        }
        default:
          bag.add(msg.exprUnsupported(file, pos(node), node.type === 'PartialStatement' ? '引用片段（{{> …}}）' : `“${node.type}”`));
      }
    }
  };
  walk(program.body);
  bag.throwIfAny();
  return { text: out.join(''), slots, passages };
}

/**
 * A passage expression ({{adjustments}}): undefined when the mustache is not one; `blocks` undefined when it is
 * one that cannot be placed here (the problem is in the bag). It must stand alone on its line, in a report of its
 * kind.
 */
function passageOf(file: string, node: hbs.AST.MustacheStatement, lines: string[], scope: ExpressionScope, bag: DiagnosticBag): { name: string; blocks?: PassageBlock[] } | undefined {
  if (node.path.type !== 'PathExpression') return undefined;
  const name = (node.path as hbs.AST.PathExpression).original;
  const helper = own(HELPERS, name);
  if (!helper?.passage) return undefined;
  const where = pos(node);
  const { start, end } = node.loc;
  const line = lines[start.line - 1] ?? '';
  if (start.line !== end.line || line.slice(0, start.column).trim() !== '' || line.slice(end.column).trim() !== '') {
    bag.add(msg.passagePlacement(file, where, name));
    return { name };
  }
  if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
    bag.add(msg.exprBadArgument(file, where, name, '不带参数'));
    return { name };
  }
  if (scope.nested) {
    bag.add(msg.exprUnsupported(file, where, `审议意见等登记内容中的 {{${name}}}`));
    return { name };
  }
  if (!kindAllows(file, where, name, helper.kinds, scope, bag)) return { name };
  return { name, blocks: helper.passage(scope, entryExpander(scope, bag)) };
}

/**
 * Expands an entry's text (an answer entered in opinions.yaml) with the same vocabulary; a problem is reported in
 * that file, at the field (and the line within a block text), never in the content file that placed the passage.
 */
function entryExpander(scope: ExpressionScope, bag: DiagnosticBag): ExpandEntry {
  return (text, at) => {
    const within = (inner: Position | undefined): Position =>
      // A block text (“response: |”) starts on the line after the field; a one-line text is where the field is.
      text.includes('\n') ? { line: at.position.line + (inner?.line ?? 1) } : at.position;
    try {
      const expanded = expandExpressions(at.file, text, { ...scope, nested: true });
      const figure = expanded.slots.find((s) => s.kind === 'figure');
      if (figure) {
        bag.add({ ...msg.figurePlacement(at.file, figure.position, figure.key), position: within(figure.position) });
        return undefined;
      }
      return expanded;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      for (const d of e.diagnostics) bag.add({ ...d, position: within(d.position) });
      return undefined;
    }
  };
}

/** Whether the report's kind has what the expression lists (else the problem goes into the bag). */
function kindAllows(file: string, where: Position, name: string, kinds: readonly ReportKind[] | undefined, scope: ExpressionScope, bag: DiagnosticBag): boolean {
  if (kinds === undefined || kinds.includes(kindOf(scope))) return true;
  bag.add(msg.exprKind(file, where, name, kinds.map((k) => `${REPORT_KINDS[k]}（report.kind: ${k}）`)));
  return false;
}

/** The text with every value in place (figures and references as their keys): for tests and messages. */
export function fillSlots(expanded: Expanded): string {
  return expanded.text.replace(SLOT_PATTERN, (_m, i: string) => {
    const slot = expanded.slots[Number(i)]!;
    return slot.kind === 'text' ? slot.text : `[${slot.kind === 'figure' ? '图' : '引用'}:${slot.key}]`;
  });
}

function evaluateMustache(file: string, node: hbs.AST.MustacheStatement, scope: ExpressionScope, bag: DiagnosticBag): Slot | undefined {
  const where = pos(node);
  if (!node.escaped) {
    bag.add(msg.exprUnsupported(file, where, '三重花括号 {{{…}}}'));
    return undefined;
  }
  if (node.path.type !== 'PathExpression') {
    bag.add(msg.exprUnsupported(file, where, '这种写法'));
    return undefined;
  }
  const name = (node.path as hbs.AST.PathExpression).original;
  const helper = own(HELPERS, name);
  if (!helper) {
    bag.add(msg.unknownExpression(file, where, name, Object.keys(HELPERS)));
    return undefined;
  }
  if (!kindAllows(file, where, name, helper.kinds, scope, bag)) return undefined;
  const before = bag.items.length;
  const max = helper.args.length + (helper.optional?.length ?? 0);
  if (node.params.length < helper.args.length || node.params.length > max) {
    bag.add(msg.exprBadArgument(file, where, name, `需要 ${helper.args.length === max ? max : `${helper.args.length}—${max}`} 个参数，实际为 ${node.params.length} 个`));
    return undefined;
  }
  const kinds = [...helper.args, ...(helper.optional ?? [])];
  const args = node.params.map((p, i) => checkArg(file, name, p, kinds[i]!, scope, bag));
  const hash: Record<string, Value> = {};
  for (const pair of node.hash?.pairs ?? []) {
    const kind = helper.hash && own(helper.hash, pair.key);
    if (!kind) {
      bag.add(msg.exprBadArgument(file, where, name, `不支持选项“${pair.key}”`));
      continue;
    }
    hash[pair.key] = checkArg(file, name, pair.value, kind, scope, bag);
  }
  if (bag.items.length > before) return undefined;

  // value/number need the figure to exist for that year: a sentence must never print an empty number.
  if (['value', 'number', 'note', 'source'].includes(name) && !ev(scope, args[0]!).observations.some((o) => o.year === args[1])) {
    bag.add(msg.exprNoValue(file, where, String(args[0]), `${args[1]}年`));
    return undefined;
  }
  if (name === 'latest' && !ev(scope, args[0]!).latest) {
    bag.add(msg.exprNoValue(file, where, String(args[0]), pointLabel(scope.evaluation.point)));
    return undefined;
  }
  if (helper.block) {
    const key = args.length > 1 ? `${args[0]}:${args[1]}` : String(args[0]);
    if (!scope.figureKeys.includes(key)) {
      bag.add(msg.exprBadArgument(file, where, name, `没有图表“${key}”。可用：${scope.figureKeys.join('、')}`));
      return undefined;
    }
    return { kind: 'figure', key, position: where };
  }
  if (helper.ref) return refSlot(file, where, args, scope, bag);
  return { kind: 'text', text: helper.run(scope, args, hash) };
}

/**
 * Conditions for a passage that should only be written when it has something to say, so that no sentence reads
 * “0项严重滞后”“……无”: {{#any 滞后 严重滞后 attribute=约束性}}…{{else}}…{{/any}}.
 */
interface Condition {
  /** The kind of every argument (one or more). */
  arg: ArgKind | null;
  hash?: Partial<Record<string, ArgKind>>;
  /** Only in these kinds of report. */
  kinds?: readonly ReportKind[];
  test(scope: ExpressionScope, args: Value[], hash: Record<string, Value>): boolean;
}

export const CONDITIONS: Record<string, Condition> = {
  any: { arg: 'status', hash: { group: 'group', attribute: 'attribute' }, test: (s, args, hash) => filtered(s, hash).some((e) => args.some((st) => hasStatus(st)(e))) },
  anyOutlook: { arg: 'outlook', hash: { group: 'group', attribute: 'attribute' }, test: (s, args, hash) => filtered(s, hash).some((e) => args.includes(e.outlook.judgement ?? '')) },
  anyProject: { arg: 'projectStatus', test: (s, args) => args.some((st) => (s.evaluation.projectSummary.counts[String(st)] ?? 0) > 0) },
  hasProjects: { arg: null, test: (s) => s.evaluation.projects.length > 0 },
  anyAdjustment: { arg: null, hash: { attribute: 'attribute' }, kinds: ['adjustment'], test: (s, _args, hash) => adjusted(s, hash).length > 0 },
};

function evaluateCondition(file: string, block: hbs.AST.BlockStatement, scope: ExpressionScope, bag: DiagnosticBag): boolean | undefined {
  const where = pos(block);
  const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
  const condition = Object.hasOwn(CONDITIONS, name) ? CONDITIONS[name] : undefined;
  if (!condition) {
    bag.add(msg.exprUnsupported(file, where, `块表达式“{{#${name}}}”（可用：${Object.keys(CONDITIONS).map((c) => `{{#${c}}}`).join('、')}）`));
    return undefined;
  }
  if (!kindAllows(file, where, name, condition.kinds, scope, bag)) return undefined;
  const before = bag.items.length;
  if ((condition.arg === null) !== (block.params.length === 0)) {
    bag.add(msg.exprBadArgument(file, where, name, condition.arg === null ? '不带参数' : '至少需要 1 个参数'));
    return undefined;
  }
  const args = block.params.map((p) => checkArg(file, name, p, condition.arg!, scope, bag));
  const hash: Record<string, Value> = {};
  for (const pair of block.hash?.pairs ?? []) {
    const kind = condition.hash && Object.hasOwn(condition.hash, pair.key) ? condition.hash[pair.key] : undefined;
    if (!kind) bag.add(msg.exprBadArgument(file, where, name, `不支持选项“${pair.key}”`));
    else hash[pair.key] = checkArg(file, name, pair.value, kind, scope, bag);
  }
  return bag.items.length > before ? undefined : condition.test(scope, args, hash);
}

/** {{ref figure status-by-group}}, {{ref figure trend 经济强}}, {{ref appendix sources}}. */
function refSlot(file: string, where: Position, args: Value[], scope: ExpressionScope, bag: DiagnosticBag): Slot | undefined {
  const [target, key, group] = args.map(String);
  if (target === 'figure') {
    const figure = group !== undefined ? `${key}:${group}` : key!;
    if (scope.figureKeys.includes(figure)) return { kind: 'ref', target: 'figure', key: figure, position: where };
    bag.add(msg.exprBadArgument(file, where, 'ref', `没有图表“${figure}”。可用：${scope.figureKeys.join('、')}`));
    return undefined;
  }
  const kind = kindOf(scope);
  const keys = appendixKeys(scope.plan, kind);
  if (group === undefined && (keys as string[]).includes(key!)) return { kind: 'ref', target: 'appendix', key: key as AppendixKey, position: where };
  const all = Object.keys(APPENDIX_TITLES);
  const absent = key === 'projects' && scope.plan.projects.length === 0 ? '没有重大工程项目登记册' : `${REPORT_KINDS[kind]}报告的附件为：${keys.join('、')}`;
  bag.add(msg.exprBadArgument(file, where, 'ref', all.includes(key!) ? `本报告没有附件“${key}”（${absent}）` : `没有附件“${key}”。可用：${keys.join('、')}`));
  return undefined;
}

function checkArg(file: string, helper: string, p: Expr, kind: ArgKind, scope: ExpressionScope, bag: DiagnosticBag): Value {
  const where = pos(p);
  const raw = literal(p);
  const fail = (d: Diagnostic) => {
    bag.add(d);
    return raw;
  };
  const info = scope.plan.info;
  switch (kind) {
    case 'indicator': {
      const ids = scope.plan.indicators.flatMap((i) => [i.id, ...(i.parts ?? []).map((p) => `${i.id}-${p.key}`)]);
      return ids.includes(String(raw)) ? raw : fail(msg.exprUnknownIndicator(file, where, String(raw), closest(String(raw), ids)));
    }
    case 'year': {
      const years = reportedYears(scope.evaluation.point, info);
      return typeof raw === 'number' && years.includes(raw) ? raw : fail(msg.exprUnknownYear(file, where, String(raw), years));
    }
    case 'status': {
      const known = [...new Set([...scope.evaluation.statuses, ...printedStatuses(scope)])];
      return known.includes(String(raw)) ? raw : fail(msg.exprBadArgument(file, where, helper, `“${raw}”不是状态。可用：${known.join('、')}`));
    }
    case 'outlook':
      return (OUTLOOKS as readonly string[]).includes(String(raw)) ? raw : fail(msg.exprBadArgument(file, where, helper, `“${raw}”不是目标年预判。可用：${OUTLOOKS.join('、')}`));
    case 'projectStatus':
      return (PROJECT_REPORT_STATUSES as readonly string[]).includes(String(raw))
        ? raw
        : fail(msg.exprBadArgument(file, where, helper, `“${raw}”不是项目状态。可用：${PROJECT_REPORT_STATUSES.join('、')}`));
    case 'group':
      return info.groups.includes(String(raw)) ? raw : fail(msg.exprBadArgument(file, where, helper, `“${raw}”不是指标分类。可用：${info.groups.join('、')}`));
    case 'attribute':
      return raw === '预期性' || raw === '约束性' ? raw : fail(msg.exprBadArgument(file, where, helper, `“${raw}”不是指标属性（预期性/约束性）`));
    case 'figure':
    case 'word':
      return raw;
    case 'refTarget':
      return raw === 'figure' || raw === 'appendix' ? raw : fail(msg.exprBadArgument(file, where, helper, `引用对象应为 figure（图）或 appendix（附件），实际为“${raw}”`));
  }
}

/**
 * A vocabulary entry by name, own properties only: content is untrusted, and {{constructor}} or {{__proto__}}
 * must meet “unknown expression”, not Object.prototype.
 */
function own<T>(table: Partial<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** Bare words (gdp, 滞后) and quoted strings both name things; numbers stay numbers. */
function literal(p: Expr): Value {
  switch (p.type) {
    case 'PathExpression':
      return (p as hbs.AST.PathExpression).original;
    case 'StringLiteral':
      return (p as hbs.AST.StringLiteral).value;
    case 'NumberLiteral':
      return (p as hbs.AST.NumberLiteral).value;
    default:
      return `(${p.type})`;
  }
}

function pos(node: { loc: hbs.AST.SourceLocation }): Position {
  return { line: node.loc.start.line, column: node.loc.start.column + 1 };
}
