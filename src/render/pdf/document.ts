import type { Bilingual } from '../../i18n/index.js';
import type { PhrasingContent, Root, Table } from 'mdast';
import { type DocBlock, documentBlocks, tableGrid } from '../blocks.js';
import type { DocumentMeta } from '../docx/document.js';
import {
  breakTitle,
  CHAR,
  COLORS,
  ELEMENTS,
  type FontRole,
  GRID,
  PAGE,
  signatureIndents,
  TYPE_AREA,
  twipToPt,
} from '../layout.js';
import type { FontFiles } from './font-files.js';
import { readFontFiles } from './font-sources.js';
import { advanceEm, emHeight, type FontSet, fontSet, type LoadedFont } from './fonts.js';
import { phrasingSegments, segmentsOf } from './fonts-for-text.js';
import { type BrokenLine, breakLines, type Segment } from './linebreak.js';
import { pdfmake } from './pdf-libs.js';

pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

export interface PdfOptions {
  /** The user's own font files by role (仿宋_GB2312, 方正小标宋 …); bundled open fonts otherwise. */
  fontFiles?: FontFiles;
  /** Told about what the PDF could not do well (characters no font has). */
  warn?: (message: Bilingual) => void;
}

const LINE = twipToPt(GRID.linePitch); // 28.95 pt
const WIDTH = twipToPt(TYPE_AREA.width); // 442.2 pt
const BODY = ELEMENTS.body.size;
/** Body character spacing: 28 characters of 16 pt fill 442.2 pt exactly. */
const BODY_SPACING = WIDTH / GRID.charsPerLine - BODY;
/** Two characters of the grid (not 32 pt: a character here is 442.2 ÷ 28 pt wide). */
const INDENT = (2 * WIDTH) / GRID.charsPerLine;

/** Registers every loaded font with pdfmake once; the bytes stay in memory for the process. */
function register(set: FontSet): Map<string, LoadedFont> {
  const all = new Map<string, LoadedFont>();
  for (const f of [...Object.values(set.roles), set.fallback]) all.set(f.family, f);
  const fonts: Record<string, Record<string, string>> = {};
  for (const f of all.values()) {
    if (!pdfmake.virtualfs.existsSync(f.family)) pdfmake.virtualfs.writeFileSync(f.family, f.bytes);
    fonts[f.family] = { normal: f.family, bold: f.family, italics: f.family, bolditalics: f.family };
  }
  pdfmake.setFonts(fonts);
  return all;
}

class Composer {
  /** Characters no font has: drawn as a box, so the user is told. */
  readonly missing = new Set<string>();

  constructor(
    private readonly set: FontSet,
    private readonly byFamily: Map<string, LoadedFont>,
  ) {}

  /** pdfmake's lineHeight is a multiple of the font's own ascent − descent: this makes every line 28.95 pt. */
  lineHeight(family: string, size: number, line = LINE): number {
    const f = this.byFamily.get(family) as LoadedFont;
    return line / (size * emHeight(f.font));
  }

  measure(size: number) {
    return (ch: string, family: string) =>
      advanceEm((this.byFamily.get(family) as LoadedFont).font, ch.codePointAt(0) ?? 0) * size;
  }

  /** One pdfmake text node per line, each piece unbreakable: pdfmake never splits Chinese text itself. */
  lineNodes(
    lines: BrokenLine[],
    o: {
      size: number;
      spacing: number;
      color?: string;
      indent?: number;
      align?: 'left' | 'center' | 'right';
      right?: number;
      line?: number;
    },
  ) {
    return lines.map((l, i) => ({
      text: l.pieces.map((p) => ({
        text: p.text,
        font: p.style,
        noWrap: true,
        characterSpacing: o.spacing + l.extraSpacing,
        lineHeight: this.lineHeight(p.style, o.size, o.line),
      })),
      fontSize: o.size,
      color: o.color ?? '#000000',
      alignment: o.align ?? 'left',
      // pdfmake measures each piece with (length − 1) spacings where pdfkit draws length: with the
      // negative body spacing it sees a line of several pieces as a little wider than it is, and
      // would wrap its last piece. The slack it gets here is never drawn into.
      margin: [i === 0 ? (o.indent ?? 0) : 0, 0, (o.right ?? 0) - 2, 0],
    }));
  }

  /** A justified body paragraph (first line indented two characters). */
  paragraph(segments: Segment[], o: { indent?: number } = {}) {
    const indent = o.indent ?? INDENT;
    const lines = breakLines(segments, {
      width: WIDTH,
      firstWidth: WIDTH - indent,
      spacing: BODY_SPACING,
      measure: this.measure(BODY),
      justify: true,
    });
    return this.lineNodes(lines, { size: BODY, spacing: BODY_SPACING, indent });
  }

