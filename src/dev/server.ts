// plan-eval dev：在本机（127.0.0.1）提供报告的实时预览。GET / 返回服务器端排好的报告 HTML（与 PDF 同一份 HTML 和样式），
// 正文、数据、模板或配置一改就重排，页面经服务器推送事件（SSE）自动刷新；输入有错时服务不停，页面列出带位置的提示，
// 上一次排好的报告照常可看。侧栏列出各项指标的状态、进度和来源，可按状态、类别筛选，点击跳到正文提到它的地方。
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch } from 'chokidar';
import { InputError, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { loadConfig } from '../config.ts';
import { PROJECT_ROOT, fontSetup } from '../fonts.ts';
import { msg } from '../messages.ts';
import { PreviewRenderer, type Rendered } from './render.ts';
import { LIVE_SCRIPT, PAGED_CSS, PAGED_HOOKS, PREVIEW_CSS, errorPanel, indicatorPanel } from './page.ts';

export interface DevOptions {
  config: string;
  cwd: string;
  port: number;
  host: string;
  /** Called after every render attempt (tests and the CLI's progress line). */
  onRender?: (r: { ok: boolean; ms: number; reused: boolean; problems: Diagnostic[] }) => void;
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.woff': 'font/woff', '.otf': 'font/otf', '.svg': 'image/svg+xml', '.png': 'image/png' };
const FS_PREFIX = '/_pe/fs';
/** Paged.js, the paged-media polyfill: lays the page out in A4 pages in any browser. */
const PAGED_JS = join(PROJECT_ROOT, 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.js');

export async function startDevServer(options: DevOptions): Promise<DevServer> {
  // The preview shows unpublished figures: it is for this machine only.
  if (!LOOPBACK.includes(options.host)) throw new InputError([msg.devHost(options.host)]);
  const config = await loadConfig(options.config, {}, options.cwd);
  const renderer = new PreviewRenderer({ config: options.config, cwd: options.cwd });
  const fonts = fontSetup(config);
  // The page may read the stylesheet's and the fonts' folders, nothing else.
  const roots = await Promise.all([config.paths.templates, ...fonts.roots].map((r) => realpath(r).catch(() => resolve(r))));
  let good: Rendered | undefined;
  let problems: Diagnostic[] = [];
  const clients = new Set<ServerResponse>();
  // Every render has a number; the page knows the one it shows, so a page that missed an event (it was itself
  // reloading) catches up as soon as it reconnects.
  let version = 0;

  const rerender = async () => {
    try {
      good = await renderer.render();
      problems = [];
      options.onRender?.({ ok: true, ms: good.ms, reused: good.reused, problems });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems = e.diagnostics;
      options.onRender?.({ ok: false, ms: 0, reused: false, problems });
    }
    version += 1;
    for (const c of clients) c.write(`data: ${version}\n\n`);
  };
  await rerender();

  // One render at a time; edits that arrive meanwhile are folded into the next one.
  let running: Promise<void> | undefined;
  let pending = false;
  let dataChanged = false;
  const schedule = (path: string) => {
    if (!path.startsWith(config.paths.content + sep)) dataChanged = true;
    if (running) {
      pending = true;
      return;
    }
    running = (async () => {
      do {
        pending = false;
        if (dataChanged) renderer.invalidate();
        dataChanged = false;
        await rerender();
      } while (pending);
      running = undefined;
    })();
  };
  // Editors (and writeFile) save in place: truncate, then write. chokidar drops a second event on a file within 5 ms,
  // so the event of the truncation may be the only one, and a render started from it can read the file empty or half
  // written. awaitWriteFinish polls the file's size until it has stood still for 40 ms and only then reports it.
  const watcher = watch([config.paths.content, config.paths.plan, config.paths.templates, resolve(options.cwd, options.config)], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  watcher.on('all', (_event, path) => schedule(resolve(path)));
  await new Promise<void>((r) => watcher.once('ready', () => r()));

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String((e as Error).message));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') return page(res, url.searchParams.has('paged'));
    if (url.pathname === '/_pe/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(`data: ${version}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/_pe/live.js') return send(res, 200, 'text/javascript; charset=utf-8', LIVE_SCRIPT);
    if (url.pathname === '/_pe/preview.css') return send(res, 200, 'text/css; charset=utf-8', PREVIEW_CSS);
    if (url.pathname === '/_pe/paged.css') return send(res, 200, 'text/css; charset=utf-8', PAGED_CSS);
    if (url.pathname === '/_pe/paged.js') return send(res, 200, 'text/javascript; charset=utf-8', await readFile(PAGED_JS, 'utf8'));
    if (url.pathname.startsWith(`${FS_PREFIX}/`)) return file(res, decodeURIComponent(url.pathname.slice(FS_PREFIX.length)));
    return send(res, 404, 'text/plain; charset=utf-8', '没有这个页面。');
  }

  /** The report; with ?paged, laid out in pages by Paged.js from the same @page rules as the PDF (slower). */
  function page(res: ServerResponse, paged: boolean): void {
    const panel = good ? indicatorPanel(good.evaluation, good.plan, paged) : '';
    const errors = errorPanel(problems.map(formatDiagnostic), good !== undefined);
    const report = good ? toHttp(good.html) : '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>plan-eval 预览</title></head><body></body></html>';
    const html = report
      .replace('</head>', `<meta name="pe-version" content="${version}"><link rel="stylesheet" href="/_pe/${paged ? 'paged' : 'preview'}.css">${paged ? `<script>${PAGED_HOOKS}</script><script src="/_pe/paged.js"></script>` : ''}</head>`)
      .replace(/<body([^>]*)>/, `<body$1>${errors}${panel}`)
      .replace('</head>', '<script src="/_pe/live.js" defer></script></head>');
    send(res, 200, 'text/html; charset=utf-8', html);
  }

  /** Files the print page names by file:// URL (stylesheet, fonts) are served under /_pe/fs, inside the roots only. */
  async function file(res: ServerResponse, path: string): Promise<void> {
    const real = await realpath(path).catch(() => undefined);
    if (!real || !roots.some((r) => real === r || real.startsWith(r + sep))) return send(res, 403, 'text/plain; charset=utf-8', '不允许读取该文件。');
    res.writeHead(200, { 'content-type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' });
    res.end(await readFile(real));
  }

  await new Promise<void>((r) => server.listen(options.port, options.host, () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`,
    async close() {
      for (const c of clients) c.end();
      await watcher.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The print HTML names its stylesheet and fonts by file URL; over HTTP they are served under /_pe/fs. */
function toHttp(html: string): string {
  return html.replace(/file:\/\/[^"')\s]+/g, (u) => `${FS_PREFIX}${encodeURI(fileURLToPath(u))}`);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
