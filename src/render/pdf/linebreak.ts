/**
 * Chinese line breaking for the PDF writer, done here rather than by pdfmake (which would make every
 * Han character an inline of its own and spend ~11 ms a page on it). Rules:
 *  - no line starts with closing punctuation (，。、；：？！）》」” …) and none ends with opening (（《「“);
 *  - a number stays with its unit and its sign (7.50亿元, 45.97%, 2021年, 〔2021〕), Latin words stay whole;
 *  - full lines are justified by spreading the slack over the character gaps.
 */

/** Marks that must not begin a line: they stick to what precedes them. */
const CLOSING = new Set([...'，。、；：？！）》」』”’〕】…—％%‰·,.;:?!)]}']);
/** Marks that must not end a line: they stick to what follows them. */
const OPENING = new Set([...'（《「『“‘〔【([{']);
const UNIT =
  /^(个百分点|万人次|亿元|万元|元|人次|场次|%|个|项|家|份|条|场|次|所|套|件|名|户|批|轮|篇|期|类|本|张|笔|处|座|支|部|届|节|门|年度|年|月|日|号|分|倍|万|亿)/;

export interface Segment {
  text: string;
  /** Opaque style key carried through to the output (font role, bold …). */
  style: string;
}

export interface LinePiece {
  text: string;
  style: string;
}

export interface BrokenLine {
  pieces: LinePiece[];
  /** Natural width in points: every character's advance plus the base spacing after it. */
  width: number;
  /** Extra spacing per character gap to justify the line (0 for the last line). */
  extraSpacing: number;
  chars: number;
}

export type Measure = (ch: string, style: string) => number;

interface Cluster {
  chars: { ch: string; style: string }[];
  width: number;
}

/** Splits styled text into unbreakable clusters. */
function clusters(segments: readonly Segment[], measure: Measure, spacing: number): Cluster[] {
  const flat: { ch: string; style: string }[] = [];
  for (const s of segments) for (const ch of s.text) flat.push({ ch, style: s.style });
  const out: Cluster[] = [];
  let i = 0;
  const isWordChar = (c: string) => /[0-9A-Za-z.,:/+\-_@#&'’]/.test(c);
  while (i < flat.length) {
    const start = i;
    const c = flat[i]?.ch ?? '';
    if (isWordChar(c)) {
      while (i < flat.length && isWordChar(flat[i]?.ch ?? '')) i++;
      // A trailing period or comma of a Latin run is punctuation, not part of the number.
      while (i - 1 > start && /[.,:]/.test(flat[i - 1]?.ch ?? '')) i--;
      // A number keeps its unit: 7.50亿元, 45.97%, 2021年.
      if (/\d/.test(flat[i - 1]?.ch ?? '')) {
        const rest = flat
          .slice(i, i + 4)
          .map((x) => x.ch)
          .join('');
        const unit = UNIT.exec(rest);
        if (unit) i += [...unit[0]].length;
      }
    } else if (c === '—' && flat[i + 1]?.ch === '—') {
      i += 2;
    } else {
      i++;
    }
    out.push(makeCluster(flat.slice(start, i), measure, spacing));
  }
  // Glue closing marks to the cluster before them and opening marks to the cluster after them.
  const glued: Cluster[] = [];
  for (let k = 0; k < out.length; k++) {
    const cl = out[k] as Cluster;
    const first = cl.chars[0]?.ch ?? '';
    const prev = glued[glued.length - 1];
    if (prev && CLOSING.has(first)) {
      glued[glued.length - 1] = merge(prev, cl);
    } else if (prev && OPENING.has(prev.chars[prev.chars.length - 1]?.ch ?? '')) {
      glued[glued.length - 1] = merge(prev, cl);
    } else {
      glued.push(cl);
    }
  }
  return glued;
}

function makeCluster(chars: { ch: string; style: string }[], measure: Measure, spacing: number): Cluster {
  let width = 0;
  for (const c of chars) width += measure(c.ch, c.style) + spacing;
  return { chars, width };
}

function merge(a: Cluster, b: Cluster): Cluster {
  return { chars: [...a.chars, ...b.chars], width: a.width + b.width };
}

function toLine(cls: Cluster[]): BrokenLine {
  const pieces: LinePiece[] = [];
  let chars = 0;
  let width = 0;
  for (const cl of cls) {
    width += cl.width;
    for (const c of cl.chars) {
      chars++;
      const last = pieces[pieces.length - 1];
      if (last && last.style === c.style) last.text += c.ch;
      else pieces.push({ text: c.ch, style: c.style });
    }
  }
  return { pieces, width, extraSpacing: 0, chars };
}

/**
 * Breaks a paragraph into lines of at most `width` points (`firstWidth` for the first, which carries
 * the indent), each character advancing by its glyph width plus `spacing`. Linear in the text length.
 */
export function breakLines(
  segments: readonly Segment[],
  opts: { width: number; firstWidth?: number; spacing: number; measure: Measure; justify: boolean },
): BrokenLine[] {
  const list = clusters(segments, opts.measure, opts.spacing);
  const lines: BrokenLine[] = [];
  let current: Cluster[] = [];
  let used = 0;
  // Each character's advance includes its spacing, the last one's too (as Word counts a grid line).
  const limit = () => (lines.length === 0 ? (opts.firstWidth ?? opts.width) : opts.width) + 0.01;
  for (const cl of list) {
    if (current.length > 0 && used + cl.width > limit()) {
      lines.push(toLine(current));
      current = [];
      used = 0;
    }
    current.push(cl);
    used += cl.width;
  }
  if (current.length > 0) lines.push(toLine(current));
  if (opts.justify) {
    lines.forEach((line, i) => {
      if (i === lines.length - 1 || line.chars < 2) return;
      const available = i === 0 ? (opts.firstWidth ?? opts.width) : opts.width;
      const slack = available - line.width;
      if (slack > 0) line.extraSpacing = slack / line.chars;
    });
  }
  return lines;
}
