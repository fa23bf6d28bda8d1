import { Decimal, exponentOf } from '../figures/decimal.js';
import { APPROX_PREFIX, type Approx } from '../figures/figure.js';
import { AMBIGUOUS_IN_PROSE, lookupUnit, UNIT_SYMBOLS, type Unit } from '../figures/units.js';

/** A number with its unit as it stands in prose. */
export interface Found {
  start: number;
  end: number;
  text: string;
  value: Decimal;
  /** The value as a float, for quick screens before exact arithmetic. */
  num: number;
  exponent: number;
  unit: Unit;
  approx?: Approx;
  /** A rule's threshold (低于80分的项目, 100万元以上项目): not a statement of a quantity. */
  threshold: boolean;
  chinese: boolean;
}

/** A found number; its exact value is built when first asked for (most are only screened in floats). */
class FoundNumber implements Found {
  #value: Decimal | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    /** The number as written without separators ("536376.05"), or a Chinese numeral's value. */
    private readonly source: string | number,
    readonly num: number,
    readonly exponent: number,
    readonly unit: Unit,
    readonly approx: Approx | undefined,
    readonly threshold: boolean,
    readonly chinese: boolean,
  ) {}

  get value(): Decimal {
    return (this.#value ??= new Decimal(this.source));
  }
}

/** Units a draft's figures carry: every unit jixiao knows except the counters ambiguous in prose. */
const DRAFT_UNITS = UNIT_SYMBOLS.filter((u) => !AMBIGUOUS_IN_PROSE.has(u));
const UNIT_RE = DRAFT_UNITS.map((u) => u.replace('%', '\\%')).join('|');
const CN_DIGITS = '零〇一二两三四五六七八九十百千万亿';
const FIGURE = new RegExp(
  `(?:(近|将近|接近|约|大约|超过|逾|不足|不到|低于|高于|不低于|不高于|不超过|不少于|少于|多于)\\s?)?` +
    `(?<!\\d)((?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?|[${CN_DIGITS}]+)` +
    `\\s?(余|多)?\\s?(${UNIT_RE})(左右|以上|以下|以内)?`,
  'g',
);
const THRESHOLD_PREFIX = new Set(['低于', '高于', '不低于', '不高于', '不超过', '不少于', '少于', '多于']);

const RANGE_MARKS = new Set([...'-－—~～至']);

/** Whether the number at `i` closes a range (80-90分, 3～5个): a digit, a dash, this number. */
function rangeEnd(text: string, i: number): boolean {
  let j = i - 1;
  if (text[j] === ' ') j--;
  if (!RANGE_MARKS.has(text[j] as string)) return false;
  j--;
  if (text[j] === ' ') j--;
  const c = text.charCodeAt(j);
  return c >= 48 && c <= 57;
}

/** Fixed expressions that look like quantities and are not (GB/T 15835 §4.2). */
const NOT_FIGURES = /^(?:四本|两个维护|两个一百年|一票|三公|一带一路|十四五|十三五)/;