  /** Text set on one line (or its own breaks), aligned, not justified. */
  plain(
    segments: Segment[],
    o: { size: number; align: 'left' | 'center' | 'right'; color?: string; right?: number; line?: number },
  ) {
    const spacing = o.size === BODY ? BODY_SPACING : 0;
    const lines = breakLines(segments, {
      width: WIDTH - (o.right ?? 0),
      spacing,
      measure: this.measure(o.size),
      justify: false,
    });
    return this.lineNodes(lines, { ...o, spacing });
  }

  segments(children: PhrasingContent[], role: FontRole): Segment[] {
    return phrasingSegments(children, role, this.set, this.missing);
  }

  text(text: string, role: FontRole): Segment[] {
    return segmentsOf(text, role, this.set, this.missing);
  }

  /** Unbreakable groups keep lines together: a paragraph's first and last two lines, a heading with what follows. */
  static keep(nodes: unknown[]) {
    return { stack: nodes, unbreakable: true };
  }

  static paragraphGroups(lines: unknown[]): unknown[] {
    if (lines.length <= 3) return [Composer.keep(lines)];
    return [Composer.keep(lines.slice(0, 2)), ...lines.slice(2, -2), Composer.keep(lines.slice(-2))];
  }

  table(node: Table) {
    const grid = tableGrid(node);
    const size = ELEMENTS.table.size;
    const body = grid.texts.map((row, r) =>
      row.map((text, c) => ({
        text: this.text(text, r === 0 ? 'heiti' : 'fangsong').map((s) => ({
          text: s.text,
          font: s.style,
          lineHeight: this.lineHeight(s.style, size, size * 1.5),
        })),
        fontSize: size,
        alignment: grid.align(r, c),
      })),
    );
    // pdfmake's widths exclude the cell padding (2 × 5.4 pt) and the 0.5 pt rules.
    return {
      table: { headerRows: 1, dontBreakRows: true, widths: grid.widths.map((w) => twipToPt(w) - 11.3), body },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        paddingLeft: () => 5.4,
        paddingRight: () => 5.4,
      },
    };
  }
}

/** The content of the document: each block of the intermediate form in its GB/T 9704 place. */
function content(blocks: DocBlock[], c: Composer): unknown[] {
  const out: unknown[] = [];
  let pendingHeading: unknown[] | undefined;
  const push = (nodes: unknown[]) => {
    if (pendingHeading) {
      // Keep a heading with the first two lines of what follows it.
      out.push(Composer.keep([...pendingHeading, ...nodes.slice(0, 2)]), ...nodes.slice(2));
      pendingHeading = undefined;
    } else {
      out.push(...nodes);
    }
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'header': {
        if (b.mark) {
          const size = ELEMENTS.issuerMark.size;
          out.push({
            stack: c.plain(c.text(b.mark, 'xiaobiaosong'), {
              size,
              align: 'center',
              color: `#${COLORS.red}`,
              line: size * 1.2,
            }),
            margin: [0, twipToPt(ELEMENTS.issuerMark.topFromTypeArea) - LINE, 0, 0],
          });
        }
        const gap = ELEMENTS.docNumber.linesBelowMark * LINE;
        const one = twipToPt(CHAR.body);
        const numberLine = (b.number ? c.text(b.number, 'fangsong') : []) as Segment[];
        if (b.signer) {
          const signer = [...c.text(`${b.signer.label}：`, 'fangsong'), ...c.text(b.signer.name, 'kaiti')];
          out.push({
            columns: [
              { stack: c.plain(numberLine, { size: BODY, align: 'left' }), margin: [one, 0, 0, 0] },
              { stack: c.plain(signer, { size: BODY, align: 'right' }), margin: [0, 0, one, 0] },
            ],
            margin: [0, gap, 0, 0],
          });
        } else if (b.number) {
          out.push({ stack: c.plain(numberLine, { size: BODY, align: 'center' }), margin: [0, gap, 0, 0] });
        }
        out.push({
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: WIDTH,
              y2: 0,
              lineWidth: ELEMENTS.docNumber.redLineWidthEighthsPt / 8,
              lineColor: `#${COLORS.red}`,
            },
          ],
          margin: [0, twipToPt(ELEMENTS.docNumber.redLineGap), 0, 0],
        });
        break;
      }
      case 'title': {
        const size = ELEMENTS.title.size;
        const lines = breakTitle(b.text, Math.floor(WIDTH / size));
        const nodes = lines.flatMap((l) => c.plain(c.text(l, 'xiaobiaosong'), { size, align: 'center' }));
        out.push({
          stack: nodes,
          margin: [0, b.afterHeader ? ELEMENTS.titleGapLines * LINE - 1 : 0, 0, 0],
          unbreakable: true,
        });
        break;
      }
      case 'subtitle':
        out.push(...c.plain(c.segments(b.children, 'kaiti'), { size: BODY, align: 'center' }));
        break;
      case 'addressee':
        out.push({
          stack: c.paragraph(c.segments(b.children, 'fangsong'), { indent: 0 }),
          margin: [0, b.afterTitle ? ELEMENTS.addresseeGapLines * LINE : 0, 0, 0],
        });
        break;
      case 'heading': {
        const role = (['heiti', 'kaiti', 'fangsong', 'fangsong'] as const)[b.level - 1] ?? 'fangsong';
        const lines = c.paragraph([...c.text(b.ordinal, role), ...c.segments(b.children, role)]);
        if (pendingHeading) pendingHeading.push(...lines);
        else pendingHeading = lines;
        break;
      }
      case 'paragraph':
        push(Composer.paragraphGroups(c.paragraph(c.segments(b.children, 'fangsong'))));
        break;
      case 'signature': {
        const ind = signatureIndents(b.signature, b.date);
        const nodes: unknown[] = [];
        if (b.signature)
          nodes.push(
            ...c.plain(c.text(b.signature, 'fangsong'), {
              size: BODY,
              align: 'right',
              right: twipToPt(ind.signature),
            }),
          );
        if (b.date)
          nodes.push(
            ...c.plain(c.text(b.date, 'fangsong'), { size: BODY, align: 'right', right: twipToPt(ind.date) }),
          );
        push([{ stack: nodes, margin: [0, ELEMENTS.signature.gapLines * LINE, 0, 0], unbreakable: true }]);
        break;
      }
      case 'table':
        push([c.table(b.node)]);
        break;
      case 'caption':
        push([Composer.keep(c.plain(c.text(b.text, 'heiti'), { size: BODY, align: 'center' }))]);
        break;
      case 'unit': {
        const size = ELEMENTS.table.size;
        push([
          Composer.keep(c.plain(c.text(b.text, 'fangsong'), { size, align: 'right', line: size * 1.5 })),
        ]);
        break;
      }
    }
  }
  if (pendingHeading) out.push(...pendingHeading);
  return out;
}

