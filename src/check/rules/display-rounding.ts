import { Decimal, ZERO } from '../../figures/decimal.js';
import { baseValue, type Figure, formatValue } from '../../figures/figure.js';
import { nameEn, nameZh } from '../describe.js';
import type { Rule } from '../types.js';

/**
 * Values consistent in the data whose rounded, displayed forms visibly fail to add up
 * (the reader sees 6.82 + 0.67 ≠ 7.50). Suggests the smallest change of one shown part
 * (largest-remainder rounding) that makes the shown figures add up.
 */
export const displayRounding: Rule<'display-sum'> = {
  id: 'display-rounding',
  kind: 'display-sum',
  description: {
    zh: '数据一致但四舍五入后显示的分项之和与显示的合计不符，并给出调整建议',
    en: 'Shown (rounded) parts that visibly fail to add up to the shown total, with a suggested fix',
  },
  evaluate(r) {
    const total = r.total;
    const shownSum = r.parts.reduce((acc, p) => acc.plus(baseValue(p)), ZERO).div(total.unit.scale);
    const atTotalPrecision = shownSum.toDecimalPlaces(-total.exponent, Decimal.ROUND_HALF_UP);
    if (atTotalPrecision.eq(total.value)) return [];
    const gap = total.value.minus(atTotalPrecision);
    const fix = suggest(r.parts, r.exactParts, gap.times(total.unit.scale));
    const sumText = formatValue(
      shownSum,
      Math.min(total.exponent, ...r.parts.map((p) => p.exponent)),
      total.unit,
    );
    const shownList = r.parts.map((p) => p.text).join(' + ');
    return [
      {
        rule: 'display-rounding',
        severity: 'warning',
        message: {
          zh: `显示的分项 ${shownList} = ${sumText}，与显示的合计${nameZh(total)} ${total.text} 不符（数据本身一致，差异来自四舍五入）${fix ? `；建议将${nameZh(fix.part)}显示为 ${fix.text}` : ''}`,
          en: `The shown parts ${shownList} = ${sumText} do not add up to the shown total ${nameEn(total)} ${total.text} (the data agree; rounding causes the gap)${fix ? `; consider showing ${nameEn(fix.part)} as ${fix.text}` : ''}`,
        },
        location: total.at,
        stated: `${shownList} = ${sumText}`,
        expected: total.text,
        related: r.parts.map((p) => p.at),
      },
    ];
  },
};

/** The part whose rounding moved furthest against the gap gets one unit in its last place. */
function suggest(
  shown: Figure[],
  exact: Figure[],
  gapBase: Decimal,
): { part: Figure; text: string } | undefined {
  let best: { i: number; residual: Decimal } | undefined;
  shown.forEach((p, i) => {
    const e = exact[i];
    if (!e) return;
    const residual = baseValue(e)
      .minus(baseValue(p))
      .times(gapBase.isNeg() ? -1 : 1);
    if (!best || residual.gt(best.residual)) best = { i, residual };
  });
  if (!best) return undefined;
  const part = shown[best.i] as Figure;
  const step = new Decimal(10).pow(part.exponent).times(gapBase.isNeg() ? -1 : 1);
  return { part, text: formatValue(part.value.plus(step), part.exponent, part.unit, part.approx) };
}
