// 报告配置：读取 plan-eval.yaml，补全默认值，解析为一个贯穿各阶段的配置对象。
// One resolved object flows through every stage; no stage reads globals or the environment except `browser`.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, type Position } from './diagnostics.ts';
import type { EvaluationSettings } from './model/evaluation.ts';
import { msg } from './messages.ts';
import { PROJECT_ROOT } from './fonts.ts';
import { readYaml, type YamlSource } from './load/yamlFile.ts';
import { validateYaml } from './validate/schema.ts';

/**
 * The documents of a plan cycle, each named as the report's subject names it: the evaluations (中期、年度、总结),
 * the 规划调整方案 the 人大常委会 must approve, and the report on how its 审议意见 were handled.
 */
export const REPORT_KINDS = {
  midterm: '中期评估',
  annual: '年度监测',
  final: '总结评估',
  adjustment: '调整方案',
  response: '审议意见研究处理情况',
} as const;
export type ReportKind = keyof typeof REPORT_KINDS;
const KIND_NAMES = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];
/** The reports a 常委会 reviews and sends 审议意见 on (what a `response` report answers). */
export const REVIEWED_KINDS = ['midterm', 'annual', 'final', 'adjustment'] as const;


const FontList = z.array(z.string().min(1)).default([]);

export const ConfigSchema = z
  .object({
    plan: z.string().default('data/haizhou-14'),
    content: z.string().default('content'),
    /** Not given: the built-in templates of the installation, so a config in any folder works as it is. */
    templates: z.string().optional(),
    out: z.string().default('out'),
    output: z.string().regex(/\.pdf$/, '输出文件名须以 .pdf 结尾').default('report.pdf'),
    report: z
      .object({
        kind: z.enum(KIND_NAMES).default('midterm'),
        /** For a `response` report: the report whose 审议意见 it answers (default the 中期评估报告). */
        reviewed: z.enum(REVIEWED_KINDS).optional(),
        /** npc: the document the 人大常委会 receives (title block, 附件说明, 署名); internal: 发改委 draft with cover and 目录. */
        format: z.enum(['npc', 'internal']).optional(),
        title: z.string().min(1).optional(),
        author: z.string().min(1),
        date: z.iso.date(),
        meeting: z.object({ date: z.iso.date(), name: z.string().min(1) }).strict().optional(),
        presenter: z.object({ office: z.string().min(1), name: z.string().min(1) }).strict().optional(),
        entrustedBy: z.string().min(1).optional(),
        salutation: z.string().min(1).default('主任、各位副主任、各位委员：'),
        opening: z.string().min(1).optional(),
      })
      .strict(),
    evaluation: z
      .object({
        year: z.number().int(),
        half: z.boolean().default(false),
        delta: z.number().positive().max(50).default(5),
        seriousShare: z.number().positive().max(1).default(0.5),
        forecast: z.enum(['compound', 'linear']).default('compound'),
        effortFactor: z.number().min(1).default(1.5),
        approxTolerance: z.number().min(0).max(50).default(5),
        boundBasis: z.enum(['average', 'latest', 'every']).default('average'),
        inStepTolerance: z.number().min(0).max(20).default(1),
        vocabulary: z.enum(['standard', 'national', 'reach', 'schedule']).default('standard'),
      })
      .strict(),
    fonts: z
      .object({ fangsong: FontList, heiti: FontList, kaiti: FontList, xiaobiaosong: FontList, songti: FontList })
      .strict()
      .default({ fangsong: [], heiti: [], kaiti: [], xiaobiaosong: [], songti: [] }),
    style: z
      .object({ boldLevel2: z.boolean().default(false), boldLevel3: z.boolean().default(false) })
      .strict()
      .default({ boldLevel2: false, boldLevel3: false }),
    browser: z
      .object({ executablePath: z.string().nullable().default(null), timeoutSeconds: z.number().positive().default(120) })
      .strict()
      .default({ executablePath: null, timeoutSeconds: 120 }),
  })
  .strict();
type RawConfig = z.infer<typeof ConfigSchema>;

export type ReportFormat = 'npc' | 'internal';

