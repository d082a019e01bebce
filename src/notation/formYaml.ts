// 目标形式写成 indicators.yaml 中的样子（单行流式 YAML），供提示语与 init 生成的登记册共用。
import { stringify } from 'yaml';
import type { TargetForm } from '../model/plan.ts';

export function formYaml(form: TargetForm): string {
  return stringify(form, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}
