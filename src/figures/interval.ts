import { Decimal } from './decimal.js';

/**
 * A closed interval [lo, hi] of exact decimals. Bounds may be ±Infinity for
 * open-ended statements (超过100万元). Used for every tolerance decision:
 * a relation holds when the intervals implied by both sides intersect.
 */
export class Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;

  constructor(lo: Decimal, hi: Decimal) {
    this.lo = lo;
    this.hi = hi;
  }

  static point(v: Decimal): Interval {
    return new Interval(v, v);
  }

  static around(v: Decimal, radius: Decimal): Interval {
    return new Interval(v.minus(radius), v.plus(radius));
  }

  static readonly whole = new Interval(new Decimal(-Infinity), new Decimal(Infinity));

  add(o: Interval): Interval {
    return new Interval(this.lo.plus(o.lo), this.hi.plus(o.hi));
  }

  sub(o: Interval): Interval {
    return new Interval(this.lo.minus(o.hi), this.hi.minus(o.lo));
  }

  scale(k: Decimal): Interval {
    const a = this.lo.times(k);
    const b = this.hi.times(k);
    return a.lte(b) ? new Interval(a, b) : new Interval(b, a);
  }

  mul(o: Interval): Interval {
    const c = [this.lo.times(o.lo), this.lo.times(o.hi), this.hi.times(o.lo), this.hi.times(o.hi)];
    return new Interval(Decimal.min(...c), Decimal.max(...c));
  }

  /** Division; a divisor interval that contains zero gives the whole line (nothing can be concluded). */
  div(o: Interval): Interval {
    if (o.lo.lte(0) && o.hi.gte(0)) return Interval.whole;
    const c = [this.lo.div(o.lo), this.lo.div(o.hi), this.hi.div(o.lo), this.hi.div(o.hi)];
    return new Interval(
      Decimal.min(...c.filter((d) => !d.isNaN())),
      Decimal.max(...c.filter((d) => !d.isNaN())),
    );
  }

  intersects(o: Interval): boolean {
    return this.lo.lte(o.hi) && o.lo.lte(this.hi);
  }

  contains(v: Decimal): boolean {
    return this.lo.lte(v) && v.lte(this.hi);
  }

  get mid(): Decimal {
    if (!this.lo.isFinite() || !this.hi.isFinite()) return this.lo.isFinite() ? this.lo : this.hi;
    return this.lo.plus(this.hi).div(2);
  }

  get bounded(): boolean {
    return this.lo.isFinite() && this.hi.isFinite();
  }

  static sum(list: readonly Interval[]): Interval {
    return list.reduce((acc, i) => acc.add(i), Interval.point(new Decimal(0)));
  }
}
