import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import { CHAR, COLORS, ELEMENTS, type FontNames, type FontRole, GRID, TYPE_AREA } from '../layout.js';
import { runFonts } from './fonts.js';

const half = (pt: number) => pt * 2;

/**
 * Character spacing of 三号 text in twips: 28 characters of 16 pt are 5.8 pt wider than the 156 mm
 * type area, so each gives up 0.207 pt; −5 twips (−0.25 pt) is the whole number that fits. Set in the
 * styles, it gives 28 characters a line in Word, WPS and LibreOffice alike. (A character grid with
 * charSpace −848 does the same in Word, but LibreOffice then puts every character in two grid cells.)
 */
export const BODY_CHARACTER_SPACING = Math.floor(
  TYPE_AREA.width / GRID.charsPerLine - ELEMENTS.body.size * 20,
);
const exact = (line: number = GRID.linePitch) => ({
  line,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
});

/** Custom style ids, named in Chinese as a user sees them in Word's style gallery. */
export const STYLE = {
  issuerMark: 'IssuerMark',
  docNumber: 'DocNumber',
  subtitle: 'Subtitle',
  addressee: 'Addressee',
  signature: 'Signature',
  date: 'DateLine',
  note: 'Note',
  unitLine: 'UnitLine',
  tableTitle: 'TableTitle',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  pageNumber: 'PageNumber',
  redLine: 'RedLine',
} as const;

/**
 * Real styles: body text is Normal, headings are Word's built-in "heading 1…4" (标题 1…4), the title is "Title".
 * A user who changes 标题 1 in Word changes every first-level heading.
 */
export function buildStyles(fonts: FontNames): IStylesOptions {
  const run = (role: FontRole, size: number = ELEMENTS.body.size, color: string = COLORS.black) => ({
    font: runFonts(fonts, role),
    size: half(size),
    color,
    ...(size === ELEMENTS.body.size ? { characterSpacing: BODY_CHARACTER_SPACING } : {}),
  });
  const heading = (level: number, role: FontRole) => ({
    run: run(role),
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: ELEMENTS.body.firstLine },
      spacing: exact(),
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  });
  const custom = (
    id: string,
    name: string,
    o: Omit<IParagraphStyleOptions, 'id' | 'name'>,
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    ...o,
  });
  const noIndent = { firstLine: 0, left: 0, right: 0 };
  return {
    default: {
      document: {
        run: run('fangsong'),
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: ELEMENTS.body.firstLine },
          spacing: exact(),
        },
      },
      title: {
        run: run('xiaobiaosong', ELEMENTS.title.size),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: noIndent,
          spacing: exact(ELEMENTS.title.lineHeight),
          keepNext: true,
        },
      },
      heading1: heading(1, 'heiti'),
      heading2: heading(2, 'kaiti'),
      heading3: heading(3, 'fangsong'),
      heading4: heading(4, 'fangsong'),
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: run('fangsong'),
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: ELEMENTS.body.firstLine },
          spacing: exact(),
        },
      },
      custom(STYLE.issuerMark, '发文机关标志', {
        run: run('xiaobiaosong', ELEMENTS.issuerMark.size, ELEMENTS.issuerMark.color),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: noIndent,
          spacing: exact(Math.round(ELEMENTS.issuerMark.size * 20 * 1.2)),
        },
      }),
      custom(STYLE.docNumber, '发文字号', {
        run: run('fangsong'),
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent },
      }),
      custom(STYLE.redLine, '版头分隔线', {
        run: run('fangsong', 1),
        paragraph: { indent: noIndent, spacing: exact(20) },
      }),
      custom(STYLE.subtitle, '副标题', {
        run: run('kaiti'),
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent },
      }),
      custom(STYLE.addressee, '主送机关', { run: run('fangsong'), paragraph: { indent: noIndent } }),
      custom(STYLE.signature, '署名', {
        run: run('fangsong'),
        paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent },
      }),
      custom(STYLE.date, '成文日期', {
        run: run('fangsong'),
        paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent },
      }),
      custom(STYLE.note, '附注', { run: run('fangsong') }),
      custom(STYLE.unitLine, '表格单位', {
        run: run('fangsong', ELEMENTS.table.size),
        paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent, keepNext: true },
      }),
      custom(STYLE.tableTitle, '表格标题', {
        run: run('heiti'),
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
      }),
      custom(STYLE.tableText, '表格文字', {
        run: run('fangsong', ELEMENTS.table.size),
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: noIndent,
          spacing: exact(Math.round(CHAR.small * 1.5)),
        },
      }),
      // The header row is table text in 黑体, centred: spacing and indent come from 表格文字.
      custom(STYLE.tableHeader, '表格标题行', {
        basedOn: STYLE.tableText,
        run: run('heiti', ELEMENTS.table.size),
        paragraph: { alignment: AlignmentType.CENTER },
      }),
      custom(STYLE.pageNumber, '页码', {
        run: run('songti', ELEMENTS.pageNumber.size),
        paragraph: { indent: noIndent, spacing: { before: 0, after: 0 } },
      }),
    ],
  };
}
