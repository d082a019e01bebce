// 标题回行：在词与词之间断行，书名号内尽量不断，各行排成梯形或菱形（GB/T 9704 7.3.2：“回行时，要做到词意完整，
// 排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形”）。图表小标题也用这里的“词”回行。
// Words come from Intl.Segmenter (ICU's Chinese dictionary), joined where it cuts too finely: numbers are kept whole
// (ICU splits “二〇三五年” into 二|〇|三|五年 and “第十四个五年规划” into 第|十四|个|五年|规划), the terms of plan
// indicators it does not know are kept whole (托|育, 人|均可|支配, 增加|值), and a one-character suffix (率, 业, 性 …)
// stays with its word. Joining only removes break points, so every break is still at an ICU word boundary.
import { remembered } from '../remembered.ts';

const CN_DIGIT = '〇零一二三四五六七八九十百千万两';
const NUMERAL = new RegExp(`[${CN_DIGIT}0-9０-９Ⅰ-Ⅻ]`);
/** Words that follow a number and belong to it (二〇三五年, 十四个, 5项). */
const COUNTER = /^(年|个|月|日|号|期|届|次|项|岁|类|亿|万|%|％)$/;
/** Range and decimal marks inside a number (2021—2025, 0～3, 12.5%). */
const NUMBER_JOINER = /^[—～~.\-－–]$/;
/** Characters no line may start with (closing punctuation), and that no line may end with (opening). */
const NO_LINE_START = /^[，。、；：？！）》」』”’〉】%％·…—]/u;
const NO_LINE_END = /[（《「『“‘〈【]$/u;

/** Terms of plan titles and indicator names that ICU's dictionary cuts in two or three. */
const TERMS = [
  '国民经济', '社会发展', '五年规划', '远景目标', '目标纲要', '人均', '年均', '可支配', '支配收入', '托育', '婴幼儿', '增加值', '高新技术', '规模以上',
  '全员', '参保', '缴费', '二氧化碳', '地表水', '国省考', '优于', '好于', '达标', '场馆', '测评', '涨幅', '执业', '占比', '千人', '万人',
  '受教育', '污染物', '水质', '水体', '优良天数', '年限', '托位', '老年人', '百分点', '经努力',
];
/** One-character words that end the word before them: 覆盖|率, 制造|业, 生产|性, 专利|数, 连云港|市, 委员|会, 办理|中. */
const SUFFIX = /^[率业性值度感数省市县区镇乡局委会办厅院所站中]$/;
/** One-character function words, which stand alone; other one-character words in a row are a word ICU does not know (海|州). */
const FUNCTION_WORD = /^[和与及或的了并占在对为将把被从向于以而且、]$/;
const lone = (w: string) => /^\p{Script=Han}$/u.test(w) && !FUNCTION_WORD.test(w);

/** Made once: a segmenter takes longer to make than to cut a table's worth of cells. */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The text cut into words that a line may break between, numbers and their counters kept together. Each text is
 * cut once: a report cuts every table cell and title, and the same texts come again in the next report of a batch
 * (the indicator names, the 责任单位).
 */
export const words = remembered(cutWords, (text: string) => text, 20_000, (cut) => Object.freeze(cut));

function cutWords(text: string): readonly string[] {
  // Offsets inside a term, where no break may fall.
  const inside = new Set<number>();
  const keep = (at: number, length: number) => {
    for (let k = 1; k < length; k++) inside.add(at + k);
  };
  for (const term of TERMS) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) keep(at, term.length);
  // A short bracket is a unit or a qualifier, read as one: （亿元）, （%）, （助理）.
  for (const m of text.matchAll(/（[^（）\s]{1,4}）/g)) keep(m.index, m[0].length);
  const out: string[] = [];
  for (const { segment, index } of SEGMENTER.segment(text)) {
    const prev = out[out.length - 1];
    const glue =
      prev !== undefined &&
      (inside.has(index) ||
        SUFFIX.test(segment) ||
        (lone(prev) && lone(segment)) ||
        // A one-character word opening the text goes with the next: 区|农业农村局 is no break.
        (out.length === 1 && lone(prev) && index === prev.length) ||
      // A numeral goes on with more numerals, its counter (年, 个) and an ordinal's 第: 第十四个五年, 二〇三五年.
      ((NUMERAL.test(prev.slice(-1)) && (NUMERAL.test(segment[0]!) || COUNTER.test(segment) || NUMBER_JOINER.test(segment[0]!))) ||
        (/^第(.*个)?$/.test(prev) && NUMERAL.test(segment[0]!)) ||
        (/^[+\-−±]$/.test(prev) && NUMERAL.test(segment[0]!)) ||
        (NUMBER_JOINER.test(prev.slice(-1)) && NUMERAL.test(segment[0]!)) ||
        // Punctuation keeps to the word it closes or opens.
        NO_LINE_START.test(segment) ||
        NO_LINE_END.test(prev)));
    if (glue) out[out.length - 1] = prev + segment;
    else out.push(segment);
  }
  return out;
}

