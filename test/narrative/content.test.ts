// 默认正文只通过表达式取数，不写死年份：同一份正文可用于2021—2023年任一年的年度报告。
import { expect } from 'chai';
import { evaluate } from '../../src/evaluate/index.ts';
import { figureKeys } from '../../src/figures/keys.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { loadAndEvaluate } from '../../src/loadEvaluation.ts';
import { narrate } from '../../src/narrative/index.ts';
import { toHtml } from 'hast-util-to-html';
import { DEFAULT_SETTINGS } from '../../src/model/evaluation.ts';

describe('the default narrative (content/)', () => {
  for (const year of [2021, 2022, 2023]) {
    it(`expands without error for a report on ${year}`, async () => {
      const { plan, content } = await loadAndEvaluate({ cwd: PROJECT_ROOT, withContent: true });
      const evaluation = evaluate(plan, { year, half: false }, DEFAULT_SETTINGS);
      const { sections } = narrate(content, { plan, evaluation, figureKeys: figureKeys(plan.info) });
      const html = sections.map((s) => toHtml(s.tree)).join('');
      expect(html).to.contain(`截至${year}年`);
      expect(html).not.to.contain('{{');
    });
  }
});
