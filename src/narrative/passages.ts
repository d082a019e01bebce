// 由登记的内容生成的整段正文：{{adjustments}} 每项调整建议一个小标题，其下为调整内容、理由、评估情况与法定程序说明；
// {{opinions}} 每条审议意见一个一级标题“关于……的意见”，其下为意见原文、研究处理情况、进展成效与所涉指标的现状。
// A passage is structure (headings, paragraphs) around words; expressions.ts writes the structure as Markdown and
// every word as a text slot, so nothing a person entered in a YAML file is ever read as Markdown.
import { legalProcedureNote, plannedTarget, proposedTarget } from '../format/proposals.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { EntryOrigin } from '../model/proposals.ts';
import type { Expanded } from './expressions.ts';

/** Words of a passage: plain text, or a text entered with expressions, already expanded. */
export type PassageText = string | Expanded;

export type PassageBlock =
  /** A heading at a level of the content's own (1 = 一、 2 = （一）). */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** A paragraph, optionally led by a few bold words (“调整理由。”). */
  | { kind: 'paragraph'; lead?: string; text: PassageText };

/**
 * Expands the expressions in a text entered in a YAML file (an answer to an opinion); undefined when it has a
 * problem (reported at `at`).
 */
export type ExpandEntry = (text: string, at: EntryOrigin) => Expanded | undefined;

/** A sentence as typed, closed with 。 when it ends without punctuation. */
export const sentence = (text: string) => {
  const t = text.trim();
  return /[。！？；：”’）)]$/.test(t) ? t : `${t}。`;
};

/** Each proposed adjustment, in the order of the registry: what changes, why, and what the evaluation says. */
export function adjustmentPassage(plan: Plan, evaluation: Evaluation): PassageBlock[] {
  return plan.indicators.flatMap((ind) =>
    plan.adjustments
      .filter((a) => a.indicatorId === ind.id)
      .flatMap((a): PassageBlock[] => {
        const e = evaluation.indicators.find((x) => x.indicator.id === ind.id)!;
        return [
          { kind: 'heading', level: 2, text: `${ind.name}${a.illustrative ? '（示例）' : ''}` },
          { kind: 'paragraph', lead: '调整内容。', text: `规划纲要确定的目标为${plannedTarget(ind)}，建议调整为${proposedTarget(a, ind)}。` },
          { kind: 'paragraph', lead: '调整理由。', text: sentence(a.reason) },
          {
            kind: 'paragraph',
            lead: '评估情况。',
            text: `${ind.name}${sentence(e.explanation)}${e.outlook.judgement && e.outlook.explanation ? `目标年预判：${sentence(e.outlook.explanation)}` : ''}`,
          },
          ...(a.evidence ? [{ kind: 'paragraph', lead: '其他依据。', text: sentence(a.evidence) } as const] : []),
          ...(a.legalProcedure ? [{ kind: 'paragraph', text: legalProcedureNote(plan.info) } as const] : []),
        ];
      }),
  );
}

/** “关于……的意见” from the topic, whether or not the topic was written with 关于 and 的意见 already. */
export const opinionHeading = (topic: string) => `关于${topic.trim().replace(/^关于/, '').replace(/的意见$/, '')}的意见`;

/**
 * Each opinion in the order of its number: its heading, the opinion as written, the answer (its paragraphs as
 * entered, expressions expanded), what it achieved, and the indicators it concerns with their status now.
 */
export function opinionPassage(plan: Plan, evaluation: Evaluation, expand: ExpandEntry): PassageBlock[] {
  return plan.opinions.flatMap((o): PassageBlock[] => {
    const answer = expand(o.response, { file: o.origin.file, position: o.fields.response });
    const progress = o.progress !== undefined && o.fields.progress ? expand(o.progress, { file: o.origin.file, position: o.fields.progress }) : undefined;
    const indicators = o.indicatorIds.map((id) => evaluation.indicators.find((e) => e.indicator.id === id)!);
    return [
      { kind: 'heading', level: 1, text: `${opinionHeading(o.topic)}${o.illustrative ? '（示例）' : ''}` },
      { kind: 'paragraph', lead: '审议意见。', text: sentence(oneParagraph(o.text)) },
      ...paragraphs(answer).map((text, i): PassageBlock => ({ kind: 'paragraph', ...(i === 0 ? { lead: '研究处理情况。' } : {}), text })),
      ...paragraphs(progress).map((text, i): PassageBlock => ({ kind: 'paragraph', ...(i === 0 ? { lead: '进展成效。' } : {}), text })),
      ...(indicators.length > 0
        ? [{ kind: 'paragraph', lead: '相关指标。', text: `${indicators.map((e) => `${e.indicator.name}${e.explanation}${e.outlook.judgement ? `，目标年预判为${e.outlook.judgement}` : ''}`).join('；')}。` } as const]
        : []),
    ];
  });
}

/** Lines of one paragraph run together (Chinese has no spaces between lines). */
const oneParagraph = (text: string) => text.split(/\n/).map((l) => l.trim()).join('');

/** An expanded text's paragraphs (parted by blank lines), each closed as a sentence. */
function paragraphs(e: Expanded | undefined): Expanded[] {
  if (e === undefined) return [];
  return e.text
    .split(/\n\s*\n/)
    .map(oneParagraph)
    .filter((t) => t !== '')
    .map((t) => ({ ...e, text: sentence(t) }));
}
