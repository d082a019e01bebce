// 把读出的指标表写成规划数据目录中的文本：plan.yaml、indicators.yaml（每项指标上方注明推断与请核对事项）、
// 只有表头的 observations.csv，以及放在任何目录都能直接使用的 plan-eval.yaml。
import { stringify } from 'yaml';
import { defaultFormat, REPORT_KINDS, type ReportKind } from '../config.ts';
import { regionLevel } from '../format/chinese.ts';
import type { PlanInfo } from '../model/plan.ts';
import { formYaml } from '../notation/formYaml.ts';
import type { IndicatorDraft } from './indicators.ts';
import { RESPONSIBLE_UNKNOWN } from './indicators.ts';

/** A YAML scalar, quoted only where YAML needs it. */
const scalar = (v: string) => stringify(v).trim();
/** The printed target and 年均 text, always in double quotes (as in data/haizhou-14): “1000” stays text. */
const quoted = (v: string) => JSON.stringify(v);

export function planYaml(info: PlanInfo, tableFile: string): string {
  const lines = [
    `# 规划基本信息（由 plan-eval init 根据 ${tableFile} 生成）。标“请填写”的各项须改为实际内容。`,
    `name: ${scalar(info.name)}`,
    `shortName: ${scalar(info.shortName)}`,
    `planLabel: ${scalar(info.planLabel)}            # 用于“‘${info.planLabel}’时期”等称谓`,
    `region: ${scalar(info.region)}`,
    `regionShort: ${scalar(info.regionShort)}`,
    `issuer: ${scalar(info.issuer)}`,
    'period:',
    `  start: ${info.period.start}`,
    `  end: ${info.period.end}`,
    `baseYear: ${info.baseYear}              # 基期`,
    '# 主要指标的分类，顺序即报告中的顺序（取自规划表的类别栏）',
    `groups: [${info.groups.map(scalar).join(', ')}]`,
    `# 规划表未列明各指标的责任单位；indicators.yaml 中写作“${RESPONSIBLE_UNKNOWN}”，报告会注明。逐项核定后改为 false。`,
    `responsibleIllustrative: ${info.responsibleIllustrative}`,
  ];
  if (info.series.length > 0) {
    lines.push(
      '# 相对目标（如“与经济增长基本同步”）的比较对象不在指标表中，登记为辅助序列：其各年数值（增速，%）录入 observations.csv，indicator 列填这里的 id。',
      'series:',
      ...info.series.map((s) => `  - { id: ${s.id}, name: ${scalar(s.name)}, unit: ${quoted(s.unit)} }`),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function indicatorsYaml(drafts: IndicatorDraft[], info: PlanInfo, tableFile: string): string {
  const checked = drafts.filter((d) => d.checks.length > 0).length;
  const header = [
    `# ${info.shortName}主要指标（由 plan-eval init 根据 ${tableFile} 生成，${drafts.length}项，${info.groups.length}类）。`,
    `# 每项指标上方的“推断”说明目标形式是怎样从规划表原文读出的；标“请核对”的${checked}项把握不足，请对照规划表逐项核对后删去该行注释。`,
    '#',
    '# 每项指标的字段：',
    '#   id           指标编号（小写字母、数字、连字符），在数据表和正文表达式中引用；由名称的拼音首字母生成，可以改，改后数据表和正文中的引用须一并改',
    '#   name / unit  指标名称与计量单位，按规划表原文',
    `#   group        分类：${info.groups.join(' / ')}`,
    '#   attribute    指标属性：预期性 / 约束性',
    `#   base         ${info.baseYear}年基期值；规划表为“—”或没有基期栏时写 null`,
    '#   baseSource   基期值不是规划表原文时写明出处（init --previous 取自上期规划的监测数据），报告的数据来源会列出',
    `#   target       规划表“${info.period.end}年目标”栏原文`,
    '#   annualGrowth 规划表“年均增长/累计”栏原文；没有时写“—”',
    '#   form         目标形式（评估方法说明），决定判定规则：',
    '#                  end-value          期末值（direction: up 越高越好 / down 越低越好；approx: true 为“左右”）',
    '#                  end-value-rate     期末值并给出年均增长率 rate',
    '#                  threshold          期末门槛（“>60”“≥80”“60以上”）',
    '#                  growth-rate        增长率指标，各年增速连乘后与 rate 比较',
    '#                  cumulative         期内累计（各年数值相加）',
    '#                  cumulative-decline 累计下降%（各年数据为当年下降率 yearly: rate，或水平值 yearly: level）',
    '#                  cumulative-change  较基期的累计变化（〔1〕、累计提升20%）',
    "#                  bound              每年须满足的下限/上限（op: '>' '>=' '<' '<='）",
    '#                  maintain           保持（达到即为基本符合预期，不存在“提前实现”）',
    '#                  city-task          完成上级下达任务（level: 市/省/国家；逐年任务值录入 city-tasks.csv，缺失时为待核定）',
    '#                  relative           相对目标（与 reference 所指序列的各年增速比较）',
    '#                  qualitative        定性目标（责任单位在 judgements.csv 中报送人工判定，未报送时为待核定）',
    `#   responsible  责任单位。规划表未列明，暂写“${RESPONSIBLE_UNKNOWN}”，须逐项核定。`,
    '#   note         说明',
    '',
  ];
  const items = drafts.map((d) => {
    const ind = d.indicator;
    const lines = [
      `# 原表：${tableFile}${d.placeInFile}`,
      `# 推断：${d.inference.reading}（把握：${d.inference.confidence}）`,
      ...(d.previousBase ? [`# 基期：${d.previousBase}`] : []),
      ...d.checks.map((c) => `# 请核对：${c}`),
      `- id: ${ind.id}`,
      `  name: ${scalar(ind.name)}`,
      `  unit: ${quoted(ind.unit)}`,
      `  group: ${scalar(ind.group)}`,
      `  attribute: ${ind.attribute}`,
      `  base: ${ind.base === null ? 'null' : ind.base}`,
      ...(ind.baseSource ? [`  baseSource: ${scalar(ind.baseSource)}`] : []),
      `  target: ${quoted(ind.target)}`,
      `  annualGrowth: ${quoted(ind.annualGrowth)}`,
      `  form: ${formYaml(ind.form)}`,
      ...(ind.parts ? ['  parts:', ...ind.parts.map((p) => `    - { key: ${p.key}, name: ${scalar(p.name)}, base: ${p.base === null ? 'null' : p.base}, target: ${quoted(p.target)}, form: ${formYaml(p.form)} }`)] : []),
      `  responsible: ${scalar(ind.responsible)}`,
      ...(ind.note ? [`  note: ${scalar(ind.note)}`] : []),
    ];
    return lines.join('\n');
  });
  return `${header.join('\n')}\n${items.join('\n\n')}\n`;
}

/** The columns of observations.csv (README “observations.csv”), and nothing else: the user enters the years. */
export const OBSERVATIONS_HEADER = 'indicator,year,value,unit,source,note\n';

export interface ConfigText {
  kind: ReportKind;
  output: string;
  author: string;
  date: string;
  year: number;
}

/** A plan-eval.yaml that works where it is: every path relative to it, the templates the built-in ones. */
export function configYaml(c: ConfigText, info: PlanInfo): string {
  return [
    `# plan-eval 报告配置（由 plan-eval init 生成：${info.shortName}${REPORT_KINDS[c.kind]}）。路径相对于本文件。`,
    '# 版式用 plan-eval 自带的模板；要改版式，把自带的 templates 目录复制出来，并在这里加一行 templates 指向它。',
    'plan: .                          # 规划数据目录：plan.yaml、indicators.yaml、observations.csv 就在本目录',
    'content: content                 # 正文 Markdown 目录（按文件名顺序组成报告）',
    'out: out                         # 输出目录',
    `output: ${scalar(c.output)}`,
    '',
    'report:',
    `  kind: ${c.kind}                  # ${Object.entries(REPORT_KINDS).map(([k, v]) => `${k} ${v}`).join(' / ')}`,
    `  format: ${defaultFormat(c.kind)}                  # npc 提交人大常委会审议的文本 / internal 发改委内部稿（封面＋目录）`,
    `  author: ${scalar(c.author)}       # 署名`,
    `  date: ${c.date}               # 成文日期`,
    ...(defaultFormat(c.kind) === 'npc'
      ? [
          '  # 人大审议稿标题下的会议、报告人和委托机关：“×”处请按实际填写。',
          `  meeting: { date: ${c.date}, name: ${scalar(`${info.region}第×届人民代表大会常务委员会第×次会议`)} }`,
          `  presenter: { office: ${scalar(`${regionLevel(info.regionShort)}发展和改革委员会主任`)}, name: ××× }`,
          `  entrustedBy: ${scalar(`${regionLevel(info.regionShort)}人民政府`)}`,
        ]
      : []),
    '',
    'evaluation:',
    `  year: ${c.year}                     # 评估时点：最后一个有数据的年份`,
    '',
  ].join('\n');
}
