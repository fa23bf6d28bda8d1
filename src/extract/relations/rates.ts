/** Rates tied to the amounts they can be a ratio of: named after the rate where the genre fixes the formula, never list items or parallel clauses. */
import type { Relation } from '../../check/types.js';
import { baseValue } from '../../figures/figure.js';
import { comparable } from '../../figures/units.js';
import { type DraftFigure } from '../figures.js';
import { headNoun } from '../labels.js';
import {
  operand,
  sameCounter,
  includedPart,
  listItem,
  isChange,
  isFromTo,
  isPrior,
  ratioMeets,
  surelyLte,
} from './common.js';

const SHARE = /(率|占比|比例|比重)$|^占|^[\u4e00-\u9fff]{2,10}占[\u4e00-\u9fff]{2,10}$/;
export const CHANGE = /(增长|增幅|增速|下降|降低|降幅|提高|同比|环比|减少|增加)/;

/** What a rate is a rate of: 核减率 → 核减, 预算执行率 → 预算执行; nothing for 占比, 比例. */
function stemOf(label: string): string {
  return label.replace(/^占/, '').replace(/(率|占比|比例|比重|总数的?|总额的?|的)$/, '');
}

/** 核减资金占评估资金: what the share names as its numerator and its denominator. */
function shareNames(label: string): { numerator: string; denominator: string } | undefined {
  const m = /^([\u4e00-\u9fff]{2,10})占([\u4e00-\u9fff]{2,10}?)(?:总额|总数|总量)?的?$/.exec(label);
  return m ? { numerator: m[1] as string, denominator: m[2] as string } : undefined;
}

/** Whether a label shares a two-character word with a rate's stem (核减资金 and 核减). */
export function sharesStem(label: string | undefined, stem: string): boolean {
  if (!label) return false;
  for (let i = 0; i + 2 <= stem.length; i++) if (label.includes(stem.slice(i, i + 2))) return true;
  return false;
}

/** The text between two figures of a paragraph, bracketed notes (（市、区）) left out. */
export function between(a: DraftFigure, b: DraftFigure): string {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return a.para.text.slice(x.end, y.start).replace(/[（(][^）)]*[）)]/g, '');
}

/** The counted noun of a count read forward (86个部门 → 部门), when it is one the genre counts. */
function nounOf(f: DraftFigure): string | undefined {
  if (!f.forward || !f.label) return undefined;
  return /(项目|部门|单位|政策|乡镇|街道|机构|问题)$/.exec(f.label)?.[1];
}

/**
 * Two figures that stand side by side as items of one list or of parallel clauses, and so are never
 * a numerator over a denominator: joined by 、/和/及 (16个市（州）、98个县), or counts of differently
 * qualified things of one kind each in its own clause (予以支持的项目38个，不予支持的项目3个).
 */
function parallel(a: DraftFigure, b: DraftFigure, stem: string): boolean {
  const gap = between(a, b);
  if (!/[，。；：,;:]/.test(gap) && /[、和及与]/.test(gap)) return true;
  if (a.unit.kind !== 'count' || b.unit.kind !== 'count') return false;
  // 组织86个部门对1,102个项目开展自评: an agent and its object, not a part and its whole.
  if (/^[\u4e00-\u9fff]{0,6}对$/.test(between(a, b)) && a.forward && b.forward) return true;
  // Counts of different things (86个部门, 1,102个项目) are never a share of one another.
  const [na, nb] = [nounOf(a), nounOf(b)];
  if (na && nb && na !== nb) return true;
  if (a.forward || b.forward) return false;
  if (/中|占/.test(gap) || !a.label || !b.label || a.label === b.label) return false;
  if (headNoun(a.label) !== headNoun(b.label)) return false;
  // 评价项目100个，优良项目90个，优良率90%: the rate names one of them.
  return sharesStem(a.label, stem) === sharesStem(b.label, stem);
}

/**
 * A rate against the amounts beside it in its sentence: it holds if any credible pair of them can give
 * it (several denominators are plausible); flagged only when none can. A rate named after a thing
 * (核减率) pairs with the amounts that name it (核减资金) when there are any; items of one list or of
 * parallel clauses never pair; when no credible pair is left the rate is not checked.
 */
