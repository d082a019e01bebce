// init 在终端打印的推断表：每项指标一行（指标、规划表原文、推断的目标形式、把握），其下逐条列出需核对的事项。
import stringWidth from 'string-width';
import { msg } from '../messages.ts';
import { formatNumber } from '../format/number.ts';
import type { TargetForm } from '../model/plan.ts';
import type { InitResult } from './index.ts';

/** The form in a few Chinese words, as the 评估方法说明 names it. */
export function formName(form: TargetForm): string {
  switch (form.type) {
    case 'end-value':
      return form.approx ? '期末值（左右）' : '期末值';
    case 'end-value-rate':
      return '期末值＋年均增长';
    case 'threshold':
      return '期末门槛';
    case 'growth-rate':
      return '年均增长';
    case 'cumulative':
      return '期内累计';
    case 'cumulative-decline':
      return '累计下降';
    case 'cumulative-change':
      return '累计变化';
    case 'bound':
      return '每年界限';
    case 'maintain':
      return '保持';
    case 'city-task':
      return `完成${form.level ?? '市'}下达任务`;
    case 'relative':
      return '相对目标';
    case 'qualitative':
      return '定性（人工判定）';
    case 'parts':
      return '分项目标';
  }
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

/** The printed target and 年均/累计 text, “—” for an empty column, both when both say something. */
function printedText(target: string, annual: string): string {
  if (annual === '—') return target;
  if (target === '—') return `年均/累计 ${annual}`;
  return `${target}｜年均/累计 ${annual}`;
}

export function inferenceTable(result: InitResult): string {
  const header = ['序号', '指标', '规划表原文', '推断形式', '把握', ''];
  const rows = result.drafts.map((d, i) => [
    String(i + 1),
    d.indicator.name,
    printedText(d.printed.target, d.printed.annual),
    formName(d.indicator.form),
    d.inference.confidence,
    d.checks.length > 0 ? '需核对' : '',
  ]);
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd();
  const checks = result.drafts.flatMap((d, i) => (d.checks.length === 0 ? [] : [`  ${i + 1}. ${d.indicator.name}（${d.place}）`, ...d.checks.map((c) => `       · ${c}`)]));
  const { start, end } = result.period.period;
  return [
    msg.initRead(result.table.file, result.table, result.drafts.length),
    msg.initPeriod(start, end, result.period.baseYear, result.period.from),
    '',
    line(header),
    line(widths.map((w) => '─'.repeat(Math.ceil(w / 2)).padEnd(w, ' '))),
    ...rows.map(line),
    ...(checks.length > 0 ? ['', '需核对：', ...checks] : []),
    ...previousLines(result),
    '',
    msg.initSummary(result.drafts.length, result.flagged),
  ].join('\n');
}

/** Which indicators took their 基期 from the previous plan, and which matched one but could not. */
function previousLines(result: InitResult): string[] {
  const p = result.previous;
  if (!p) return [];
  const taken = p.matches.filter((m) => m.figure);
  const unused = p.matches.filter((m) => m.unused);
  return [
    '',
    msg.initPreviousHeading(p.planName, p.folder, p.year, taken.length),
    ...taken.map((m) => msg.initPreviousTaken(m.draft.indicator.name, m.previous.name, m.previous.id, `${formatNumber(m.figure!.value, 4)}${m.draft.indicator.unit}`, m.figure!.source)),
    ...(unused.length > 0 ? [msg.initPreviousUnusedHeading(), ...unused.map((m) => msg.initPreviousUnused(m.draft.indicator.name, m.previous.name, m.previous.id, m.unused!, p.year, [m.previous.unit, m.draft.indicator.unit]))] : []),
  ];
}
