/** Shared by the relation finders: sentences, which figures may be operands, changes and last year's figures, and interval comparisons in floats that defer to exact decimals when too close to call. */
import type { Relation } from '../../check/types.js';
import { HUNDRED } from '../../figures/decimal.js';
import { intervalOf } from '../../figures/figure.js';
import { type DraftFigure } from '../figures.js';
import { CHANGE } from './rates.js';
import { EARLIER, FROM, LAST_YEAR, TO_VERB } from '../vocabulary.js';

/** Figures of one sentence, in order (figures come in document order, so a sentence is a run). */
export function bySentence(figs: DraftFigure[]): DraftFigure[][] {
  const out: DraftFigure[][] = [];
  let run: DraftFigure[] = [];
  for (const f of figs) {
    const last = run[run.length - 1];
    if (last && (last.para !== f.para || last.sentence !== f.sentence)) {
      out.push(run);
      run = [];
    }
    run.push(f);
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * Relations already seen to hold by the quick float screen (a sum that meets its total, a part within
 * its total): the engine would find nothing in them, so they need not be evaluated.
 */
export const HOLDING = new WeakSet<Relation>();

export function pushHolding(out: Relation[], r: Relation, holds: boolean | undefined): void {
  out.push(r);
  if (holds) HOLDING.add(r);
}

export const approx = (...fs: DraftFigure[]) => fs.some((f) => f.approx !== undefined);

/**
 * A figure written in Chinese numerals (两轮, 三项) is a small count of rounds or kinds: it may be a list's
 * count, but never a total, a numerator or a denominator in prose arithmetic.
 */
export const operand = (f: DraftFigure) => !f.found.chinese;

/** Counters of things that may stand for one another (86个部门中84家); rounds, batches and copies may not. */
// 条 is not among them: 条 counts indicators, opinions and problems, 个 the projects they belong to.
const THINGS = new Set(['个', '项', '家', '所', '名', '户', '件', '套', '本', '张', '篇']);

/** Counts of one kind of thing: 2轮 is never a share or a part of 4876个项目, nor 两轮 of 23份. */
export function sameCounter(a: DraftFigure, b: DraftFigure): boolean {
  if (a.unit.kind !== 'count' || b.unit.kind !== 'count') return true;
  return a.unit.symbol === b.unit.symbol || (THINGS.has(a.unit.symbol) && THINGS.has(b.unit.symbol));
}

/** Whether a figure states a change (较上年增加46个, 增长4.59%) rather than a quantity. */
export function isChange(f: DraftFigure): boolean {
  const text = f.para.text;
  return (
    (!!f.label && CHANGE.test(f.label)) ||
    CHANGE.test(text.slice(Math.max(0, f.start - 3), f.start)) ||
    AGAINST_LAST_YEAR.test(text.slice(Math.max(0, f.start - 8), f.start))
  );
}

/** Whether a figure is an earlier year's (较2021年的74个, 比上年的91.16%, 上年为95.14%), not this year's. */
export function isPrior(f: DraftFigure): boolean {
  const text = f.para.text;
  if (PRIOR.test(text.slice(Math.max(0, f.start - 10), f.start))) return true;
  // （2023年为61个部门中的54个）: everything in a bracket that gives an earlier year is of that year.
  return EARLIER_BRACKET.test(bracketBefore(f, 30) ?? '');
}

/**
 * The text from the bracket a figure stands in up to the figure (（含年中追加安排的 for 12个), when the
 * bracket opens at most `within` characters before it; undefined outside brackets.
 */
export function bracketBefore(f: DraftFigure, within: number): string | undefined {
  const text = f.para.text;
  const open = Math.max(text.lastIndexOf('（', f.start), text.lastIndexOf('(', f.start));
  if (open < 0 || f.start - open > within) return undefined;
  const inside = text.slice(open + 1, f.start);
  return /[）)]/.test(inside) ? undefined : inside;
}

/** The bounds of the sum of figures' intervals, in floats. */
export function sumBounds(parts: readonly DraftFigure[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    lo += p.lo;
    hi += p.hi;
  }
  return [lo, hi];
}

/** Whether a / b × 100% can be the rate r, as intervals: floats when they are sure, exact otherwise. */
export function ratioMeets(a: DraftFigure, b: DraftFigure, r: DraftFigure): boolean {
  const exact = () => intervalOf(a).div(intervalOf(b)).scale(HUNDRED).intersects(intervalOf(r));
  if (![a.lo, a.hi, b.lo, b.hi].every(Number.isFinite) || (b.lo <= 0 && b.hi >= 0)) return exact();
  const c = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return roughIntersects(Math.min(...c) * 100, Math.max(...c) * 100, r.lo, r.hi) ?? exact();
}

/** x ≤ y for floats, when they are apart by more than float error can explain; undefined if too close. */
export function surelyLte(x: number, y: number): boolean | undefined {
  const tol = 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (x < y - tol) return true;
  if (x > y + tol) return false;
  return undefined;
}

/** Whether [alo, ahi] and [blo, bhi] meet, as surelyLte decides; undefined if too close to call. */
export function roughIntersects(alo: number, ahi: number, blo: number, bhi: number): boolean | undefined {
  if (![alo, ahi, blo, bhi].every(Number.isFinite)) return undefined;
  const x = surelyLte(alo, bhi);
  const y = surelyLte(blo, ahi);
  if (x === false || y === false) return false;
  return x && y ? true : undefined;
}

/**
 * Whether a figure is one end of a change stated as 由X提高到Y (由76.32%提升至89.47%, 由29个增至34个): the
 * same quantity at two times, so neither is a share of the other, and a rate so stated is checked as a
 * change, not as a ratio.
 */
export function isFromTo(f: DraftFigure): boolean {
  const before = f.para.text.slice(Math.max(0, f.start - 12), f.start);
  return FROM_END.test(before) || TO_END.test(before);
}

const FROM_END = new RegExp(`${FROM}\\s*$`);
const TO_END = new RegExp(`${TO_VERB}\\s*$`);
const AGAINST_LAST_YEAR = new RegExp(`(?:较|比)(?:${LAST_YEAR})(?:的|为)?\\s*$`);
const EARLIER_BRACKET = new RegExp(`^${EARLIER}(?:为|是|的)`);
const PRIOR = new RegExp(`(?:(?:较|比)${EARLIER}(?:的|为)?|(?:上年|去年|上年度)(?:为|是))\\s*$`);

/**
 * A count listed with another count (9项政策、43个项目; 24个重点项目和6个部门整体支出): what is said of
 * them after — a change, grades, a breakdown — is said of the two together, not of this one.
 */
export function listedWith(t: DraftFigure): boolean {
  if (t.unit.kind !== 'count') return false;
  const text = t.para.text;
  const after = text.slice(t.end, t.end + 16);
  const before = text.slice(Math.max(0, t.start - 12), t.start);
  return (
    /^[\u4e00-\u9fff（）()]{0,12}[和、及与]\s*[\d０-９][\d,.，]*\s*(?:个|项|家|所|名|户)/.test(after) ||
    /[\d０-９]\s*(?:个|项|家|所|名|户)[\u4e00-\u9fff]{0,8}[和、及与]\s*$/.test(before)
  );
}

/**
 * A figure in a bracket that names what the figure before it includes (586个（含年中追加安排的12个项目）),
 * or an addend named before its sum (委机关和14个二级单位共15个): a part, never a rate's term or the
 * covered count.
 */
export function includedPart(f: DraftFigure): boolean {
  const text = f.para.text;
  if (/^(?:含|其中|包括|包含|另有|内含)/.test(bracketBefore(f, 24) ?? '')) return true;
  // 委机关及所属22家单位: the body itself and N units under it — N is an addend of the whole.
  if (
    /(?:机关|本级|本部)(?:及|和|与)(?:所属|下属|直属)?[\u4e00-\u9fff]{0,4}$/.test(
      text.slice(Math.max(0, f.start - 10), f.start),
    )
  )
    return true;
  return /^[\u4e00-\u9fff]{0,8}共\s*[\d０-９]/.test(text.slice(f.end, f.end + 12));
}

/** An item of a 、-list of figures (“优”的项目3265个、“良”的1084个…): one of several, never a whole. */
export function listItem(f: DraftFigure): boolean {
  const text = f.para.text;
  return (
    /^\s*[、和及与][^，。；,;\d]{0,10}[\d０-９]/.test(text.slice(f.end, f.end + 14)) ||
    /[\d０-９][^，。；,;\d]{0,4}[、和及与][^，。；,;\d]{0,10}$/.test(
      text.slice(Math.max(0, f.start - 18), f.start),
    )
  );
}
