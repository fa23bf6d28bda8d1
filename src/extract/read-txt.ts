import { joinWrapped } from '../load/cjk-fold.js';
import { type DraftParagraph, paragraphFrom } from './text.js';

/** Lines that end a paragraph when they end a line: sentence ends, colons, or a heading. */
const ENDS = /[。！？：；）」”]$/;
/** Ends of a sentence or a clause list (not a closing bracket, which also ends wrapped lines). */
const SENTENCE_ENDS = /[。！？：；!?]$/;
/**
 * A heading or a run-in point opens a line: 一、 （一） 1. （1） 一是. `1.5万元` wrapped to a line start
 * is a number, not a point.
 */
const HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]是)/;
/** Page-break debris from PDF or Word: page numbers, "— 3 —", "第 3 页", form feeds. */
const DEBRIS = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\f)$/;

interface Line {
  raw: string;
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** A blank line stood before it (not one around a page number: that is a page break). */
  blankBefore: boolean;
  /** A page number stood before it: the text may go on across the break. */
  pageBefore: boolean;
}

/**
 * Plain text as copied out of a PDF or Word file: lines wrapped in mid-sentence are joined (without a
 * space between Chinese characters), blank lines and sentence ends close paragraphs, page numbers go.
 * Page numbers are removed before lines are joined, so a number cut by a page break (1.36 / — 1 — /
 * 亿元) is one number again. A heading line (一、 （一） 1. 一是) always opens a paragraph, and a short
 * line that ends a sentence or is a heading closes one.
 */
export function readTxt(text: string): DraftParagraph[] {
  const raws = text.replace(/\r\n?/g, '\n').split('\n');
  const headers = runningHeaders(raws);
  const lines: Line[] = [];
  let blank = false;
  let page = false;
  raws.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      blank = true;
      return;
    }
    if (DEBRIS.test(t) || headers.has(i)) {
      page = true;
      return;
    }
    // Blank lines around a page number are the page break, not a paragraph break.
    lines.push({ raw, text: t, line: i + 1, blankBefore: blank && !page, pageBefore: page });
    blank = false;
    page = false;
  });
  // A full-length line cut by a blank line is a page break in mid-paragraph; a short one ended its paragraph.
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const short = (t: string) => t.length < typical * 0.8;
  const opens = (l: Line) => /^[\s\u3000]{2,}/.test(l.raw) || HEADING.test(l.text);
  const out: DraftParagraph[] = [];
  let pieces: { text: string; line: number; column: number }[] = [];
  const flush = () => {
    if (pieces.length > 0) out.push(paragraphFrom(pieces, out.length + 1));
    pieces = [];
  };
  for (const l of lines) {
    const last = pieces[pieces.length - 1]?.text ?? '';
    if (pieces.length > 0) {
      const headed = HEADING.test(pieces[0]?.text ?? '');
      // A blank line inside a sentence is usually a page break; keep going unless the text ended.
      if (
        (l.blankBefore &&
          (ENDS.test(last) || (headed && pieces.length === 1) || last.length < typical * 0.6 || opens(l))) ||
        (l.pageBefore && ((SENTENCE_ENDS.test(last) && short(last)) || opens(l))) ||
        (HEADING.test(l.text) && (ENDS.test(last) || short(last) || headed))
      )
        flush();
    }
    if (pieces.length > 0) {
      const prev = pieces[pieces.length - 1] as { text: string };
      const joined = joinWrapped(prev.text, l.text);
      // A space kept between Latin words is part of the previous piece.
      if (joined.length > prev.text.length + l.text.length) prev.text += ' ';
    }
    pieces.push({ text: l.text, line: l.line, column: l.raw.length - l.raw.trimStart().length + 1 });
    // A short line that ends a sentence, or a heading line on its own, ends its paragraph.
    if (short(l.text) && (SENTENCE_ENDS.test(l.text) || (HEADING.test(l.text) && pieces.length === 1)))
      flush();
  }
  flush();
  return out;
}

/**
 * Running headers and footers of a PDF: a line next to a page number (blank lines aside) whose text
 * stands next to at least one other page number too. Their line indexes, to be dropped with the page
 * numbers, so that a sentence going on across the page break is joined without them.
 */
function runningHeaders(raws: string[]): Set<number> {
  const near = new Map<string, number[]>();
  const add = (i: number) => {
    const t = raws[i]?.trim() ?? '';
    if (t === '' || DEBRIS.test(t)) return;
    const list = near.get(t) ?? [];
    if (!list.includes(i)) list.push(i);
    near.set(t, list);
  };
  raws.forEach((raw, i) => {
    if (!DEBRIS.test(raw.trim()) || raw.trim() === '') return;
    let j = i + 1;
    while (j < raws.length && raws[j]?.trim() === '') j++;
    add(j);
    let k = i - 1;
    while (k >= 0 && raws[k]?.trim() === '') k--;
    add(k);
  });
  const out = new Set<number>();
  for (const list of near.values()) if (list.length >= 2) for (const i of list) out.add(i);
  return out;
}
