// 正文骨架：按报告种类（中期评估、年度监测、总结评估）写出各章的 Markdown。数字一律用表达式取自评估结果，
// 需要人写的地方是【请填写：…】占位。骨架不加修改即可生成 PDF。
// Only expressions that work for any status vocabulary and any 评估时点 are used (lagging, counts, names of
// 待核定 …), never a status that exists only before or only at the end of the period, so the skeleton builds
// whatever year the config names.
import type { ReportKind } from '../config.ts';
import { regionLevel } from '../format/chinese.ts';
import type { PlanInfo } from '../model/plan.ts';

export interface ContentFile {
  file: string;
  text: string;
}

const HEAD = '<!-- 双花括号中的是表达式，生成报告时替换为评估数据（写法见 README“正文中的表达式”）；【请填写：…】是要换成实际内容的占位。标题不写序号，由工具编排。 -->\n\n';

/** A group name as an expression argument: quoted, so any printed 类别 (with spaces or brackets) is one argument. */
const arg = (group: string) => `"${group.replace(/"/g, '')}"`;

/** “**经济发展方面**。该类…” for each 类别; nothing when the table had none (one group). */
function groupParagraphs(info: PlanInfo): string {
  if (info.groups.length < 2) return '';
  return info.groups
    .map((g) => `**${g}方面**。该类{{total group=${arg(g)}}}项指标中，{{counts group=${arg(g)}}}。【请填写：该方面主要指标的进展、取得的成效和典型做法。】\n\n`)
    .join('');
}

/** The indicators paragraph; a 总结评估 compares with the targets and points at its completion table. */
function indicatorProgress(info: PlanInfo, intro: string, final = false): string {
  return (
    `${intro}规划纲要设置${info.groups.length > 1 ? `${info.groups.join('、')}${info.groups.length}类` : ''}{{total}}项主要指标，其中约束性指标{{total attribute=约束性}}项。` +
    `${final ? '对照规划期末目标' : '按照序时进度{{schedule}}评估'}，{{counts}}。{{cutoff}}各类指标${final ? '完成情况' : '进展状态'}见{{ref figure status-by-group}}，逐项情况见{{ref appendix ${final ? 'completion' : 'indicators'}}}。\n\n{{figure status-by-group}}\n\n${groupParagraphs(info)}`
  );
}

/** The 待核定 section, written only when some indicator is 待核定. */
const pending = (heading: string) =>
  `{{#any 待核定}}\n## ${heading}\n\n{{count 待核定}}项指标状态待核定：{{names 待核定}}。定性指标须由责任单位报送人工判定结果，以“完成上级下达任务”为目标的指标须录入下达的任务值。【请填写：尚缺哪些数据、由谁在何时补齐。】\n{{/any}}\n`;

/** The lagging section, written only when some indicator lags; 约束性 ones first. */
const lagging = (heading: string, none: string) =>
  `{{#any 滞后 严重滞后}}\n## ${heading}\n\n对照序时进度，{{countsOf 滞后 严重滞后}}：{{lagging}}。\n\n` +
  '{{#any 滞后 严重滞后 attribute=约束性}}\n**约束性指标**。{{laggingDetails attribute=约束性}}。\n{{/any}}\n\n' +
  '{{#any 滞后 严重滞后 attribute=预期性}}\n**预期性指标**。{{laggingDetails attribute=预期性}}。\n{{/any}}\n' +
  `{{else}}\n${none}\n{{/any}}\n\n`;

