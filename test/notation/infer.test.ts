import { expect } from 'chai';
import { readCell } from '../../src/notation/cell.ts';
import { directionFromName, inferForm } from '../../src/notation/infer.ts';

const infer = (name: string, unit: string, base: number | null, target: string, annual = '—') =>
  inferForm({ name, unit, base, target: readCell(target), annual: readCell(annual) });

describe('notation/infer: a form from the printed row', () => {
  it('an end value takes its direction from the 基期', () => {
    expect(infer('地区生产总值', '亿元', 653, '1000').form).to.deep.equal({ type: 'end-value', direction: 'up', value: 1000 });
    expect(infer('PM2.5平均浓度', '微克/立方米', 39, '33').form).to.deep.equal({ type: 'end-value', direction: 'down', value: 33 });
    expect(infer('地区生产总值', '亿元', 653, '1000').confidence).to.equal('高');
  });
  it('without a 基期 the direction comes from the name, with a check', () => {
    const i = infer('城镇调查失业率', '%', null, '5');
    expect(i.form).to.deep.include({ type: 'end-value', direction: 'down' });
    expect(i.confidence).to.equal('高');
    const unknown = infer('法治建设满意度', '%', null, '94.9');
    expect(unknown.form).to.deep.include({ direction: 'up' });
    expect(unknown.confidence).to.equal('中');
    expect(unknown.check).to.contain('方向');
  });
  it('a target equal to the 基期 is 保持', () => {
    expect(infer('粮食综合生产能力', '万吨', 31.6, '31.6').form).to.deep.equal({ type: 'maintain', direction: 'up', value: 31.6 });
  });
  it('>60 / ≥80 / 60以上 in the target column is an end threshold, not a yearly bound, with a check', () => {
    const i = infer('常住人口城镇化率', '%', 58, '>60');
    expect(i.form).to.deep.equal({ type: 'threshold', op: '>', value: 60 });
    expect(i.check).to.contain('bound');
    expect(infer('森林覆盖率', '%', 28, '30以上').form).to.deep.equal({ type: 'threshold', op: '>=', value: 30 });
  });
  it('<5.5 / 5.5以内 / 控制在…以内 is a yearly control bound', () => {
    expect(infer('城镇调查失业率', '%', 5, '<5.5').form).to.deep.equal({ type: 'bound', op: '<', value: 5.5 });
    expect(infer('城镇调查失业率', '%', 5, '5.5以内').form).to.deep.equal({ type: 'bound', op: '<=', value: 5.5 });
    expect(infer('城镇调查失业率', '%', 5, '控制在5.5%以内').confidence).to.equal('高');
  });
  it('5左右 / 36左右 are approximate targets', () => {
    expect(infer('地区生产总值增长', '%', null, '—', '5左右').form).to.deep.equal({ type: 'growth-rate', rate: 5, approx: true });
    expect(infer('人均住房面积', '平方米', 33, '36左右').form).to.deep.equal({ type: 'end-value', direction: 'up', value: 36, approx: true });
  });
  it('a 年均增长 figure alone is a growth-rate target; with an end value, an end value on a compound path', () => {
    expect(infer('居民人均可支配收入增长', '%', null, '—', '8.5').form).to.deep.equal({ type: 'growth-rate', rate: 8.5 });
    expect(infer('外贸进出口总额', '亿美元', 12.13, '15.5', '5').form).to.deep.equal({ type: 'end-value-rate', direction: 'up', value: 15.5, rate: 5 });
    expect(infer('全社会研发经费投入增长', '%', null, '—', '>7').form).to.deep.equal({ type: 'growth-rate', rate: 7, op: '>' });
  });
  it('a growth target on a level unit is judged on yearly rates, and says so', () => {
    const i = infer('地区生产总值', '亿元', 653, '—', '6');
    expect(i.form.type).to.equal('growth-rate');
    expect(i.unit).to.equal('%');
    expect(i.check).to.contain('增速');
  });
  it('reads the 累计 column by the words of the name and the unit', () => {
    expect(infer('单位地区生产总值能源消耗降低', '%', null, '—', '〔13.5〕').form).to.deep.equal({ type: 'cumulative-decline', value: 13.5, yearly: 'rate' });
    expect(infer('单位地区生产总值二氧化碳排放降低', '%', null, '—', '[18]').confidence).to.equal('高');
    expect(infer('人均预期寿命', '岁', 78.3, '—', '〔1〕').form).to.deep.equal({ type: 'cumulative-change', direction: 'up', value: 1, by: 'difference', yearly: 'level' });
    expect(infer('产业有效投入', '亿元', null, '—', '〔800〕').form).to.deep.equal({ type: 'cumulative', value: 800 });
    expect(infer('新增城镇就业人数', '万人', null, '—', '[50]').form).to.deep.equal({ type: 'cumulative', value: 50 });
    expect(infer('高新技术企业数', '家', null, '—', '[累计达到1000]').form).to.deep.equal({ type: 'end-value', direction: 'up', value: 1000 });
    expect(infer('全员劳动生产率', '%', 100, '—', '累计提升20%').form).to.deep.include({ type: 'cumulative-change', by: 'percent', direction: 'up' });
  });
  it('tasks keep their level; the direction comes from the name', () => {
    expect(infer('城镇调查失业率', '%', 1.86, '完成市下达任务').form).to.deep.equal({ type: 'city-task', direction: 'down', level: '市' });
    expect(infer('单位地区生产总值能源消耗降低', '%', null, '完成省下达任务').form).to.deep.equal({ type: 'city-task', direction: 'up', level: '省' });
    expect(infer('主要污染物排放总量减少', '%', null, '确保完成国家要求').form).to.deep.include({ level: '国家', direction: 'up' });
  });
  it('relative targets name what they compare with and ask for it', () => {
    const i = infer('居民人均可支配收入增长', '%', null, '与经济增长基本同步');
    expect(i.form).to.deep.include({ type: 'relative', relation: 'in-step' });
    expect(i.reference).to.equal('经济增长');
    expect(i.check).to.contain('比较对象');
  });
  it('qualitative wording is a qualitative target, judged by hand', () => {
    const i = infer('城镇调查失业率', '%', null, '保持在合理区间');
    expect(i.form).to.deep.equal({ type: 'qualitative' });
    expect(i.reading).to.contain('人工判定');
  });
  it('a row with no target at all is flagged', () => {
    const i = infer('某监测指标', '个', 3, '—');
    expect(i.confidence).to.equal('低');
    expect(i.check).to.contain('没有给出目标');
  });
  it('directionFromName: reductions are “higher is better”', () => {
    expect(directionFromName('单位地区生产总值能源消耗降低').direction).to.equal('up');
    expect(directionFromName('单位GDP能耗').direction).to.equal('down');
    expect(directionFromName('细颗粒物（PM2.5）平均浓度').direction).to.equal('down');
    expect(directionFromName('人均预期寿命')).to.deep.equal({ direction: 'up', byWords: false });
  });
});

describe('notation/infer: sub-targets', () => {
  it('one cell with several targets becomes parts, each with its own form', () => {
    const i = inferForm({ name: '城镇低效用地再开发', unit: '公顷', base: null, target: readCell('成片:约110 零星:约20'), annual: readCell('—') });
    expect(i.form).to.deep.equal({ type: 'parts' });
    expect(i.parts!.map((p) => [p.name, p.target, p.form])).to.deep.equal([
      ['成片', '约110', { type: 'end-value', direction: 'up', value: 110, approx: true }],
      ['零星', '约20', { type: 'end-value', direction: 'up', value: 20, approx: true }],
    ]);
  });
});
