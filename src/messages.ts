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

  partsMismatch: (file: string, pos: Position, id: string): Diagnostic =>
    at(file, pos, 'indicator-parts', `指标“${id}”的分项目标登记有误：form 为 { type: parts } 时须列出 parts（至少两项），列出 parts 时 form 须为 { type: parts }，分项本身不能再分项。`,
      '分项目标的写法见 README“分项目标”：parts 下每项写 key、name、target（原文）、form，其数据录入 observations.csv 时编号写作“指标编号-key”。'),

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

  exprReservedCharacter: (file: string): Diagnostic =>
    at(file, undefined, 'expr-reserved-character', '文件中有私用区字符 U+E000 或 U+E001，这两个字符由本工具保留。', '请删除这些字符（通常是从其他软件复制时带入的不可见字符）。'),

  figurePlacement: (file: string, pos: Position, key: string): Diagnostic =>
    at(file, pos, 'figure-placement', `图表“${key}”必须单独成段。`, '请把 {{figure …}} 单独写一行，前后各空一行；不要放在列表、引用、表格、代码块或句子当中。'),

  figureInCode: (file: string, pos: Position): Diagnostic =>
    at(file, pos, 'figure-placement', '代码块或缩进四格的行中不能放置表达式或图表。', '请删去行首的缩进（或代码块标记），让表达式单独成段。'),

  refNotPlaced: (file: string, pos: Position, key: string): Diagnostic =>
    at(file, pos, 'ref-not-placed', `引用的图表“${key}”没有在正文中放置，无法编号。`, `请在正文中用 {{figure ${key.replace(':', ' ')}}} 放置该图，或删去这处引用。`),

  footnoteUnsupported: (file: string, pos: Position): Diagnostic =>
    at(file, pos, 'markdown-footnote', '正文不支持脚注（[^1]）。', '公文正文不用脚注：请把说明写进括号，或另起一段以“注：”开头。'),

  imageUnsupported: (file: string, pos: Position): Diagnostic =>
    at(file, pos, 'markdown-image', '正文不支持插入图片。', '图表由评估数据生成，请用 {{figure …}} 放置；其他图片请删除。'),

  rawHtmlDropped: (file: string, pos: Position): Diagnostic => ({
    ...at(file, pos, 'markdown-html', '正文中的 HTML 标签不会输出（连同其中的脚本和样式）。', '请删除 HTML 标签，只用 Markdown 书写。'),
    severity: 'warning',
  }),

  headingNumbered: (file: string, pos: Position, text: string): Diagnostic =>
    at(file, pos, 'heading-numbered', `标题“${text}”自带了序号。`, '标题序号（一、（一）1.）由工具自动编排，请删去序号，只写标题文字。'),

  npcSettingMissing: (file: string, pos: Position, key: 'meeting' | 'presenter' | 'entrustedBy'): Diagnostic =>
    at(file, pos, 'config-npc', `人大审议稿（report.format: npc）缺少 report.${key}。`,
      {
        meeting: '请填写会议：meeting: { date: 2024-06-28, name: 连云港市海州区第×届人民代表大会常务委员会第×次会议 }（标题下印“——2024年6月28日在……上”）。',
        presenter: '请填写报告人：presenter: { office: 区发展和改革委员会主任, name: ××× }。',
        entrustedBy: '请填写委托机关：entrustedBy: 区人民政府（开头印“受区人民政府委托，……请予审议。”）。',
      }[key] + '不是提交人大常委会的文件时，可设 report.format: internal（发改委内部稿：封面加目录）。'),

  proseNumber: (file: string, pos: Position, name: string, written: string, data: string, expression: string): Diagnostic => ({
    ...at(file, pos, 'prose-number', `正文写“${name}”为“${written}”，与数据不符（数据中${data}）。`, `请改用表达式 ${expression}（或 {{value 编号 年份}}），数据更新后正文随之更新。`),
    severity: 'warning',
  }),

  proseStatus: (file: string, pos: Position, name: string, written: string, actual: string, expression: string): Diagnostic => ({
    ...at(file, pos, 'prose-status', `正文说“${name}”${written}，但评估结果为“${actual}”。`, `请改用表达式 ${expression}。`),
    severity: 'warning',
  }),

  proseCount: (file: string, pos: Position, what: string, written: number, actual: number, expression: string): Diagnostic => ({
    ...at(file, pos, 'prose-count', `正文写${what}的指标${written}项，评估结果为${actual}项。`, `请改用表达式 ${expression}。`),
    severity: 'warning',
  }),

  devHost: (host: string): Diagnostic =>
    at('--host', undefined, 'dev-host', `预览只能在本机地址上提供，不能用“${host}”。`, '预览含有尚未公开的数据：请用 127.0.0.1（默认）或 localhost，在本机浏览器中打开。'),

  batchSameOutput: (config: string, first: string, pdf: string): Diagnostic =>
    at(config, undefined, 'build-same-output', `与 ${first} 生成的是同一个文件 ${pdf}，这一份没有生成。`,
      '请在其中一个配置中改用另一个输出文件名（output）或输出目录（out）；一次生成多份报告时，后一份不会覆盖前一份。'),

  fontMissing: (file: string): Diagnostic =>
    at(file, undefined, 'font-missing', '缺少字体文件。', '请先运行 npm run setup（会安装所需软件包并转换字体）。'),

  optionYear: (raw: string, start: number, end: number): Diagnostic =>
    at('--year', undefined, 'option-year', `年份“${raw}”不在规划期 ${start}—${end} 年内。`, `请用 --year 指定 ${start} 到 ${end} 之间的年份。`),

  evaluationYear: (file: string, pos: Position | undefined, year: number, start: number, end: number): Diagnostic =>
    at(file, pos, 'config-evaluation-year', `评估时点 ${year} 年不在规划期 ${start}—${end} 年内。`, `请把 evaluation.year 设为 ${start} 到 ${end} 之间的年份。`),

  // — inputs: encodings, forms, templates (issue 12) —

  csvEncoding: (file: string, detected: string): Diagnostic =>
    at(file, undefined, 'csv-encoding', `文件不是 UTF-8 编码，也不能确定是 GBK/GB18030（检测结果：${detected}），无法可靠地读出其中的文字。`, RESAVE_AS_UTF8),

  csvBrokenUtf8: (file: string, line: number): Diagnostic =>
    at(file, { line }, 'csv-encoding', '文件开头标明是 UTF-8 编码，但这一行有不是 UTF-8 的字节（文件可能被不同编码的内容拼接或已损坏）。', RESAVE_AS_UTF8),

  csvReadAsGb18030: (file: string): Diagnostic =>
    notice(file, 'csv-encoding-gb18030', '按 GB18030（GBK）编码读取；建议另存为 CSV UTF-8。', `本次已正确读取，无需处理；${RESAVE_AS_UTF8}`),

  csvReadAsUtf16: (file: string): Diagnostic =>
    notice(file, 'csv-encoding-utf16', '按 UTF-16 编码（Excel“Unicode 文本”）读取；建议另存为 CSV UTF-8。', `本次已正确读取，无需处理；${RESAVE_AS_UTF8}`),

  figureTooLarge: (file: string, where: Where, raw: string): Diagnostic =>
    placed(file, where, 'number-too-large', `数值“${short(raw)}”的绝对值达到或超过 10¹⁵（一千万亿），不可能是统计数字。`,
      '请核对是否多打了数字或填错了单位（如把“元”当“亿元”）；只填登记册单位下的数值。'),

  figureTooPrecise: (file: string, where: Where, raw: string): Diagnostic =>
    placed(file, where, 'number-too-precise', `数值“${short(raw)}”超过 15 位有效数字，无法准确保存和计算。`, '请按统计口径四舍五入（一般不超过 4 位小数）后填写。'),

  figureNegative: (file: string, where: Where, what: string, raw: string, unit: string): Diagnostic =>
    placed(file, where, 'number-negative', `${what}的单位是“${unit}”，数值不能为负，实际为“${short(raw)}”。`,
      '请核对正负号；若该指标确实可能为负（如净流出），请在 indicators.yaml 中为它写 nonNegative: false。'),

  formVersion: (file: string, version: string): Diagnostic =>
    at(file, undefined, 'form-version', `这份征集表由旧版本的 plan-eval 生成（版本 ${version || '未知'}），各行没有校验码，无法证明数值填在了对应指标的行里。`,
      '请用 plan-eval forms 重新生成征集表，把已填的数值、来源和备注照原指标填入新表后再导入。'),

  formRowMismatch: (file: string, cell: string, label: string, shown: string, registry: string): Diagnostic =>
    cellAt(file, cell, 'form-row-mismatch', `${label}所在行写的是“${shown}”，而登记册中该编号为“${registry}”：编号或锁定的单元格被改动、调换。`,
      '锁定的单元格请勿修改、排序或调换。请把本行恢复为生成时的样子（可从重新生成的征集表复制编号、名称、单位各栏），确认数值填在对应指标的行里，再导入。'),

  formRowChecksum: (file: string, cell: string, label: string): Diagnostic =>
    cellAt(file, cell, 'form-row-checksum', `${label}所在行的校验码（隐藏列）与本单位本年度的这一编号不符：行内的单元格被调换，或本行是从别的单位、别的年份的征集表粘贴来的。`,
      '请不要对部分列排序或在表格之间复制整行。请用本单位本年度重新生成的征集表，把数值、来源、备注填入对应指标的行后再导入。'),

  formRowWithoutId: (file: string, cell: string): Diagnostic =>
    cellAt(file, cell, 'form-row-no-id', '本行填写了内容，但编号栏是空的：编号被删除，这一行的数值无法归属到任何指标或项目。', '锁定的编号栏请勿清空。请从重新生成的征集表中复制本行的编号、名称各栏，恢复后再导入。'),

  templateMissing: (missing: string, from?: { file: string; position: Position }): Diagnostic =>
    from
      ? at(from.file, from.position, 'template-missing', `这里引用的版式文件“${missing}”不存在。`, TEMPLATE_HINT)
      : at(missing, undefined, 'template-missing', '缺少版式文件。', TEMPLATE_HINT),

  printPageSize: (stylesheet: string, first: number, last: number, width: number, height: number, landscape: boolean): Diagnostic =>
    at(stylesheet, undefined, 'print-page-size',
      `打印出的第 ${first === last ? first : `${first}—${last}`} 页${landscape ? '是横排的 A4，但只有附件可以横排。' : `为 ${width.toFixed(0)}×${height.toFixed(0)} pt，不是 A4（595×842 pt；附件可横排）。`}`,
      `纸张由该样式表的 @page 规则决定：请检查其中的 size: A4（横排附件为 size: A4 landscape）是否被改动或删除。${NOT_OVERWRITTEN}`),

  printFrontMatter: (stylesheet: string, tocPage: number, expected: number): Diagnostic =>
    at(stylesheet, undefined, 'print-front-matter', `目录印在第 ${tocPage} 页，应在第 ${expected} 页（封面、封二各占一页）。`,
      `封面（.cover）、封二空白页（.blank）和目录（.toc）须各自另起一页（break-before: page）：请检查该样式表是否被改动。${NOT_OVERWRITTEN}`),

  printPad: (template: string, bodyPage: number): Diagnostic =>
    at(template, undefined, 'print-pad', `正文第 1 页落在第 ${bodyPage} 页（左页）：封面和目录的页数为奇数，却加不上使正文从右页起排的空白页。`,
      `模板中目录之后、正文之前须有空白页 <div class="blank toc-pad" aria-hidden="true"></div>（样式表以 .toc-pad.shown 显示它）：请检查该模板是否被改动。${NOT_OVERWRITTEN}`),

  printAppendixPage: (stylesheet: string, title: string, page: number): Diagnostic =>
    at(stylesheet, undefined, 'print-appendix-page', `附件“${title}”没有另起一页（与前文同在第 ${page} 页）。`,
      `各附件须另起一页（break-before: page）：请检查该样式表是否被改动。${NOT_OVERWRITTEN}`),

  /** The line after the first problems listed, when there are more (not a Diagnostic: it is about the list). */
  moreProblems: (rest: number): string => `……另有 ${rest} 处问题未列出：请先改正以上各处，再运行一次。`,

  // — init: a plan's indicator table (issue 7) —

  initTableType: (file: string): Diagnostic =>
    at(file, undefined, 'init-table-type', '指标表只能是 .xlsx 或 .csv 文件。', '.xls 或 WPS 表格请先“另存为”Excel 工作簿（.xlsx）或 CSV UTF-8（逗号分隔）。'),

  initTableUnreadable: (file: string): Diagnostic =>
    at(file, undefined, 'init-table-unreadable', '无法读取该 Excel 文件（文件损坏，或不是 .xlsx 格式）。', '请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx），再运行 init。'),

  initSheetMissing: (file: string, sheet: string, sheets: string[]): Diagnostic =>
    at(file, undefined, 'init-sheet-missing', sheet === '' ? '工作簿中没有工作表。' : `工作簿中没有名为“${sheet}”的工作表。`,
      `工作簿中的工作表：${sheets.join('、') || '（无）'}。用 --sheet 指定指标表所在的工作表。`),

  initEncoding: (file: string, guess: string): Diagnostic =>
    at(file, undefined, 'init-encoding', `无法识别该 CSV 文件的编码：既不是 UTF-8，也不是 GB18030（看起来像 ${guess}）。`,
      '请在 Excel 中打开原表，“另存为”CSV UTF-8（逗号分隔），或直接使用 .xlsx 文件。'),

  initNoNameColumn: (file: string, firstRow: string[], names: string[]): Diagnostic =>
    at(file, undefined, 'init-no-name-column', `表头中没有指标名称栏${firstRow.length > 0 ? `（第一行为：${firstRow.join('、')}）` : ''}。`,
      `指标表须有一栏的表头为${names.map((n) => `“${n}”`).join('、')}之一，每项指标一行；表头须在前 10 行之内。`),

  initUnknownHeader: (file: string, text: string, known: Record<string, string[]>): Diagnostic =>
    at(file, undefined, 'init-unknown-header', `不认识表头“${text}”。`,
      `能识别的表头——${Object.entries(known).map(([role, names]) => `${HEADER_ROLES[role] ?? role}：${names.join('、')}`).join('；')}。请把该栏表头改为其中之一，或删除该栏后再运行 init。`),

  initDuplicateHeader: (file: string, text: string, first: string): Diagnostic =>
    at(file, undefined, 'init-duplicate-header', `表头“${text}”与前面的“${first}”是同一栏。`, '每种栏目只能有一栏：请删除多余的一栏，或把它的表头改清楚（如“2020年完成数”“2025年目标”）。'),

  initNoTargetColumn: (file: string, names: string[]): Diagnostic =>
    at(file, undefined, 'init-no-target-column', '表头中没有目标栏。', `须有一栏的表头为${names.map((n) => `“${n}”`).join('、')}之一（目标年从表头读取，如“2025年目标”）。`),

  initNoName: (file: string, text: string): Diagnostic =>
    at(file, undefined, 'init-no-name', `这一行有内容（${text}），但指标名称栏是空的。`, '请补上指标名称；若这是分类标题行，请把分类写在类别栏、其余各栏留空。'),

  initNoRows: (file: string): Diagnostic =>
    at(file, undefined, 'init-no-rows', '表头下面没有指标行。', '每项指标一行，写在表头下方。'),

  initNoPeriod: (file: string): Diagnostic =>
    at(file, undefined, 'init-no-period', '无法确定规划期：目标栏和基期栏的表头都没有写年份。', '请用 --period 指定规划期，如 --period 2021-2025；或把目标栏表头写作“2025年目标”。'),

  initPeriodOption: (raw: string): Diagnostic =>
    at('--period', undefined, 'init-period-option', `规划期“${raw}”的写法有误。`, '写作“起始年-结束年”，如 --period 2021-2025（基期为起始年的前一年）。'),

  initDirNotEmpty: (dir: string, entries: string[]): Diagnostic =>
    at(dir, undefined, 'init-dir-not-empty', `目录不是空的（已有 ${entries.slice(0, 5).join('、')}${entries.length > 5 ? ' 等' : ''}）。`,
      '为免覆盖已有的登记册和正文，init 只写入新目录或空目录。请换一个目录；确要覆盖其中的同名文件，加 --force。'),

  initDirIsFile: (path: string): Diagnostic =>
    at(path, undefined, 'init-dir-is-file', '这是一个文件，不是目录。', 'init 的第一个参数是要生成的规划目录，如 plan-eval init xx-15 --from 指标表.xlsx。'),

  initRegistryInvalid: (file: string): Diagnostic =>
    at(file, undefined, 'init-registry-invalid', '由指标表生成的登记册未通过校验（见上方各条），没有写入任何文件。', '请按上方提示修改指标表后再运行 init；若指标表无误，请报告此问题。'),

  // Checks written beside an indicator in indicators.yaml and printed by init (把握不足、需要用户核对的地方).
  initCheckFootnote: (what: string, mark: string): string => `${what}带注记“${mark}”：请按表注核对数值的口径（如是否为其他年份的数据）`,
  initCheckBaseRead: (raw: string, value: number): string => `基期栏原文为“${raw}”，已取数值${value}：请核对`,
  initCheckBaseText: (raw: string): string => `基期栏原文“${raw}”不是数值，基期值登记为 null：请核对`,
  initCheckNoAttributeColumn: (): string => '规划表没有属性栏，已按预期性登记：约束性指标请把 attribute 改为约束性',
  initCheckAttribute: (raw: string): string => (raw === '' ? '属性栏为空，已按预期性登记：请核对' : `属性栏原文“${raw}”不是预期性或约束性，已按预期性登记：请核对`),
  initCheckReferenceRow: (words: string, name: string, id: string): string => `比较对象“${words}”登记为本表的“${name}”（${id}）：请核对`,
  initCheckReferenceSeries: (words: string, id: string, name: string): string =>
    `本表没有“${words}”一行：已在 plan.yaml 的 series 中登记 ${id}（${name}），请在 observations.csv 中录入其各年增速（%）`,

  // Notes written into an indicator's note field: what the printed table said that the fields do not.
  initNoteFootnote: (what: string, text: string, mark: string, explained: string[]): string =>
    `规划表${what}原文“${text}”带注记“${mark}”${explained.length > 0 ? `（${explained.map((f) => f.replace(/[。；;.\s]+$/, '')).join('；')}）` : ''}`,
  initNoteBaseText: (raw: string): string => `规划表基期栏原文“${raw}”`,
  initNoteUnit: (printed: string, unit: string): string => `规划表单位为“${printed}”；本指标按各年增速判定，各年数据填当年增速，单位登记为“${unit}”`,

  // What init prints (stdout).
  initRead: (file: string, how: { sheet?: string; encoding?: string }, rows: number): string =>
    `读取 ${file}（${how.sheet ? `工作表“${how.sheet}”` : `编码 ${how.encoding}`}）：${rows} 项指标`,
  initPeriod: (start: number, end: number, baseYear: number, from: 'option' | 'headers' | 'target-year' | 'base-year'): string =>
    `规划期 ${start}—${end} 年，基期 ${baseYear} 年（${
      { option: '--period 指定', headers: '取自表头的基期年与目标年', 'target-year': '表头只写了目标年，基期为目标年前 5 年', 'base-year': '表头只写了基期年，目标年为基期后 5 年' }[from]
    }）`,
  initSummary: (n: number, k: number): string => `${n} 项指标，其中 ${k} 项需核对${k > 0 ? '（见上表“需核对”各项，也已写在 indicators.yaml 各项指标上方的注释中）' : ''}。`,
  initWritten: (dir: string, files: string[]): string => `已写入 ${dir}：${files.join('、')}`,
  initNextSteps: (config: string, placeholders: boolean): string[] => [
    '下一步：',
    `  1. 核对 indicators.yaml 中标“请核对”的各项；责任单位（responsible）规划表未列明，已写“待明确”，请逐项填写。`,
    ...(placeholders ? ['  2. 在 plan.yaml 中填写标“请填写”的规划全称、地区和发文机关（或重新运行 init 并加 --name、--region）。'] : []),
    `  ${placeholders ? 3 : 2}. 在 observations.csv 中录入各年数据，把正文 content/ 中的【请填写：…】换成实际内容。`,
    `  ${placeholders ? 4 : 3}. 生成报告：plan-eval build --config ${config}`,
  ],

  // — report kinds (issue 8) —

  reviewedNotResponse: (file: string, pos: Position, kind: string): Diagnostic =>
    at(file, pos, 'config-reviewed', `report.reviewed 只用于审议意见研究处理情况的报告（report.kind: response），本配置的报告种类为 ${kind}。`,
      '请删去 report.reviewed；或把 report.kind 改为 response。'),

  finalYear: (file: string, year: number, half: boolean, end: number): Diagnostic =>
    at(file, undefined, 'config-final-year', `总结评估（report.kind: final）的评估时点为${year}年${half ? '上半年' : ''}，不是规划期末 ${end} 年全年。`,
      `总结评估按规划期末（序时进度100%）判定完成与否：请设 evaluation.year: ${end}（不设 half）；${end}年数据尚未报送的指标按最近一年的数据判定，并写明所用年份。要评估期中某一年，请用 midterm 或 annual。`),

  adjustmentUnknownIndicator: (file: string, pos: Position, id: string, suggestion?: string): Diagnostic =>
    at(file, pos, 'adjustment-unknown-indicator', `调整建议中的指标编号“${id}”不在指标登记册中。`,
      suggestion ? `是否应为“${suggestion}”？编号见 indicators.yaml。` : '请使用 indicators.yaml 中的指标编号（调整的是整项指标，不是分项）。'),

  adjustmentDuplicate: (file: string, pos: Position, id: string, firstLine: number): Diagnostic =>
    at(file, pos, 'adjustment-duplicate', `指标“${id}”的调整建议重复，第 ${firstLine} 行已有一条。`, '每项指标只能有一条调整建议：请合并为一条。'),

  adjustmentUnchanged: (file: string, pos: Position, id: string, target: string): Diagnostic =>
    at(file, pos, 'adjustment-unchanged', `指标“${id}”建议调整后的目标与规划目标“${target}”相同。`,
      'target 写调整后的目标（按规划表的写法，如“900左右”）；只调整年均增长的，写 annualGrowth。目标不变的指标请删去这一条。'),

  adjustmentBindingProcedure: (file: string, pos: Position, name: string): Diagnostic =>
    at(file, pos, 'adjustment-binding-procedure', `“${name}”是约束性指标：约束性指标的调整须依照法定程序报人大常委会审查批准，这一条没有写明。`,
      '确需调整的，在这一条加 legalProcedure: true，报告将注明“须依照法定程序报人大常委会审查批准”；否则请删去这一条。'),

  adjustmentProcedureNotBinding: (file: string, pos: Position, name: string): Diagnostic =>
    at(file, pos, 'adjustment-procedure-not-binding', `“${name}”是预期性指标，legalProcedure 只用于约束性指标。`,
      '请删去 legalProcedure。预期性指标的调整随调整方案一并报送，报告不单独注明法定程序。'),

  adjustmentNeedsEvidence: (file: string, pos: Position, name: string, status: string): Diagnostic =>
    at(file, pos, 'adjustment-needs-evidence', `“${name}”的评估结论为“${status}”，评估本身不支持调整这一指标的目标。`,
      '评估为滞后、严重滞后、未完成（下调或加大力度）或提前实现（上调）的指标，评估结论即是依据；其余指标须在 evidence 中写明评估以外的依据（如统计口径变化、上级规划目标调整），否则请删去这一条。'),

  opinionDuplicate: (file: string, pos: Position, no: number, firstLine: number): Diagnostic =>
    at(file, pos, 'opinion-duplicate', `审议意见序号 ${no} 重复，第 ${firstLine} 行已有一条。`, '每条审议意见一个序号，按常委会审议意见的顺序从 1 起编号。'),

  opinionMissing: (file: string, missing: number[]): Diagnostic =>
    at(file, undefined, 'opinion-missing', `审议意见缺少第 ${missing.join('、')} 条：序号须从 1 起连续。`,
      '报告须逐条答复常委会的每一条审议意见：请补上缺少的各条（no、topic、text、response），或改正序号。'),

  opinionUnknownIndicator: (file: string, pos: Position, id: string, suggestion?: string): Diagnostic =>
    at(file, pos, 'opinion-unknown-indicator', `审议意见所涉指标“${id}”不在指标登记册中。`,
      suggestion ? `是否应为“${suggestion}”？编号见 indicators.yaml。` : '请使用 indicators.yaml 中的指标编号。'),

  opinionNone: (file: string): Diagnostic =>
    at(file, undefined, 'opinion-none', '审议意见研究处理情况的报告（report.kind: response）需要审议意见，但没有 opinions.yaml，或其中没有任何一条。',
      '在规划目录中建立 opinions.yaml，常委会的每条审议意见一条：no（序号）、topic（关于什么）、text（意见原文）、response（研究处理情况），可加 progress（进展成效）、indicators（所涉指标编号）。写法见说明文档“审议意见研究处理情况的报告”。'),

  opinionsNotPlaced: (file: string): Diagnostic =>
    at(file, undefined, 'opinions-not-placed', '正文中没有 {{opinions}}：审议意见研究处理情况的报告须逐条答复审议意见。',
      '在正文中单独一行写 {{opinions}}（前后各空一行），报告在此按序号写出每条意见的研究处理情况。'),

  passageTwice: (file: string, pos: Position, name: string, first: string): Diagnostic =>
    at(file, pos, 'expr-passage-twice', `{{${name}}} 已在 ${first} 写出，同一份报告只能写一次。`, '请删去其中一处。'),

  initPreviousMissing: (path: string): Diagnostic =>
    at(path, undefined, 'init-previous-missing', '找不到 --previous 所指的上期规划。', '--previous 写上期规划的数据目录（内有 plan.yaml、indicators.yaml、observations.csv），或它的 plan-eval.yaml。'),

  initPreviousNotPlan: (dir: string): Diagnostic =>
    at(dir, undefined, 'init-previous-not-plan', '--previous 所指的目录中没有 plan.yaml，不是规划数据目录。', '--previous 写上期规划的数据目录（内有 plan.yaml、indicators.yaml、observations.csv），或它的 plan-eval.yaml。'),

  initPreviousUnknown: (file: string, text: string, folder: string, suggestion?: string): Diagnostic =>
    at(file, undefined, 'init-previous-unknown', `上期指标栏写的“${text}”不是上期规划（${folder}）的指标。`,
      `${suggestion ? `是否应为“${suggestion}”？` : ''}上期指标栏写上期规划 indicators.yaml 中的指标名称或编号；与本期名称相同的可以不写。`),

  initNotePreviousBase: (plan: string, year: number, value: string, source: string): string => `基期值规划表未列，取自${plan}监测数据（${year}年${value}，来源：${source}）`,
  initCommentPreviousBase: (plan: string, folder: string, name: string, id: string, year: number, value: string, source: string): string =>
    `取自${plan}监测数据（${folder}）：“${name}”（${id}）${year}年为${value}，来源：${source}`,
  initCheckPreviousBase: (plan: string, year: number, kind: string, illustrative: boolean): string =>
    illustrative
      ? `基期值取自${plan}${year}年的示例数据（非真实统计数据）：正式使用前须换成统计部门公布的数据`
      : `基期值取自${plan}${year}年监测数据${kind === '正式' || kind === '修订' ? '' : `（${kind}数）`}：请按统计部门正式公布的数据核对`,

  initPreviousHeading: (plan: string, folder: string, year: number, taken: number): string => `基期值取自${plan}（${folder}）${year}年监测数据的指标：${taken} 项`,
  initPreviousTaken: (name: string, previous: string, id: string, value: string, source: string): string => `  ${name} ← ${previous}（${id}）：${value}（${source}）`,
  initPreviousUnusedHeading: (): string => '名称对应、但未取用上期数据的指标（基期值仍为空）：',
  initPreviousUnused: (name: string, previous: string, id: string, why: 'no-figure' | 'unit', year: number, units: [string, string]): string =>
    `  ${name} ← ${previous}（${id}）：${why === 'no-figure' ? `上期规划没有${year}年数据` : `单位不同（上期“${units[0]}”，本期“${units[1]}”）`}`,

  exprKind: (file: string, pos: Position, name: string, kinds: string[]): Diagnostic =>
    at(file, pos, 'expr-kind', `表达式“${name}”只能用于${kinds.join('、')}。`, '它所列的内容只在这种报告中存在：请删去该表达式，或改正配置中的 report.kind。'),

  passagePlacement: (file: string, pos: Position, name: string): Diagnostic =>
    at(file, pos, 'expr-passage-placement', `表达式 {{${name}}} 生成整段正文（小标题和段落），必须单独占一行。`, `请把 {{${name}}} 单独写在一行，前后各空一行。`),

  adjustmentNone: (file: string): Diagnostic =>
    at(file, undefined, 'adjustment-none', '规划调整方案（report.kind: adjustment）需要调整建议，但没有 adjustments.yaml，或其中没有任何一条。',
      '在规划目录中建立 adjustments.yaml，每项拟调整的指标一条：id、target（调整后的目标）、reason（理由），可加 evidence（其他依据）；约束性指标须加 legalProcedure: true。写法见说明文档“规划调整方案”。'),

  // — hardening (issue 12 Medium/Low) —

  yamlError: (file: string, pos: Position, code: string, original: string): Diagnostic => {
    const [what, fix] = YAML_ERRORS[code] ?? [`YAML 格式错误（解析器的说明：${short(original)}）。`, '请检查该行及上一行的缩进、冒号和引号。'];
    return at(file, pos, 'yaml-syntax', what, `${fix}${YAML_FIRST_ONLY}`);
  },

  planPeriodReversed: (file: string, pos: Position, start: number, end: number): Diagnostic =>
    at(file, pos, 'plan-period', `规划期的起始年 ${start} 晚于结束年 ${end}。`,
      `请检查 period 的 start 与 end 是否写反：五年规划写作 { start: ${Math.min(start, end)}, end: ${Math.max(start, end)} }。各年数据和正文都按规划期核对，须先改正这一处。`),

  planBaseYear: (file: string, pos: Position, baseYear: number, start: number): Diagnostic =>
    at(file, pos, 'plan-base-year', `基期年 ${baseYear} 不是规划期起始年 ${start} 的前一年。`,
      `基期是规划表“${start - 1}年完成数”所在的年份：请把 baseYear 改为 ${start - 1}，或改正 period 的 start。各年数据和正文都按规划期核对，须先改正这一处。`),

  headingCount: (file: string, pos: Position, level: number, max: number): Diagnostic =>
    at(file, pos, 'heading-count', `${level === 1 ? '一级标题（#）' : '同一个一级标题下的二级标题（##）'}超过 ${max} 个，无法再用中文数字编号。`,
      level === 1 ? '公文的一级标题一般不超过十几个：请把内容合并到较少的一级标题之下，或把其中一部分改为二级标题（##）。' : '请把这些二级标题分到几个一级标题（#）之下，或改为三级标题（###）。'),

  printForeignFile: (place: { file: string; position?: Position }, requested: string, realPath?: string): Diagnostic =>
    at(place.file, place.position, 'print-foreign-file',
      realPath ? `版式引用的“${requested}”是符号链接，实际指向版式目录以外的“${realPath}”，打印时不读取。` : `版式引用了允许读取的目录以外的文件“${requested}”，打印时不读取。`,
      `报告只读取版式目录、字体目录和本次生成的文件：请把所需文件本身（不是符号链接）复制到版式目录中再引用。${NOT_OVERWRITTEN}`),

  printNetwork: (place: { file: string; position?: Position }, url: string): Diagnostic =>
    at(place.file, place.position, 'print-network', `版式引用了网络地址“${url.slice(0, 200)}”；生成报告时不访问网络。`,
      `请把所需文件下载后放入版式目录，改为引用本地文件。${NOT_OVERWRITTEN}`),

  fsError: (file: string, code: string, action: FsAction): Diagnostic => {
    const [what, fix] = FS_ERRORS[code]?.(action) ?? [`操作系统报告错误 ${code}。`, '请检查该路径是否存在、是否可读写，再运行一次。'];
    return at(file, undefined, `fs-${code.toLowerCase()}`, `${FS_ACTIONS[action]}：${what}`, fix);
  },

  outputName: (file: string, pos: Position, name: string): Diagnostic =>
    at(file, pos, 'config-output', `输出文件名“${name}”含有目录（“/”或“\\”），PDF 会写到输出目录以外。`,
      `output 只写文件名（如 ${name.split(/[/\\]/).pop() || 'report.pdf'}）；输出到别的目录请设置 out，或在命令行用 --out 指定。`),

  outputNotFolder: (out: string): Diagnostic =>
    at(out, undefined, 'output-not-folder', '输出目录的位置上已有一个同名的文件，无法把 PDF 写进去。', '请删除或改名该文件，或另指定一个输出目录。生成尚未开始，没有写入或改动任何文件。'),

  outputParentNotFolder: (out: string, file: string): Diagnostic =>
    at(out, undefined, 'output-not-folder', `输出目录的上级“${file}”是一个文件，无法在其中创建目录。`, '请删除或改名该文件，或另指定一个输出目录。生成尚未开始，没有写入或改动任何文件。'),

  browserLaunch: (place: { file: string; position?: Position }, executable: string, output: string): Diagnostic =>
    at(place.file, place.position, 'browser-launch', `浏览器“${executable}”无法启动${output ? `（它的输出：${output}）` : '（启动后立即退出）'}。`,
      `${BROWSER_CHOICE}；Debian 上可运行 apt-get install chromium-headless-shell 安装。生成已停止，上一次的 PDF 未被改动。`),

  browserTimeout: (place: { file: string; position?: Position }, seconds: number, launching: boolean): Diagnostic =>
    at(place.file, place.position, 'browser-timeout', `浏览器在 ${seconds} 秒内没有${launching ? '完成启动' : '完成排版打印'}。`,
      `机器较慢或报告很长时，请在配置中调大 browser.timeoutSeconds（当前为 ${seconds}）；也请检查是否有其他程序占满了 CPU 或内存。生成已停止，上一次的 PDF 未被覆盖。`),

  browserClosed: (place: { file: string; position?: Position }, executable: string): Diagnostic =>
    at(place.file, place.position, 'browser-closed', `浏览器“${executable}”在排版过程中意外退出（可能是内存不足、被其他程序结束或浏览器本身出错）。`,
      `请再运行一次；反复出现时请检查可用内存（free -h），或换用另一个 Chromium（${BROWSER_CHOICE}）。生成已停止，上一次的 PDF 未被覆盖。`),

  /** Printed when Ctrl-C (or SIGTERM) stops a run (not a Diagnostic: it is about the run, not an input). */
  interrupted: (signal: string): string => `已中断（${signal === 'SIGINT' ? 'Ctrl-C' : signal}）：本次运行启动的程序（如浏览器）已结束，临时文件已删除；要写入的文件（如 PDF）保持原样，未被改动。`,

  fontCoverage: (file: string, pos: Position, char: string, count: number): Diagnostic => ({
    ...at(file, pos, 'font-coverage',
      `字符“${char}”（U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）不在报告所用的任何字体中${count > 1 ? `（本文件共 ${count} 处）` : ''}，PDF 中会印成空白方框，或由系统中别的字体代替。`,
      '请核对是否误输入（如从其他软件带入的表情符号或特殊符号）并改为常用字符；确需使用的生僻字（如扩展 B 区汉字），请在配置项 fonts 中加入含有该字的 TrueType 字体（如 fangsong: [字体名]）。'),
    severity: 'warning',
  }),

  fontNotInstalled: (file: string, pos: Position | undefined, role: string, name: string): Diagnostic => ({
    ...at(file, pos, 'font-not-installed',
      `配置项 fonts.${role} 中的字体“${name}”本机没有安装（fontconfig 找不到），报告改用免费替代字体。`,
      '请安装该字体（TrueType 格式），或核对字体名是否与“fc-list : family”列出的一致；不用它时从配置中删去。'),
    severity: 'warning',
  }),

  configPathMissing: (file: string, pos: Position, key: string, path: string): Diagnostic =>
    at(file, pos, 'folder-missing', `配置项 ${key} 指向的目录“${path}”不存在。`,
      `请检查该路径（相对于配置文件所在目录），或从仓库中恢复${key === 'plan' ? '规划数据目录' : key === 'content' ? '正文目录' : '版式目录'}。`),

  yamlAliasBomb: (file: string, pos: Position): Diagnostic =>
    at(file, pos, 'yaml-alias', '文件中的别名（*名称）层层引用，展开后过大（“别名炸弹”），已拒绝读取。',
      '本工具的数据文件不需要锚点和别名（& 与 *）：请删除它们，把内容直接写出。'),
};

