import { HUNDRED } from '../../figures/decimal.js';
import { intervalOf } from '../../figures/figure.js';
import { nameEn, nameZh, severityOf, showInterval } from '../describe.js';
import type { Rule } from '../types.js';

/** A stated rate against the ratio of its amounts, carrying intervals through the division. */
export const rateMismatch: Rule<'ratio'> = {
  id: 'rate-mismatch',
  kind: 'ratio',
  description: {
    zh: '比率应等于相应数额之比（区间除法）',
    en: 'A rate must equal the ratio of its amounts (interval division)',
  },
  evaluate(r) {
    const rate = intervalOf(r.rate);
    const ratio = intervalOf(r.numerator).div(intervalOf(r.denominator)).scale(HUNDRED);
    if (rate.intersects(ratio)) return [];
    const d = Math.max(2, -r.rate.exponent);
    const range = showInterval(ratio, r.rate.unit, d);
    const implied = `${r.numerator.text} ÷ ${r.denominator.text} ∈ ${range}`;
    return [
      {
        rule: 'rate-mismatch',
        severity: severityOf(r.certainty),
        message: {
          zh: `${nameZh(r.rate)}为 ${r.rate.text}，但按${nameZh(r.numerator)}${r.numerator.text}与${nameZh(r.denominator)}${r.denominator.text}计算应在 ${range} 之间`,
          en: `${nameEn(r.rate)} is ${r.rate.text}, but ${nameEn(r.numerator)} ${r.numerator.text} over ${nameEn(r.denominator)} ${r.denominator.text} lies in ${range}`,
        },
        location: r.rate.at,
        stated: r.rate.text,
        expected: implied,
        related: [r.numerator.at, r.denominator.at],
      },
    ];
  },
};
