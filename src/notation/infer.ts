// 由规划表原文推断目标形式：一行指标（名称、单位、基期、目标栏、年均/累计栏）→ TargetForm，附把握程度和需要核对的事项。
// The rules are general (they read the notation, the unit and the words of the name), never a list of known
// indicators. Where the text admits two readings the likelier one is taken, the confidence is lowered and
// `check` says what the user must confirm; `plan-eval init` prints every inference and writes it into
// indicators.yaml as a comment, so nothing is assumed silently.
import type { Direction, IndicatorPart, TargetForm } from '../model/plan.ts';
import { OP_SIGNS, type Cell, type NumberCell } from './cell.ts';

export type Confidence = '高' | '中' | '低';

export interface IndicatorRow {
  name: string;
  unit: string;
  base: number | null;
  target: Cell;
  annual: Cell;
}

export interface Inference {
  form: TargetForm;
  confidence: Confidence;
  /** How the printed text was read, in the words of the 评估方法说明. */
  reading: string;
  /** What the user should check where the reading is not certain. */
  check?: string;
  /** A unit to use instead of the printed one (a growth target judged on yearly rates is in %). */
  unit?: string;
  /** For a relative target: the words naming the series it is compared with (“经济增长”). */
  reference?: string;
  /** For a 分项目标 cell: each sub-target with its inferred form (`key` a placeholder the caller may rename). */
  parts?: IndicatorPart[];
}

/** Names whose figure gets better as it falls (失业率, PM2.5浓度…), unless the name itself is a reduction. */
const LOWER_IS_BETTER = /失业率|浓度|能耗|能源消耗|排放|事故|死亡率|发病率|发生率|负债率|贫困发生|用水量|空置率|恩格尔|投诉|亡人|案件/;
/** Names that measure a reduction (能耗降低, 二氧化碳排放减少): a larger figure is better. */
const A_REDUCTION = /(?:降低|下降|减少|削减|压减)(?:率|幅度)?$/;
/** Flows that add up over the period (投资, 新增, 改造): a 〔〕 figure in them is a five-year sum. */
const A_FLOW = /累计|新增|投资|投入|建设|改造|新建|完成|培育|引进|招引|植树|造林|转移|培训|就业人数|销售|出口额/;

export function directionFromName(name: string): { direction: Direction; byWords: boolean } {
  const n = name.replace(/[（(].*?[)）]/g, '');
  if (A_REDUCTION.test(n)) return { direction: 'up', byWords: true };
  if (LOWER_IS_BETTER.test(n)) return { direction: 'down', byWords: true };
  return { direction: 'up', byWords: false };
}

const isRateUnit = (unit: string) => /^(?:%|‰|百分点)$/.test(unit);

export function inferForm(row: IndicatorRow): Inference {
  const { target, annual } = row;
  if (target.kind === 'task' || annual.kind === 'task') return task(row, target.kind === 'task' ? target : (annual as Extract<Cell, { kind: 'task' }>));
  if (target.kind === 'relative' || annual.kind === 'relative') {
    const rel = (target.kind === 'relative' ? target : annual) as Extract<Cell, { kind: 'relative' }>;
    return {
      form: { type: 'relative', relation: rel.relation, reference: '' },
      confidence: '中',
      reading: `相对目标：各年增速与“${rel.reference}”比较（${RELATION_WORDS[rel.relation]}）`,
      check: `请确认比较对象：reference 填本规划中该指标的编号，或在 plan.yaml 的 series 中登记“${rel.reference}”并在年度数据中录入其各年增速`,
      unit: '%',
      reference: rel.reference,
    };
  }
  if (annual.kind === 'number' && (annual.bracket || annual.stock)) return fromCumulativeColumn(row, annual);
  if (annual.kind === 'number') return fromGrowthColumn(row, annual);
  if (target.kind === 'number') return fromTargetColumn(row, target);
  if (target.kind === 'parts') {
    // Each part is read as a target of its own; no 基期 is printed per part.
    const parts = target.parts.map((p, i) => ({ key: `p${i + 1}`, name: p.label, base: null, target: p.cell.text, form: fromTargetColumn({ ...row, base: null, name: `${row.name}${p.label}` }, p.cell).form }));
    return {
      form: { type: 'parts' },
      parts,
      confidence: '中',
      reading: `分项目标（${target.parts.map((p) => `${p.label}${p.cell.text}`).join('、')}）：各分项分别判定，计为一项指标，状态取进展最慢的分项`,
      check: `各分项的数据录入 observations.csv 时编号写作“指标编号-分项key”；规划表未列分项基期值，请补充 parts 中的 base（否则以第一年数据为起点）`,
    };
  }
  const printed = target.kind === 'none' ? '（无）' : target.text;
  return {
    form: { type: 'qualitative' },
    confidence: target.kind === 'text' ? '高' : '低',
    reading: `定性目标“${printed}”：由责任单位报送判定结果及依据（人工判定），未报送时为待核定`,
    ...(target.kind === 'text' ? {} : { check: '规划表没有给出目标值：请核对原表，或按定性指标报送人工判定' }),
  };
}

