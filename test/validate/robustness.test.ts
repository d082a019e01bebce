// 坏输入只能以带位置的中文提示失败，不能以程序异常崩溃：对真实数据文件做随机破坏后校验。
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/diagnostics.ts';
import { evaluate } from '../../src/evaluate/index.ts';
import { PROJECT_ROOT } from '../../src/fonts.ts';
import { parseObservationCsv } from '../../src/load/observations.ts';
import { parseYaml } from '../../src/load/yamlFile.ts';
import { expandExpressions } from '../../src/narrative/expressions.ts';
import { validateObservations } from '../../src/validate/observations.ts';
import { validateRegistry } from '../../src/validate/registry.ts';
import { DEFAULT_SETTINGS } from '../../src/model/evaluation.ts';

const DATA = join(PROJECT_ROOT, 'data/haizhou-14');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');
const registry = validateRegistry({ plan: parseYaml(read('plan.yaml'), 'plan.yaml'), indicators: parseYaml(read('indicators.yaml'), 'indicators.yaml') });

/** Text with a random stretch replaced by random characters (including the ones that matter to the format). */
const damaged = (text: string) =>
  fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ unit: fc.constantFrom(...',"\n:-[]{}#|>0123456789.一x '.split('')), maxLength: 12 })).map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));

/**
 * Runs `fn` on `text`; anything thrown must be an InputError whose every message names the file, says what is
 * wrong and points at a line of that text (and a column, for inputs whose positions have one: YAML and
 * expressions; a CSV row is a line). A message that names only the file, or a line the file does not have,
 * leaves the user searching: both fail the property.
 */
function failsCleanly(fn: () => unknown, file: string, text: string, withColumn: boolean): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const lines = text.split('\n').length;
    return e.diagnostics.every((d) => {
      const p = d.position;
      const placed = p !== undefined && Number.isInteger(p.line) && p.line >= 1 && p.line <= lines;
      const column = !withColumn || (p?.column !== undefined && p.column >= 1 && p.column <= (text.split('\n')[p.line - 1] ?? '').length + 1);
      return d.file === file && d.message !== '' && d.rule !== '' && placed && column;
    });
  }
}

describe('bad inputs fail cleanly', () => {
  it('a damaged observations.csv gives positioned messages, never a crash', () => {
    fc.assert(fc.property(damaged(read('observations.csv')), (text) => failsCleanly(() => validateObservations(parseObservationCsv(text, 'observations.csv'), registry.info, registry.indicators), 'observations.csv', text, false)), { numRuns: 150 });
  });
  it('a damaged indicators.yaml gives positioned messages, never a crash', () => {
    fc.assert(fc.property(damaged(read('indicators.yaml')), (text) => failsCleanly(() => validateRegistry({ plan: parseYaml(read('plan.yaml'), 'plan.yaml'), indicators: parseYaml(text, 'indicators.yaml') }), 'indicators.yaml', text, true)), { numRuns: 150 });
  });
  it('damaged narrative expressions give positioned messages, never a crash', () => {
    const observations = validateObservations(parseObservationCsv(read('observations.csv'), 'o.csv'), registry.info, registry.indicators);
    const plan = { ...registry, observations, cityTasks: [], projectProgress: [], judgements: [], adjustments: [], opinions: [] };
    const scope = { plan, evaluation: evaluate(plan, { year: 2023, half: false }, DEFAULT_SETTINGS), figureKeys: ['status-by-group'] };
    const text = readFileSync(join(PROJECT_ROOT, 'content/01-总体情况.md'), 'utf8');
    fc.assert(fc.property(damaged(text), (t) => failsCleanly(() => expandExpressions('01.md', t, scope), '01.md', t, true)), { numRuns: 150 });
  });
  it('the damage really breaks inputs (the properties above are not vacuous)', () => {
    const samples = fc.sample(damaged(read('observations.csv')), { numRuns: 100, seed: 42 });
    const failing = samples.filter((text) => {
      try {
        validateObservations(parseObservationCsv(text, 'o.csv'), registry.info, registry.indicators);
        return false;
      } catch (e) {
        return e instanceof InputError;
      }
    });
    expect(failing.length).to.be.greaterThan(20);
  });
});
