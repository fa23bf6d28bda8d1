/** Han characters, CJK punctuation and full-width forms: text where a line break is not a space. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/;

/** Joins two pieces of a wrapped line the way Chinese text wants: no space beside a wide character or inside a number. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const left = a[a.length - 1] as string;
  const right = b[0] as string;
  // A number wrapped across lines (6452 / 15万元) is one number.
  const digits = /[\d.,]/.test(left) && /[\d.,]/.test(right);
  return WIDE.test(left) || WIDE.test(right) || digits ? a + b : `${a} ${b}`;
}

/**
 * Re-folds a YAML folded block (>, >-) or a multi-line plain scalar from its source lines,
 * so that a line break between Chinese characters adds no space (YAML itself always adds one).
 * Blank lines stay paragraph breaks. Returns undefined when the source is not of that simple shape.
 */
export function foldCjk(source: string, block: boolean): string | undefined {
  const lines = source.split(/\r?\n/);
  if (block) {
    const header = lines.shift() ?? '';
    if (!/^>[-+]?\d?\s*(#.*)?$/.test(header.trim())) return undefined;
  }
  const body = lines.map((l) => l.trim());
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  let out = '';
  let line = '';
  for (const l of body) {
    if (l === '') {
      out += `${line}\n`;
      line = '';
    } else {
      line = joinWrapped(line, l);
    }
  }
  return out + line;
}
