import { intervalOf } from '../../figures/figure.js';
import { nameEn, nameZh, severityOf } from '../describe.js';
import type { Rule } from '../types.js';

/** A claim of full coverage (全覆盖, 覆盖率100%) against the counts behind it. */
export const coverageClaim: Rule<'coverage'> = {
  id: 'coverage-claim',
  kind: 'coverage',
  description: {
    zh: '“全覆盖”或“覆盖率100%”的表述应与覆盖数和总数相符',
    en: 'A full-coverage claim must agree with the covered and total counts',
  },
  evaluate(r) {
    const covered = intervalOf(r.covered);
    const universe = intervalOf(r.universe);
    // Full coverage fails only when even the largest covered count stays below the smallest universe.
    if (covered.hi.gte(universe.lo)) return [];
    const claimText = r.claim.text;
    const at = r.claim.at;
    return [
      {
        rule: 'coverage-claim',
        severity: severityOf(r.certainty),
        message: {
          zh: `声称“${claimText}”，但${nameZh(r.covered)}为 ${r.covered.text}，少于${nameZh(r.universe)} ${r.universe.text}`,
          en: `Claims "${claimText}", but ${nameEn(r.covered)} is ${r.covered.text}, fewer than ${nameEn(r.universe)} ${r.universe.text}`,
        },
        location: at,
        stated: claimText,
        expected: `${r.covered.text} / ${r.universe.text}`,
        related: [r.covered.at, r.universe.at],
      },
    ];
  },
};
