// 评估方法说明里的公式：x^{y} 为上标（指数），x_{i} 为下标，单个拉丁或希腊字母为变量，运算符两侧留出细空——
// 排成 HTML，用报告自己的字体（不再用“^”代替上标，也不再用“ᵢ”这样的字符：仿宋、黑体都没有，会落到系统字体上）。
// The notation is written by src/assemble/method.ts; everything else in the text is escaped as it is.

/** Binary operators and relations that get a thin space on each side. */
const OPERATOR = /[=+−×÷≥≤<>]/;
/** Quotation marks: an operator next to one is quoted (“>7”“××左右”), not an operation. */
const QUOTE = /[“”"‘’×]/;
const LETTER = /[A-Za-zα-ωΑ-Ω]/;

/**
 * The text as HTML: exponents in <sup>, subscripts in <sub>, one-letter variables in <var>, operators in
 * <span class="op">. `escape` is the template engine's HTML escaping; `wordBreak` puts <wbr> between words.
 */
export function formulaHtml(text: string, escape: (s: string) => string, wordBreak?: (s: string) => readonly string[]): string {
  const plain = (s: string) => (wordBreak ? wordBreak(s).map(escape).join('<wbr>') : escape(s));
  let out = '';
  let run = '';
  const flush = () => {
    out += plain(run);
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const script = (c === '^' || c === '_') && text[i + 1] === '{' ? text.indexOf('}', i + 2) : -1;
    if (script > 0) {
      flush();
      const inner = formulaHtml(text.slice(i + 2, script), escape);
      out += c === '^' ? `<sup>${inner}</sup>` : `<sub>${inner}</sub>`;
      i = script;
    } else if (OPERATOR.test(c) && !QUOTE.test(text[i - 1] ?? '') && !QUOTE.test(text[i + 1] ?? '') && i > 0) {
      flush();
      // A line may break after an operator (as TeX breaks inline formulas), so a formula does not stretch its line.
      out += `<span class="op">${escape(c)}</span><wbr>`;
    } else if (LETTER.test(c) && !LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + 1] ?? '')) {
      flush();
      out += `<var>${escape(c)}</var>`;
    } else run += c;
  }
  flush();
  return out;
}
