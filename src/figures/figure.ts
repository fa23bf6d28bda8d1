import { Decimal, halfUlp, toFixed } from './decimal.js';
import { Interval } from './interval.js';
import { normalizeDigits, parseNumberText } from './number-text.js';
import { isExactCount, lookupUnit, UNIT_SYMBOLS, type Unit } from './units.js';

/** Approximation markers: 近 / 约,左右 / 余,多 / 以上,超过 / 不足,以下. */
export type Approx = 'near' | 'about' | 'over' | 'atLeast' | 'under';

/** Where a figure or a finding is: a data path, or a file position. */
export interface Location {
  file?: string;
  path?: string | null;
  line?: number | null;
  column?: number | null;
  /** Paragraph number, for drafts in Word where lines do not exist. */
  paragraph?: number | null;
  /** Sheet and cell, for data read from a workbook: 「绩效监控」!C7. */
  sheet?: string;
  cell?: string;
}

/** A number as stated: exact value, unit, displayed precision, and what it quantifies. */
export interface Figure {
  value: Decimal;
  unit: Unit;
  /** Exponent of the last displayed digit: 7.50 → -2, 645215 → 0. */
  exponent: number;
  approx?: Approx;
  /** As written or shown to the reader: "7.50亿元". */
  text: string;
  /** What it quantifies: 实际支出, 专项转移支付项目. */
  label?: string;
  at: Location;
  /** Computed by jixiao rather than stated. */
  derived?: boolean;
}

/** Results per figure, valid while its value object is the same (figures being derived change it). */
const baseCache = new WeakMap<object, { value: Decimal; base: Decimal }>();
const intervalCache = new WeakMap<object, { value: Decimal; interval: Interval }>();

/** The value in the base unit of its kind (money: 万元). */
export function baseValue(f: Pick<Figure, 'value' | 'unit'>): Decimal {
  const hit = baseCache.get(f);
  if (hit && hit.value === f.value) return hit.base;
  const base = f.unit.scale.eq(1) ? f.value : f.value.times(f.unit.scale);
  baseCache.set(f, { value: f.value, base });
  return base;
}

/**
 * The interval of true values a statement allows, in the kind's base unit:
 * rounding radius from the displayed precision, widened by approximation markers.
 * Whole counts are exact.
 */
export function intervalOf(f: Pick<Figure, 'value' | 'unit' | 'exponent' | 'approx'>): Interval {
  const hit = intervalCache.get(f);
  if (hit && hit.value === f.value) return hit.interval;
  const interval = computeInterval(f);
  intervalCache.set(f, { value: f.value, interval });
  return interval;
}

function computeInterval(f: Pick<Figure, 'value' | 'unit' | 'exponent' | 'approx'>): Interval {
  const v = f.value;
  const exact = isExactCount(f.unit) && f.exponent >= 0;
  let iv = exact ? Interval.point(v) : Interval.around(v, halfUlp(f.exponent));
  switch (f.approx) {
    case 'near':
      iv = new Interval(v.times('0.85'), iv.hi);
      break;
    case 'about':
      iv = new Interval(Decimal.min(iv.lo, v.times('0.9')), Decimal.max(iv.hi, v.times('1.1')));
      break;
    case 'over': {
      // 10余万元 → [10, 20); 32余个 → [32, 33); 1.5余亿元 → [1.5, 1.6)
      const step = new Decimal(10).pow(trailingZeros(v, f.exponent));
      iv = new Interval(v, v.plus(step));
      break;
    }
    case 'atLeast':
      iv = new Interval(v, new Decimal(Infinity));
      break;
    case 'under':
      iv = new Interval(new Decimal(0), v);
      break;
  }
  return f.unit.scale.eq(1) ? iv : iv.scale(f.unit.scale);
}

/**
 * The interval of `intervalOf` in floating point, from the value as a float: a quick screen before
 * exact arithmetic. Its bounds are within a relative 1e-12 of the exact ones, so a decision taken on
 * them with a wider margin is the exact decision.
 */
