/** Claims of full coverage (全覆盖, 覆盖率100%) against the covered and total counts; hedged claims are not claims. */
import type { Relation } from '../../check/types.js';
import { ZERO } from '../../figures/decimal.js';
import { type DraftFigure, sentenceSpan } from '../figures.js';
import { headNoun, labelKey } from '../labels.js';
import { findFigures } from '../numbers.js';
import { bySentence, includedPart, isChange, isPrior } from './common.js';
import { levelOf } from './activities.js';
import { periodOf } from './conflicts.js';

const HEDGE =
  /(基本|逐步|初步|力争|力求|推进|推动|争取|尚未|未能|未|没有|距离|有待|仍有|努力|向|朝|将|计划|预计|确保|进一步|要)[^，。；]{0,6}$/;

const COVERAGE_CLAIM = /全覆盖|覆盖率(?:达到?|为)?\s?100%/;
const COVERAGE_CLAIMS = new RegExp(COVERAGE_CLAIM.source, 'g');

/**
 * Whether the claim at k, in a span opening at `from`, is made: not hedged (基本实现全覆盖) and not the
 * quoted name of a target (“乡镇整体支出评价全覆盖”一项).
 */
function claimed(text: string, k: number, from: number): boolean {
  if (HEDGE.test(text.slice(Math.max(0, k - 10), k))) return false;
  const quote = text.lastIndexOf('“', k);
  return !(quote >= from && k - quote < 30 && !text.slice(quote, k).includes('”'));
}

/** Between a set and a count drawn from it: 中有, 中已有, 中已完成评价 (86个扶贫项目中已完成评价79个). */
const AFTER_SET =
  '(?:的|有|已有|共有|仅有|只有|(?:已经?|共|均)?(?:完成|开展|实施|编报|报送|纳入|提交)[\\u4e00-\\u9fff]{0,4})?';

/**
 * A count drawn from a set of counted things: 98个一级预算单位中，有95个; 11个县（市、区）中已有10个. The
 * set is named in words (良121个、中27个 is a list of grades, not a set and a count drawn from it).
 */
const DRAWN = new RegExp(
  `\\d\\s*(?:个|家|项|所|户)[\\u4e00-\\u9fff（）()、]{0,11}[\\u4e00-\\u9fff）)](?<![其、])中[，,]?${AFTER_SET}\\s*\\d`,
);

const DRAWN_GAP = new RegExp(
  `^[\\u4e00-\\u9fff（）()、]{0,11}[\\u4e00-\\u9fff）)](?<![其、])中[，,]?${AFTER_SET}$`,
);

/** A run-in point opening a sentence: 一是, （一）, 1. */
const RUN_IN = /^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、](?!\d))/;

/**
 * Whether `part` counts the same kind of thing as `whole`: the same label (项目/项目), the whole's label
 * ending in the part's (一级预算单位/单位), or a bare count right after a whole introduced as a set
 * (86个一级预算单位中，84个开展了自评). A part named after 其中 is a subset the text singles out.
 */
function countsOf(whole: DraftFigure, part: DraftFigure): boolean {
  const text = whole.para.text;
  if (part.start > whole.end && text.slice(whole.end, part.start).includes('其中')) return false;
  // 102个省直部门中已有97个: a count right after a set it is drawn from, its label only that phrase.
  const drawn = part.start > whole.end && DRAWN_GAP.test(text.slice(whole.end, part.start));
  // 312个预算单位中，已有298个单位编报…: the part may name the whole's noun again.
  const noun = headNoun(whole.label);
  if (drawn && !!whole.label && (!part.forward || (!!noun && !!part.label?.startsWith(noun)))) return true;
  if (whole.label && part.label) {
    const w = labelKey(whole.label);
    const p = labelKey(part.label);
    return w === p || (p.length >= 2 && w.endsWith(p));
  }
  return (
    !!whole.label &&
    !part.label &&
    part.start > whole.end &&
    DRAWN_GAP.test(text.slice(whole.end, part.start))
  );
}

/**
 * 全覆盖 (not hedged: 基本实现全覆盖 is no claim) against the counts of one thing in its sentence: the
 * largest is the whole, the largest count below it what was covered. Counts that add up to the whole
 * (84个单位自评，其余2个单位由主管部门代评) are a full partition, and the claim holds.
 */
