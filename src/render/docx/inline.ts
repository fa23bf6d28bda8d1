import { TextRun } from 'docx';
import type { PhrasingContent } from 'mdast';
import { type FontNames, type FontRole, runInFont } from '../layout.js';
import { runFonts } from './fonts.js';

export interface InlineStyle {
  role: FontRole;
  /** Half-points, when the run differs from its paragraph style's size. */
  size?: number;
  color?: string;
}

/**
 * mdast phrasing → Word runs. Every run names its ascii, hAnsi and eastAsia fonts (else Word falls back
 * to the theme's Chinese font). A strong lead takes the font of its heading level (runInFont), not a
 * synthetic bold of 仿宋.
 */
export function toRuns(nodes: readonly PhrasingContent[], fonts: FontNames, style: InlineStyle): TextRun[] {
  const out: TextRun[] = [];
  const walk = (list: readonly PhrasingContent[], strong: boolean, italic: boolean) => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
        case 'inlineCode': {
          const lead = strong ? runInFont(n.value) : undefined;
          out.push(
            new TextRun({
              text: n.value,
              font: runFonts(fonts, lead ? lead.role : style.role),
              ...(lead?.bold ? { bold: true } : {}),
              ...(style.size ? { size: style.size } : {}),
              ...(style.color ? { color: style.color } : {}),
              ...(italic ? { italics: true } : {}),
            }),
          );
          break;
        }
        case 'break':
          out.push(new TextRun({ break: 1, font: runFonts(fonts, style.role) }));
          break;
        case 'strong':
          walk(n.children, true, italic);
          break;
        case 'emphasis':
          walk(n.children, strong, true);
          break;
        default:
          if ('children' in n) walk(n.children as PhrasingContent[], strong, italic);
      }
    }
  };
  walk(nodes, false, false);
  return out;
}
