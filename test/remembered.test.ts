import { expect } from 'chai';
import { parseCsv } from '../src/load/csv.ts';
import { parseYaml } from '../src/load/yamlFile.ts';
import { deepFreeze, remembered } from '../src/remembered.ts';

describe('remembered: an input worked out once per process', () => {
  it('gives an equal input the result already made, frozen all the way down', () => {
    let parses = 0;
    const parse = remembered((text: string) => (parses++, { rows: [{ text }] }), (text) => text, 32, deepFreeze);
    const first = parse('甲');
    expect(parse('甲')).to.equal(first);
    expect(parses).to.equal(1);
    expect(Object.isFrozen(first.rows[0])).to.equal(true);
    expect(parse('乙')).to.not.equal(first);
    expect(parses).to.equal(2);
  });

  it('keeps no failed parse: the same input fails again', () => {
    let parses = 0;
    const parse = remembered((text: string) => { parses++; throw new Error(text); }, (text) => text, 32);
    expect(() => parse('坏')).to.throw('坏');
    expect(() => parse('坏')).to.throw('坏');
    expect(parses).to.equal(2);
  });

  it('keeps the last results only, dropping the one used longest ago', () => {
    let parses = 0;
    const parse = remembered((text: string) => (parses++, { text }), (text) => text, 2);
    const a = parse('a');
    parse('b');
    expect(parse('a'), 'used again: moves to the back').to.equal(a);
    parse('c'); // drops b
    expect(parse('a')).to.equal(a);
    parses = 0;
    parse('b');
    expect(parses, 'b was dropped and parsed again').to.equal(1);
  });

  it('YAML and CSV of the same file and text come back the same and cannot be changed by a caller', () => {
    const yaml = parseYaml('name: 海州区\nlist: [1, 2]\n', 'plan.yaml');
    expect(parseYaml('name: 海州区\nlist: [1, 2]\n', 'plan.yaml')).to.equal(yaml);
    expect(parseYaml('name: 海州区\nlist: [1, 2]\n', 'other.yaml'), 'another file: its own positions').to.not.equal(yaml);
    expect(() => ((yaml.data as { list: number[] }).list[0] = 9)).to.throw(TypeError);
    const csv = parseCsv('indicator,year,value\ngdp,2021,1\n', 'observations.csv', ['indicator']);
    expect(parseCsv('indicator,year,value\ngdp,2021,1\n', 'observations.csv', ['indicator'])).to.equal(csv);
    expect(() => csv.push(csv[0]!)).to.throw(TypeError);
  });
});