export function rates(sentence: DraftFigure[], out: Relation[], previous?: DraftFigure[]): void {
  for (const r of sentence) {
    if (r.unit.kind !== 'percent' || !r.label || !SHARE.test(r.label) || CHANGE.test(r.label)) continue;
    if (isFromTo(r)) continue;
    // 约占…的5.4%: a share given roughly is not checked to its last digit.
    if (
      /(?:约|近|超过|不足|接近)占[^，。；,;\d]*$/.test(r.para.text.slice(Math.max(0, r.start - 24), r.start))
    )
      continue;
    if (r.num > 100) out.push({ kind: 'bound', check: 'percentRange', figure: r, certainty: 'inferred' });
    // A coverage rate is a share of things counted, never of amounts; a rate named after money (占评价资金的,
    // 资金到位率) is a share of money, never of counts.
    const countsOnly = /覆盖|公开率/.test(r.label);
    const moneyOnly = !countsOnly && /资金|金额|经费/.test(r.label);
    const amounts = sentence.filter(
      (f) =>
        f.start < r.start &&
        f.unit.kind !== 'percent' &&
        f.unit.kind !== 'points' &&
        !f.approx &&
        operand(f) &&
        !includedPart(f) &&
        !isFromTo(f) &&
        (!countsOnly || f.unit.kind === 'count') &&
        (!moneyOnly || f.unit.kind === 'money'),
    );
    // 对9个项目开展重点评价。评价等次为优、良的项目7个，优良率87.5%: a lone count's base may be the one
    // count of the same noun in the sentence before, when that is the only one there.
    const lone = amounts.length === 1 ? amounts[0] : undefined;
    if (previous && lone?.unit.kind === 'count' && lone.label) {
      const noun = headNoun(lone.label);
      const bases = previous.filter(
        (f) =>
          f.unit.kind === 'count' &&
          !f.approx &&
          !isChange(f) &&
          !isPrior(f) &&
          operand(f) &&
          sameCounter(f, lone) &&
          !listItem(f) &&
          headNoun(f.label) === noun,
      );
      const base = bases[0];
      if (bases.length === 1 && base && base.num > lone.num) amounts.push(base);
    }
    // A rate whose formula the genre fixes (核减率) or that names its terms (核减资金占评估资金的) takes its
    // numerator from the amounts it names, when the sentence states one.
    const formula = formulaOf(r.label);
    // A rate of grades names them before the count (评价等次为优、良的项目7个), not always in its label.
    const nameOf = (f: DraftFigure) =>
      formula?.named
        ? r.para.text.slice(Math.max(0, f.start - 12), f.start) + (f.label ?? '')
        : (f.label ?? '');
    let numerators = formula
      ? amounts.filter((f) => formula.numerator.test(nameOf(f)) && !formula.notNumerator?.test(f.label ?? ''))
      : [];
    // 退回修改项目绩效目标465个，占审核项目总数的14.15%: a share opening its clause with 占 is of the
    // figure right before it.
    const subject = amounts[amounts.length - 1];
    if (
      /^占/.test(r.label) &&
      subject &&
      /^[^，。；,;\d]{0,10}[，,]\s*(?:约|近|超过|不足)?占[^，。；,;\d]*$/.test(
        r.para.text.slice(subject.end, r.start),
      )
    )
      numerators = [subject];
    // 12份评价报告全部公开，公开率100%: all of one set, a share of itself.
    if (
      r.num === 100 &&
      /(?:全部|均|全都|悉数|一律)[^，。；,;]{0,16}[，,]?[^，。；,;\d]{0,10}$/.test(
        r.para.text.slice(Math.max(0, r.start - 32), r.start),
      )
    )
      continue;
    // A share that names its numerator (两类合计占评估项目总数的), or a rate of grades taken together (优良率:
    // 优 and 良), is about that; none stated, nothing to check.
    if (numerators.length === 0 && (shareNames(r.label) || formula?.named || formula?.notNumerator)) continue;
    // 共评估项目46个，涉及资金8.36亿元。…审减资金0.74亿元，审减率8.58%: the denominator it names may stand in
    // the sentence before, when this one has none — the one amount there that the formula names.
    const numerator = numerators[0];
    if (
      formula &&
      numerator &&
      previous &&
      !amounts.some(
        (f) =>
          f.num > numerator.num && comparable(f.unit, numerator.unit) && !formula.never?.test(f.label ?? ''),
      )
    ) {
      const text = r.para.text;
      const bases = previous.filter(
        (f) =>
          comparable(f.unit, numerator.unit) &&
          f.num > numerator.num &&
          !f.approx &&
          !isChange(f) &&
          !isPrior(f) &&
          operand(f) &&
          formula.denominator.test(`${text.slice(Math.max(0, f.start - 4), f.start)}${f.label ?? ''}`),
      );
      const base = bases[0];
      if (bases.length === 1 && base) amounts.push(base);
    }
    const stem = stemOf(r.label);
    const named = stem.length >= 2 ? amounts.filter((f) => sharesStem(f.label, stem)) : [];
    // Every pair a ≤ b of one kind, b not zero. A pair gives the rate when its ratio comes near (a float
    // screen) and its interval meets the rate's; otherwise the pair whose ratio comes closest is reported.
    const ofNamed = /^占/.test(r.label) ? r.label.slice(1).replace(/(?:总数|总额|的)+$/, '') : undefined;
    const rate = r.num;
    let any = false;
    let holds = false;
    let closest: { a: DraftFigure; b: DraftFigure; d: number } | undefined;
    for (const a of amounts) {
      for (const b of amounts) {
        if (a === b || !comparable(a.unit, b.unit) || !sameCounter(a, b) || b.num === 0) continue;
        if (named.length > 0 && !named.includes(a) && !named.includes(b)) continue;
        if (numerators.length > 0 && !numerators.includes(a)) continue;
        if (formula?.never?.test(b.label ?? '')) continue;
        // 占省级项目绩效目标涉及资金的5.4%: the base it names, or none.
        if (ofNamed && !sharesStem(`${b.label ?? ''}${r.para.text.slice(b.end, b.end + 8)}`, ofNamed))
          continue;
        // Counts of different things (112个部门, 2,847个项目绩效目标) are no share of one another.
        if (a.unit.kind === 'count' && otherThings(a, b)) continue;
        if (!(surelyLte(a.num, b.num) ?? baseValue(a).lte(baseValue(b)))) continue;
        if (parallel(a, b, stem)) continue;
        any = true;
        const d = Math.abs((a.num / b.num) * 100 - rate);
        if (d <= 0.5 + rate * 0.02 && ratioMeets(a, b, r)) {
          holds = true;
          break;
        }
        if (!closest || d < closest.d) closest = { a, b, d };
      }
      if (holds) break;
    }
    if (!any || holds || !closest) continue;
    const { a, b } = closest;
    // Certain only when the rate's own formula names both amounts and no other amount of their kind
    // stands in the sentence (支出3.96亿元 of 预算数4.85亿元, 预算执行率85.15%).
    const certain =
      !!formula &&
      formula.numerator.test(a.label ?? '') &&
      formula.denominator.test(b.label ?? '') &&
      !formula.numerator.test(b.label ?? '') &&
      amounts.filter((f) => comparable(f.unit, a.unit)).length === 2;
    out.push({
      kind: 'ratio',
      rate: r,
      numerator: a,
      denominator: b,
      certainty: certain ? 'certain' : 'inferred',
    });
  }
}

