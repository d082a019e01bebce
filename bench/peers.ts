// 基准测试的同行输入：同一份报告（发改委内部稿：封面、目录、正文、四个附件）写成 pandoc + xelatex 能排的 Markdown，
// 以及 WeasyPrint 用的同一份 HTML。
// Fairness: the peer gets the whole document, not the body alone. The body is our own document tree (numbers,
// 图N and 附件N references already in place), turned into Markdown by pandoc before any timing, as a writer
// would keep it; the figures are the same SVG drawings (pandoc has rsvg-convert make PDFs of them, timed). Around
// it: a cover and its blank back, a 目录 (pandoc's --toc, with the xelatex runs it needs for page numbers), the
// body starting on an odd page numbered from 1, 附件1 as a landscape longtable with the same columns and widths
// and the 判定依据 row under each indicator, 附件2–4 as tables and text — on the same page grid (A4, two-sided,
// the GB/T 9704 margins, 3号 type on 28.9 pt lines, 28 characters a line), with the page number “— N —” outside
// and the 示例数据 mark on every page. Fonts are the same files (the Fandol and merged Noto TrueType of
// .cache/fonts, 霞鹜文楷).
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { renderHtml, reportTemplates } from '../src/assemble/html.ts';
import type { Appendix, ReportModel, TableColumn } from '../src/assemble/model.ts';
import { assembleReport } from '../src/assemble/report.ts';
import { buildFigures } from '../src/figures/index.ts';
import { figureKeys } from '../src/figures/keys.ts';
import { FONT_CACHE, FONT_FILES, fontSetup } from '../src/fonts.ts';
import { loadAndEvaluate } from '../src/loadEvaluation.ts';
import { narrate } from '../src/narrative/index.ts';

/**
 * The environment of a peer run: fontconfig sees the Fandol TrueType files, as Chromium does (our fonts.conf).
 * WeasyPrint needs it for the page numbers in FandolSong; rsvg-convert for the charts' FandolHei.
 */
export const PEER_ENV = { ...process.env, FONTCONFIG_FILE: FONT_FILES.fontsConf };

/**
 * LaTeX's special characters in text; the minus sign, which no Fandol face has, in 霞鹜文楷 (the last font of
 * the HTML's chains).
 */
