import type { Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { joinWrapped } from '../load/cjk-fold.js';
import { type DraftParagraph, paragraphFrom } from './text.js';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

/** Markdown: every paragraph, heading, list item and table cell as a paragraph, with positions. */
export function readMd(text: string): DraftParagraph[] {
  const tree = parser.parse(text) as Root;
  const out: DraftParagraph[] = [];
  const textPieces = (node: RootContent): { text: string; line: number; column: number }[] => {
    const pieces: { text: string; line: number; column: number }[] = [];
    const walk = (n: RootContent) => {
      if ((n.type === 'text' || n.type === 'inlineCode') && n.position) {
        // A soft line break inside a paragraph is part of the text node: split it to keep positions.
        n.value.split('\n').forEach((part, k) => {
          const line = (n.position?.start.line ?? 1) + k;
          const column = k === 0 ? (n.position?.start.column ?? 1) : 1;
          const prev = pieces[pieces.length - 1];
          if (
            k > 0 &&
            prev &&
            joinWrapped(prev.text, part.trim()).length > prev.text.length + part.trim().length
          ) {
            prev.text += ' ';
          }
          pieces.push({
            text: k > 0 ? part.trimStart() : part,
            line,
            column: k > 0 ? column + (part.length - part.trimStart().length) : column,
          });
        });
      } else if ('children' in n) {
        for (const c of n.children as RootContent[]) walk(c);
      }
    };
    walk(node);
    return pieces;
  };
  const visit = (n: RootContent, marker?: { text: string; line: number; column: number }) => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
      const pieces = textPieces(n);
      // An ordered list's "1." is the author's numbering: keep it in the text, as a reader sees it.
      if (marker) pieces.unshift(marker);
      if (pieces.length > 0) out.push(paragraphFrom(pieces, out.length + 1));
      return;
    }
    if (n.type === 'list' && n.ordered) {
      n.children.forEach((item, i) => {
        const start = item.position?.start;
        item.children.forEach((c, j) => {
          visit(
            c,
            j === 0 && start
              ? { text: `${(n.start ?? 1) + i}.`, line: start.line, column: start.column }
              : undefined,
          );
        });
      });
      return;
    }
    if ('children' in n) for (const c of n.children as RootContent[]) visit(c);
  };
  for (const c of tree.children) visit(c);
  return out;
}
