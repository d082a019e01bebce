// 读取规划登记册：plan.yaml（规划信息）与 indicators.yaml（主要指标），保留行列位置供校验阶段使用。
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml, type YamlSource } from './yamlFile.ts';

export interface RegistrySources {
  plan: YamlSource;
  indicators: YamlSource;
  /** projects.yaml, the 专栏 items; a plan may have none. */
  projects?: YamlSource;
}

/** `dir` is the plan's data folder; `display` is how to name it in messages (relative to the user's cwd). */
export async function readRegistry(dir: string, display: string): Promise<RegistrySources> {
  const projects = join(dir, 'projects.yaml');
  return {
    plan: await readYaml(join(dir, 'plan.yaml'), join(display, 'plan.yaml')),
    indicators: await readYaml(join(dir, 'indicators.yaml'), join(display, 'indicators.yaml')),
    ...(existsSync(projects) ? { projects: await readYaml(projects, join(display, 'projects.yaml')) } : {}),
  };
}
