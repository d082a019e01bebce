// 指标编号：由指标名称生成，取汉字拼音首字母，名称中的字母数字（GDP、PM2.5）原样保留为一段，如
// 地区生产总值 → dqsczz，单位GDP能耗降低 → dw-gdp-nhjd。同一张表总得到同样的编号；重名依次加 -2、-3。
// Ids are typed into observations.csv and the narrative's expressions, so they must be short, ascii and stable:
// they depend only on the names and their order in the table, never on the time or the machine.
import { pinyin } from 'pinyin-pro';

/** Longest run of initials kept, and the longest id before a collision suffix. */
const MAX_RUN = 16;
const MAX_ID = 24;

/** The readable ascii slug of a name: pinyin initials of the Chinese, latin letters and digits as their own part. */
export function slugOf(name: string): string {
  const parts: string[] = [];
  // Runs of Chinese characters become initials (read as a whole run, so a polyphone gets its reading in
  // context: 比重 → bz); runs of latin letters and digits (GDP, PM2.5, 5G) are kept as a word of their own.
  // Brackets and other marks separate nothing: 执业（助理）医师 is one run of initials.
  const letters = name.normalize('NFKC').replace(/[^\u3400-\u9fffA-Za-z0-9.]/g, '');
  for (const run of letters.match(/[\u3400-\u9fff]+|[A-Za-z0-9.]+/g) ?? []) {
    const part = /[\u3400-\u9fff]/.test(run)
      ? pinyin(run, { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('').replace(/[^a-z]/g, '').slice(0, MAX_RUN)
      : run.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (part !== '') parts.push(part);
  }
  let id = '';
  for (const part of parts) {
    const next = id === '' ? part : `${id}-${part}`;
    if (next.length > MAX_ID && id !== '') break;
    id = next.slice(0, MAX_ID);
  }
  return id === '' ? 'zb' : id;
}

/** Ids for the names in table order: each name's slug, made unique with -2, -3 … in order of appearance. */
export function indicatorIds(names: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const slug = slugOf(name);
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  });
}
