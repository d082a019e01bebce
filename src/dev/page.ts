// 预览页面的附加部分：版面样式（屏幕上按纸张排开）、自动刷新的小脚本、出错提示栏、指标侧栏。
// 侧栏与提示由文档树生成（hast → HTML），数据中的文字一律作为文本转义。
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Evaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import { formatProgress } from '../format/number.ts';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The positioned problems of the last render, above the last good report. */
export function errorPanel(problems: string[], hasReport: boolean): string {
  if (problems.length === 0) return '';
  return toHtml(
    el('section', { id: 'pe-errors', role: 'alert' }, [
      el('h2', {}, [text(`发现 ${problems.length} 处问题，报告没有更新`)]),
      el('pre', {}, [text(problems.join('\n'))]),
      el('p', {}, [text(hasReport ? '下面是上一次排好的报告。改正后页面会自动刷新。' : '改正后页面会自动刷新。')]),
    ]),
  );
}

/** Every indicator with its status, progress and source; filters by status and 类别; a click finds it in the text. */
export function indicatorPanel(evaluation: Evaluation, plan: Plan, paged = false): string {
  const statuses = [...new Set(evaluation.indicators.map((e) => e.statusLabel))];
  const option = (value: string, label: string) => el('option', { value }, [text(label)]);
  const rows = evaluation.indicators.map((e) =>
    el('li', { dataStatus: e.statusLabel, dataGroup: e.indicator.group }, [
      el('a', { href: '#', dataFind: e.indicator.name }, [text(e.indicator.name)]),
      el('span', { className: ['pe-status'] }, [text(e.statusLabel)]),
      el('span', { className: ['pe-progress'] }, [text(e.progress === null ? '—' : formatProgress(e.progress))]),
      el('span', { className: ['pe-source'] }, [text(e.latest ? `${e.dataPoint.year}年：${e.latest.source}` : '尚无数据')]),
    ]),
  );
  return toHtml(
    el('aside', { id: 'pe-panel' }, [
      el('h2', {}, [text(`主要指标（${evaluation.indicators.length}项）`)]),
      el('p', { className: ['pe-note'] }, [
        text(paged ? '分页视图（按 PDF 的页面规则分页，刷新较慢）。' : '连续视图（改动即时显示；分页与页码以 PDF 为准）。'),
        el('a', { href: paged ? '/' : '/?paged' }, [text(paged ? '改为连续视图' : '改为分页视图')]),
      ]),
      el('select', { id: 'pe-filter-status' }, [option('', '全部状态'), ...statuses.map((s) => option(s, s))]),
      el('select', { id: 'pe-filter-group' }, [option('', '全部类别'), ...plan.info.groups.map((g) => option(g, g))]),
      el('ul', {}, rows),
    ]),
  );
}

/**
 * Shows the server's newer render as soon as it exists: the new page is fetched and its body swapped in (the
 * fonts and stylesheets stay loaded, which is what keeps an edit under a few hundred ms); a changed <head>
 * (templates, fonts) reloads the page. The side panel's filters and find-in-text work by delegation, so they
 * survive the swap.
 */
export const LIVE_SCRIPT = `(() => {
  const version = () => Number(document.querySelector('meta[name="pe-version"]')?.content ?? -1);
  const headKey = (head) => [...head.querySelectorAll('link[rel="stylesheet"], style')].map((n) => n.outerHTML).join('');
  let busy = false;
  let again = false;
  const update = async () => {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const html = await (await fetch(location.pathname, { cache: 'no-store' })).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      if (location.search.includes('paged') || headKey(doc.head) !== headKey(document.head)) { sessionStorage.setItem('pe-scroll', String(scrollY)); location.reload(); return; }
      const y = scrollY;
      document.querySelector('meta[name="pe-version"]').content = doc.querySelector('meta[name="pe-version"]').content;
      document.body.replaceWith(document.adoptNode(doc.body));
      scrollTo(0, y);
    } finally {
      busy = false;
      if (again) { again = false; update(); }
    }
  };
  const events = new EventSource('/_pe/events');
  events.onmessage = (e) => { if (Number(e.data) !== version()) update(); };
  const y = sessionStorage.getItem('pe-scroll');
  if (y !== null) { scrollTo(0, Number(y)); sessionStorage.removeItem('pe-scroll'); }
  document.addEventListener('change', (event) => {
    if (!event.target.closest('#pe-panel')) return;
    const status = document.getElementById('pe-filter-status').value;
    const group = document.getElementById('pe-filter-group').value;
    for (const li of document.querySelectorAll('#pe-panel li')) {
      li.hidden = Boolean((status && li.dataset.status !== status) || (group && li.dataset.group !== group));
    }
  });
  document.addEventListener('click', (event) => {
    const a = event.target.closest('#pe-panel a[data-find]');
    if (!a) return;
    event.preventDefault();
    const name = a.dataset.find;
    const blocks = document.querySelectorAll('main p, main li, main td, main h2, main h3, main h4, .appendix td');
    const hit = [...blocks].find((b) => b.textContent.includes(name));
    if (!hit) return;
    document.querySelector('.pe-hit')?.classList.remove('pe-hit');
    hit.classList.add('pe-hit');
    hit.scrollIntoView({ block: 'center' });
  });
})();
`;

