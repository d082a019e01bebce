// 评估结果的 JSON 形式（plan-eval evaluate --json），供看板、表格等其他工具使用。字段名稳定，单位在字段名或说明中写明。
import type { Evaluation } from '../model/evaluation.ts';

const r = (n: number | null, digits = 6) => (n === null ? null : Number(n.toFixed(digits)));

export function evaluationJson(evaluation: Evaluation) {
  return {
    point: { ...evaluation.point, label: `${evaluation.point.year}年${evaluation.point.half ? '上半年' : ''}` },
    schedule: r(evaluation.schedule),
    final: evaluation.final,
    settings: evaluation.settings,
    illustrative: evaluation.illustrative,
    summary: evaluation.summary,
    indicators: evaluation.indicators.map((e) => ({
      id: e.indicator.id,
      name: e.indicator.name,
      unit: e.indicator.unit,
      group: e.indicator.group,
      attribute: e.indicator.attribute,
      responsible: e.indicator.responsible,
      base: e.indicator.base,
      target: e.indicator.target,
      annualGrowth: e.indicator.annualGrowth,
      form: e.indicator.form,
      values: e.observations.map((o) => ({
        year: o.year,
        half: o.half,
        value: o.value,
        kind: o.kind,
        source: o.source,
        note: o.note,
        illustrative: o.illustrative,
        origin: o.origin,
        ...(o.revises ? { revises: o.revises } : {}),
      })),
      /** The period the status rests on: the 评估时点, or the latest available before it. */
      dataPoint: { ...e.dataPoint, label: `${e.dataPoint.year}年${e.dataPoint.half ? '上半年' : ''}` },
      provisional: e.provisional,
      status: e.status,
      statusLabel: e.statusLabel,
      ...(e.manual ? { manual: { year: e.manual.year, reason: e.manual.reason, source: e.manual.source, department: e.manual.department, origin: e.manual.origin } } : {}),
      explanation: e.explanation,
      /** 序时进度 t and 完成进度 p as fractions; gap in 百分点 (positive = behind). */
      schedule: r(e.schedule),
      progress: r(e.progress),
      gapPoints: r(e.gapPoints, 4),
      brokenYears: e.brokenYears,
      plannedPath: e.plannedPath.map((p) => ({ year: p.year, value: r(p.value) })),
      actualPath: e.actualPath.map((p) => ({ year: p.year, value: r(p.value) })),
      averageGrowth: r(e.outlook.averageGrowth),
      averagePerYear: r(e.outlook.averagePerYear),
      projected: r(e.outlook.projected),
      requiredGrowth: r(e.outlook.requiredGrowth),
      requiredPerYear: r(e.outlook.requiredPerYear),
      outlook: e.outlook.judgement,
      outlookExplanation: e.outlook.explanation,
    })),
    projectSummary: evaluation.projectSummary,
    projects: evaluation.projects.map((e) => ({
      id: e.project.id,
      column: e.project.column,
      columnName: e.project.columnName,
      chapter: e.project.chapter,
      no: e.project.no,
      title: e.project.title,
      content: e.project.content,
      responsible: e.project.responsible,
      status: e.status,
      investment: r(e.investment, 4),
      progress: e.progress.map((p) => ({ year: p.year, status: p.status, investment: p.investment, note: p.note, source: p.source, illustrative: p.illustrative, origin: p.origin })),
    })),
  };
}