/** The columns of an indicator table, as named in a message about its header. */
const HEADER_ROLES: Record<string, string> = {
  category: '类别栏',
  name: '指标栏',
  unit: '单位栏',
  base: '基期栏',
  target: '目标栏',
  annual: '年均/累计栏',
  attribute: '属性栏',
  previous: '上期指标栏（与 --previous 一起用）',
  other: '其他（不读入）',
};

// — helpers of the issue-12 block (used by its functions, which run only after this module has loaded) —

/** How to re-save a spreadsheet as the CSV the tool documents. */
const RESAVE_AS_UTF8 = '请用 Excel 打开该文件，“另存为”→ 文件类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS 表格同样“另存为”并选择“CSV UTF-8”。';

/** What to do about a missing template or stylesheet (the build stops before printing, so nothing is overwritten). */
const TEMPLATE_HINT = '请从仓库的 templates/ 目录复制该文件到配置项 templates 所指的目录，或改正引用处的名称。生成已停止，上一次的 PDF 未被改动。';

/** A print that fails its layout check is not written. */
const NOT_OVERWRITTEN = '生成已停止，上一次的 PDF 未被覆盖。';

/** A 提示: the input was used as it is, but the user should know (and may want to change it). */
const notice = (file: string, rule: string, message: string, hint: string): Diagnostic => ({ file, message, hint, rule, severity: 'warning' });

