// 所有面向用户的提示语集中在此：说清楚哪里错了、该怎么改。
// One module for every user-facing message (the vega-lite habit): tests compare against these functions, so
// rewording a message never breaks a test, and the wording can be reviewed in one place.
import type { Diagnostic, Position } from './diagnostics.ts';

const cellAt = (file: string, cell: string, rule: string, message: string, hint: string): Diagnostic => ({ file, cell, message, hint, rule });

const at = (file: string, position: Position | undefined, rule: string, message: string, hint?: string): Diagnostic => ({
  file,
  ...(position ? { position } : {}),
  message,
  ...(hint ? { hint } : {}),
  rule,
});

export const msg = {
  fileMissing: (file: string): Diagnostic =>
    at(file, undefined, 'file-missing', '找不到该文件。', '请检查配置文件中的路径是否正确，或从仓库中恢复该文件。'),

  yamlSyntax: (file: string, pos: Position, detail: string): Diagnostic =>
    at(file, pos, 'yaml-syntax', `YAML 格式错误：${detail}`, '请检查该行的缩进、冒号和引号；含有 % 或 > 等符号的文字请用英文双引号括起来。'),

  schema: (file: string, pos: Position, field: string, detail: string, rule: string): Diagnostic =>
    at(file, pos, rule, `字段“${field}”不符合要求：${detail}`, '请对照 README 中该文件的格式说明修改。'),

  duplicateIndicator: (file: string, pos: Position, id: string, firstLine: number): Diagnostic =>
    at(file, pos, 'indicator-duplicate', `指标编号“${id}”重复，第 ${firstLine} 行已使用。`, '每项指标的编号必须唯一，请改用另一个编号。'),

  unknownGroup: (file: string, pos: Position, group: string, groups: string[]): Diagnostic =>
    at(file, pos, 'indicator-group', `分类“${group}”不在规划的分类中。`, `可用的分类：${groups.join('、')}；或先在 plan.yaml 的 groups 中增加该分类。`),

  notationMismatch: (file: string, pos: Position, id: string, written: string, form: string, reading: string, suggested: string): Diagnostic =>
    at(file, pos, 'target-form-mismatch', `指标“${id}”的规划表原文“${written}”与目标形式 ${form} 不一致。`,
      `按原文推断：${reading}，目标形式为 ${suggested}。请核对规划表：原文照录不必改写，改正 form 使之与原文相符（或改正录错的原文）。`),

  relativeReference: (file: string, pos: Position, id: string, reference: string, suggestion?: string): Diagnostic =>
    at(file, pos, 'relative-reference', `指标“${id}”的比较对象“${reference}”既不是本规划的指标编号，也不在 plan.yaml 的 series 中。`,
      suggestion ? `是否应为“${suggestion}”？` : '请填写作比较的指标编号，或在 plan.yaml 的 series 中登记该序列（如 { id: gdp-growth, name: 地区生产总值增长, unit: "%" }）并在 observations.csv 中录入其各年数值。'),

  directionMismatch: (file: string, pos: Position, id: string, base: number, target: number, direction: 'up' | 'down'): Diagnostic =>
    at(file, pos, 'target-direction', `指标“${id}”的目标${target}${direction === 'up' ? '低于' : '高于'}基期值${base}，与方向“${direction === 'up' ? '越高越好（up）' : '越低越好（down）'}”矛盾。`,
      '请核对规划表：若该指标越低越好，把 direction 改为 down；若目标或基期值录错，请改正。'),

  csvSyntax: (file: string, line: number, detail: string): Diagnostic =>
    at(file, { line }, 'csv-syntax', `CSV 格式错误：${detail}`, '请用 Excel“另存为 CSV UTF-8”重新导出，或检查该行的逗号与引号。'),

  csvHeader: (file: string, missing: string[], required: readonly string[]): Diagnostic =>
    at(file, { line: 1 }, 'csv-header', `表头缺少列：${missing.join('、')}。`, `第一行须包含这些列：${required.join(',')}（顺序不限）。`),

  unknownIndicator: (file: string, line: number, id: string, suggestion?: string): Diagnostic =>
    at(file, { line }, 'observation-unknown-indicator', `指标编号“${id}”不在指标登记册中。`,
      suggestion ? `是否应为“${suggestion}”？编号见 indicators.yaml。` : '请使用 indicators.yaml 中的指标编号。'),

  notANumber: (file: string, line: number, raw: string): Diagnostic =>
    at(file, { line }, 'observation-not-number', `数值“${raw}”不是数字。`, '请只填写阿拉伯数字（可带小数点和负号），不要带单位、百分号或文字说明；说明请写在 note 列。'),

  badYear: (file: string, line: number, raw: string, start: number, end: number): Diagnostic =>
    at(file, { line }, 'observation-year', `年份“${raw}”不在规划期 ${start}—${end} 年内。`, `请填写 ${start} 到 ${end} 之间的四位年份；上半年数据写作“2023H1”。`),

  unitMismatch: (file: string, line: number, id: string, unit: string, expected: string): Diagnostic =>
    at(file, { line }, 'observation-unit', `指标“${id}”的单位“${unit}”与登记册的单位“${expected || '（无单位）'}”不一致。`,
      '请换算为登记册的单位后填写，或将 unit 列留空。'),

  duplicateObservation: (file: string, line: number, id: string, period: string, firstLine: number): Diagnostic =>
    at(file, { line }, 'observation-duplicate', `指标“${id}”的${period}数据重复，第 ${firstLine} 行已有一条。`,
      '同一指标同一年只能有一个数值：请核实后删除多余的一行。'),

  badDataKind: (file: string, line: number, raw: string, kinds: readonly string[]): Diagnostic =>
    at(file, { line }, 'observation-kind', `数据性质“${raw}”不是规定的写法。`, `kind 列请填其中之一：${kinds.join('、')}；正式数据可留空。`),

  revisionOfNothing: (file: string, line: number, id: string, year: number): Diagnostic =>
    at(file, { line }, 'observation-revision', `指标“${id}”${year}年的修订数没有对应的原数。`, '“修订”行用于替换已有的数值（原数保留备查）；没有原数时请把 kind 改为正式（留空）。'),

  judgementNotQualitative: (file: string, line: number, id: string): Diagnostic =>
    at(file, { line }, 'judgement-not-qualitative', `指标“${id}”不是定性指标，其状态按规则计算，不能人工判定。`,
      '人工判定只用于目标为定性表述的指标（form: { type: qualitative }）；请删除该行，或把数值录入 observations.csv。'),

  badJudgementStatus: (file: string, line: number, raw: string, allowed: readonly string[]): Diagnostic =>
    at(file, { line }, 'judgement-status', `判定结果“${raw}”不是规定的状态。`, `请填写其中之一：${allowed.join('、')}。`),

  judgementReason: (file: string, line: number): Diagnostic =>
    at(file, { line }, 'judgement-reason', '人工判定缺少依据（reason 列）。', '请写明作出该判定的理由和所依据的情况，报告会原文引用。'),

  halfYearUnused: (file: string, line: number, id: string, year: number): Diagnostic => ({
    ...at(file, { line }, 'observation-half-unused', `指标“${id}”的${year}年上半年数据未使用：评估时点为全年，且已有${year}年或更晚的全年数据。`,
      '上半年数据只在评估时点为上半年（evaluation.half: true）、或当年全年数据尚未报送时使用；不需要时可删除该行。'),
    severity: 'warning',
  }),

  unknownProject: (file: string, line: number, id: string, suggestion?: string): Diagnostic =>
    at(file, { line }, 'progress-unknown-project', `项目编号“${id}”不在重大工程项目登记册中。`,
      suggestion ? `是否应为“${suggestion}”？编号见 projects.yaml。` : '请使用 projects.yaml 中的项目编号（如 zl01-1）。'),

  badProjectStatus: (file: string, line: number, raw: string, allowed: readonly string[]): Diagnostic =>
    at(file, { line }, 'progress-status', `项目状态“${raw}”不是规定的状态。`, `请填写其中之一：${allowed.join('、')}。`),

  duplicateProgress: (file: string, line: number, id: string, year: number, firstLine: number): Diagnostic =>
    at(file, { line }, 'progress-duplicate', `项目“${id}”的 ${year} 年进展重复，第 ${firstLine} 行已有一条。`, '同一项目同一年只能有一行：请核实后删除多余的一行。'),

  duplicateProject: (file: string, pos: Position, id: string): Diagnostic =>
    at(file, pos, 'project-duplicate', `项目编号“${id}”重复。`, '每个项目的编号必须唯一。'),

  missingSource: (file: string, line: number): Diagnostic =>
    at(file, { line }, 'observation-source', '缺少数据来源（source 列）。', '请写明来源，例如“海州区2023年统计公报”或“区统计局”；示例数据请写“示例”。'),

  taskForm: (file: string, line: number, id: string, target: string): Diagnostic =>
    at(file, { line }, 'task-form', `指标“${id}”的目标是“${target}”，不是“完成市下达任务”，不能录入市下达任务值。`,
      '市下达任务值只用于目标为“完成市下达任务”的指标；请删除该行，或核对指标编号。'),

  formNotOurs: (file: string): Diagnostic =>
    at(file, undefined, 'form-unknown', '这不是本工具生成的数据征集表（缺少表单标识）。', '请使用 plan-eval forms 生成的表格填报；其他格式的数据请整理为 CSV 后导入。'),

  formUnreadable: (file: string, detail: string): Diagnostic =>
    at(file, undefined, 'form-unreadable', `无法读取该文件：${detail}`, '请确认文件是 Excel 工作簿（.xlsx）或 CSV，且没有损坏或加密。'),

  formSheetMissing: (file: string, sheet: string): Diagnostic =>
    at(file, undefined, 'form-sheet-missing', `缺少工作表“${sheet}”（被删除或改名）。`, '请恢复该工作表的原名，或重新生成征集表后把数据粘贴进去。'),

  formHeader: (file: string, cell: string, expected: string, actual: string): Diagnostic =>
    cellAt(file, cell, 'form-column-moved', `表头应为“${expected}”，实际为“${actual || '（空）'}”：列被移动、插入、删除或改名。`, '请在原表中恢复各列的位置和名称（或重新生成征集表后把数据粘贴进去），再导入。'),

  formMerged: (file: string, cell: string): Diagnostic =>
    cellAt(file, cell, 'form-merged', `单元格 ${cell.split('!')[1]} 被合并。`, '请取消合并单元格，每个单元格只填一项数据。'),

  formFormula: (file: string, cell: string): Diagnostic =>
    cellAt(file, cell, 'form-formula', '单元格中是公式，不是数值。', '请复制该单元格后“选择性粘贴为数值”，再保存导入。'),

  formText: (file: string, cell: string, text: string): Diagnostic =>
    cellAt(file, cell, 'form-text', `数值栏填写的是文字“${text}”。`, '请只填阿拉伯数字，不带单位、百分号或文字；说明写在备注栏。'),

  formUnknownIndicator: (file: string, cell: string, id: string): Diagnostic =>
    cellAt(file, cell, 'form-unknown-indicator', `指标编号“${id}”不在指标登记册中，或不属于本单位。`, '指标编号栏已锁定，请勿修改；请用重新生成的征集表填报。'),

  formUnknownProject: (file: string, cell: string, id: string): Diagnostic =>
    cellAt(file, cell, 'form-unknown-project', `项目编号“${id}”不在重大工程项目登记册中，或不属于本单位。`, '项目编号栏已锁定，请勿修改；请用重新生成的征集表填报。'),

  formMissingSource: (file: string, cell: string): Diagnostic =>
    cellAt(file, cell, 'form-source', '填写了数值，但没有写数据来源。', '请在“数据来源”栏写明来源，如“海州区2023年统计公报”或本单位统计报表名称。'),

  formBadStatus: (file: string, cell: string, raw: string): Diagnostic =>
    cellAt(file, cell, 'form-status', `项目状态“${raw}”不是规定的状态。`, '请从下拉列表选择：已完成、推进中、未启动、滞后。'),

  unknownExpression: (file: string, pos: Position, name: string, known: string[]): Diagnostic =>
    at(file, pos, 'expr-unknown-helper', `未知的表达式“${name}”。`, `可用的表达式：${known.join('、')}。详见 README“正文中的表达式”。`),

  exprUnknownIndicator: (file: string, pos: Position, id: string, suggestion?: string): Diagnostic =>
    at(file, pos, 'expr-unknown-indicator', `表达式引用了不存在的指标编号“${id}”。`,
      suggestion ? `是否应为“${suggestion}”？指标编号见 indicators.yaml。` : '请使用 indicators.yaml 中的指标编号。'),

  exprUnknownYear: (file: string, pos: Position, year: string, years: number[]): Diagnostic =>
    at(file, pos, 'expr-unknown-year', `表达式引用的年份“${year}”没有数据或不在规划期内。`, `可用的年份：${years.join('、')}。`),

  exprNoValue: (file: string, pos: Position, id: string, period: string): Diagnostic =>
    at(file, pos, 'expr-no-value', `指标“${id}”没有${period}的数据。`, '请在年度数据表中补充该数值，或改写这句话。'),

  exprBadArgument: (file: string, pos: Position, name: string, detail: string): Diagnostic =>
    at(file, pos, 'expr-argument', `表达式“${name}”的参数有误：${detail}`, '用法见 README“正文中的表达式”。'),

  exprUnsupported: (file: string, pos: Position, what: string): Diagnostic =>
    at(file, pos, 'expr-unsupported', `正文中不支持 ${what}。`, '正文表达式只能写成 {{名称 参数…}} 的形式，详见 README“正文中的表达式”。'),

  exprSyntax: (file: string, pos: Position, detail: string): Diagnostic =>
    at(file, pos, 'expr-syntax', `表达式写法有误：${detail}`, '表达式写成 {{名称 参数…}}，花括号须成对出现。'),

  headingNumbered: (file: string, pos: Position, text: string): Diagnostic =>
    at(file, pos, 'heading-numbered', `标题“${text}”自带了序号。`, '标题序号（一、（一）1.）由工具自动编排，请删去序号，只写标题文字。'),

  fontMissing: (file: string): Diagnostic =>
    at(file, undefined, 'font-missing', '缺少字体文件。', '请先运行 npm run setup（会安装所需软件包并转换字体）。'),

  optionYear: (raw: string, start: number, end: number): Diagnostic =>
    at('--year', undefined, 'option-year', `年份“${raw}”不在规划期 ${start}—${end} 年内。`, `请用 --year 指定 ${start} 到 ${end} 之间的年份。`),

  evaluationYear: (file: string, pos: Position | undefined, year: number, start: number, end: number): Diagnostic =>
    at(file, pos, 'config-evaluation-year', `评估时点 ${year} 年不在规划期 ${start}—${end} 年内。`, `请把 evaluation.year 设为 ${start} 到 ${end} 之间的年份。`),

  // — init: a plan's indicator table (issue 7) —

  folderMissing: (folder: string): Diagnostic =>
    at(folder, undefined, 'folder-missing', '找不到该目录。', '请检查配置文件中的路径（相对于配置文件所在目录）；不写 templates 时使用 plan-eval 自带的版式模板。'),
};
