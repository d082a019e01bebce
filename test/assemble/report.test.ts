import { expect } from 'chai';
import { illustrativeMark } from '../../src/assemble/report.ts';

describe('assemble/report: the 示例 mark on every page', () => {
  const none = { data: false, adjustments: false, opinions: false };
  it('says illustrative data when the data are, whatever else is', () => {
    expect(illustrativeMark({ ...none, data: true })).to.equal('示例数据 · 非真实统计数据');
    expect(illustrativeMark({ data: true, adjustments: true, opinions: true })).to.equal('示例数据 · 非真实统计数据');
  });
  it('never calls real statistics illustrative when only the proposals or the opinions are', () => {
    expect(illustrativeMark({ ...none, adjustments: true })).to.equal('含示例调整建议 · 非真实调整方案');
    expect(illustrativeMark({ ...none, opinions: true })).to.equal('含示例审议意见 · 非真实审议意见');
    for (const mark of [illustrativeMark({ ...none, adjustments: true }), illustrativeMark({ ...none, opinions: true })]) expect(mark).not.to.contain('统计数据');
  });
  it('is empty when nothing is illustrative', () => {
    expect(illustrativeMark(none)).to.equal('');
  });
});
