// 调整方案与审议意见处理情况的报告所需的登记文件：init 写出只有注释的模板（adjustments.yaml、opinions.yaml），
// 说明每个字段，并以本规划的一项指标举例。模板里没有任何一条：调整什么、常委会说了什么由人填写，工具不替人提出。
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
    case 'response':
      return [
        {
          path: PROPOSAL_FILES.opinions,
          text: [
            '# 人大常委会的审议意见及其研究处理情况（由 plan-eval init 生成的模板）。常委会的每条审议意见一条，按序号从 1 起；去掉下面示例各行行首的“# ”后按实际填写。',
            '# 没有任何一条意见时，报告无法生成。',
            '#',
            '#   no          序号（按常委会审议意见的顺序，从 1 起连续）',
            '#   topic       意见是关于什么的，报告的标题为“关于……的意见”',
            '#   text        审议意见原文。示例请写明“示例”，报告会标注',
            '#   response    研究处理情况（采取的措施）。纯文本，空一行分段；可用正文表达式，如 {{status 指标编号}}',
            '#   progress    进展成效（可选，写法同 response）',
            '#   indicators  所涉指标的编号（可选），报告在答复后写出它们当前的评估状态和判定说明',
            '#',
            '# - no: 1',
            '#   topic: 加快推进进展滞后的指标',
            '#   text: 【请填写：审议意见原文】',
            '#   response: |',
            '#     【请填写：研究处理情况】',
            `#   indicators: [${example.id}]`,
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
