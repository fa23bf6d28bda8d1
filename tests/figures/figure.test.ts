import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/figures/decimal.js';
import { intervalOf, parseLiteral, roughInterval } from '../../src/figures/figure.js';
import { Interval } from '../../src/figures/interval.js';
import { parseNumberText } from '../../src/figures/number-text.js';
import { fig } from '../helpers.js';

const d = (s: string | number) => new Decimal(s);

describe('number text', () => {
  test('keeps displayed precision: 7.50 and 7.5 are different statements', () => {
    expect(parseNumberText('7.50')?.exponent).toBe(-2);
    expect(parseNumberText('7.5')?.exponent).toBe(-1);
    expect(parseNumberText('645215')?.exponent).toBe(0);
  });
  test('thousands separators and full-width digits', () => {
    expect(parseNumberText('536,376.05')?.canonical).toBe('536376.05');
    expect(parseNumberText('７．５０')?.canonical).toBe('7.50');
    expect(parseNumberText('53,63')).toBeUndefined();
  });
});

describe('figure literals', () => {
  test('value, unit and approximation', () => {
    const a = parseLiteral('近2400万元');
    expect(a?.unit?.symbol).toBe('万元');
    expect(a?.approx).toBe('near');
    expect(parseLiteral('10余万元')?.approx).toBe('over');
    expect(parseLiteral('80分以上')?.approx).toBe('atLeast');
    expect(parseLiteral('5.67万人次')?.unit?.symbol).toBe('万人次');
    expect(parseLiteral('3.2个百分点')?.unit?.kind).toBe('points');
    expect(parseLiteral('约3亿')).toBeUndefined();
  });

  test('interval of a rounded amount: 7.50亿元 is [7.495, 7.505] 亿元, in 万元', () => {
    const iv = intervalOf(fig('7.50亿元'));
    expect(iv.lo.toString()).toBe('74950');
    expect(iv.hi.toString()).toBe('75050');
  });

  test('whole counts are exact; people in 万人次 are rounded', () => {
    const c = intervalOf(fig('776个'));
    expect(c.lo.eq(776) && c.hi.eq(776)).toBe(true);
    const p = intervalOf(fig('5.67万人次'));
    expect(p.lo.toString()).toBe('56650');
    expect(p.hi.toString()).toBe('56750');
  });

  test('approximation markers widen the interval', () => {
    const over = intervalOf(fig('10余万元'));
    expect(over.lo.eq(10) && over.hi.eq(20)).toBe(true);
    const atLeast = intervalOf(fig('100万元以上'));
    expect(atLeast.hi.isFinite()).toBe(false);
    const under = intervalOf(fig('不足50个'));
    expect(under.lo.eq(0) && under.hi.eq(50)).toBe(true);
  });
});

describe('interval arithmetic', () => {
  test('the worked example of domain.md: 3.09 / 3.66 ranges over [84.17%, 84.68%]', () => {
    const r = Interval.around(d('3.09'), d('0.005'))
      .div(Interval.around(d('3.66'), d('0.005')))
      .scale(d(100));
    expect(r.lo.toDecimalPlaces(2, Decimal.ROUND_FLOOR).toString()).toBe('84.17');
    expect(r.hi.toDecimalPlaces(2, Decimal.ROUND_CEIL).toString()).toBe('84.68');
  });
  test('division by an interval containing zero concludes nothing', () => {
    const r = Interval.point(d(1)).div(new Interval(d(-1), d(1)));
    expect(r.bounded).toBe(false);
  });
});

describe('the float screen', () => {
  test('roughInterval stays within a relative 1e-12 of intervalOf, for every kind of statement', () => {
    const literals = [
      '7.50亿元',
      '645215万元',
      '0.05万元',
      '84.35%',
      '776个',
      '5.67万人次',
      '近2400万元',
      '约1000万元',
      '32余个',
      '10余万元',
      '1.5余亿元',
      '100万元以上',
      '不足50个',
      '300202.87万元',
      '3.09亿元',
    ];
    for (const text of literals) {
      const f = fig(text);
      const exact = intervalOf(f);
      const [lo, hi] = roughInterval(f.value.toNumber(), f);
      const near = (x: number, y: Decimal) =>
        y.isFinite() ? Math.abs(x - y.toNumber()) <= 1e-12 * Math.max(1, Math.abs(x)) : x === y.toNumber();
      expect([text, near(lo, exact.lo), near(hi, exact.hi)]).toEqual([text, true, true]);
    }
  });
});