/** Function words a phrase boundary sits beside: a break next to one parts two phrases, not two halves of one. */
const JOINING = /^(和|与|及|以及|并|的|、)$/;

/**
 * What it costs to break between words `a` and `b` (the preceding and following word); `quoted` when the break
 * would fall inside a 书名号 title.
 */
function breakCost(a: string, b: string, quoted: boolean): number {
  let cost = 2;
  if (a.endsWith('》') || b.startsWith('《')) cost = 0;
  else if (JOINING.test(a) || JOINING.test(b) || /年$/.test(a) || /^第/.test(b)) cost = 1;
  return cost + (quoted ? 1 : 0);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (as `measure` gives widths) at word boundaries, choosing the
 * fewest lines whose lengths form a trapezoid or a diamond (never an hourglass), with the cheapest breaks and the
 * most even lengths. `em` is the font size, in the unit of `measure`, for weighing unevenness by characters.
 */
export function breakTitle(text: string, maxWidth: number, measure: (s: string) => number, em: number): string[] {
  if (measure(text) <= maxWidth) return [text];
  const ws = words(text);
  // Breaks are allowed after word i (between ws[i] and ws[i + 1]).
  let depth = 0;
  const costs = ws.slice(0, -1).map((w, i) => {
    for (const c of w) depth += c === '《' ? 1 : c === '》' ? -1 : 0;
    return breakCost(w, ws[i + 1]!, depth > 0);
  });
  const lineOf = (from: number, to: number) => ws.slice(from, to).join('');
  const minLines = Math.ceil(measure(text) / maxWidth);
  let best: { lines: string[]; cost: number } | undefined;
  // Try the fewest lines first; one line more costs as much as several poor breaks.
  for (let k = minLines; k <= minLines + 1 && k <= ws.length; k++) {
    const penalty = (k - minLines) * 30;
    const search = (from: number, left: number, cuts: number[]) => {
      if (left === 1) {
        const ends = [...cuts, ws.length];
        const lines = ends.map((end, j) => lineOf(j === 0 ? 0 : ends[j - 1]!, end));
        const widths = lines.map(measure);
        if (widths.some((w) => w > maxWidth) || !trapezoidOrDiamond(widths, em)) return;
        // A break at a phrase boundary (10 a step) outweighs a few characters of unevenness (2 a character).
        const widest = Math.max(...widths);
        const uneven = widths.reduce((s, w) => s + (2 * (widest - w)) / em, 0);
        const cost = penalty + cuts.reduce((s, c) => s + costs[c - 1]! * 10, 0) + uneven;
        if (!best || cost < best.cost) best = { lines, cost };
        return;
      }
      for (let cut = from + 1; cut <= ws.length - (left - 1); cut++) {
        if (measure(lineOf(from, cut)) > maxWidth) break;
        search(cut, left - 1, [...cuts, cut]);
      }
    };
    search(0, k, []);
    if (best) break;
  }
  // No word-boundary layout fits (a single word wider than the line): the browser wraps it as it can.
  return best?.lines ?? [text];
}

/** Lengths that rise then fall (or only rise, or only fall); a difference under one character counts as equal. */
export function trapezoidOrDiamond(widths: number[], em: number): boolean {
  let i = 0;
  while (i + 1 < widths.length && widths[i + 1]! >= widths[i]! - em * 0.99) i++;
  while (i + 1 < widths.length && widths[i + 1]! <= widths[i]! + em * 0.99) i++;
  return i === widths.length - 1;
}
