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
  // Tables: the cell a paragraph stands in (the first paragraph with text of a cell speaks for it).
  let table = 0;
  let depth = 0;
  let row = -1;
  let column = -1;
  let cellTaken = false;
  for (const m of body.matchAll(
    /<w:tbl>|<\/w:tbl>|<w:tr[ >]|<\/w:tr>|<w:tc[ >]|<w:p[ >].*?<\/w:p>|<w:p\/>/gs,
  )) {
    const tag = m[0];
    if (tag === '<w:tbl>') {
      if (++depth === 1) {
        table++;
        row = -1;
      }
      continue;
    }
    if (tag === '</w:tbl>') {
      depth--;
      continue;
    }
    if (tag.startsWith('<w:tr')) {
      if (depth === 1) {
        row++;
        column = -1;
      }
      continue;
    }
    if (tag === '</w:tr>') continue;
    if (tag.startsWith('<w:tc')) {
      if (depth === 1) {
        column++;
        cellTaken = false;
      }
      continue;
    }
    n++;
    let text = '';
    for (const t of tag.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text +=
        t[0].startsWith('<w:t') && !t[0].startsWith('<w:tab')
          ? (t[1] ?? '').replace(/&(\w+);/g, (_e, n: string) => ENTITIES[n] ?? `&${n};`)
          : '\t';
    }
    const index = n;
    if (text.trim()) {
      const para: DraftParagraph = {
        ...paragraphFrom([{ text, line: 0, column: 0 }], index),
        at: () => ({ line: null, column: null, paragraph: index }),
      };
      if (depth === 1 && !cellTaken) {
        para.cell = { table, row, column };
        cellTaken = true;
      }
      out.push(para);
    }
  }
  return out;
}
