// 用 zod 模式校验 YAML 内容；每个问题都定位到 YAML 文件中的行列。
import { z } from 'zod';
import { InputError, type Diagnostic } from '../diagnostics.ts';
import { msg } from '../messages.ts';
import type { YamlSource } from '../load/yamlFile.ts';

// Schema messages (“应为数字”…) in Chinese, for the people who edit these files.
z.config(z.locales.zhCN());

/** Validates `source.data` against a zod schema; every issue becomes a diagnostic at its place in the file. */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>, rule: string): T {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  throw new InputError(result.error.issues.map((issue) => schemaDiagnostic(source, issue, rule)));
}

function schemaDiagnostic(source: YamlSource, issue: z.core.$ZodIssue, rule: string): Diagnostic {
  const path = issue.path as PropertyKey[];
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const where = keys.length > 0 ? [...path, keys[0]!] : path;
  return msg.schema(source.file, source.positionOf(where), describePath(path), issue.message, rule);
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `第${k + 1}项` : String(k))).join(' › ') || '（文件顶层）';
}
