import { expect } from 'chai';
import { holdsBound, reachedTarget, statusFromProgress } from '../../src/evaluate/classify.ts';
import { DEFAULT_SETTINGS } from '../../src/model/evaluation.ts';

const s = DEFAULT_SETTINGS; // δ = 5 个百分点, 严重滞后 below t/2

describe('evaluate/classify: statusFromProgress (p against t = 60%)', () => {
  const t = 0.6;
  it('p ≥ t + δ is 快于预期, exactly on the boundary too', () => {
    expect(statusFromProgress(0.65, t, s)).to.equal('快于预期');
    expect(statusFromProgress(0.9, t, s)).to.equal('快于预期');
  });
  it('t − δ ≤ p < t + δ is 基本符合预期, exactly on t − δ included', () => {
    expect(statusFromProgress(0.55, t, s)).to.equal('基本符合预期');
    expect(statusFromProgress(0.6, t, s)).to.equal('基本符合预期');
    expect(statusFromProgress(0.6499, t, s)).to.equal('基本符合预期');
  });
  it('boundaries survive floating-point noise (0.55 computed as 0.5499999…)', () => {
    expect(statusFromProgress((155 - 100) / (200 - 100), t, s)).to.equal('基本符合预期');
    expect(statusFromProgress(0.1 * 5.5, t, s)).to.equal('基本符合预期');
  });
  it('t/2 ≤ p < t − δ is 滞后', () => {
    expect(statusFromProgress(0.5499, t, s)).to.equal('滞后');
    expect(statusFromProgress(0.3, t, s)).to.equal('滞后');
  });
  it('p < t/2 is 严重滞后', () => {
    expect(statusFromProgress(0.2999, t, s)).to.equal('严重滞后');
  });
  it('no progress or the wrong direction (p ≤ 0) is 严重滞后', () => {
    expect(statusFromProgress(0, t, s)).to.equal('严重滞后');
    expect(statusFromProgress(-0.2, t, s)).to.equal('严重滞后');
  });
  it('δ and the serious share are settings', () => {
    expect(statusFromProgress(0.52, t, { ...s, delta: 0.1 })).to.equal('基本符合预期');
    expect(statusFromProgress(0.4, t, { ...s, seriousShare: 0.75 })).to.equal('严重滞后');
  });
});

describe('evaluate/classify: reachedTarget and holdsBound', () => {
  it('reachedTarget is direction-aware and inclusive', () => {
    expect(reachedTarget(200, 200, 'up')).to.equal(true);
    expect(reachedTarget(199.9, 200, 'up')).to.equal(false);
    expect(reachedTarget(30, 30, 'down')).to.equal(true);
    expect(reachedTarget(30.1, 30, 'down')).to.equal(false);
  });
  it('strict bounds fail exactly on the bound; non-strict ones hold', () => {
    expect(holdsBound(80, '>', 80)).to.equal(false);
    expect(holdsBound(80, '>=', 80)).to.equal(true);
    expect(holdsBound(80.1, '>', 80)).to.equal(true);
    expect(holdsBound(35, '<', 35)).to.equal(false);
    expect(holdsBound(35, '<=', 35)).to.equal(true);
    expect(holdsBound(79.9, '>=', 80)).to.equal(false);
  });
});