export function coverage(sentence: DraftFigure[], out: Relation[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  const [from, to] = sentenceSpan(first.para, first.sentence);
  if (sentence.filter((f) => f.unit.kind === 'count' && !f.approx).length < 2) return;
  // A run-in point that makes the claim (一是实现部门整体绩效目标全覆盖。) is borne out by the sentence after it.
  const spans: [number, number][] = [];
  if (COVERAGE_CLAIM.test(text.slice(from, to))) spans.push([from, to]);
  else if (first.sentence > 0) {
    const [ps, pe] = sentenceSpan(first.para, first.sentence - 1);
    const point = pe - ps <= 32 ? text.slice(ps, pe).trim() : '';
    if (COVERAGE_CLAIM.test(point) && RUN_IN.test(point) && !/\d/.test(point.replace(RUN_IN, '')))
      spans.push([ps, pe]);
    // 实现单位自评全覆盖。全市98个一级预算单位中，有95个…: a claim with no counts of its own is borne out
    // by a sentence drawn from a set right after it;
    // 全市112个市直部门实现…全覆盖。112个市直部门中有108个…: or by the set's own count alone.
    else if (
      COVERAGE_CLAIM.test(text.slice(ps, pe)) &&
      findFigures(text.slice(ps, pe)).filter((f) => f.unit.kind === 'count' && !f.threshold).length <= 1 &&
      DRAWN.test(text.slice(from, to))
    )
      spans.push([ps, pe]);
  }
  if (spans.length === 0) return;
  // Last year's count and the change on it (较2021年的74个增加12个) are never what is covered or the whole.
  const counts = sentence.filter(
    (f) => f.unit.kind === 'count' && !f.approx && !isChange(f) && !isPrior(f) && !includedPart(f),
  );
  if (counts.length < 2) return;
  for (const m of spans.flatMap(([a, b]) =>
    [...text.slice(a, b).matchAll(COVERAGE_CLAIMS)].map((x) => ({
      0: x[0],
      index: a + (x.index ?? 0),
    })),
  )) {
    const k = m.index;
    if (!claimed(text, k, 0)) continue;
    // The whole is the largest count that has parts; only it is checked.
    let best: { covered: DraftFigure; universe: DraftFigure; parts: DraftFigure[] } | undefined;
    for (const universe of counts) {
      if (best && !universe.value.gt(best.universe.value)) continue;
      const parts = counts.filter((c) => c.value.lt(universe.value) && countsOf(universe, c));
      if (parts.length === 0) continue;
      const covered = parts.reduce((a, b) => (b.value.gt(a.value) ? b : a));
      best = { covered, universe, parts };
    }
    if (!best) continue;
    const sum = best.parts.reduce((acc, p) => acc.plus(p.value), ZERO);
    if (best.parts.length >= 2 && sum.eq(best.universe.value)) continue;
    const at = { ...first.at, ...first.para.at(k) };
    // A bare count (84个开展了自评) is named after the whole it is a part of.
    const noun = headNoun(best.universe.label);
    const covered =
      best.covered.label &&
      best.covered.forward &&
      !(
        best.covered.forward &&
        noun &&
        best.covered.label.startsWith(noun) &&
        best.covered.label !== best.universe.label
      )
        ? best.covered
        : { ...best.covered, value: best.covered.value, label: best.universe.label };
    out.push({
      kind: 'coverage',
      claim: { text: m[0], at },
      covered,
      universe: best.universe,
      certainty: 'inferred',
    });
  }
}

/**
 * 共对93个省直部门的整体支出开展了监控，实现省直部门整体支出绩效监控全覆盖 — and elsewhere the draft gives
 * 97个省直部门: a claim whose one count is what was covered, against the one larger count of the same
 * named set stated anywhere in the draft for the same period and level. Sets named by a bare noun
 * (项目, 部门) are many different sets and are left alone.
 */
export function distantCoverage(figs: DraftFigure[], out: Relation[], year: string | undefined): void {
  const alreadyCovered = new Set<DraftFigure>();
  for (const r of out) if (r.kind === 'coverage') alreadyCovered.add(r.covered as DraftFigure);
  const named = (f: DraftFigure) =>
    f.unit.kind === 'count' &&
    f.forward &&
    !!f.label &&
    labelKey(f.label).length >= 3 &&
    !f.approx &&
    !f.found.chinese &&
    !isChange(f) &&
    !isPrior(f) &&
    !includedPart(f);
  const byLabel = new Map<string, DraftFigure[]>();
  for (const f of figs) {
    if (!named(f)) continue;
    const key = labelKey(f.label as string);
    const list = byLabel.get(key) ?? [];
    list.push(f);
    byLabel.set(key, list);
  }
  for (const sentence of bySentence(figs)) {
    const first = sentence[0];
    if (!first || sentence.some((f) => alreadyCovered.has(f))) continue;
    const text = first.para.text;
    const [from, to] = sentenceSpan(first.para, first.sentence);
    const claim = COVERAGE_CLAIM.exec(text.slice(from, to));
    if (!claim) continue;
    const k = from + claim.index;
    if (!claimed(text, k, from)) continue;
    const counts = sentence.filter(
      (f) => f.unit.kind === 'count' && !f.approx && !isChange(f) && !isPrior(f),
    );
    const covered = counts[0];
    if (counts.length !== 1 || !covered || !named(covered)) continue;
    // The claim names what it covers: the set's noun stands in the words before 全覆盖.
    const noun = headNoun(covered.label);
    if (!noun || !text.slice(Math.max(from, k - 24), k).includes(noun)) continue;
    const key = labelKey(covered.label as string);
    const wholes = (byLabel.get(key) ?? []).filter(
      (g) =>
        g.para !== covered.para &&
        g.unit.symbol === covered.unit.symbol &&
        periodOf(g, year) === periodOf(covered, year) &&
        levelOf(g) === levelOf(covered),
    );
    const larger = wholes.filter((g) => g.num > covered.num);
    const universe = larger[0];
    if (!universe || new Set(larger.map((g) => g.num)).size !== 1) continue;
    out.push({
      kind: 'coverage',
      claim: { text: claim[0], at: { ...covered.at, ...first.para.at(k) } },
      covered,
      universe,
      certainty: 'inferred',
    });
  }
}
