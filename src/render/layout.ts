/**
 * GB/T 9704-2012 layout: the one place that holds page, grid, fonts, sizes and spacing.
 * The Word and PDF writers both read it. Units: twips (1/20 pt) unless a name says otherwise.
 */

export const TWIPS_PER_PT = 20;
export const PT_PER_MM = 72 / 25.4;

export const twipToPt = (twip: number): number => twip / TWIPS_PER_PT;
/** Exact, not truncated (docx's convertMillimetersToTwip truncates: A4 would become 11905×16837). */
export const mmToTwip = (mm: number): number => Math.round(mm * PT_PER_MM * TWIPS_PER_PT);

/** A4 as Word codes it, and the margins that leave a 156 × 225 mm type area (版心). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, right: 1474, bottom: 1984, left: 1588 },
  /** Distance of the header from the page top (unused but written, as Word expects one). */
  header: 851,
  /** Footer distance: puts the page number's dash about 7 mm below the type area (measured through LibreOffice; gongwen.md §7.5). */
  footer: 1390,
} as const;

export const TYPE_AREA = {
  width: PAGE.width - PAGE.margin.left - PAGE.margin.right, // 8844 = 156 mm
  height: PAGE.height - PAGE.margin.top - PAGE.margin.bottom, // 12756 = 225 mm
} as const;

/** 22 lines of 28 characters: 28.95 pt exact line pitch fills the type area without spilling a line. */
export const GRID = {
  linesPerPage: 22,
  charsPerLine: 28,
  linePitch: 579,
} as const;

/** Chinese type sizes in points. */
export const SIZE_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  二号: 22,
  三号: 16,
  四号: 14,
} as const;

/** Font roles and their default (standard) names, as government PCs have them. Configurable per render. */
export interface FontNames {
  /** 仿宋: body, third- and fourth-level headings, 发文字号 */
  fangsong: string;
  /** 方正小标宋: title and issuing-body mark */
  xiaobiaosong: string;
  /** 黑体: first-level headings */
  heiti: string;
  /** 楷体: second-level headings, the signer's name */
  kaiti: string;
  /** 宋体: page numbers */
  songti: string;
  /** Digits and Latin letters */
  latin: string;
}

export const DEFAULT_FONTS: FontNames = {
  fangsong: '仿宋_GB2312',
  xiaobiaosong: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
  latin: 'Times New Roman',
};

export const COLORS = { black: '000000', red: 'FF0000' } as const;

/** One character of the body (三号) and of 四号, in twips. */
export const CHAR = { body: SIZE_PT.三号 * TWIPS_PER_PT, small: SIZE_PT.四号 * TWIPS_PER_PT } as const;

export const ELEMENTS = {
  body: { size: SIZE_PT.三号, font: 'fangsong', firstLine: 2 * CHAR.body },
  title: { size: SIZE_PT.二号, font: 'xiaobiaosong', lineHeight: 579 },
  headings: [
    { level: 1, font: 'heiti' },
    { level: 2, font: 'kaiti' },
    { level: 3, font: 'fangsong' },
    { level: 4, font: 'fangsong' },
  ],
  issuerMark: { size: SIZE_PT.小初, font: 'xiaobiaosong', color: COLORS.red, topFromTypeArea: mmToTwip(35) },
  /** 发文字号: two blank lines below the issuing-body mark; red line 4 mm below it. */
  docNumber: { linesBelowMark: 2, redLineGap: mmToTwip(4), redLineWidthEighthsPt: 8 },
  /** 标题: two blank lines below the red line; 主送机关 one blank line below the title. */
  titleGapLines: 2,
  addresseeGapLines: 1,
  /** 署名 右空二字, the date starts two characters right of it; one blank line above. */
  signature: { rightChars: 2, dateOffsetChars: 2, gapLines: 1 },
  pageNumber: { size: SIZE_PT.四号, font: 'songti', edgeChars: 1, dash: '—' },
  table: { size: SIZE_PT.四号, headerFont: 'heiti', font: 'fangsong', borderEighthsPt: 4, cellMargin: 108 },
} as const;

export type FontRole = keyof FontNames;

/**
 * The font of a run-in heading (a bold lead at the start of a paragraph) by its ordinal, as GB/T 9704
 * sets the heading levels: 一、 黑体, （一） 楷体, 1. and （1） 仿宋; any other lead (一是…) 黑体.
 */