/** mdast → PDF bytes in the GB/T 9704 layout, fonts embedded and subset; byte-identical for the same input. */
export async function writePdf(
  tree: Root,
  meta: DocumentMeta,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  await readFontFiles(options.fontFiles);
  const set = fontSet(options.fontFiles);
  const byFamily = register(set);
  const c = new Composer(set, byFamily);
  const songti = set.roles.songti.family;
  const pnSize = ELEMENTS.pageNumber.size;
  const edge = ELEMENTS.pageNumber.edgeChars * pnSize;
  const margin = PAGE.margin;
  const stamp = new Date(`${meta.date}T00:00:00Z`);
  const doc = {
    pageSize: { width: twipToPt(PAGE.width), height: twipToPt(PAGE.height) },
    pageMargins: [
      twipToPt(margin.left),
      twipToPt(margin.top),
      twipToPt(margin.right),
      twipToPt(margin.bottom),
    ],
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords,
      creator: 'jixiao',
      producer: 'jixiao',
      creationDate: stamp,
      modDate: stamp,
    },
    defaultStyle: { font: set.roles.fangsong.family, fontSize: BODY },
    content: content(documentBlocks(tree), c),
    // "— N —" in 4号 宋体, 7 mm below the type area: odd pages right, even pages left, one character in.
    footer: (page: number) => {
      const odd = page % 2 === 1;
      const dash = ELEMENTS.pageNumber.dash;
      return {
        text: segmentsOf(`${dash} ${page} ${dash}`, 'songti', set).map((s) => ({
          text: s.text,
          font: s.style,
        })),
        font: songti,
        fontSize: pnSize,
        alignment: odd ? 'right' : 'left',
        margin: [twipToPt(margin.left) + (odd ? 0 : edge), 12, twipToPt(margin.right) + (odd ? edge : 0), 0],
      };
    },
  };
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  if (c.missing.size > 0 && options.warn) {
    const chars = [...c.missing].join('');
    options.warn({
      zh: `PDF 中有字体都没有的字符，显示为方框：${chars}（请用 --font-dir 指定含这些字的字体）`,
      en: `Characters no font has are drawn as boxes in the PDF: ${chars} (point --font-dir at a font that has them)`,
    });
  }
  return bytes;
}
