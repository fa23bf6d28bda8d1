import { UserError } from '../errors.js';
import { type DraftParagraph, paragraphFrom } from './text.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Word: the body's paragraphs (table cells included), located by paragraph number. */
export async function readDocx(data: Uint8Array, file: string): Promise<DraftParagraph[]> {
  let xml: string | undefined;
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(data);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (!xml) {
    throw new UserError(
      { zh: '不是有效的 Word 文件（.docx）', en: 'Not a valid Word file (.docx)' },
      { file },
    );
  }
  const out: DraftParagraph[] = [];
  const body = xml.slice(xml.indexOf('<w:body'));
  let n = 0;
  for (const m of body.matchAll(/<w:p[ >].*?<\/w:p>|<w:p\/>/gs)) {
    n++;
    let text = '';
    for (const t of m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text +=
        t[0].startsWith('<w:t') && !t[0].startsWith('<w:tab')
          ? (t[1] ?? '').replace(/&(\w+);/g, (_e, n: string) => ENTITIES[n] ?? `&${n};`)
          : '\t';
    }
    const index = n;
    if (text.trim()) {
      out.push({
        ...paragraphFrom([{ text, line: 0, column: 0 }], index),
        at: () => ({ line: null, column: null, paragraph: index }),
      });
    }
  }
  return out;
}
