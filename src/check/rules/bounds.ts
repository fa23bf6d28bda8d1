import { baseValue, intervalOf } from '../../figures/figure.js';
import { nameEn, nameZh, severityOf } from '../describe.js';
import type { BoundRelation, Finding, Message, Rule } from '../types.js';

/** Values that cannot be: negative amounts or counts, fractional counts, parts above totals, rates outside 0–100%. */
export const bounds: Rule<'bound'> = {
  id: 'bounds',
  kind: 'bound',
  description: {
    zh: '数额与个数不为负、个数为整数、分项不超过总数、支出不超过预算、占比类比率在 0–100% 之间',
    en: 'No negative amounts or counts, whole counts, parts within totals, spending within budget, rates within 0–100%',
  },
  evaluate(r) {
    const f = r.figure;
    const fail = (message: Message, expected: string): Finding[] => [
      {
        rule: 'bounds',
        severity: severityOf(r.certainty),
        message,
        location: f.at,
        stated: f.text,
        expected,
        related: r.limit ? [r.limit.at] : undefined,
      },
    ];
    switch (r.check) {
      case 'nonNegative':
        return f.value.isNeg()
          ? fail(
              {
                zh: `${nameZh(f)}应为非负数，实际为 ${f.text}`,
                en: `${nameEn(f)} must not be negative, got ${f.text}`,
              },
              '≥ 0',
            )
          : [];
      case 'whole':
        // 5.67万人次 is 56700 人次: whole in the base unit.
        return baseValue(f).isInteger()
          ? []
          : fail(
              {
                zh: `${nameZh(f)}应为整数，实际为 ${f.text}`,
                en: `${nameEn(f)} must be a whole number, got ${f.text}`,
              },
              '整数',
            );
      case 'percentRange':
        return f.value.isNeg() || f.value.gt(100)
          ? fail(
              {
                zh: `${nameZh(f)}应在 0–100% 之间，实际为 ${f.text}`,
                en: `${nameEn(f)} must lie within 0–100%, got ${f.text}`,
              },
              '[0%, 100%]',
            )
          : [];
      case 'atMost':
        return atMost(r, fail);
    }
  },
};

function atMost(r: BoundRelation, fail: (m: Message, e: string) => Finding[]): Finding[] {
  const limit = r.limit;
  if (!limit) return [];
  if (!intervalOf(r.figure).lo.gt(intervalOf(limit).hi)) return [];
  const f = r.figure;
  return fail(
    {
      zh: `${nameZh(f)} ${f.text} 超过了${nameZh(limit)} ${limit.text}`,
      en: `${nameEn(f)} ${f.text} exceeds ${nameEn(limit)} ${limit.text}`,
    },
    `≤ ${limit.text}`,
  );
}