export interface Config extends Omit<RawConfig, 'plan' | 'content' | 'templates' | 'out' | 'report'> {
  report: RawConfig['report'] & { format: ReportFormat };
  /** The config file as the user named it. */
  file: string;
  /** Absolute paths. */
  paths: { plan: string; content: string; templates: string; out: string };
  /** Turns an absolute path into the form used in messages (relative to the working directory). */
  display(path: string): string;
  /** Where the config file sets `path` (e.g. ['browser', 'timeoutSeconds']); undefined when it is not written there. */
  where(path: readonly (string | number)[]): Position | undefined;
  /** Whether the output folder was given on the command line (--out) rather than in the file. */
  outFromCommandLine: boolean;
  /** The config file as read (its strings — the report's title and author — are printed). */
  source: YamlSource;
}

/** The evaluation settings as the engine takes them (δ from 百分点 to a fraction). */
export function evaluationSettings(config: Pick<Config, 'evaluation'>): EvaluationSettings {
  const { delta, seriousShare, forecast, effortFactor, approxTolerance, boundBasis, inStepTolerance, vocabulary } = config.evaluation;
  return { delta: delta / 100, seriousShare, forecast, effortFactor, approxTolerance: approxTolerance / 100, boundBasis, inStepTolerance, vocabulary };
}

export const DEFAULT_CONFIG_FILE = 'plan-eval.yaml';

/** The templates that come with plan-eval, used when a config names none. */
export const BUILTIN_TEMPLATES = join(PROJECT_ROOT, 'templates');

export async function loadConfig(file = DEFAULT_CONFIG_FILE, overrides: { out?: string } = {}, cwd = process.cwd()): Promise<Config> {
  const abs = resolve(cwd, file);
  const source = await readYaml(abs, file);
  const raw = validateYaml(source, ConfigSchema, 'config-schema');
  const base = dirname(abs);
  const at = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const display = (p: string) => relative(cwd, p) || '.';
  const paths = {
    plan: at(raw.plan),
    content: at(raw.content),
    templates: raw.templates === undefined ? BUILTIN_TEMPLATES : at(raw.templates),
    out: overrides.out ? resolve(cwd, overrides.out) : at(raw.out),
  };
  for (const key of ['plan', 'content', 'templates'] as const) {
    // Named at the config line that sets it (the position is in the config file, so the file is the config).
    if (!existsSync(paths[key])) throw new InputError([msg.configPathMissing(file, source.positionOf([key]), key, display(paths[key]))]);
  }
  // The PDF is written into the output folder and nowhere else: a name with a folder in it (“../x.pdf”,
  // “/etc/x.pdf”, “sub/x.pdf”) would write elsewhere, even outside the project.
  if (/[/\\\0]/.test(raw.output)) throw new InputError([msg.outputName(file, source.positionOf(['output']), raw.output)]);
  const written = (path: readonly (string | number)[]) => {
    let node: unknown = source.data;
    for (const key of path) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
  const { plan: _p, content: _c, templates: _t, out: _o, ...rest } = raw;
  const report = { ...raw.report, format: raw.report.format ?? defaultFormat(raw.report.kind) };
  if (report.reviewed !== undefined && report.kind !== 'response') throw new InputError([msg.reviewedNotResponse(file, source.positionOf(['report', 'reviewed']), report.kind)]);
  if (report.format === 'npc') {
    // The 人大 version's title block names the meeting, the presenter and who entrusted them: no guessing.
    const missing = (['meeting', 'presenter', 'entrustedBy'] as const).filter((k) => report[k] === undefined);
    if (missing.length > 0) throw new InputError(missing.map((k) => msg.npcSettingMissing(file, source.positionOf(['report']), k)));
  }
  return { ...rest, report, file, paths, display, where: (path) => (written(path) ? source.positionOf(path) : undefined), outFromCommandLine: Boolean(overrides.out), source };
}

/**
 * Mid-term and final evaluations, 调整方案 and the answer to the 审议意见 go to the 人大常委会; an annual monitoring
 * report is by default an internal one.
 */
export function defaultFormat(kind: ReportKind): ReportFormat {
  return kind === 'annual' ? 'internal' : 'npc';
}