export function roughInterval(
  num: number,
  f: Pick<Figure, 'unit' | 'exponent' | 'approx'>,
  scale = f.unit.scale.toNumber(),
): [number, number] {
  const r = isExactCount(f.unit) && f.exponent >= 0 ? 0 : 10 ** f.exponent / 2;
  let lo = num - r;
  let hi = num + r;
  switch (f.approx) {
    case 'near':
      lo = num * 0.85;
      break;
    case 'about':
      lo = Math.min(lo, num * 0.9);
      hi = Math.max(hi, num * 1.1);
      break;
    case 'over': {
      lo = num;
      hi = num + 10 ** trailingZerosOf(num, f.exponent);
      break;
    }
    case 'atLeast':
      lo = num;
      hi = Infinity;
      break;
    case 'under':
      lo = 0;
      hi = num;
      break;
  }
  return [lo * scale, hi * scale];
}

function trailingZerosOf(num: number, exponent: number): number {
  if (exponent < 0 || num === 0) return exponent;
  let n = 0;
  let x = Math.abs(num);
  while (x % 10 === 0 && x > 0) {
    x /= 10;
    n++;
  }
  return n;
}

function trailingZeros(v: Decimal, exponent: number): number {
  if (exponent < 0 || v.isZero()) return exponent;
  let n = 0;
  let x = v.abs();
  while (x.mod(10).isZero() && x.gt(0)) {
    x = x.div(10);
    n++;
  }
  return n;
}

/** Words before a number that make it approximate (near, about, at least, under). */
export const APPROX_PREFIX: Record<string, Approx> = {
  近: 'near',
  将近: 'near',
  接近: 'near',
  约: 'about',
  大约: 'about',
  超过: 'atLeast',
  逾: 'atLeast',
  不足: 'under',
  不到: 'under',
};
const APPROX_SUFFIX: Record<string, Approx> = {
  左右: 'about',
  以上: 'atLeast',
  以下: 'under',
};

export interface ParsedLiteral {
  value: Decimal;
  exponent: number;
  canonical: string;
  unit?: Unit;
  approx?: Approx;
}

const unitAlternation = UNIT_SYMBOLS.map((s) => s.replace(/[%]/g, '\\$&')).join('|');
const LITERAL = new RegExp(
  `^(近|将近|接近|大约|约|超过|逾|不足|不到)?\\s*([+-]?[0-9,]+(?:\\.[0-9]+)?)\\s*(余|多)?\\s*(${unitAlternation})?\\s*(左右|以上|以下)?$`,
);

/**
 * Parses a figure literal as a data file or a workbook states it:
 * "7.50亿元", "84.35%", "178个", "近2400万元", "10余万元", "645,215万元".
 */
export function parseLiteral(input: string): ParsedLiteral | undefined {
  const m = LITERAL.exec(normalizeDigits(input.trim()).replace(/\s+/g, ''));
  if (!m) return undefined;
  const [, pre, num, mid, unitText, post] = m;
  const n = parseNumberText(num ?? '');
  if (!n) return undefined;
  const approx =
    (pre && APPROX_PREFIX[pre]) || (mid ? 'over' : undefined) || (post && APPROX_SUFFIX[post]) || undefined;
  const unit = unitText ? lookupUnit(unitText) : undefined;
  return { value: n.value, exponent: n.exponent, canonical: n.canonical, unit, approx };
}

const APPROX_TEXT: Record<Approx, [string, string]> = {
  near: ['近', ''],
  about: ['约', ''],
  over: ['', '余'],
  atLeast: ['', '以上'],
  under: ['不足', ''],
};

/** Text for a value at a precision: "7.50亿元", "100%", "776个", "近2400万元". */
export function formatValue(value: Decimal, exponent: number, unit: Unit, approx?: Approx): string {
  const digits = toFixed(value, -exponent);
  if (!approx) return digits + unit.symbol;
  const [pre, post] = APPROX_TEXT[approx];
  return approx === 'over' ? `${pre}${digits}${post}${unit.symbol}` : `${pre}${digits}${unit.symbol}${post}`;
}

/** Converts a money figure's value to another money unit (万元 → 亿元), keeping it exact. */
export function convertValue(value: Decimal, from: Unit, to: Unit): Decimal {
  return value.times(from.scale).div(to.scale);
}

/**
 * Decimals to show a value converted between money units: never more precise than the statement
 * (3.09亿元 in 万元 is 30900万元, not 30900.00), and at most two places (68240.12万元 is 6.82亿元).
 */
export function convertedDecimals(exponent: number, from: Unit, to: Unit): number {
  const shift = from.scale.div(to.scale).log(10).round().toNumber();
  return Math.min(2, Math.max(0, -(exponent + shift)));
}
