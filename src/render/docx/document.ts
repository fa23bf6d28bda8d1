import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Root } from 'mdast';
import { documentBlocks } from '../blocks.js';
import { normalizeZip } from '../../io/zip.js';
import { CHAR, ELEMENTS, type FontNames, GRID, PAGE } from '../layout.js';
import { type Block, headerBlock, heading, paragraph, signatureAndDate, table, title } from './blocks.js';
import { resolveFonts, runFonts } from './fonts.js';
import { toRuns } from './inline.js';
import { buildStyles, STYLE } from './styles.js';

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** ISO date (YYYY-MM-DD) stamped as created and modified: the same input gives the same bytes. */
  date: string;
}

export interface DocxOptions {
  fonts?: Partial<FontNames>;
}

function pageNumberFooter(fonts: FontNames, odd: boolean): Footer {
  const font = runFonts(fonts, 'songti');
  const edge = ELEMENTS.pageNumber.edgeChars * CHAR.small;
  const dash = ELEMENTS.pageNumber.dash;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: edge, firstLine: 0 } : { left: edge, firstLine: 0 },
        children: [new TextRun({ children: [`${dash} `, PageNumber.CURRENT, ` ${dash}`], font })],
      }),
    ],
  });
}

/** The body: every block of the intermediate form, in order, in its GB/T 9704 place. */
function body(tree: Root, fonts: FontNames): Block[] {
  const out: Block[] = [];
  for (const b of documentBlocks(tree)) {
    switch (b.kind) {
      case 'header':
        out.push(...headerBlock(b, fonts));
        break;
      case 'title':
        out.push(title(b.text, fonts, b.afterHeader));
        break;
      case 'subtitle':
        out.push(
          new Paragraph({ style: STYLE.subtitle, children: toRuns(b.children, fonts, { role: 'kaiti' }) }),
        );
        break;
      case 'addressee':
        out.push(
          new Paragraph({
            style: STYLE.addressee,
            spacing: b.afterTitle ? { before: ELEMENTS.addresseeGapLines * GRID.linePitch } : undefined,
            children: toRuns(b.children, fonts, { role: 'fangsong' }),
          }),
        );
        break;
      case 'heading':
        out.push(heading(b.level, b.ordinal, b.children, fonts));
        break;
      case 'paragraph':
        out.push(paragraph(b.children, fonts, b.role === 'note' ? STYLE.note : undefined));
        break;
      case 'signature':
        out.push(...signatureAndDate(b.signature, b.date, fonts));
        break;
      case 'table':
        out.push(table(b.node, fonts));
        break;
      case 'caption':
        out.push(
          new Paragraph({
            style: STYLE.tableTitle,
            children: toRuns([{ type: 'text', value: b.text }], fonts, { role: 'heiti' }),
          }),
        );
        break;
      case 'unit':
        out.push(
          new Paragraph({
            style: STYLE.unitLine,
            children: toRuns([{ type: 'text', value: b.text }], fonts, {
              role: 'fangsong',
              size: ELEMENTS.table.size * 2,
            }),
          }),
        );
        break;
    }
  }
  return out;
}

/**
 * What docx cannot say in its style options, inserted where the OOXML schema orders it (before
 * w:spacing): no automatic space between Chinese and digits or Latin letters (so 28 characters a line
 * stay 28), and no snapping to the line grid (exact line spacing already sets the pitch; a 22 pt title
 * snapped to the grid would take two lines).
 */
function patchStyles(xml: string): string {
  const extra = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>';
  return xml
    .replace(/(<w:pPrDefault><w:pPr>(?:(?!<\/w:pPr>).)*?)(<w:spacing )/, `$1${extra}$2`)
    .replace(
      /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*>(?:(?!<\/w:style>).)*?<w:pPr>(?:(?!<\/w:pPr>).)*?)(<w:spacing )/,
      `$1${extra}$2`,
    )
    .replace(
      /(<w:style w:type="paragraph" w:styleId="Title"[^>]*>(?:(?!<\/w:style>).)*?<w:pPr>(?:(?!<\/w:pPr>).)*?)(<w:spacing )/,
      `$1<w:snapToGrid w:val="0"/>$2`,
    );
}

/** mdast → .docx bytes, laid out to GB/T 9704-2012; byte-identical for the same input. */
export async function writeDocx(
  tree: Root,
  meta: DocumentMeta,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const fonts = resolveFonts(options.fonts);
  const doc = new Document({
    creator: meta.author,
    lastModifiedBy: meta.author,
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords,
    description: meta.subject,
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(fonts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: GRID.linePitch },
        },
        footers: { default: pageNumberFooter(fonts, true), even: pageNumberFooter(fonts, false) },
        children: body(tree, fonts),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  const stamp = new Date(`${meta.date}T00:00:00Z`);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return normalizeZip(new Uint8Array(packed), stamp, (name, text) => {
    if (name === 'docProps/core.xml') {
      return text.replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _k: string, close: string) => `${open}${iso}${close}`,
      );
    }
    return name === 'word/styles.xml' ? patchStyles(text) : text;
  });
}
