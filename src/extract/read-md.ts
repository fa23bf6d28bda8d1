import { joinWrapped } from '../load/cjk-fold.js';
import { type DraftParagraph, paragraphFrom, type TableCell } from './text.js';

type Piece = { text: string; line: number; column: number };

/**
 * Inline Markdown removed from one line, keeping where every kept character came from: emphasis
 * markers (** __ *), code ticks, escapes, links ([text](url) → text) and images go.
 */
function inline(text: string, line: number, column: number): Piece[] {
  // Most lines of a draft carry no inline Markdown at all.
  if (!/[\\`*_![]/.test(text)) return text ? [{ text, line, column }] : [];
  const pieces: Piece[] = [];
  let run = '';
  let runStart = column;
  const keep = (ch: string, col: number) => {
    if (run === '') runStart = col;
    run += ch;
  };
  const cut = () => {
    if (run) pieces.push({ text: run, line, column: runStart });
    run = '';
  };
  const singleStars = (text.match(/(?<!\*)\*(?!\*)/g) ?? []).length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const col = column + i;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|>~]/.test(text[i + 1] as string)) {
      cut();
      keep(text[i + 1] as string, col + 1);
      i++;
      continue;
    }
    if ((ch === '*' || ch === '_') && text[i + 1] === ch) {
      cut();
      i++;
      continue;
    }
    if ((ch === '*' && singleStars >= 2) || ch === '`') {
      cut();
      continue;
    }
    if (ch === '!' && text[i + 1] === '[') {
      const end = text.indexOf(')', i);
      if (end > 0 && text[text.indexOf(']', i) + 1] === '(') {
        cut();
        i = end;
        continue;
      }
    }
    if (ch === '[') {
      const close = text.indexOf(']', i);
      if (close > 0 && text[close + 1] === '(' && text.indexOf(')', close) > 0) {
        cut();
        // keep the link text, drop the target
        for (let k = i + 1; k < close; k++) keep(text[k] as string, column + k);
        cut();
        i = text.indexOf(')', close);
        continue;
      }
    }
    keep(ch, col);
  }
  cut();
  return pieces;
}

const HEADING = /^(\s{0,3}#{1,6})\s+/;
const BULLET = /^(\s*[-*+]\s+)/;
const ORDERED = /^(\s*)(\d+)[.)]\s+/;
const QUOTE = /^(\s*>\s?)/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Markdown drafts, read line by line (a full Markdown parser costs a second on a 500,000-character
 * draft): headings, list items and table cells are paragraphs of their own; lines of one paragraph
 * are joined the Chinese way; an ordered list keeps its "1." as the author's numbering.
 */
export function readMd(source: string): DraftParagraph[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: DraftParagraph[] = [];
  let current: Piece[] = [];
  let fenced = false;
  let comment = false;
  const flush = (cell?: TableCell) => {
    if (current.some((p) => p.text.trim())) {
      const para = paragraphFrom(current, out.length + 1);
      if (cell) para.cell = cell;
      out.push(para);
    }
    current = [];
  };
  // Tables: each cell a paragraph that knows its table, row and column.
  let table = 0;
  let row = -1;
  const add = (pieces: Piece[]) => {
    if (pieces.length === 0) return;
    const prev = current[current.length - 1];
    const first = pieces[0] as Piece;
    if (prev && joinWrapped(prev.text, first.text).length > prev.text.length + first.text.length)
      prev.text += ' ';
    current.push(...pieces);
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (FENCE.test(raw)) {
      fenced = !fenced;
      flush();
      return;
    }
    if (fenced) return;
    if (comment || /^\s*<!--/.test(raw)) {
      comment = !raw.includes('-->');
      flush();
      return;
    }
    if (raw.trim() === '' || RULE.test(raw)) {
      flush();
      row = -1;
      return;
    }
    let text = raw;
    let column = 1;
    const strip = (m: RegExpExecArray | null) => {
      if (!m) return false;
      column += m[0].length;
      text = text.slice(m[0].length);
      return true;
    };
    while (strip(QUOTE.exec(text)));
    if (/^\s*\|/.test(text)) {
      flush();
      if (TABLE_SEPARATOR.test(text)) return;
      if (row < 0) table++;
      row++;
      let offset = text.indexOf('|') + 1;
      text
        .slice(offset)
        .split('|')
        .forEach((cell, c) => {
          const lead = cell.length - cell.trimStart().length;
          if (cell.trim()) {
            add(inline(cell.trim(), line, column + offset + lead));
            flush({ table, row, column: c });
          }
          offset += cell.length + 1;
        });
      return;
    }
    row = -1;
    const heading = HEADING.exec(text);
    if (heading) {
      flush();
      strip(heading);
      add(inline(text.replace(/\s+#+\s*$/, '').trimEnd(), line, column));
      flush();
      return;
    }
    if (BULLET.exec(text)) {
      flush();
      strip(BULLET.exec(text));
    } else {
      const ordered = ORDERED.exec(text);
      if (ordered) {
        flush();
        const indent = ordered[1]?.length ?? 0;
        // Keep "1." as text, drop the space Markdown needs after it.
        add([{ text: `${ordered[2]}.`, line, column: column + indent }]);
        column += ordered[0].length;
        text = text.slice(ordered[0].length);
      }
    }
    const lead = text.length - text.trimStart().length;
    add(inline(text.trim(), line, column + lead));
  });
  flush();
  return out;
}