export function runInFont(lead: string): { role: FontRole; bold: boolean } {
  if (/^（[一二三四五六七八九十]+）/.test(lead)) return { role: 'kaiti', bold: false };
  if (/^(\d+\.|（\d+）)/.test(lead)) return { role: 'fangsong', bold: true };
  return { role: 'heiti', bold: false };
}

/** Width of a text in em of its own size: Han characters and full-width forms 1, digits and Latin ½. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c <= 0xff || (c >= 0x2000 && c <= 0x206f && ch !== '—') ? 0.5 : 1;
  }
  return w;
}

/** Words a title line must not be broken inside, and places it breaks best after. */
const TITLE_WORDS = [
  '预算绩效',
  '绩效管理',
  '管理工作',
  '工作情况',
  '报告',
  '说明',
  '全面实施',
  '年度',
  '关于',
  '县级',
  '市级',
  '本级',
  '自治区',
  '自治州',
  '自治县',
  '维吾尔',
  '蒙古',
];
const GOOD_BREAK_AFTER = ['关于', '年度', '管理', '情况', '实施', '工作'];

/**
 * Breaks a title into balanced lines that fit `maxEm` (GB/T 9704 §7.3.1: 词意完整、排列对称、长短适宜;
 * 梯形或菱形), never inside a number or one of the common words, never leaving a short last line.
 */
export function breakTitle(title: string, maxEm: number): string[] {
  const chars = [...title];
  if (textWidthEm(title) <= maxEm) return [title];
  const allowed: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const before = chars.slice(0, i).join('');
    const after = chars.slice(i).join('');
    if (/\d$/.test(before) && /^[\d.]/.test(after)) continue;
    if (/^[，。、；：？！）》」”]/.test(after) || /[（《「“]$/.test(before)) continue;
    if (TITLE_WORDS.some((w) => insideWord(chars, i, w))) continue;
    allowed.push(i);
  }
  const total = textWidthEm(title);
  let best: { cost: number; cuts: number[] } | undefined;
  for (let lines = Math.ceil(total / maxEm); lines <= Math.ceil(total / maxEm) + 1 && !best; lines++) {
    const target = total / lines;
    const search = (start: number, left: number, cuts: number[], cost: number): void => {
      if (left === 1) {
        const w = textWidthEm(chars.slice(start).join(''));
        if (w > maxEm || w < Math.min(4, target)) return;
        const c = cost + Math.abs(w - target);
        if (!best || c < best.cost) best = { cost: c, cuts };
        return;
      }
      for (const cut of allowed) {
        if (cut <= start) continue;
        const w = textWidthEm(chars.slice(start, cut).join(''));
        if (w > maxEm) break;
        const head = chars.slice(0, cut).join('');
        const good = GOOD_BREAK_AFTER.some((g) => head.endsWith(g));
        search(cut, left - 1, [...cuts, cut], cost + Math.abs(w - target) + (good ? 0 : 1.5));
      }
    };
    search(0, lines, [], 0);
  }
  if (!best) return [title];
  const out: string[] = [];
  let prev = 0;
  for (const c of [...best.cuts, chars.length]) {
    out.push(chars.slice(prev, c).join(''));
    prev = c;
  }
  return out;
}

function insideWord(chars: string[], i: number, word: string): boolean {
  const w = [...word];
  for (let k = 1; k < w.length; k++) {
    if (chars.slice(i - k, i - k + w.length).join('') === word) return true;
  }
  return false;
}

/**
 * 署名 and 成文日期 without a seal (GB/T 9704 §7.3.5.2): 署名 右空二字, the date starting two characters
 * to the right of the 署名's first character; when the date is the longer, the date is 右空二字 and the
 * 署名 moves left to keep the offset. Returns right indents in twips.
 */
export function signatureIndents(
  signature: string | undefined,
  date: string | undefined,
): { signature: number; date: number } {
  const sw = signature ? textWidthEm(signature) * CHAR.body : 0;
  const dw = date ? textWidthEm(date) * CHAR.body : 0;
  const two = ELEMENTS.signature.rightChars * CHAR.body;
  if (!signature || !date) return { signature: two, date: two };
  const dateRight = Math.max(two, sw - dw);
  const signatureRight = dateRight + dw + ELEMENTS.signature.dateOffsetChars * CHAR.body - sw;
  return { signature: Math.round(Math.max(two, signatureRight)), date: Math.round(dateRight) };
}