/** A place in a data table: a line of a CSV file, or a sheet!cell of a form. */
export type Where = { line: number } | { cell: string };
const placed = (file: string, where: Where, rule: string, message: string, hint: string): Diagnostic =>
  'cell' in where ? cellAt(file, where.cell, rule, message, hint) : at(file, { line: where.line }, rule, message, hint);

/** A value quoted in a message, cut short: a 400-digit number must not fill the screen. */
const short = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 20)}…（共 ${raw.length} 个字符）` : raw);

/** What a YAML syntax error means and how to mend it, by the parser's error code. */
const YAML_ERRORS: Record<string, [string, string]> = {
  TAB_AS_INDENT: ['行首用了制表符（Tab）缩进，YAML 只能用空格缩进。', '请把该行开头的 Tab 换成空格，与同级的上下行对齐。'],
  BAD_INDENT: ['缩进与上下文不一致。', '同一层级的各行须用相同个数的空格缩进；请与同级的上下行对齐。'],
  DUPLICATE_KEY: ['同一层级中有重复的字段名。', '每个字段只能写一次：请删除或合并重复的一行。'],
  MISSING_CHAR: ['缺少配对的符号（引号、方括号、花括号或冒号）。', '请检查该处的引号和括号是否成对，字段名后是否有英文冒号和空格。'],
  BLOCK_AS_IMPLICIT_KEY: ['字段名的写法有误（可能缺少冒号，或冒号后缺少空格）。', '字段写作“名称: 值”，英文冒号后须有一个空格。'],
  MULTILINE_IMPLICIT_KEY: ['字段名不能跨行（可能上一行缺少冒号或引号未闭合）。', '请检查该行和上一行：字段写作“名称: 值”，文字中的引号须成对。'],
  UNEXPECTED_TOKEN: ['此处出现了不应有的符号。', '含有冒号、井号、方括号、花括号、逗号或 % > 等符号的文字，请用英文双引号括起来。'],
  BAD_DQ_ESCAPE: ['双引号中的反斜杠（\\）写法有误。', '文字中的反斜杠请写成两个（\\\\），或改用单引号括起来。'],
  BAD_SCALAR_START: ['文字不能以该符号开头（如 @、`、% 等）。', '请用英文双引号把这段文字括起来。'],
  MULTIPLE_DOCS: ['文件中有多个文档（以 --- 分隔）。', '每个文件只写一个文档：请删除多余的“---”及其后的内容，或分成两个文件。'],
  BAD_ALIAS: ['别名（*名称）引用了不存在的锚点。', '本工具的数据文件不需要锚点和别名（& 与 *）：请把内容直接写出。'],
  ALIAS_PROPS: ['别名（*名称）上不能再加锚点或标签。', '本工具的数据文件不需要锚点和别名（& 与 *）：请把内容直接写出。'],
  MULTIPLE_ANCHORS: ['同一个值上有多个锚点（&名称）。', '本工具的数据文件不需要锚点和别名（& 与 *）：请删除它们。'],
  KEY_OVER_1024_CHARS: ['字段名超过 1024 个字符（可能缺少换行或冒号）。', '请检查该行：字段写作“名称: 值”，每个字段一行。'],
  TAG_RESOLVE_FAILED: ['无法识别的标签（以 ! 开头）。', '本工具的数据文件不用标签：以 ! 开头的文字请用英文双引号括起来。'],
  MULTIPLE_TAGS: ['同一个值上有多个标签（以 ! 开头）。', '以 ! 开头的文字请用英文双引号括起来。'],
  BAD_PROP_ORDER: ['锚点或标签的位置有误。', '以 & 或 ! 开头的文字请用英文双引号括起来。'],
  BLOCK_IN_FLOW: ['方括号或花括号内不能换成缩进的写法。', '请检查括号是否闭合；括号内的各项用逗号分隔，写在一行或对齐续行。'],
  BAD_COLLECTION_TYPE: ['列表或字段组的写法有误。', '请检查该处的缩进、短横线（- ）和冒号。'],
  NON_STRING_KEY: ['字段名须是文字。', '请检查该行：字段写作“名称: 值”。'],
  BAD_DIRECTIVE: ['以 % 开头的行是 YAML 指令，写法有误。', '以 % 开头的文字请用英文双引号括起来。'],
};