function midterm(info: PlanInfo): ContentFile[] {
  return [
    {
      file: '00-引言.md',
      text: `${HEAD}根据《{{plan}}》实施管理的有关要求，【请填写：牵头单位】会同各责任单位，对规划纲要实施以来的进展情况开展了中期评估。评估以{{point}}为评估时点，序时进度为{{schedule}}，对照规划纲要确定的主要指标、重点任务和重大工程项目，逐项梳理实施进展，分析存在的主要问题和发展环境变化，提出推进规划后半程实施的对策建议。\n`,
    },
    {
      file: '01-总体情况.md',
      text:
        `${HEAD}# 规划实施总体情况\n\n【请填写：规划实施以来的总体情况，一至两段。】\n\n## 主要目标指标进展\n\n${indicatorProgress(info, '')}` +
        `{{#anyOutlook 完成难度较大}}按目前趋势推算到${info.period.end}年，{{outlookNames 完成难度较大}}完成目标难度较大。{{/anyOutlook}}{{#anyOutlook 经努力可以完成}}{{outlookNames 经努力可以完成}}需经努力方可完成。{{/anyOutlook}}\n\n` +
        '## 重点任务推进情况\n\n【请填写：规划纲要各篇章重点任务的推进情况。】\n\n## 重大工程项目推进情况\n\n【请填写：重大工程项目的推进情况。】\n',
    },
    {
      file: '02-主要问题.md',
      text:
        `${HEAD}# 存在的主要问题\n\n${lagging('部分指标进展滞后', '对照序时进度，主要指标均没有进展滞后的情况。')}` +
        `${pending('部分指标尚不具备判定条件')}\n## 其他问题\n\n【请填写：重点任务、重大项目推进和体制机制等方面存在的问题。】\n`,
    },
    {
      file: '03-发展环境.md',
      text: `${HEAD}# 发展环境变化分析\n\n## 外部环境\n\n【请填写：规划实施以来外部环境的主要变化及其影响。】\n\n## 自身条件\n\n【请填写：本地区发展基础、优势和短板的变化。】\n`,
    },
    {
      file: '04-对策建议.md',
      text:
        `${HEAD}# 推进规划后半程实施的对策建议\n\n{{#any 滞后 严重滞后}}\n## 聚焦滞后指标精准发力\n\n对进展滞后的指标（{{lagging}}），逐项分析原因，由责任单位制定赶超措施，明确年度目标和时间节点。{{#any 滞后 严重滞后 attribute=约束性}}对约束性指标（{{lagging attribute=约束性}}），实行清单化推进，确保规划期末完成。{{/any}}\n{{/any}}\n\n` +
        '## 完善指标监测与数据报送\n\n{{#any 待核定}}对状态待核定的{{count 待核定}}项指标，补齐判定所需的数据。{{/any}}【请填写：监测与报送的具体安排。】\n\n## 强化规划实施保障\n\n【请填写：其他对策建议。】\n',
    },
  ];
}

function annual(info: PlanInfo): ContentFile[] {
  return [
    {
      file: '00-引言.md',
      text: `${HEAD}根据《{{plan}}》实施管理的有关要求，【请填写：牵头单位】会同各责任单位，对规划纲要{{point}}的实施情况开展了年度监测。监测以{{point}}为监测时点，序时进度为{{schedule}}。\n`,
    },
    {
      file: '01-年度进展.md',
      text: `${HEAD}# 主要指标年度进展\n\n${indicatorProgress(info, '')}## 重点工作推进情况\n\n【请填写：本年度规划重点任务和重大项目的推进情况。】\n`,
    },
    {
      file: '02-需要关注的问题.md',
      text: `${HEAD}# 需要关注的问题\n\n${lagging('进展滞后的指标', '对照序时进度，主要指标均没有进展滞后的情况。')}${pending('尚待核定的指标')}`,
    },
    {
      file: '03-下一年度工作建议.md',
      text: `${HEAD}# 下一年度工作建议\n\n【请填写：针对进展滞后指标和需要关注问题的下一年度工作安排。】\n`,
    },
  ];
}

function final(info: PlanInfo): ContentFile[] {
  return [
    {
      file: '00-引言.md',
      text: `${HEAD}根据《{{plan}}》实施管理的有关要求，【请填写：牵头单位】会同各责任单位，对规划纲要的实施情况开展了总结评估。评估以{{point}}为评估时点，对照规划纲要确定的主要指标、重点任务和重大工程项目，全面总结规划实施成效，分析存在的不足，提出对下一个五年规划编制和实施的建议。\n`,
    },
    {
      file: '01-目标完成情况.md',
      text: `${HEAD}# 规划主要目标完成情况\n\n${indicatorProgress(info, '', true)}## 重点任务完成情况\n\n【请填写：规划纲要各篇章重点任务和重大工程项目的完成情况。】\n`,
    },
    {
      file: '02-存在的不足.md',
      text: `${HEAD}# 存在的主要不足\n\n{{#any 未完成}}\n## 部分目标未完成\n\n{{countsOf 未完成}}：{{names 未完成}}。{{laggingDetails}}。\n{{else}}\n规划确定的主要目标均已完成。\n{{/any}}\n\n${pending('部分指标尚不具备判定条件')}`,
    },
    {
      file: '03-经验与启示.md',
      text: `${HEAD}# 主要经验与启示\n\n【请填写：规划实施的主要经验。】\n`,
    },
    {
      file: '04-下一步建议.md',
      text: `${HEAD}# 对下一个五年规划编制实施的建议\n\n【请填写：对下一个五年规划目标设置、指标体系和实施机制的建议。】\n`,
    },
  ];
}