const tex = (s: string) =>
  s.replace(/[\\{}%&#$_~^−]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '−': '{\\wenkai −}' })[c] ?? `\\${c}`);
/** A formula of the 评估方法说明 (x^{y}, x_{i}; see src/format/formula.ts) with real super- and subscripts. */
const formula = (s: string) =>
  s.split(/([\^_])\{([^}]*)\}/).map((part, i, all) => (i % 3 === 0 ? tex(part) : i % 3 === 2 ? `\\text${all[i - 1] === '^' ? 'super' : 'sub'}script{${tex(part)}}` : '')).join('');
/** A table figure, with the superscript * of an illustrative one. */
const marked = (v: { text: string; illustrative: boolean }) => tex(v.text) + (v.illustrative ? '\\textsuperscript{*}' : '');
const raw = (latex: string) => `\n\`\`\`{=latex}\n${latex}\n\`\`\`\n`;
const size = (pt: number, lead: number) => `\\fontsize{${pt}pt}{${lead}pt}\\selectfont `;
/** A table row, cells already LaTeX. */
const row = (cells: string[]) => `${cells.join(' & ')} \\\\ \\hline`;
/** LaTeX's rule between columns (\arrayrulewidth). */
const RULE = 0.4;
/** Cell padding of a table in report.css (pt): vertical, horizontal. */
type Padding = [number, number];
/**
 * A longtable with our table's column widths (pt, cell padding and rule included) and cell padding (the
 * vertical padding and rule added to each row's height), its header row (黑体) repeated on every page. Cells
 * are centred but for the `left` columns, as in report.css.
 */
function longtable(widths: number[], [v, h]: Padding, header: string[] | null, rows: string[], left: number[] = []): string {
  const cols = widths.map((w, i) => `>{${left.includes(i) ? '\\raggedright' : '\\centering'}\\arraybackslash}p{${(w - 2 * h - RULE).toFixed(1)}pt}`);
  const head = header ? `${row(header.map((cell) => `{\\hei ${cell}}`))}\\endhead\n` : '';
  return `{\\setlength{\\tabcolsep}{${h}pt}\\setlength{\\extrarowheight}{${2 * v + 0.75}pt}\\begin{longtable}{|${cols.join('|')}|}\\hline\n${head}${rows.join('\n')}\n\\end{longtable}}`;
}
/** A column of several widths, padding and rules: the width of a \multicolumn cell spanning them. */
const spanned = (widths: number[], padding: number) => widths.reduce((sum, w) => sum + w, 0) - 2 * padding - RULE;
/** Our columns' widths (% of the table; Chromium spreads what they leave over them) in pt of a table `across` wide. */
const across = (columns: TableColumn[], width: number) => {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return columns.map((c) => (c.width / total) * width);
};
/** A header cell of stacked lines, as the HTML sets them one under another. */
const stacked = (c: TableColumn) => c.header.map(tex).join('\\newline ');
/** 版心 width, portrait (156 mm) and landscape (225 mm), in pt. */
const PORTRAIT = 442.2;
const LANDSCAPE = 637.8;

/** The files for the peers, written into `work`: report.md, header.tex, cover.tex (pandoc), report.html (WeasyPrint). */
export async function writePeerInputs(work: string, config: string): Promise<void> {
  const loaded = await loadAndEvaluate({ config, withContent: true });
  const { plan, evaluation, content } = loaded;
  const figures = await buildFigures(evaluation, plan.info, FONT_FILES.hei);
  const scope = { plan, evaluation, figureKeys: figureKeys(plan.info), kind: loaded.config.report.kind };
  const model = assembleReport(loaded.config, plan, evaluation, narrate(content, scope).sections, figures);
  await writeFile(join(work, 'report.html'), renderHtml(model, loaded.config, fontSetup(loaded.config), await reportTemplates(loaded.config, plan)));

  // The body: each figure's SVG drawing to a file, with the chart font under the name fontconfig knows.
  const body = structuredClone(model.body);
  let figureNo = 0;
  const figureFiles: Promise<void>[] = [];
  const withImages = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((node) => {
      if (node.type !== 'element') return node;
      if (node.tagName === 'figure') {
        const svg = node.children.find((c) => c.type === 'raw');
        if (svg?.type === 'raw') {
          const file = join(work, `figure-${++figureNo}.svg`);
          figureFiles.push(writeFile(file, svg.value.replaceAll('PE Chart', 'FandolHei')));
          const img: Element = { type: 'element', tagName: 'img', properties: { src: file }, children: [] };
          return { ...node, children: node.children.map((c) => (c === svg ? img : c)) };
        }
      }
      return { ...node, children: withImages(node.children) };
    });
  body.children = withImages(body.children as ElementContent[]) as Root['children'];
  await Promise.all(figureFiles);
  await writeFile(join(work, 'body.html'), toHtml(body));
  // h2 (一、) is a chapter: a \section, as the 目录 lists it. No “smart” quotes: the text's own “” and — stay as they are.
  const converted = spawnSync('pandoc', ['body.html', '-f', 'html', '-t', 'markdown-smart', '--shift-heading-level-by=-1', '--wrap=none'], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (converted.status !== 0) throw new Error(`pandoc 无法转换正文：${converted.stderr}`);

  const title = raw(
    `\\cleardoublepage\\pagenumbering{arabic}\\pagestyle{body}\n` +
      `\\begin{center}{\\xiaobiaosong${size(22, 33)}${tex(model.meta.title)}\\par}\\end{center}\\vspace{28.9pt}`,
  );
  await writeFile(join(work, 'report.md'), [title, converted.stdout, ...model.appendices.map((a) => raw(appendixTex(a)))].join('\n\n'));
  await writeFile(join(work, 'header.tex'), headerTex(model));
  await writeFile(join(work, 'cover.tex'), coverTex(model));
}

function headerTex(model: ReportModel): string {
  const numberFont = `\\fontspec{FandolSong-Regular.ttf}[Path=${FONT_CACHE}/]${size(14, 14)}`;
  const mark = model.meta.illustrative ? `{\\color[HTML]{C00000}\\CJKfamily{song}${size(12, 12)}示例数据 · 非真实统计数据}` : '';
  const wenkai = dirname(FONT_FILES.kai);
  return [
    '\\usepackage{pdflscape,longtable,array,xcolor,fancyhdr,caption}',
    // Every face at its size (pandoc's template scales all but the main font to its x-height).
    '\\defaultfontfeatures{Scale=1}',
    // Latin letters, digits and signs (≥, δ) in the same faces as the HTML, not Latin Modern.
    `\\setmainfont{FandolFang-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setsansfont{NotoSansSC-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setCJKmainfont{FandolFang-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setCJKsansfont{NotoSansSC-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setCJKmonofont{FandolFang-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setCJKfamilyfont{kai}{LXGWWenKai-Regular.ttf}[Path=${wenkai}/,BoldFont=LXGWWenKai-Bold.ttf]`,
    `\\setCJKfamilyfont{song}{FandolSong-Regular.ttf}[Path=${FONT_CACHE}/]`,
    `\\setCJKfamilyfont{xbs}{NotoSerifSC-Bold.ttf}[Path=${FONT_CACHE}/]`,
    `\\newfontfamily{\\wenkai}{LXGWWenKai-Regular.ttf}[Path=${wenkai}/]`,
    '\\newcommand{\\kai}{\\CJKfamily{kai}}\\newcommand{\\xiaobiaosong}{\\CJKfamily{xbs}}\\newcommand{\\hei}{\\sffamily}',
    // <strong> is 黑体 and <em> 楷体 in the HTML; 仿宋 has no bold to fall back on.
    '\\renewcommand{\\textbf}[1]{{\\hei #1}}\\renewcommand{\\emph}[1]{{\\kai #1}}',
    // 3号 (16 pt) on 28.9 pt lines: 22 lines a page; 0.21 pt less between characters (ctex's 字距, in 字):
    // 28 a line, as the HTML. No space between Chinese and Latin letters or digits (2023年), as in the HTML.
    '\\renewcommand{\\normalsize}{\\fontsize{16pt}{28.9pt}\\selectfont}\\ziju{-0.013125}\\normalsize',
    '\\xeCJKsetup{CJKecglue={}}',
    // Headings indented two characters, no space around them (a positive after-skip keeps them on their own line).
    '\\ctexset{section={format=\\hei\\raggedright,indent=2em,beforeskip=0pt,afterskip=1sp},',
    '  subsection={format=\\kai\\raggedright,indent=2em,beforeskip=0pt,afterskip=1sp},',
    '  subsubsection={format=\\normalfont,indent=2em,beforeskip=0pt,afterskip=1sp},tocdepth=2}',
    '\\setlength{\\parindent}{2em}\\setlength{\\parskip}{0pt}',
    // The 目录: its title in 小标宋, 一、 and 附件 entries in 黑体 and （一） in 楷体, dotted leaders on every level.
    '\\ctexset{contentsname={\\hfill\\xiaobiaosong\\fontsize{22pt}{28.9pt}\\selectfont 目\u3000录\\hfill}}',
    '\\makeatletter\\renewcommand*\\l@section[2]{{\\hei\\@dottedtocline{1}{0pt}{0pt}{#1}{#2}}}',
    '\\renewcommand*\\l@subsection[2]{{\\kai\\@dottedtocline{2}{2em}{0pt}{#1}{#2}}}\\makeatother',
    // As the HTML pages: a figure that does not fit moves to the top of the next page and the text fills the rest
    // (no page of figures alone); a page ends short rather than stretch its lines, and not early for a heading.
    '\\renewcommand{\\topfraction}{0.95}\\renewcommand{\\textfraction}{0.05}\\renewcommand{\\floatpagefraction}{0.95}',
    '\\raggedbottom\\makeatletter\\@secpenalty=0\\makeatother',
    // Captions are ours (图1　……): no LaTeX label before them; 12 pt 黑体.
    '\\DeclareCaptionFont{figure}{\\hei\\fontsize{12pt}{20pt}\\selectfont}\\captionsetup{labelformat=empty,font=figure}',
    // Page numbers “— N —” in 4号 宋体 on the outer side, none on the cover and 目录; the mark on every page.
    `\\fancypagestyle{front}{\\fancyhf{}\\fancyhead[C]{${mark}}\\renewcommand{\\headrulewidth}{0pt}}`,
    `\\fancypagestyle{body}{\\fancyhf{}\\fancyhead[C]{${mark}}\\renewcommand{\\headrulewidth}{0pt}` +
      `\\fancyfoot[RO]{${numberFont}— \\thepage\\ —\\hspace{1em}}\\fancyfoot[LE]{\\hspace{1em}${numberFont}— \\thepage\\ —}}`,
    '\\pagestyle{front}',
  ].join('\n');
}

/** The cover (title, the 示例数据 notice, author and date at the foot) and its blank back. */
function coverTex(model: ReportModel): string {
  const notice = model.meta.illustrative
    ? `\\vspace{18mm}{\\color[HTML]{C00000}\\fcolorbox[HTML]{C00000}{FFFFFF}{\\parbox{128mm}{${size(12, 20)}\\centering{\\hei${size(14, 20)}示例数据说明\\par}\\raggedright ${tex(model.meta.illustrativeNotes.join(''))}}}}`
    : '';
  // The 目录's title has a line's space under it (report.css .toc-title); the 目录 follows the cover.
  return `\\addtocontents{toc}{\\protect\\vspace{28.9pt}}\\thispagestyle{front}\\begin{center}\\vspace*{30mm}{\\xiaobiaosong${size(22, 34)}${tex(model.meta.title)}\\par}${notice}\\vfill` +
    `{\\kai ${tex(model.meta.author)}\\par}${tex(model.meta.dateText)}\\par\\vspace{10mm}\\end{center}\\cleardoublepage`;
}

/** An 附件 as LaTeX: its label and title (in the 目录), then its table or text. */
function appendixTex(a: Appendix): string {
  const head = `{\\hei ${tex(a.label)}}\\par\\begin{center}{\\xiaobiaosong${size(22, 28.9)}${tex(a.title)}}\\end{center}\\addcontentsline{toc}{section}{${tex(`${a.label}\u3000${a.title}`)}}`;
  switch (a.partial) {
    case 'appendix-indicators': {
      const t = a.table;
      const widths = across(t.columns, LANDSCAPE);
      const rows = t.groups.flatMap((g) => [
        `\\multicolumn{${t.columnCount}}{|l|}{\\hei ${tex(g.label)}} \\\\ \\hline`,
        ...g.rows.flatMap((r) => [
          // The indicator's row and its 判定依据 on the same page; 序号 spans both (the blank cell under it).
          `${[String(r.no), ...[r.name, r.attribute, r.base, r.target].map(tex), ...r.values.map(marked), ...[r.schedule, r.progress, r.status, r.averageChange, r.projected, r.required, r.outlook].map(tex)].join(' & ')} \\\\* \\cline{2-${t.columnCount}}`,
          ` & \\multicolumn{${t.whyColumns}}{p{${spanned(widths.slice(1), 2.5).toFixed(1)}pt}|}{${size(9, 12)}{\\hei 判定依据：}${tex(r.explanation)}${r.outlookExplanation ? `{\\hei \u3000预判依据：}${tex(r.outlookExplanation)}` : ''}} \\\\ \\hline`,
        ]),
      ]);
      // The page turns before the 附件 label: landscape starts a page of its own.
      return `\\begin{landscape}${head}\n${size(10.5, 16)}\\noindent\\hfill 评估时点：${tex(t.pointLabel)}\u3000序时进度：${tex(t.schedule)}\u3000判定规则见“评估方法说明”\\par\n` +
        `${size(10, 13)}${longtable(widths, [2, 2.5], t.columns.map(stacked), rows, [1])}\n` +
        `${size(10.5, 16)}${t.notes.map((n) => `\\noindent ${tex(n)}\\par`).join('\n')}\\end{landscape}`;
    }
    case 'appendix-projects': {
      const t = a.projects;
      const rows = t.groups.flatMap((g) => [
        `\\multicolumn{${t.columnCount}}{|l|}{\\hei ${tex(g.label)}} \\\\ \\hline`,
        ...g.rows.map((r) => row([String(r.no), tex(r.title), tex(r.responsible), ...r.statuses.map(marked), tex(r.investment), `${size(9, 12)}${tex(r.note)}`])),
      ]);
      return `\\clearpage${head}\n{${size(10.5, 16)}\\noindent\\hfill 评估时点：${tex(t.pointLabel)}\u3000${tex(t.counts)}\\par\n` +
        `${size(10.5, 14)}${longtable(across(t.columns, PORTRAIT), [2, 3], t.columns.map(stacked), rows, [1, t.columnCount - 1])}\n` +
        `${size(10.5, 16)}${t.notes.map((n) => `\\noindent ${tex(n)}\\par`).join('\n')}}`;
    }
    case 'appendix-sources': {
      const s = a.sources;
      // report.css: the first column 14em of 12 pt type, plus its padding.
      return `\\clearpage${head}\n${tex(s.registry)}\\par{${size(12, 18)}\n` +
        `${longtable([180, PORTRAIT - 180], [3, 6], ['数据来源', '提供的数据'], s.rows.map((r) => row([`{\\hei ${tex(r.source)}}`, tex(r.supplied)])), [0, 1])}}`;
    }
    case 'appendix-method': {
      const m = a.method;
      // report.css: the first column 9em of 12 pt type, plus its padding.
      const table = (header: string[] | null, rows: [string, string][]) =>
        `{${size(12, 18)}${longtable([120, PORTRAIT - 120], [3, 6], header, rows.map(([k, v]) => row([`{\\hei ${formula(k)}}`, formula(v)])), [0, 1])}}`;
      const heading = (h: string) => `\\noindent{\\hei ${h}}\\par`;
      return [
        `\\clearpage${head}`,
        heading('一、本次评估的设定'),
        table(null, m.settings.map((x) => [x.label, x.value])),
        heading('二、进展状态的判定'),
        table(['状态', '判定规则'], m.statuses.map((x) => [x.status, x.rule])),
        '评估时点为规划期末（序时进度100%）时，状态为“完成”或“未完成”。\\par',
        heading('三、各类目标形式的计算'),
        ...m.forms.map((f) => `{\\kai ${tex(f.form)}。}${formula(f.rule)}（适用：${tex(f.indicators)}）\\par`),
        heading('四、目标年预判'),
        ...m.outlook.map((o) => `${tex(o)}\\par`),
        heading('五、数据来源'),
        ...m.data.map((d) => `${tex(d)}\\par`),
      ].join('\n');
    }
    case 'appendix-completion':
    case 'appendix-adjustments':
      throw new Error(`基准测试用中期评估报告，不含“${a.title}”`);
  }
}

/**
 * pandoc's arguments: the Markdown as written (no “smart” quotes), ctexart two-sided on the GB/T 9704 A4 page
 * (lines not spread by ctex's 1.3, paragraphs indented, no space between them), the cover before the 目录, the
 * 目录 two levels deep.
 */
export function pandocArgs(pdf: string): string[] {
  return [
    'report.md', '-f', 'markdown-smart', '-o', pdf, '--pdf-engine=xelatex', '--toc', '--toc-depth=2',
    '-V', 'documentclass=ctexart', '-V', 'classoption=fontset=none,twoside,linespread=1', '-V', 'papersize=a4',
    '-V', 'geometry:top=37mm,bottom=35mm,inner=28mm,outer=26mm',
    '-H', 'header.tex', '--include-before-body=cover.tex', '-V', 'indent',
  ];
}