/** YAML syntax errors are reported one at a time: after the first, the parser's view of the rest is unreliable. */
const YAML_FIRST_ONLY = '（YAML 格式错误只报告第一处：改正后请再运行一次。）';

/** What the tool was doing when the operating system refused. */
export type FsAction = 'read' | 'list' | 'write' | 'create-folder';
const FS_ACTIONS: Record<FsAction, string> = { read: '无法读取', list: '无法读取目录', write: '无法写入', 'create-folder': '无法创建目录' };

/** The operating system's error codes (Node's `code`), as the user can act on them. */
const OUT_HINT = '或用配置项 out（命令行 --out）指定另一个输出目录';
const FS_ERRORS: Record<string, (action: FsAction) => [string, string]> = {
  ENOENT: () => ['找不到该文件或目录。', '请检查路径是否正确（配置文件中的路径相对于配置文件所在目录）。'],
  ENOTDIR: (a) => a === 'list'
    ? ['这里应是一个目录，实际是一个文件。', '请检查配置中的路径：这一项应指向目录（如 content），而不是其中的某个文件。']
    : ['路径中有一部分是文件而不是目录。', `请删除或改名路径中与目录同名的文件，${OUT_HINT}。`],
  EISDIR: (a) => a === 'read'
    ? ['这里应是一个文件，实际是一个目录。', '请检查配置中的路径是否指向了目录。']
    : ['要写入的文件名已被一个目录占用。', '请删除或改名该目录，或在配置项 output 中改用另一个文件名。'],
  EEXIST: () => ['已有同名的文件，无法在此创建目录。', `请删除或改名该文件，${OUT_HINT}。`],
  EACCES: (a) => a === 'read' || a === 'list'
    ? ['没有读取权限。', '请检查该文件或目录的权限（ls -l），或换用有权限的用户运行。']
    : ['没有写入权限。', `请检查该目录的权限（ls -ld），${OUT_HINT}。`],
  EPERM: (a) => a === 'read' || a === 'list'
    ? ['操作系统不允许读取（权限不足或文件被锁定）。', '请检查该文件或目录的权限与属性（ls -l、lsattr），或换用有权限的用户运行。']
    : ['操作系统不允许写入（权限不足，或目录被设为不可修改）。', `请检查该目录的权限与属性（ls -ld、lsattr -d），${OUT_HINT}。`],
  EROFS: () => ['所在的文件系统是只读的。', `${OUT_HINT.replace(/^或/, '请')}。`],
  ENOSPC: () => ['磁盘空间已满。', '请清理磁盘空间后再运行一次。'],
  EDQUOT: () => ['磁盘配额已用完。', '请清理文件或请管理员增加配额后再运行一次。'],
  ENAMETOOLONG: () => ['文件名或路径过长。', '请缩短输出文件名（配置项 output）或所在目录的路径。'],
  EMFILE: () => ['同时打开的文件过多。', '请关闭其他程序后再运行一次。'],
  ENFILE: () => ['系统中打开的文件过多。', '请关闭其他程序后再运行一次。'],
  ELOOP: () => ['路径上的符号链接形成了循环。', '请检查该路径上的符号链接（ls -l）。'],
  EIO: () => ['读写磁盘时出错。', '请检查磁盘或网络存储是否正常，再运行一次。'],
  EBUSY: () => ['文件正被其他程序占用。', '请关闭正在使用该文件的程序后再运行一次。'],
  ETXTBSY: () => ['文件正被其他程序占用。', '请关闭正在使用该文件的程序后再运行一次。'],
};

/** Where the browser is chosen. */
const BROWSER_CHOICE = '请确认配置项 browser.executablePath（或环境变量 PUPPETEER_EXECUTABLE_PATH）指向 Chromium 或 Chrome 的可执行文件';
