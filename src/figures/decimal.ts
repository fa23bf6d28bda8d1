import { Decimal as DecimalJs } from 'decimal.js';

/** One configured Decimal constructor for the whole project: exact decimal arithmetic, never floats. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;
export type Rounding = DecimalJs.Rounding;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Exponent of the last displayed digit: "7.50" → -2, "645215" → 0, "1,200" → 0. */
export function exponentOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : -(text.length - dot - 1);
}

const halfUlps = new Map<number, Decimal>();

/** Half a unit in the last displayed place: the rounding radius of a stated number. */
export function halfUlp(exponent: number): Decimal {
  let h = halfUlps.get(exponent);
  if (h === undefined) {
    h = new Decimal(10).pow(exponent).div(2);
    halfUlps.set(exponent, h);
  }
  return h;
}

/** Fixed-point text with exactly `decimals` places (ROUND_HALF_UP, as people round). */
export function toFixed(value: Decimal, decimals: number): string {
  return value.toFixed(Math.max(0, decimals), Decimal.ROUND_HALF_UP);
}
