import type { Heading, Html, Root, RootContent, Text } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { UserError } from '../errors.js';
import { ordinal } from './template/cn.js';

/**
 * Roles of the official-document elements that are not plain body text. Templates mark them
 * with `<!-- role: NAME -->` before the block; the marker becomes `data.role` and disappears.
 */
export const ROLES = [
  'issuer-mark',
  'doc-number',
  'signer',
  'subtitle',
  'addressee',
  'closing',
  'signature',
  'date',
  'note',
  'table-title',
  'unit-line',
] as const;
export type Role = (typeof ROLES)[number] | 'title';

declare module 'mdast' {
  interface Data {
    /** Official-document element (GB/T 9704) this block is. */
    role?: Role;
    /** Heading ordinal from the document structure: 一、 （一） 1. （1）. Never typed into the text. */
    ordinal?: string;
  }
}

const ROLE_MARK = /^<!--\s*role:\s*([\w-]+)\s*-->$/;

/** Moves role markers onto the block that follows them, and tags the level-1 heading as the title. */
function assignRoles(tree: Root): void {
  const out: RootContent[] = [];
  let pending: Role | undefined;
  for (const node of tree.children) {
    const mark = node.type === 'html' ? ROLE_MARK.exec((node as Html).value.trim()) : null;
    if (mark) {
      const role = mark[1] as Role;
      if (!(ROLES as readonly string[]).includes(role)) {
        throw new UserError({
          zh: `模板中有未知的角色标记“${role}”，可用：${ROLES.join('、')}`,
          en: `Unknown role marker "${role}" in the template; known: ${ROLES.join(', ')}`,
        });
      }
      pending = role;
      continue;
    }
    if (pending) {
      node.data = { ...node.data, role: pending };
      pending = undefined;
    } else if (node.type === 'heading' && node.depth === 1) {
      node.data = { ...node.data, role: 'title' };
    }
    out.push(node);
  }
  tree.children = out;
}

/** Numbers body headings from their depth: ## → 一、, ### → （一）, #### → 1., ##### → （1）. */
function numberHeadings(tree: Root): void {
  const counters = [0, 0, 0, 0, 0, 0, 0];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth < 2) continue;
    const level = node.depth - 1;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
    node.data = { ...node.data, ordinal: ordinal(level, counters[level] as number) };
  }
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);
const stringifier = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' })
  .use(remarkGfm)
  .use(remarkCjkFriendly);

/** Template output → the one intermediate form (mdast with roles and heading ordinals). */
export function toMdast(markdown: string): Root {
  const tree = parser.parse(markdown);
  assignRoles(tree);
  numberHeadings(tree);
  return tree;
}

/** The intermediate form → Markdown, with heading ordinals written into the heading text. */
export function toMarkdown(tree: Root): string {
  const copy = structuredClone(tree);
  for (const node of copy.children) {
    if (node.type === 'heading' && node.data?.ordinal) {
      const h = node as Heading;
      const first = h.children[0];
      if (first?.type === 'text') first.value = node.data.ordinal + first.value;
      else h.children.unshift({ type: 'text', value: node.data.ordinal } as Text);
    }
  }
  return String(stringifier.stringify(copy));
}
