import { Decimal } from '../../figures/decimal.js';
import { intervalOf } from '../../figures/figure.js';
import { nameEn, nameZh, severityOf } from '../describe.js';
import type { Rule } from '../types.js';

/** A stated count against the items listed; a list ending in 等 is not exhaustive and is not counted. */
export const countMismatch: Rule<'count'> = {
  id: 'count-mismatch',
  kind: 'count',
  description: {
    zh: '所述个数应与列举的项目数一致（以“等”结尾的列举不计）',
    en: 'A stated count must equal the number of items listed (lists ending in 等 are not counted)',
  },
  evaluate(r) {
    const n = r.items.length;
    const count = intervalOf(r.count);
    if (r.exhaustive ? count.contains(new Decimal(n)) : count.hi.gte(n)) return [];
    const list = r.items.join('、');
    return [
      {
        rule: 'count-mismatch',
        severity: severityOf(r.certainty),
        message: r.exhaustive
          ? {
              zh: `${nameZh(r.count)}为 ${r.count.text}，但列举了 ${n} 项：${list}`,
              en: `${nameEn(r.count)} is ${r.count.text}, but ${n} items are listed: ${list}`,
            }
          : {
              zh: `${nameZh(r.count)}为 ${r.count.text}，但列举的已有 ${n} 项：${list}`,
              en: `${nameEn(r.count)} is ${r.count.text}, but already ${n} items are listed: ${list}`,
            },
        location: r.count.at,
        stated: r.count.text,
        expected: r.exhaustive ? `${n}${r.count.unit.symbol}` : `≥${n}${r.count.unit.symbol}`,
      },
    ];
  },
};
