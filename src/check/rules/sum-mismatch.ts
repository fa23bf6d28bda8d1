import { ZERO } from '../../figures/decimal.js';
import { baseValue, intervalOf } from '../../figures/figure.js';
import { Interval } from '../../figures/interval.js';
import { nameEn, nameZh, severityOf, showBase, showInterval, withInterval } from '../describe.js';
import type { Finding, Rule } from '../types.js';

/** A total against the sum of its parts, compared as intervals (XBRL Calculations 1.1 style). */
export const sumMismatch: Rule<'sum'> = {
  id: 'sum-mismatch',
  kind: 'sum',
  description: {
    zh: '合计数应等于各分项之和（按显示精度的区间比较）',
    en: 'A total must equal the sum of its parts (compared as intervals of the displayed precision)',
  },
  evaluate(r) {
    if (r.parts.length === 0) return [];
    const total = intervalOf(r.total);
    const sum = Interval.sum(r.parts.map(intervalOf));
    // A partial breakdown names only some parts: they may fall short of the total, never exceed it.
    if (r.complete ? total.intersects(sum) : !sum.lo.gt(total.hi)) return [];
    // Decimals enough for the finest part once in the total's unit (1亿元 vs parts in 万元: 4).
    const d = Math.min(
      6,
      Math.max(
        0,
        ...[r.total, ...r.parts].map(
          (f) => -(f.exponent + f.unit.scale.div(r.total.unit.scale).log(10).round().toNumber()),
        ),
      ),
    );
    const exact = r.parts.reduce((acc, p) => acc.plus(baseValue(p)), ZERO);
    const shown = showBase(exact, r.total.unit, d);
    const range = showInterval(sum, r.total.unit, d);
    const finding: Finding = {
      rule: 'sum-mismatch',
      severity: severityOf(r.certainty),
      message: {
        zh: r.complete
          ? `${nameZh(r.total)}合计为 ${r.total.text}，但 ${r.parts.length} 个分项之和为 ${shown}（区间 ${range}），二者不符`
          : `${nameZh(r.total)}为 ${r.total.text}，但所列 ${r.parts.length} 个分项之和已达 ${shown}（区间 ${range}），超过总数`,
        en: r.complete
          ? `${nameEn(r.total)} totals ${r.total.text}, but its ${r.parts.length} parts add up to ${shown} (interval ${range})`
          : `${nameEn(r.total)} is ${r.total.text}, but the ${r.parts.length} parts listed already add up to ${shown} (interval ${range}), more than the whole`,
      },
      location: r.total.at,
      stated: r.total.text,
      expected: withInterval(shown, range),
      related: r.parts.map((p) => p.at),
    };
    return [finding];
  },
};
