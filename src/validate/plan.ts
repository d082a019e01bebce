// 校验一个规划数据目录的全部内容，得到评估所用的 Plan。
import type { PlanFiles } from '../load/planFiles.ts';
import type { Plan } from '../model/plan.ts';
import { validateCityTasks, validateObservations } from './observations.ts';
import { validateProjectProgress } from './projects.ts';
import { validateRegistry } from './registry.ts';
import { validateJudgements } from './judgements.ts';
import { validateAdjustments } from './adjustments.ts';
import { validateOpinions } from './opinions.ts';

export function validatePlan(files: PlanFiles): Plan {
  const registry = validateRegistry(files.registry);
  return {
    ...registry,
    observations: validateObservations(files.observations, registry.info, registry.indicators),
    cityTasks: validateCityTasks(files.cityTasks, registry.info, registry.indicators),
    projectProgress: validateProjectProgress(files.projectProgress, registry.info, registry.projects),
    judgements: validateJudgements(files.judgements, registry.info, registry.indicators),
    adjustments: validateAdjustments(files.adjustments, registry.indicators),
    opinions: validateOpinions(files.opinions, registry.indicators),
  };
}
