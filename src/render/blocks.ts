import type { PhrasingContent, Root, Table } from 'mdast';
import { textWidthEm, TYPE_AREA } from './layout.js';

/**
 * The intermediate form read as an official document: the blocks of the mdast in GB/T 9704 terms.
 * Both writers (Word, PDF) walk this list and decide only how each kind looks.
 */
export type DocBlock =
  | { kind: 'header'; mark?: string; number?: string; signer?: { label: string; name: string } }
  | { kind: 'title'; text: string; afterHeader: boolean }
  | { kind: 'subtitle'; children: PhrasingContent[] }
  | { kind: 'addressee'; children: PhrasingContent[]; afterTitle: boolean }
  | { kind: 'heading'; level: number; ordinal: string; children: PhrasingContent[] }
  | { kind: 'paragraph'; children: PhrasingContent[]; role?: 'closing' | 'note' }
  | { kind: 'signature'; signature?: string; date?: string }
  | { kind: 'table'; node: Table }
  | { kind: 'caption'; text: string }
  | { kind: 'unit'; text: string };

/** Plain text of phrasing content, as the Markdown shows it. */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'inlineCode') return n.value;
      if (n.type === 'break') return '\n';
      if ('children' in n) return phrasingText(n.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

const HEADER_ROLES = new Set(['issuer-mark', 'doc-number', 'signer']);

export function documentBlocks(tree: Root): DocBlock[] {
  const nodes = tree.children;
  const textOf = (role: string) => {
    const n = nodes.find((x) => x.data?.role === role);
    return n && (n.type === 'paragraph' || n.type === 'heading') ? phrasingText(n.children) : undefined;
  };
  const out: DocBlock[] = [];
  const mark = textOf('issuer-mark');
  const number = textOf('doc-number');
  const signerText = textOf('signer');
  const hasHeader = Boolean(mark || number || signerText);
  if (hasHeader) {
    const [label, name] = signerText?.includes('：') ? signerText.split('：', 2) : ['签发人', signerText];
    out.push({
      kind: 'header',
      mark,
      number,
      signer: signerText ? { label: label ?? '签发人', name: name ?? '' } : undefined,
    });
  }
  let previous: DocBlock['kind'] | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    const role = node.data?.role;
    if (role && HEADER_ROLES.has(role)) continue;
    let block: DocBlock | undefined;
    if (node.type === 'heading' && node.depth === 1) {
      block = { kind: 'title', text: phrasingText(node.children), afterHeader: hasHeader };
    } else if (role === 'signature' || role === 'date') {
      const next = nodes[i + 1];
      const paired = role === 'signature' && next?.data?.role === 'date';
      const text = (n: typeof node | undefined) =>
        n && n.type === 'paragraph' ? phrasingText(n.children) : undefined;
      block = {
        kind: 'signature',
        signature: role === 'signature' ? text(node) : undefined,
        date: role === 'date' ? text(node) : paired ? text(next) : undefined,
      };
      if (paired) i++;
    } else if (node.type === 'heading') {
      block = {
        kind: 'heading',
        level: Math.min(4, node.depth - 1),
        ordinal: node.data?.ordinal ?? '',
        children: node.children,
      };
    } else if (node.type === 'table') {
      block = { kind: 'table', node };
    } else if (node.type === 'paragraph') {
      if (role === 'addressee')
        block = {
          kind: 'addressee',
          children: node.children,
          afterTitle: previous === 'title' || previous === 'subtitle',
        };
      else if (role === 'subtitle') block = { kind: 'subtitle', children: node.children };
      else if (role === 'table-title') block = { kind: 'caption', text: phrasingText(node.children) };
      else if (role === 'unit-line') block = { kind: 'unit', text: phrasingText(node.children) };
      else
        block = {
          kind: 'paragraph',
          children: node.children,
          role: role === 'closing' || role === 'note' ? role : undefined,
        };
    } else if (node.type === 'list') {
      for (const item of node.children) {
        for (const child of item.children)
          if (child.type === 'paragraph') out.push({ kind: 'paragraph', children: child.children });
      }
    }
    if (block) {
      out.push(block);
      previous = block.kind;
    }
  }
  return out;
}

export interface TableGrid {
  rows: number;
  columns: number;
  /** Cell texts, row by row. */
  texts: string[][];
  /** Column widths in twips, summing to the type area's width. */
  widths: number[];
  /** Header centred, numbers right-aligned, else as the Markdown says (left by default). */
  align(row: number, column: number): 'left' | 'center' | 'right';
}

const NUMERIC = /^[-+]?[\d,，.]+%?$/;

/** How a table is laid out in either writer: widths by content (at least three characters a column). */
export function tableGrid(node: Table): TableGrid {
  const rows = node.children;
  const columns = Math.max(...rows.map((r) => r.children.length));
  const texts = rows.map((r) =>
    Array.from({ length: columns }, (_, c) => phrasingText(r.children[c]?.children ?? [])),
  );
  const natural = Array.from({ length: columns }, (_, i) =>
    Math.max(3, ...texts.map((r) => textWidthEm(r[i] ?? '') + 1)),
  );
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => Math.floor((w / total) * TYPE_AREA.width));
  widths[0] = (widths[0] ?? 0) + TYPE_AREA.width - widths.reduce((a, b) => a + b, 0);
  return {
    rows: rows.length,
    columns,
    texts,
    widths,
    align(r, c) {
      if (r === 0) return 'center';
      const a = node.align?.[c];
      if (NUMERIC.test(texts[r]?.[c] ?? '') || a === 'right') return 'right';
      return a === 'center' ? 'center' : 'left';
    },
  };
}