const CN_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 七千 → 7000, 两百四十五 → 245, 十二 → 12, 三万五千 → 35000; undefined for what is not a numeral. */
export function chineseNumeral(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in CN_VALUE) {
      digit = CN_VALUE[ch];
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * (CN_UNIT[ch] as number);
      digit = undefined;
    } else if (ch === '万' || ch === '亿') {
      total += (section + (digit ?? 0)) * (ch === '万' ? 10000 : 100000000);
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits and points to ASCII, keeping every offset. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Every number with a unit in a text: Arabic (536,376.05万元), full-width, and Chinese numerals used
 * as quantities (七千余万元, 两套). Not figures: dates, years, document numbers (〔2018〕30号),
 * ordinals (第三, 一是), fixed expressions (十四五, 三公经费, 四本预算).
 */
export function findFigures(raw: string): Found[] {
  const text = normalizeDigits(raw);
  const out: Found[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [all, rawPre, num, mid, unitText, post] = m;
    if (!num || !unitText) continue;
    const numStart = (m.index ?? 0) + all.indexOf(num, rawPre?.length ?? 0);
    // 约 closing a word (节约9.4%, 签约12个) is no approximation: the figure starts at its number.
    const glued = rawPre === '约' && /[节制签合履预集简缩]$/.test(text.slice(0, m.index ?? 0));
    const pre = glued ? undefined : rawPre;
    const before = text.slice(Math.max(0, numStart - 2), numStart);
    const after = text.slice((m.index ?? 0) + all.length, (m.index ?? 0) + all.length + 2);
    const chinese = !/\d/.test(num);
    let source: string | number;
    let float: number;
    let exponent = 0;
    if (chinese) {
      if (NOT_FIGURES.test(text.slice(numStart, numStart + 6))) continue;
      // Session ordinals: 十届七次全会, 第三次会议.
      const rest = text.slice((m.index ?? 0) + all.length, (m.index ?? 0) + all.length + 12);
      if (
        unitText === '次' &&
        (/届/.test(text.slice(Math.max(0, numStart - 3), numStart)) ||
          /^(?:、?[一二三四五六七八九十]+次)*、?(全会|会议)/.test(rest))
      )
        continue;
      if (/第$/.test(before) || /^是/.test(text.slice(numStart + num.length, numStart + num.length + 1)))
        continue;
      // A lone 万/亿, or 一 glued to a preceding word (统一, 之一, 进一步), is not a quantity.
      if (/^[万亿十百千]$/.test(num)) continue;
      if (num === '一' && /[\u4e00-\u9fff]$/.test(before) && !/[共计达有和为]$/.test(before)) continue;
      // A lone 一 (“一个系统”, 建立一个平台, 一批项目) names a thing rather than counting it, unless
      // the text counts (共一个, 仅有一个) or lists it among other counts (一个中心、三个体系 is a slogan).
      if (num === '一' && !/(?:共|计|仅|只|有|为)$/.test(before)) continue;
      const n = chineseNumeral(num);
      if (n === undefined) continue;
      source = n;
      float = n;
    } else {
      // A year, a document number or a date is not a figure: 2021年, 〔2018〕30号, 5月.
      if (/[〔[【(（]$/.test(before) && /^[〕\]】)）]/.test(after)) continue;
      const canonical = num.replace(/[,，]/g, '');
      source = canonical;
      float = Number(canonical);
      exponent = exponentOf(canonical);
    }
    const unit = lookupUnit(unitText === '％' ? '%' : unitText);
    if (!unit) continue;
    // "80分" in a score context only; "分" after a plain number elsewhere is rare and risky.
    // In a list of scores (分别为86.4分、82.7分和88.1分), each one after the first is a score too.
    if (
      unitText === '分' &&
      !/(低于|高于|达到|以上|得分|评分|分数)/.test(
        text.slice(Math.max(0, numStart - 6), numStart + num.length + 6),
      ) &&
      !(
        out[out.length - 1]?.unit.kind === 'score' &&
        /^\s*[、和及与]\s*$/.test(text.slice(out[out.length - 1]?.end ?? 0, numStart))
      )
    )
      continue;
    const threshold =
      (pre !== undefined && THRESHOLD_PREFIX.has(pre)) ||
      (/^的/.test(after) &&
        /(不低于|不少于|不高于|不超过|低于|高于)/.test(text.slice(Math.max(0, numStart - 12), numStart))) ||
      ((post === '以上' || post === '以下' || post === '以内') && /^[的\u4e00-\u9fff]/.test(after)) ||
      // A score band (90分以上2个, 80-90分5个) is a class of scores, not a score; a range's end is no value.
      (unitText === '分' && (post === '以上' || post === '以下' || post === '以内')) ||
      rangeEnd(text, numStart);
    const approx: Approx | undefined =
      (pre && APPROX_PREFIX[pre]) ||
      (mid ? 'over' : undefined) ||
      (post === '左右'
        ? 'about'
        : post === '以上'
          ? 'atLeast'
          : post === '以下' || post === '以内'
            ? 'under'
            : undefined) ||
      undefined;
    const start = glued ? numStart : (m.index ?? 0);
    const end = (m.index ?? 0) + all.length;
    out.push(
      new FoundNumber(
        start,
        end,
        raw.slice(start, end),
        source,
        float,
        exponent,
        unit,
        approx,
        threshold,
        chinese,
      ),
    );
  }
  return out;
}
