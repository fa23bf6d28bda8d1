import { Decimal, HUNDRED } from '../../figures/decimal.js';
import { intervalOf } from '../../figures/figure.js';
import { Interval } from '../../figures/interval.js';
import { decimalsOf, nameEn, nameZh, severityOf, showInterval } from '../describe.js';
import type { ChangeRelation, Finding, Rule } from '../types.js';

/** A stated change against last year's figure. */
export const yoyMismatch: Rule<'change'> = {
  id: 'yoy-mismatch',
  kind: 'change',
  description: {
    zh: '与上年相比的增减数或增减幅度应与上年数相符',
    en: "A stated change must agree with last year's figure",
  },
  evaluate(r) {
    const out: Finding[] = [];
    const cur = intervalOf(r.current);
    if (r.previous && r.delta) {
      const prev = intervalOf(r.previous);
      const implied = cur.sub(prev);
      if (!implied.intersects(intervalOf(r.delta))) {
        out.push(
          finding(
            r,
            r.delta.text,
            showInterval(implied, r.delta.unit, decimalsOf(r.current, r.previous, r.delta)),
            'delta',
          ),
        );
      }
    }
    if (r.percent) {
      const p = intervalOf(r.percent);
      if (r.previous) {
        const prev = intervalOf(r.previous);
        const implied = cur.sub(prev).div(prev).scale(HUNDRED);
        if (!implied.intersects(p)) {
          out.push(
            finding(
              r,
              r.percent.text,
              showInterval(implied, r.percent.unit, Math.max(2, -r.percent.exponent)),
              'percent',
            ),
          );
        }
      } else if (cur.lo.eq(cur.hi) && r.current.unit.kind === 'count') {
        // A percentage change on a count: last year's count must come out whole.
        const factor = p.scale(new Decimal('0.01')).add(Interval.point(new Decimal(1)));
        const prev = cur.div(factor);
        if (prev.bounded && prev.lo.ceil().gt(prev.hi.floor())) {
          out.push(
            finding(
              r,
              r.percent.text,
              `上年数 ∈ ${showInterval(prev, r.current.unit, 2)}，不含整数`,
              'whole',
            ),
          );
        }
      }
    }
    return out;
  },
};

function finding(
  r: ChangeRelation,
  stated: string,
  expected: string,
  what: 'delta' | 'percent' | 'whole',
): Finding {
  const prev = r.previous?.text ?? '';
  const target = what === 'delta' ? r.delta : r.percent;
  const zh =
    what === 'whole'
      ? `${nameZh(r.current)}为 ${r.current.text}，较上年变动 ${stated}，由此推算的上年数不是整数（${expected}）`
      : `${nameZh(r.current)}为 ${r.current.text}，上年为 ${prev}，所述变动 ${stated} 与之不符（${expected.startsWith('[') ? `应在 ${expected} 之间` : `应为 ${expected}`}）`;
  const en =
    what === 'whole'
      ? `${nameEn(r.current)} is ${r.current.text} after a change of ${stated}, which makes last year's count fractional (${expected})`
      : `${nameEn(r.current)} is ${r.current.text} against ${prev} last year; the stated change ${stated} does not fit (expected ${expected})`;
  return {
    rule: 'yoy-mismatch',
    severity: severityOf(r.certainty),
    message: { zh, en },
    location: (target ?? r.current).at,
    stated,
    expected,
    related: r.previous ? [r.current.at, r.previous.at] : [r.current.at],
  };
}