/** Generic words that name no term of a share (资金 in 核减资金占评估资金). */
const GENERIC_TERM = /(?:资金|金额|项目|个数|数量|总额|总数)$/;

/** The formula of a rate: fixed by the genre, or named by a share (核减资金占评估资金 → 核减 over 评估). */
interface Formula {
  numerator: RegExp;
  denominator: RegExp;
  /** Rates of grades: the numerator is named before the count, not in its label. */
  named?: boolean;
  /** Amounts that are never the base, whatever else their label says. */
  never?: RegExp;
  /** Amounts that are never the numerator, whatever else their label says (经核减后建议安排). */
  notNumerator?: RegExp;
}

function formulaOf(label: string): Formula | undefined {
  const fixed = FORMULAS.find((x) => x.rate.test(label));
  if (fixed) return fixed;
  const names = shareNames(label);
  if (!names) return undefined;
  const num = names.numerator.replace(GENERIC_TERM, '');
  const den = names.denominator.replace(GENERIC_TERM, '');
  if (num.length < 2 || den.length < 2) return undefined;
  return { numerator: new RegExp(num), denominator: new RegExp(den) };
}

/** Rates whose formula the genre fixes: what the numerator and the denominator are called. */
const FORMULAS = [
  {
    rate: /[核审]减率/,
    numerator: /[核审]减/,
    denominator: /申报|送审|评估|涉及|审核/,
    // What is left after the review (核定, 审定, 建议安排) is no base of what was taken off, nor the cut.
    never: /核定|审定|建议安排|批复/,
    notNumerator: /核定|审定|建议安排|批复|核减后|审减后/,
  },
  {
    rate: /执行率|支出率|支付率|支出进度/,
    numerator: /支出|支付|执行/,
    denominator: /预算|下达|到位|安排|涉及/,
    // Spending (部门预算支出, 基本支出) is no base of a rate of spending.
    never: /(?:支出|支付|执行)(?:数|额|金额|资金)?$/,
  },
  { rate: /到位率/, numerator: /到位/, denominator: /预算|下达|安排|资金/ },
  { rate: /整改率|整改完成率/, numerator: /整改/, denominator: /问题/ },
  { rate: /优良率/, numerator: /优良|优[、和及与]良/, denominator: /./, named: true },
  { rate: /优秀率/, numerator: /优秀|为优/, denominator: /./, named: true },
  { rate: /合格率/, numerator: /合格/, denominator: /./, named: true },
];

const THING_NOUN = /^(?:项目|部门|单位|政策|目标|指标|机构|问题|乡镇|街道|学校|医院|企业)$/;

/** Counts whose labels name different things (部门 and 项目绩效目标): neither is a share of the other. */
function otherThings(a: DraftFigure, b: DraftFigure): boolean {
  const [ha, hb] = [headNoun(a.label), headNoun(b.label)];
  if (!ha || !hb || ha === hb || !THING_NOUN.test(ha) || !THING_NOUN.test(hb)) return false;
  return !(a.label ?? '').includes(hb) && !(b.label ?? '').includes(ha);
}
