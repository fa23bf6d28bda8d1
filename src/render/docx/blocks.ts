import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { PhrasingContent, Table as MdTable } from 'mdast';
import {
  CHAR,
  COLORS,
  ELEMENTS,
  type FontNames,
  GRID,
  TYPE_AREA,
  breakTitle,
  signatureIndents,
} from '../layout.js';
import { runFonts } from './fonts.js';
import { type DocBlock, tableGrid } from '../blocks.js';
import { toRuns } from './inline.js';
import { STYLE } from './styles.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];
const HEADING_FONTS = ['heiti', 'kaiti', 'fangsong', 'fangsong'] as const;

export type Block = Paragraph | Table;

/** Blank lines of the grid as paragraph spacing. */
const lines = (n: number) => n * GRID.linePitch;

/** The header block of a report to the government above: mark, number with 签发人, red line. */
export function headerBlock(h: Extract<DocBlock, { kind: 'header' }>, fonts: FontNames): Block[] {
  const out: Block[] = [];
  const run = (text: string, role: 'fangsong' | 'kaiti' | 'xiaobiaosong') =>
    new TextRun({ text, font: runFonts(fonts, role) });
  if (h.mark) {
    out.push(
      new Paragraph({
        style: STYLE.issuerMark,
        spacing: { before: ELEMENTS.issuerMark.topFromTypeArea - lines(1) },
        children: [new TextRun({ text: h.mark, font: runFonts(fonts, 'xiaobiaosong'), color: COLORS.red })],
      }),
    );
  }
  const gap = { before: lines(ELEMENTS.docNumber.linesBelowMark) };
  if (h.signer) {
    // 上行文: 发文字号 左空一字, 签发人 居右空一字, on one line.
    out.push(
      new Paragraph({
        style: STYLE.docNumber,
        alignment: AlignmentType.LEFT,
        indent: { left: CHAR.body, right: CHAR.body, firstLine: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR.body }],
        spacing: gap,
        children: [
          ...(h.number ? [run(h.number, 'fangsong')] : []),
          run('\t', 'fangsong'),
          run(`${h.signer.label}：`, 'fangsong'),
          run(h.signer.name, 'kaiti'),
        ],
      }),
    );
  } else if (h.number) {
    out.push(new Paragraph({ style: STYLE.docNumber, spacing: gap, children: [run(h.number, 'fangsong')] }));
  }
  // The red separator: as wide as the type area, 4 mm below the document number.
  out.push(
    new Paragraph({
      style: STYLE.redLine,
      spacing: { before: ELEMENTS.docNumber.redLineGap, line: 20, lineRule: 'exact', after: 0 },
      border: {
        bottom: {
          style: BorderStyle.SINGLE,
          size: ELEMENTS.docNumber.redLineWidthEighthsPt,
          color: COLORS.red,
          space: 0,
        },
      },
      children: [],
    }),
  );
  return out;
}

/** Title: 2号 小标宋, centred, broken into balanced lines; two blank lines below the red line. */
export function title(text: string, fonts: FontNames, afterHeader: boolean): Paragraph {
  const perLine = Math.floor(TYPE_AREA.width / (ELEMENTS.title.size * 20));
  const parts = breakTitle(text, perLine);
  const runs: TextRun[] = [];
  parts.forEach((p, i) => {
    runs.push(
      new TextRun({ text: p, font: runFonts(fonts, 'xiaobiaosong'), ...(i > 0 ? { break: 1 } : {}) }),
    );
  });
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    spacing: afterHeader ? { before: lines(ELEMENTS.titleGapLines) - 20 } : undefined,
    children: runs,
  });
}

/** 署名 and 成文日期 (GB/T 9704 §7.3.5.2), one blank line below the body; indents from the layout module. */
export function signatureAndDate(
  signature: string | undefined,
  date: string | undefined,
  fonts: FontNames,
): Paragraph[] {
  const indent = signatureIndents(signature, date);
  const out: Paragraph[] = [];
  if (signature) {
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: indent.signature, firstLine: 0 },
        spacing: { before: lines(ELEMENTS.signature.gapLines) },
        keepNext: true,
        children: [new TextRun({ text: signature, font: runFonts(fonts, 'fangsong') })],
      }),
    );
  }
  if (date) {
    out.push(
      new Paragraph({
        style: STYLE.date,
        indent: { right: indent.date, firstLine: 0 },
        spacing: signature ? undefined : { before: lines(ELEMENTS.signature.gapLines) },
        children: [new TextRun({ text: date, font: runFonts(fonts, 'fangsong') })],
      }),
    );
  }
  return out;
}

export function heading(
  level: number,
  ordinal: string,
  children: PhrasingContent[],
  fonts: FontNames,
): Paragraph {
  const role = HEADING_FONTS[level - 1] ?? 'fangsong';
  return new Paragraph({
    heading: HEADINGS[level - 1],
    children: [
      ...(ordinal ? [new TextRun({ text: ordinal, font: runFonts(fonts, role) })] : []),
      ...toRuns(children, fonts, { role }),
    ],
  });
}

export function paragraph(children: PhrasingContent[], fonts: FontNames, style?: string): Paragraph {
  return new Paragraph({
    ...(style ? { style } : {}),
    children: toRuns(children, fonts, { role: 'fangsong' }),
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A table: header row repeated on every page, rows never split, numbers right-aligned,
 * fixed column widths in twips so that WPS lays it out as Word does.
 */
export function table(node: MdTable, fonts: FontNames): Table {
  const grid = tableGrid(node);
  const widths = grid.widths;
  const border = { style: BorderStyle.SINGLE, size: ELEMENTS.table.borderEighthsPt, color: COLORS.black };
  const borders = {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          cantSplit: true,
          children: Array.from({ length: grid.columns }, (_, c) => {
            const cell = row.children[c];
            return new TableCell({
              width: { size: widths[c] ?? 0, type: WidthType.DXA },
              margins: { left: ELEMENTS.table.cellMargin, right: ELEMENTS.table.cellMargin },
              children: [
                new Paragraph({
                  style: r === 0 ? STYLE.tableHeader : STYLE.tableText,
                  alignment: ALIGN[grid.align(r, c)],
                  children: toRuns(cell?.children ?? [], fonts, { role: r === 0 ? 'heiti' : 'fangsong' }),
                }),
              ],
            });
          }),
        }),
    ),
  });
}
