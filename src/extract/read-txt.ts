import { joinWrapped } from '../load/cjk-fold.js';
import { type DraftParagraph, paragraphFrom } from './text.js';

/** Lines that end a paragraph when they end a line: sentence ends, colons, or a heading. */
const ENDS = /[。！？：；）」”]$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)/;
/** Page-break debris from PDF or Word: page numbers, "— 3 —", "第 3 页", form feeds. */
const DEBRIS = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\f)$/;

/** Whether the next line with text (page debris skipped) opens a paragraph: indented, or a heading. */
function startsParagraph(lines: string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const raw = lines[j] ?? '';
    const t = raw.trim();
    if (t === '' || DEBRIS.test(t)) continue;
    return /^[\s\u3000]{2,}/.test(raw) || HEADING.test(t);
  }
  return true;
}

/**
 * Plain text as copied out of a PDF or Word file: lines wrapped in mid-sentence are joined (without a
 * space between Chinese characters), blank lines and sentence ends close paragraphs, page numbers go.
 */
export function readTxt(text: string): DraftParagraph[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A full-length line cut by a blank line is a page break in mid-paragraph; a short one ended its paragraph.
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const out: DraftParagraph[] = [];
  let pieces: { text: string; line: number; column: number }[] = [];
  const flush = () => {
    if (pieces.length > 0) out.push(paragraphFrom(pieces, out.length + 1));
    pieces = [];
  };
  lines.forEach((raw, i) => {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t === '') {
      // A blank line inside a sentence is usually a page break; keep going unless the text ended.
      const last = pieces[pieces.length - 1]?.text ?? '';
      if (
        last === '' ||
        ENDS.test(last) ||
        HEADING.test(pieces[0]?.text ?? '') ||
        last.length < typical * 0.6 ||
        startsParagraph(lines, i + 1)
      )
        flush();
      return;
    }
    if (DEBRIS.test(t)) return;
    if (pieces.length > 0 && HEADING.test(t) && ENDS.test(pieces[pieces.length - 1]?.text ?? '')) flush();
    if (pieces.length > 0) {
      const prev = pieces[pieces.length - 1] as { text: string };
      const joined = joinWrapped(prev.text, t);
      // A space kept between Latin words is part of the previous piece.
      if (joined.length > prev.text.length + t.length) prev.text += ' ';
    }
    pieces.push({ text: t, line: i + 1, column: lead + 1 });
    if (ENDS.test(t) && t.length < 40 && HEADING.test(pieces[0]?.text ?? '') && pieces.length === 1) flush();
  });
  flush();
  return out;
}
