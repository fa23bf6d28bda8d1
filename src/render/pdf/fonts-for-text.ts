import type { PhrasingContent } from 'mdast';
import { type FontRole, runInFont } from '../layout.js';
import type { Segment } from './linebreak.js';
import type { FontSet, LoadedFont } from './fonts.js';

/**
 * Styled text → segments whose style is the font family that has every one of their characters:
 * a character missing from the role's font falls back to the fallback font, never to a blank glyph.
 */
export function segmentsOf(text: string, role: FontRole, set: FontSet, missing?: Set<string>): Segment[] {
  const primary = set.roles[role];
  const out: Segment[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const font: LoadedFont = primary.font.hasGlyphForCodePoint(cp) || cp < 0x20 ? primary : set.fallback;
    if (missing && font === set.fallback && cp >= 0x20 && !font.font.hasGlyphForCodePoint(cp))
      missing.add(ch);
    const last = out[out.length - 1];
    if (last && last.style === font.family) last.text += ch;
    else out.push({ text: ch, style: font.family });
  }
  return out;
}

/** Phrasing content → segments: strong leads take the font of their heading level (runInFont). */
export function phrasingSegments(
  nodes: readonly PhrasingContent[],
  role: FontRole,
  set: FontSet,
  missing?: Set<string>,
): Segment[] {
  const out: Segment[] = [];
  const walk = (list: readonly PhrasingContent[], strong: boolean) => {
    for (const n of list) {
      if (n.type === 'text' || n.type === 'inlineCode') {
        out.push(...segmentsOf(n.value, strong ? runInFont(n.value).role : role, set, missing));
      } else if (n.type === 'strong') {
        walk(n.children, true);
      } else if ('children' in n) {
        walk(n.children as PhrasingContent[], strong);
      }
    }
  };
  walk(nodes, false);
  return out;
}