/** On screen the report is laid out as sheets of paper; the panel sits to the right. */
export const PREVIEW_CSS = `@media screen {
  html { background: #8a8a8a; }
  body { width: 210mm; margin: 0 auto 0 calc((100vw - 210mm - 330px) / 2); padding: 8mm 0 40mm; }
  .cover, .toc, main.body, .appendix { background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.35); box-sizing: border-box; width: 210mm; min-height: 297mm; padding: 37mm 26mm 35mm 28mm; margin: 0 0 8mm; }
  .appendix-wide { width: 297mm; padding: 28mm 35mm 30mm 37mm; }
  .blank { display: none; }
  .pe-hit { outline: 3px solid #f0a000; }
  #pe-panel { position: fixed; top: 0; right: 0; width: 320px; height: 100vh; overflow: auto; background: #f7f7f7; border-left: 1px solid #bbb; font: 13px/1.5 sans-serif; padding: 8px 10px; box-sizing: border-box; }
  #pe-panel h2 { font-size: 15px; margin: 4px 0; text-indent: 0; }
  #pe-panel .pe-note { font-size: 12px; color: #555; text-indent: 0; }
  #pe-panel ul { list-style: none; padding: 0; margin: 6px 0; }
  #pe-panel li { padding: 4px 0; border-bottom: 1px solid #e2e2e2; display: grid; grid-template-columns: 1fr auto; gap: 0 6px; }
  #pe-panel li[hidden] { display: none; }
  #pe-panel .pe-source { grid-column: 1 / 3; color: #666; font-size: 12px; }
  #pe-panel select { margin: 2px 4px 2px 0; }
  #pe-errors { position: sticky; top: 0; z-index: 10; background: #fff3f3; border: 2px solid #c00000; padding: 8px 12px; margin-bottom: 8mm; font: 14px/1.5 sans-serif; }
  #pe-errors h2 { color: #c00000; font-size: 16px; margin: 0 0 4px; text-indent: 0; }
  #pe-errors pre { white-space: pre-wrap; font: 13px/1.5 monospace; margin: 0; }
  #pe-errors p { text-indent: 0; }
}
`;

/** Paged view: Paged.js draws the pages; the screen shows them stacked on a grey desk, the panel to the right. */
export const PAGED_CSS = `@media screen {
  html { background: #8a8a8a; }
  .pagedjs_pages { margin-right: 330px; }
  .pagedjs_page { background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.35); margin: 8mm auto; }
  .pe-hit { outline: 3px solid #f0a000; }
  #pe-panel { position: fixed; top: 0; right: 0; width: 320px; height: 100vh; overflow: auto; background: #f7f7f7; border-left: 1px solid #bbb; font: 13px/1.5 sans-serif; padding: 8px 10px; box-sizing: border-box; z-index: 20; }
  #pe-panel li { padding: 4px 0; border-bottom: 1px solid #e2e2e2; }
  #pe-panel ul { list-style: none; padding: 0; }
  #pe-errors { position: fixed; top: 0; left: 0; right: 330px; z-index: 30; background: #fff3f3; border: 2px solid #c00000; padding: 8px 12px; font: 14px/1.5 sans-serif; }
}
`;

/** The panel and the messages are not part of the report: taken out before Paged.js lays out the pages, put back after. */
export const PAGED_HOOKS = `window.PagedConfig = {
  before: () => { window.pePanels = [...document.querySelectorAll('#pe-panel, #pe-errors')]; window.pePanels.forEach((n) => n.remove()); },
  after: () => { window.pePanels.forEach((n) => document.body.appendChild(n)); document.documentElement.dataset.paged = 'done'; },
};`;
