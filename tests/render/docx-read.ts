import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

export interface DocxParts {
  files: string[];
  xml: Record<string, string>;
}

export async function openDocx(data: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const xml: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) xml[name] = await zip.files[name]!.async('string');
  }
  return { files: Object.keys(zip.files), xml };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: () => true });

/** Parsed XML where every child is an array: doc['w:document'][0]['w:body'][0] … */
export function parseXml(xml: string): Record<string, unknown> {
  return parser.parse(xml) as Record<string, unknown>;
}

export interface Para {
  style: string | undefined;
  text: string;
  xml: string;
}

/** The body's paragraphs in order, with their style id and text (tabs as \t, breaks as \n). */
export function paragraphs(documentXml: string): Para[] {
  const out: Para[] = [];
  for (const m of documentXml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)) {
    const body = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    let text = '';
    for (const t of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += t[0].startsWith('<w:tab') ? '\t' : t[0].startsWith('<w:br') ? '\n' : decode(t[1] ?? '');
    }
    out.push({ style, text, xml: m[0] });
  }
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A style's definition (its XML) by id. */
export function styleXml(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(stylesXml);
  return m?.[0] ?? '';
}
