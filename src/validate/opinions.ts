// 校验人大常委会的审议意见（opinions.yaml）：序号从 1 起连续、不重复（每条意见都要答复），所涉指标的编号存在。
// The answers are answered in the order of the 常委会's numbering, whatever order the file lists them in.
import { z } from 'zod';
import { DiagnosticBag } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import { closest } from '../format/closest.ts';
import { ILLUSTRATIVE_MARK, type Indicator } from '../model/plan.ts';
import { OpinionSchema, type Opinion } from '../model/proposals.ts';
import type { YamlSource } from '../load/yamlFile.ts';
import { validateYaml } from './schema.ts';

export function validateOpinions(source: YamlSource | undefined, indicators: Indicator[]): Opinion[] {
  if (!source) return [];
  // A file of comments only (the template init writes) holds no opinion yet.
  const entries = validateYaml(source, z.array(OpinionSchema).nullable(), 'opinion-schema') ?? [];
  const bag = new DiagnosticBag();
  const ids = indicators.map((i) => i.id);
  const lineOf = new Map<number, number>();
  const out: Opinion[] = [];
  entries.forEach((o, i) => {
    const at = source.positionOf([i, 'no']);
    const seen = lineOf.get(o.no);
    if (seen !== undefined) bag.add(msg.opinionDuplicate(source.file, at, o.no, seen));
    else lineOf.set(o.no, at.line);
    o.indicators.forEach((id, k) => {
      if (!ids.includes(id)) bag.add(msg.opinionUnknownIndicator(source.file, source.positionOf([i, 'indicators', k]), id, closest(id, ids)));
    });
    out.push({
      no: o.no,
      topic: o.topic,
      text: o.text,
      response: o.response,
      ...(o.progress ? { progress: o.progress } : {}),
      indicatorIds: o.indicators,
      illustrative: o.text.includes(ILLUSTRATIVE_MARK),
      origin: { file: source.file, position: at },
      fields: { response: source.positionOf([i, 'response']), ...(o.progress ? { progress: source.positionOf([i, 'progress']) } : {}) },
    });
  });
  // Every opinion is answered: the numbers run 1, 2, 3 … without a gap.
  const missing = Array.from({ length: Math.max(0, ...lineOf.keys()) }, (_, k) => k + 1).filter((n) => !lineOf.has(n));
  if (missing.length > 0) bag.add(msg.opinionMissing(source.file, missing));
  bag.throwIfAny();
  return out.sort((a, b) => a.no - b.no);
}
