// 由登记的内容生成的整段正文（{{adjustments}}）：每项调整建议一个小标题，其下为调整内容、理由、评估情况与法定程序说明。
// A passage is structure (headings, paragraphs) around words; expressions.ts writes the structure as Markdown and
// every word as a text slot, so nothing a person entered in a YAML file is ever read as Markdown.
import { legalProcedureNote, plannedTarget, proposedTarget } from '../format/proposals.ts';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';

export type PassageBlock =
  /** A heading at a level of the content's own (1 = 一、 2 = （一）). */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** A paragraph, optionally led by a few bold words (“调整理由。”). */
  | { kind: 'paragraph'; lead?: string; text: string };

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
