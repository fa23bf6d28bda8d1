/**
 * A draft as paragraphs of plain text, each knowing where its characters came from, so that every
 * finding can say line and column (Markdown, text) or paragraph number (Word).
 */
export interface DraftParagraph {
  /** The paragraph's text, hard line breaks inside it removed. */
  text: string;
  /** 1-based paragraph number in the draft. */
  index: number;
  /** Source position of the character at `offset` in `text`. */
  at(offset: number): { line: number | null; column: number | null; paragraph: number };
  /** For a table cell: which table of the draft, which row (0 is the header) and which column. */
  cell?: TableCell;
}

export interface TableCell {
  table: number;
  row: number;
  column: number;
}

export interface DraftText {
  file: string;
  kind: 'md' | 'txt' | 'docx';
  paragraphs: DraftParagraph[];
}

/** Positions for text assembled from pieces of lines: each piece says where it started. */
export function paragraphFrom(
  pieces: { text: string; line: number; column: number }[],
  index: number,
): DraftParagraph {
  let text = '';
  const starts: { offset: number; line: number; column: number }[] = [];
  for (const p of pieces) {
    starts.push({ offset: text.length, line: p.line, column: p.column });
    text += p.text;
  }
  return {
    text,
    index,
    at(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid]?.offset ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const s = starts[lo];
      if (!s) return { line: null, column: null, paragraph: index };
      return { line: s.line, column: s.column + (offset - s.offset), paragraph: index };
    },
  };
}
