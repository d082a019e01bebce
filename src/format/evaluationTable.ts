// 终端上的评估结果表（plan-eval evaluate）：每项指标一行，中文按全角宽度对齐。
import stringWidth from 'string-width';
import { countsByLabel, type Evaluation } from '../model/evaluation.ts';
import { formatPercent, formatProgress } from './number.ts';
import { pointLabel } from '../evaluate/schedule.ts';

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

export function evaluationTable(evaluation: Evaluation): string {
  const header = ['序号', '指标', '属性', '状态', '完成进度/序时进度', '目标年预判', '依据数据'];
  const rows = evaluation.indicators.map((e, i) => [
    String(i + 1),
    e.indicator.name,
    e.indicator.attribute,
    e.statusLabel,
    e.progress === null ? '—' : `${formatProgress(e.progress)} / ${formatPercent(e.schedule)}`,
    e.outlook.judgement ?? '—',
    e.manual ? '人工判定' : e.latest ? `${pointLabel(e.dataPoint)}${e.latest.kind === '正式' ? '' : e.latest.kind}` : '—',
  ]);
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((row) => stringWidth(row[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd();
  const counts = countsByLabel(evaluation.summary.counts, evaluation.statuses, evaluation.settings.vocabulary)
    .map(([label, n]) => `${label} ${n}`)
    .join('，');
  return [
    `评估时点：${pointLabel(evaluation.point)}　序时进度：${formatPercent(evaluation.schedule)}　共 ${evaluation.summary.total} 项指标`,
    '',
    line(header),
    line(widths.map((w) => '─'.repeat(Math.ceil(w / 2)).padEnd(w, ' '))),
    ...rows.map(line),
    '',
    `合计：${counts}`,
    evaluation.illustrative ? '注意：使用了示例数据（非真实统计数据）。' : '',
  ]
    .filter((l, i, all) => l !== '' || i < all.length - 1)
    .join('\n');
}