/**
 * 调整方案（草案）的说明: why adjust (the evaluation), on what principles, what changes ({{adjustments}} writes
 * each proposal from adjustments.yaml), and how the adjusted targets will be met.
 */
function adjustment(info: PlanInfo): ContentFile[] {
  const npc = `${regionLevel(info.regionShort)}人民代表大会常务委员会`;
  return [
    {
      file: '00-引言.md',
      text: `${HEAD}根据《中华人民共和国各级人民代表大会常务委员会监督法》的规定和《{{plan}}》实施评估的结果，【请填写：牵头单位】会同各责任单位，在深入论证、广泛听取意见的基础上，研究提出了规划纲要调整方案（草案）。\n`,
    },
    {
      file: '01-调整的必要性.md',
      text:
        `${HEAD}# 调整的必要性\n\n【请填写：规划实施以来发展环境的主要变化。】\n\n` +
        '以{{point}}为评估时点、按照序时进度{{schedule}}评估，规划纲要{{total}}项主要指标中，{{counts}}。{{#any 滞后 严重滞后}}{{countsOf 滞后 严重滞后}}：{{lagging}}。{{/any}}逐项评估情况见{{ref appendix indicators}}。\n',
    },
    {
      file: '02-调整的原则.md',
      text: `${HEAD}# 调整的原则\n\n【请填写：调整遵循的原则，如坚持规划的严肃性和连续性，只对发展环境发生重大变化、确实难以实现或已提前实现的指标作调整；约束性指标原则上不作下调。】\n`,
    },
    {
      file: '03-调整的主要内容.md',
      text:
        `${HEAD}# 调整的主要内容\n\n本次拟调整{{adjustmentTotal}}项主要指标的目标：{{adjustedNames}}。` +
        `{{#anyAdjustment attribute=约束性}}其中约束性指标{{adjustmentTotal attribute=约束性}}项（{{adjustedNames attribute=约束性}}），其调整须依照法定程序报${npc}审查批准。{{/anyAdjustment}}逐项对照见{{ref appendix adjustments}}。\n\n{{adjustments}}\n`,
    },
    {
      file: '04-保障措施.md',
      text: `${HEAD}# 确保调整后目标实现的措施\n\n【请填写：围绕调整后的目标采取的措施和责任分工。】\n`,
    },
  ];
}

/**
 * 审议意见研究处理情况的报告: how the opinions were received, the answer to each ({{opinions}} writes one chapter
 * per opinion from opinions.yaml), and what comes next.
 */
function response(info: PlanInfo): ContentFile[] {
  const level = regionLevel(info.regionShort);
  return [
    {
      file: '00-引言.md',
      text: `${HEAD}【请填写：会议名称】听取和审议了《{{plan}}》实施情况的评估报告，提出了{{opinionTotal}}条审议意见。${level}人民政府高度重视，【请填写：研究部署、交办和督办的情况】。各条审议意见的研究处理情况如下。\n`,
    },
    {
      file: '01-审议意见研究处理情况.md',
      text: `${HEAD.replace('双花括号中的是表达式', '下面一行的表达式按序号逐条写出审议意见及其研究处理情况（一条意见一章，取自 opinions.yaml）；其他双花括号中的也是表达式')}{{opinions}}\n`,
    },
    {
      file: '02-下一步工作.md',
      text: `${HEAD}# 下一步工作打算\n\n【请填写：继续落实审议意见的安排。】{{#any 滞后 严重滞后}}对进展滞后的指标（{{lagging}}），逐项制定赶超措施。{{/any}}\n`,
    },
  ];
}

export function contentSkeleton(kind: ReportKind, info: PlanInfo): ContentFile[] {
  switch (kind) {
    case 'midterm':
      return midterm(info);
    case 'annual':
      return annual(info);
    case 'final':
      return final(info);
    case 'adjustment':
      return adjustment(info);
    case 'response':
      return response(info);
  }
}
