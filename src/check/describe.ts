import { Decimal, type Rounding } from '../figures/decimal.js';
import type { Figure } from '../figures/figure.js';
import type { Interval } from '../figures/interval.js';
import type { Unit } from '../figures/units.js';
import type { Certainty, Severity } from './types.js';

export function severityOf(c: Certainty): Severity {
  return c === 'certain' ? 'error' : 'warning';
}

/** 「实际支出」or, without a label, the figure's own text. */
/** 「实际支出」; without a label, its data path; without either, its own text. */
export function nameZh(f: Figure): string {
  return `「${f.label ?? f.at.path ?? f.text}」`;
}

export function nameEn(f: Figure): string {
  return `"${f.label ?? f.at.path ?? f.text}"`;
}

export function decimalsOf(...figs: Figure[]): number {
  return Math.max(0, ...figs.map((f) => -f.exponent));
}

/** A value in the kind's base unit shown in `unit` with `decimals` places. */
export function showBase(v: Decimal, unit: Unit, decimals: number): string {
  if (!v.isFinite()) return v.isNeg() ? '-∞' : '∞';
  return v.div(unit.scale).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals) + unit.symbol;
}

/** An interval in the base unit, shown in `unit`, rounded outward so it never looks narrower than it is. */
/** A value with its interval, or the value alone when the interval is that one value (exact counts). */
export function withInterval(text: string, interval: string): string {
  return text === interval ? text : `${text} ${interval}`;
}

export function showInterval(iv: Interval, unit: Unit, decimals: number): string {
  const edge = (v: Decimal, mode: Rounding) =>
    v.isFinite()
      ? v.div(unit.scale).toDecimalPlaces(decimals, mode).toFixed(decimals)
      : v.isNeg()
        ? '-∞'
        : '∞';
  const lo = edge(iv.lo, Decimal.ROUND_FLOOR);
  const hi = edge(iv.hi, Decimal.ROUND_CEIL);
  return lo === hi ? `${lo}${unit.symbol}` : `[${lo}, ${hi}]${unit.symbol}`;
}