const RELATION_WORDS = { 'in-step': '基本同步', above: '高于', 'not-below': '不低于' } as const;
const LEVEL_WORDS = { 市: '完成市下达任务', 省: '完成省下达任务', 国家: '完成国家下达任务' } as const;

function task(row: IndicatorRow, cell: Extract<Cell, { kind: 'task' }>): Inference {
  const { direction, byWords } = directionFromName(row.name);
  return {
    form: { type: 'city-task', direction, level: cell.level },
    confidence: byWords ? '高' : '中',
    reading: `${LEVEL_WORDS[cell.level]}：逐年对照${cell.level}下达的任务值（${direction === 'up' ? '不低于' : '不高于'}任务值为完成）`,
    ...(byWords ? {} : { check: '请确认方向：数值越高越好（up）还是越低越好（down）' }),
  };
}

/** A figure in the 累计 column (〔13.5〕, [20], 累计达到1000, 累计提升20%). */
function fromCumulativeColumn(row: IndicatorRow, c: NumberCell): Inference {
  const name = row.name;
  if (c.stock) {
    return { form: { type: 'end-value', direction: 'up', value: c.value }, confidence: '高', reading: `期末累计达到${c.value}：按期末值判定` };
  }
  const { direction: nameDir, byWords } = directionFromName(name);
  const declining = c.change === 'down' || (c.change === undefined && A_REDUCTION.test(name.replace(/[（(].*?[)）]/g, '')));
  const percentLike = c.percent || isRateUnit(row.unit);
  if (declining && percentLike) {
    return {
      form: { type: 'cumulative-decline', value: c.value, yearly: 'rate' },
      confidence: c.change === 'down' || A_REDUCTION.test(name) ? '高' : '中',
      reading: `五年累计下降${c.value}%：各年下降率连乘，1 − Π(1 − rᵢ)`,
      check: '各年数据须为当年下降率（%）；若报送的是水平值，把 yearly 改为 level',
    };
  }
  if (c.change === 'up' && percentLike) {
    return {
      form: { type: 'cumulative-change', direction: 'up', value: c.value, by: 'percent', yearly: row.base === null ? 'change' : 'level' },
      confidence: '中',
      reading: `五年累计提升${c.value}%：按较基期的复合提升幅度判定`,
      check: row.base === null ? '规划表无基期值：各年数据须为当年提升率（%）' : '各年数据按水平值（与基期值同口径）填报；若为各年提升率，把 yearly 改为 change',
    };
  }
  if (row.base === null || A_FLOW.test(name)) {
    return {
      form: { type: 'cumulative', value: c.value },
      confidence: A_FLOW.test(name) ? '高' : '中',
      reading: `五年累计${c.value}：各年数值相加`,
      ...(A_FLOW.test(name) ? {} : { check: '请确认各年数据为当年新增量（相加得累计）；若为期末存量，改为期末值' }),
    };
  }
  const direction = c.change ?? nameDir;
  return {
    form: { type: 'cumulative-change', direction, value: c.value, by: 'difference', yearly: 'level' },
    confidence: c.change || byWords || isRateUnit(row.unit) ? '中' : '低',
    reading: `较基期累计${direction === 'up' ? '提高' : '降低'}${c.value}${c.percent ? '个百分点' : row.unit}：按水平值较基期的变化判定`,
    check: '请确认含义：较基期增加的数量（by: difference），还是累计增长的百分比（by: percent），或期内各年之和（type: cumulative）',
  };
}

