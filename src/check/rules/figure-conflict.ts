import { intervalOf } from '../../figures/figure.js';
import { comparable } from '../../figures/units.js';
import { decimalsOf, nameEn, nameZh, severityOf, showInterval, withInterval } from '../describe.js';
import type { Rule } from '../types.js';

/** The same quantity stated with different values in two places. */
export const figureConflict: Rule<'same'> = {
  id: 'figure-conflict',
  kind: 'same',
  description: {
    zh: '同一数据在不同位置的表述应一致',
    en: 'The same quantity must be stated with the same value everywhere',
  },
  evaluate(r) {
    if (!comparable(r.a.unit, r.b.unit)) return [];
    const a = intervalOf(r.a);
    if (a.intersects(intervalOf(r.b))) return [];
    const zh = r.subject ? `「${r.subject}」` : nameZh(r.b);
    const en = r.subject ? `"${r.subject}"` : nameEn(r.b);
    const where = r.a.at.path ?? (r.a.at.line != null ? `第 ${r.a.at.line} 行` : '');
    const whereEn = r.a.at.path ?? (r.a.at.line != null ? `line ${r.a.at.line}` : '');
    return [
      {
        rule: 'figure-conflict',
        severity: severityOf(r.certainty),
        message: {
          zh: `${zh}此处为 ${r.b.text}，而${where ? ` ${where} 处` : '前文'}的同一数据为 ${r.a.text}`,
          en: `${en} is ${r.b.text} here, but the same quantity is ${r.a.text}${whereEn ? ` at ${whereEn}` : ' earlier'}`,
        },
        location: r.b.at,
        stated: r.b.text,
        expected: withInterval(r.a.text, showInterval(a, r.b.unit, decimalsOf(r.a, r.b))),
        related: [r.a.at],
      },
    ];
  },
};
