// 各状态在报告中的呈现：图表颜色与表格样式类名，一处定义，图与表一致。
import type { Status } from '../model/evaluation.ts';

export const STATUS_STYLE: Record<Status, { colour: string; cssClass: string }> = {
  提前实现: { colour: '#1b5e20', cssClass: 'early' },
  快于预期: { colour: '#43a047', cssClass: 'ahead' },
  基本符合预期: { colour: '#9ccc65', cssClass: 'on' },
  滞后: { colour: '#fb8c00', cssClass: 'lagging' },
  严重滞后: { colour: '#c62828', cssClass: 'serious' },
  待核定: { colour: '#9e9e9e', cssClass: 'pending' },
  完成: { colour: '#1b5e20', cssClass: 'done' },
  未完成: { colour: '#c62828', cssClass: 'serious' },
};