/** A figure in the 年均增长 column, with or without an end value in the target column. */
function fromGrowthColumn(row: IndicatorRow, g: NumberCell): Inference {
  const t = row.target;
  if (t.kind === 'number' && t.op) {
    const bound = fromTargetColumn(row, t);
    return { ...bound, confidence: '低', check: `年均增长栏另有“${g.text}”：${bound.check ?? '请确认以哪一栏为准'}` };
  }
  if (t.kind === 'number') {
    const direction: Direction = row.base !== null && row.base !== t.value ? (t.value > row.base ? 'up' : 'down') : g.value < 0 ? 'down' : 'up';
    return {
      form: { type: 'end-value-rate', direction, value: t.value, rate: g.value },
      confidence: '高',
      reading: `期末值${t.value}，年均增长${g.value}%：规划路径按复合增长`,
    };
  }
  const words = g.op ? `${g.op === '>' ? '高于' : '不低于'}${g.value}%` : g.approx ? `${g.value}%左右` : `${g.value}%`;
  const rateUnit = isRateUnit(row.unit);
  return {
    form: { type: 'growth-rate', rate: g.value, ...(g.op === '>' || g.op === '>=' ? { op: g.op } : {}), ...(g.approx ? { approx: true } : {}) },
    confidence: rateUnit || row.unit === '' ? '高' : '中',
    reading: `年均增长${words}：各年增速连乘，与 (1 + ${g.value}%)ⁿ 比较`,
    ...(rateUnit || row.unit === '' ? {} : { check: `规划表单位为“${row.unit}”：本指标按年均增长判定，各年数据请填当年增速（%），单位已改为 %`, unit: '%' }),
    ...(g.op === '<' || g.op === '<=' ? { check: '年均增长栏写的是上限：请确认其含义' } : {}),
  };
}

/** A figure in the target column only. */
function fromTargetColumn(row: IndicatorRow, t: NumberCell): Inference {
  const sign = t.op ? OP_SIGNS[t.op] : '';
  if (t.op === '<' || t.op === '<=' || t.control) {
    const op = t.op ?? '<=';
    return {
      form: { type: 'bound', op, value: t.value },
      confidence: isRateUnit(row.unit) || t.control ? '高' : '中',
      reading: `控制目标${sign || '≤'}${t.value}：每年须控制在界限以内，按评估方法说明所定口径（期内平均/当年/每年）判定`,
      ...(isRateUnit(row.unit) || t.control ? {} : { check: '若只要求目标年达到（期末值），把 type 改为 threshold' }),
    };
  }
  if (t.op === '>' || t.op === '>=') {
    return {
      form: { type: 'threshold', op: t.op, value: t.value },
      confidence: '中',
      reading: `期末门槛${sign}${t.value}：完成进度由基期向门槛计算，达到即提前实现`,
      check: '若规划要求每年都须达到（如空气质量、水质达标比例），把 type 改为 bound',
    };
  }
  const byName = directionFromName(row.name);
  if (row.base !== null && row.base === t.value) {
    return {
      form: { type: 'maintain', direction: byName.direction, value: t.value },
      confidence: byName.byWords ? '高' : '中',
      reading: `保持在${t.value}：保持住为基本符合预期`,
      ...(byName.byWords ? {} : { check: '请确认方向：保持在该水平以上（up）还是以下（down）' }),
    };
  }
  const direction: Direction = row.base !== null ? (t.value > row.base ? 'up' : 'down') : byName.direction;
  const certain = row.base !== null || byName.byWords;
  return {
    form: { type: 'end-value', direction, value: t.value, ...(t.approx ? { approx: true } : {}) },
    confidence: certain ? '高' : '中',
    reading: `期末值${t.value}${t.approx ? '左右' : ''}：完成进度 =（实际 − 基期）÷（目标 − 基期）${row.base === null ? '；无基期值，以有数据的第一年为起点' : ''}`,
    ...(certain ? {} : { check: `规划表无基期值，方向按名称推定为${direction === 'up' ? '越高越好' : '越低越好'}，请核对` }),
  };
}
