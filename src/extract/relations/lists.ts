/** Lists of figures that add up to a total: 分别为 mappings (also onto a count of items) and lists closed by 合计. */
import type { Relation } from '../../check/types.js';
import { comparable } from '../../figures/units.js';
import { type DraftFigure, sentenceSpan } from '../figures.js';
import {
  isChange,
  isPrior,
  operand,
  pushHolding,
  roughIntersects,
  sameCounter,
  sumBounds,
} from './common.js';

/**
 * 共N个，分别为 a、b、c (or 涉及资金45.83亿元，分别为 a、b、c): the parts named after 分别 add up to the
 * total named just before, up to the end of the clause.
 */
export function respectively(sentence: DraftFigure[], out: Relation[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  const [from, to] = sentenceSpan(first.para, first.sentence);
  for (let k = text.indexOf('分别', from); k >= 0 && k < to; k = text.indexOf('分别', k + 2)) {
    const before = sentence.filter(
      (f) => f.end <= k && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && operand(f),
    );
    const nearest = before[before.length - 1];
    // 共发出预警通知23份，两轮分别为14份和9份: a count of rounds between them leaves the total next to 分别.
    const rounds = sentence.filter((f) => !operand(f) && nearest && f.start >= nearest.end && f.end <= k);
    const gap = nearest
      ? rounds.reduceRight(
          (g, f) => g.slice(0, f.start - nearest.end) + g.slice(f.end - nearest.end),
          text.slice(nearest.end, k),
        )
      : '';
    const ends = [text.indexOf('；', k), text.indexOf('。', k)].filter((x) => x > k);
    const end = ends.length > 0 ? Math.min(...ends) : text.length;
    const total =
      nearest && /^[，,]?\s*$/.test(gap) && !isChange(nearest)
        ? nearest
        : (itemized(sentence, before, k, end) ??
          [...before]
            .reverse()
            .find((f) => /(共|合计|总计|累计|共计)\s*$/.test(text.slice(Math.max(0, f.start - 4), f.start))));
    const parts = sentence.filter(
      (f) => f.start > k && f.start < end && total && comparable(f.unit, total.unit) && sameCounter(total, f),
    );
    if (!total || parts.length < 2) continue;
    const [lo, hi] = sumBounds(parts);
    const r: Relation = { kind: 'sum', total, parts, complete: true, certainty: 'inferred' };
    pushHolding(out, r, roughIntersects(total.lo, total.hi, lo, hi));
  }
}

/**
 * 共分配直达资金3.84亿元，涉及教育、卫生健康、社会保障、农业农村4个领域，分别为1.26亿元、…: the count of items
 * right before 分别 says how many values follow, and they are of another kind than it — they break
 * down the nearest amount of their own kind before the items.
 */
function itemized(
  sentence: DraftFigure[],
  before: DraftFigure[],
  k: number,
  end: number,
): DraftFigure | undefined {
  const items = before[before.length - 1];
  const firstPart = sentence.find((f) => f.start > k && f.start < end);
  if (!items || !firstPart || items.unit.kind !== 'count' || comparable(items.unit, firstPart.unit)) return;
  const values = sentence.filter((f) => f.start > k && f.start < end && comparable(f.unit, firstPart.unit));
  if (values.length !== items.num) return;
  const whole = [...before].reverse().find((f) => comparable(f.unit, firstPart.unit));
  return whole && !isChange(whole) && !isPrior(whole) && !whole.approx ? whole : undefined;
}

/**
 * a、b、c，合计N (分别为120人次、86人次、95人次，合计311人次): a list of amounts of one kind joined by
 * 、/和/及, closed by a total introduced as 合计/共计/总计 right after it.
 */
export function trailingTotals(sentence: DraftFigure[], out: Relation[]): void {
  sentence.forEach((t, i) => {
    const prev = sentence[i - 1];
    if (i < 2 || !prev || t.approx || isChange(t) || !operand(t)) return;
    if (t.start - prev.end > 7 || t.start - prev.end < 3) return;
    const text = t.para.text;
    if (!/^\s*[，,]\s*(?:合计|共计|总计)(?:为|达到?)?\s*$/.test(text.slice(prev.end, t.start))) return;
    const parts = [prev];
    for (let j = i - 2; j >= 0; j--) {
      const p = sentence[j] as DraftFigure;
      const next = parts[0] as DraftFigure;
      if (!/^\s*[、和及与]\s*[\u4e00-\u9fff]{0,8}$/.test(text.slice(p.end, next.start))) break;
      parts.unshift(p);
    }
    if (
      parts.length < 2 ||
      !parts.every((p) => comparable(p.unit, t.unit) && sameCounter(p, t) && !isChange(p) && operand(p))
    )
      return;
    const [lo, hi] = sumBounds(parts);
    // A bare 合计311人次 is named after its list (参训人次分别为…).
    const first = parts[0] as DraftFigure;
    const total = t.label || !first.label ? t : { ...t, value: t.value, label: first.label };
    const r: Relation = { kind: 'sum', total, parts, complete: true, certainty: 'inferred' };
    pushHolding(out, r, roughIntersects(t.lo, t.hi, lo, hi));
  });
}
