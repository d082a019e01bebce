// 打印时被拒绝的请求（允许目录以外的文件、网络地址）：在版式文件中找到引用处，逐条报告。
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Position } from '../diagnostics.ts';
import { positionsIn } from '../load/yamlFile.ts';
import { msg } from '../messages.ts';

/**
 * One message per refused request, at the place in the templates that asks for it (the first .hbs or .css line
 * naming the file or address), or at the requested file itself when no template names it.
 */
export async function blockedRequests(refused: { url: string; realPath?: string }[], templatesDir: string, display: (p: string) => string): Promise<Diagnostic[]> {
  const sources = await templateSources(templatesDir);
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const { url, realPath } of refused) {
    if (seen.has(url)) continue;
    seen.add(url);
    const path = localPath(url);
    if (path !== undefined) {
      const place = locate(sources, basename(path), display) ?? { file: display(path) };
      found.push(msg.printForeignFile(place, display(path), realPath !== undefined && realPath !== path ? realPath : undefined));
    } else {
      found.push(msg.printNetwork(locate(sources, url, display) ?? { file: display(templatesDir) }, url));
    }
  }
  return found;
}

/** The local path of a file: URL; undefined for other URLs and for file URLs naming another host. */
function localPath(url: string): string | undefined {
  try {
    return url.startsWith('file:') ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

async function templateSources(dir: string): Promise<{ path: string; text: string }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.filter((n) => /\.(hbs|css)$/.test(n)).sort().map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8').catch(() => '') })));
  return texts;
}

function locate(sources: { path: string; text: string }[], needle: string, display: (p: string) => string): { file: string; position: Position } | undefined {
  for (const { path, text } of sources) {
    const i = text.indexOf(needle);
    if (i !== -1) return { file: display(path), position: positionsIn(text)(i) };
  }
  return undefined;
}
