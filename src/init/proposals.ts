// 调整方案与审议意见处理情况的报告所需的登记文件：init 写出只有注释的模板（adjustments.yaml），说明每个字段，
// 并以本规划的第一项指标举例。模板里没有任何一条建议：调整什么由人决定，工具不替人提出。
import type { ReportKind } from '../config.ts';
import type { Indicator } from '../model/plan.ts';
import { PROPOSAL_FILES } from '../load/planFiles.ts';
import type { FolderFile } from './write.ts';

export function proposalTemplates(kind: ReportKind, indicators: Indicator[]): FolderFile[] {
  const example = indicators.find((i) => i.attribute === '约束性') ?? indicators[0]!;
  switch (kind) {
    case 'adjustment':
      return [
        {
          path: PROPOSAL_FILES.adjustments,
          text: [
            '# 规划调整方案的指标调整建议（由 plan-eval init 生成的模板）。每项拟调整的指标一条；去掉下面示例各行行首的“# ”后按实际填写。',
            '# 没有任何一条建议时，调整方案无法生成。',
            '#',
            '#   id             指标编号（indicators.yaml 中的 id）',
            '#   target         建议调整后的目标，按规划表“目标”栏的写法，如 "900左右"、">60"、完成市下达任务',
            '#   annualGrowth   建议调整后的“年均/累计”栏（只在这一栏也调整时写）',
            '#   reason         调整理由（必填）。示例请写明“示例”，报告会标注',
            '#   evidence       评估以外的依据（如统计口径变化、上级规划目标调整）。评估为滞后、严重滞后或提前实现的指标，评估结论即是依据；其余指标必填',
            '#   legalProcedure 约束性指标必须写 true：其调整须依照法定程序报人大常委会审查批准，报告会注明',
            '#',
            `# - id: ${example.id}`,
            `#   target: "${example.target}"`,
            '#   reason: 【请填写：调整理由】',
            ...(example.attribute === '约束性' ? ['#   legalProcedure: true'] : []),
            '',
          ].join('\n'),
        },
      ];
    case 'midterm':
    case 'annual':
    case 'final':
      return [];
  }
}
