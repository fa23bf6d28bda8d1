import type { Relation } from '../check/types.js';
import { Decimal, HUNDRED, ZERO } from '../figures/decimal.js';
import { baseValue, type Figure, intervalOf } from '../figures/figure.js';
import { comparable } from '../figures/units.js';
import { type DraftFigure, sentenceSpan } from './figures.js';
import { headNoun, labelKey } from './labels.js';
import type { DraftParagraph } from './text.js';

/** Figures of one sentence, in order (figures come in document order, so a sentence is a run). */
function bySentence(figs: DraftFigure[]): DraftFigure[][] {
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

function pushHolding(out: Relation[], r: Relation, holds: boolean | undefined): void {
  out.push(r);
  if (holds) HOLDING.add(r);
}

const approx = (...fs: DraftFigure[]) => fs.some((f) => f.approx !== undefined);

/**
 * A figure written in Chinese numerals (两轮, 三项) is a small count of rounds or kinds: it may be a list's
 * count, but never a total, a numerator or a denominator in prose arithmetic.
 */
const operand = (f: DraftFigure) => !f.found.chinese;

/** Counters of things that may stand for one another (86个部门中84家); rounds, batches and copies may not. */
const THINGS = new Set(['个', '项', '家', '所', '名', '户', '件', '条', '套', '本', '张', '篇']);

/** Counts of one kind of thing: 2轮 is never a share or a part of 4876个项目, nor 两轮 of 23份. */
function sameCounter(a: DraftFigure, b: DraftFigure): boolean {
  if (a.unit.kind !== 'count' || b.unit.kind !== 'count') return true;
  return a.unit.symbol === b.unit.symbol || (THINGS.has(a.unit.symbol) && THINGS.has(b.unit.symbol));
}

/** Whether a figure states a change (较上年增加46个, 增长4.59%) rather than a quantity. */
function isChange(f: DraftFigure): boolean {
  const text = f.para.text;
  return (
    (!!f.label && CHANGE.test(f.label)) ||
    CHANGE.test(text.slice(Math.max(0, f.start - 3), f.start)) ||
    /(?:较|比)(?:上年|去年|上一年度?|上年度|同期)(?:的|为)?\s*$/.test(
      text.slice(Math.max(0, f.start - 8), f.start),
    )
  );
}

/** Whether a figure is an earlier year's (较2021年的74个, 比上年的91.16%, 上年为95.14%), not this year's. */
function isPrior(f: DraftFigure): boolean {
  return /(?:(?:较|比)(?:上年|去年|上一年度?|上年度|同期|(?:19|20)\d\d年度?)(?:同期)?(?:的|为)?|(?:上年|去年|上年度)(?:为|是))\s*$/.test(
    f.para.text.slice(Math.max(0, f.start - 10), f.start),
  );
}

/**
 * 共…，其中 A、B、C (or 包括 A、B、C): a breakdown. The total is the last figure before the marker of
 * the parts' kind (1016个项目…涉及资金17.95亿元，其中：优秀项目624个… breaks down the 1016, not the
 * money). It must add up when it looks complete: two or more parts whose sum reaches the total, exceeds
 * it, or falls short by under 2% (a slip, not an omission), or parts that close the sentence and name
 * complementary classes (本级 and 上级, three of the four budgets). A shorter sum, or a single part, is
 * a partial list: its parts only have to fit within the total.
 */
function breakdowns(sentence: DraftFigure[], out: Relation[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  const [from, to] = sentenceSpan(first.para, first.sentence);
  const marks = [...text.slice(from, to).matchAll(/其中|包括|按(?:资金|金额|资金量)计/g)].map(
    (m) => from + (m.index ?? 0),
  );
  marks.forEach((k, i) => {
    // The parts run to the next marker, or to the end of the clause (；。).
    const ends = [marks[i + 1] ?? -1, text.indexOf('；', k), text.indexOf('。', k)].filter((x) => x > k);
    const end = ends.length > 0 ? Math.min(...ends) : text.length;
    const head = sentence.find((f) => f.start > k && f.start < end);
    if (!head || head.unit.kind === 'percent' || head.unit.kind === 'points') return;
    const candidates = sentence.filter(
      (f) =>
        f.end <= k && comparable(f.unit, head.unit) && sameCounter(f, head) && !isChange(f) && operand(f),
    );
    const partsOf = (t: DraftFigure) =>
      sentence.filter(
        (f) =>
          f.start > k && f.start < end && comparable(f.unit, t.unit) && sameCounter(t, f) && sameThing(t, f),
      );
    // 分配直达资金4.27亿元，已支出3.98亿元…；其中，中央直达资金3.15亿元，市级资金1.12亿元: of several totals
    // of the parts' kind, the parts break down the one they add up to, not merely the nearest.
    const fitting = candidates.filter((t) => {
      const ps = partsOf(t);
      return ps.length >= 2 && roughIntersects(t.lo, t.hi, ...sumBounds(ps)) !== false;
    });
    const nearest = candidates[candidates.length - 1];
    if (!nearest) return;
    let total = fitting[fitting.length - 1];
    if (!total) {
      // None fits: the nearest is the total only when no earlier candidate could be it as well.
      if (candidates.length > 1 && !unambiguous(nearest, candidates, partsOf(nearest))) return;
      total = nearest;
    }
    const parts = partsOf(total);
    if (parts.length === 0) return;
    const last = parts[parts.length - 1] as DraftFigure;
    const closes = /^\s*[。；]/.test(text.slice(last.end, last.end + 2)) && text[k] !== '包';
    // 按资金计 restates a whole breakdown in money: its parts are all the classes.
    pushBreakdown(total, parts, out, closes && (text[k] === '按' || complementary(parts)));
  });
}

function sumBounds(parts: DraftFigure[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    lo += p.lo;
    hi += p.hi;
  }
  return [lo, hi];
}

/**
 * Of several totals that may head a breakdown, the nearest is in doubt when an earlier one shares a word
 * with the parts' names and the nearest does not (直达资金4.27亿元，已支出3.98亿元；其中，中央直达资金…).
 */
function unambiguous(nearest: DraftFigure, candidates: DraftFigure[], parts: DraftFigure[]): boolean {
  const shares = (t: DraftFigure) => parts.some((p) => sharesStem(p.label, t.label ?? ''));
  return shares(nearest) || !candidates.some((t) => t !== nearest && shares(t));
}

const BUDGETS = [/一般公共预算/, /政府性基金/, /国有资本经营/, /社会保险基金|社保基金/];

/** Parts that name classes which together make the whole: own level and upper level, or the budgets. */
function complementary(parts: DraftFigure[]): boolean {
  const labels = parts.map((p) => p.label ?? '');
  const own = labels.some((l) => /本级/.test(l));
  const upper = labels.some((l) => /上级|转移支付/.test(l) && !/本级/.test(l));
  const lower = labels.some((l) => /^(?:县级|区级|县区级?|区县级?|乡镇级?|下级)|^县（市、?区?）/.test(l));
  if (own && (upper || lower)) return true;
  return BUDGETS.filter((b) => labels.some((l) => b.test(l))).length >= 3;
}

/** Counts break down only into counts of the same thing (17个重大项目，其中债券项目11个); money into money. */
function sameThing(total: DraftFigure, part: DraftFigure): boolean {
  if (total.unit.kind !== 'count') return true;
  const head = headNoun(total.label);
  const partHead = headNoun(part.label);
  // 项目绩效目标1,248个，其中一般公共预算项目1,016个: one target per project, so projects count them.
  const per =
    !!total.label &&
    !!partHead &&
    /(?:绩效目标|自评|评价)$/.test(total.label) &&
    total.label.startsWith(partHead);
  return head !== undefined && (head === partHead || per);
}

const TWO_PERCENT = new Decimal('0.02');
const NINETY_EIGHT_PERCENT = new Decimal('0.98');

function pushBreakdown(total: DraftFigure, parts: DraftFigure[], out: Relation[], exhaustive = false): void {
  // Floats decide unless they are too close to call; then exact decimals do.
  const exactSum = () => parts.reduce((acc, p) => acc.plus(baseValue(p)), ZERO);
  let sumNum = 0;
  let loSum = 0;
  let hiSum = 0;
  for (const p of parts) {
    sumNum += p.num;
    loSum += p.lo;
    hiSum += p.hi;
  }
  const t = total.num;
  // Certain (an error) when the parts miss the total narrowly: a slip. Far above it, the parts may be
  // overlapping classes (其中债券项目11个，民生项目9个 of 17): inferred, a warning.
  const narrow =
    surelyLte(Math.abs(sumNum - t), Math.abs(t) * 0.02) ??
    exactSum().minus(baseValue(total)).abs().lte(baseValue(total).abs().times(TWO_PERCENT));
  const certainty = approx(total, ...parts) || !narrow ? 'inferred' : 'certain';
  // Named classes that make the whole, short by under a quarter: the sum is wrong, not the list.
  const named = exhaustive && !approx(total, ...parts) && sumNum >= t * 0.75;
  const looksComplete =
    parts.length >= 2 &&
    (named ||
      (surelyLte(t * 0.98, sumNum) ?? exactSum().gte(baseValue(total).times(NINETY_EIGHT_PERCENT))) ||
      (roughIntersects(total.lo, total.hi, loSum, hiSum) ??
        intervalOf(total).intersects(parts.map(intervalOf).reduce((a, b) => a.add(b)))));
  if (looksComplete) {
    const r: Relation = { kind: 'sum', total, parts, complete: true, certainty };
    pushHolding(out, r, roughIntersects(total.lo, total.hi, loSum, hiSum));
  } else {
    for (const p of parts) {
      const r: Relation = { kind: 'bound', check: 'atMost', figure: p, limit: total, certainty: 'inferred' };
      pushHolding(out, r, surelyLte(p.lo, total.hi));
    }
  }
}

/**
 * 共N个，分别为 a、b、c (or 涉及资金45.83亿元，分别为 a、b、c): the parts named after 分别 add up to the
 * total named just before, up to the end of the clause.
 */
function respectively(sentence: DraftFigure[], out: Relation[]): void {
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
    const total =
      nearest && /^[，,]?\s*$/.test(gap) && !isChange(nearest)
        ? nearest
        : before
            .reverse()
            .find((f) => /(共|合计|总计|累计|共计)\s*$/.test(text.slice(Math.max(0, f.start - 4), f.start)));
    const ends = [text.indexOf('；', k), text.indexOf('。', k)].filter((x) => x > k);
    const end = ends.length > 0 ? Math.min(...ends) : text.length;
    const parts = sentence.filter(
      (f) => f.start > k && f.start < end && total && comparable(f.unit, total.unit) && sameCounter(total, f),
    );
    if (!total || parts.length < 2) continue;
    let lo = 0;
    let hi = 0;
    for (const p of parts) {
      lo += p.lo;
      hi += p.hi;
    }
    const r: Relation = { kind: 'sum', total, parts, complete: true, certainty: 'inferred' };
    pushHolding(out, r, roughIntersects(total.lo, total.hi, lo, hi));
  }
}

/**
 * a、b、c，合计N (分别为120人次、86人次、95人次，合计311人次): a list of amounts of one kind joined by
 * 、/和/及, closed by a total introduced as 合计/共计/总计 right after it.
 */
function trailingTotals(sentence: DraftFigure[], out: Relation[]): void {
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
    let lo = 0;
    let hi = 0;
    for (const p of parts) {
      lo += p.lo;
      hi += p.hi;
    }
    // A bare 合计311人次 is named after its list (参训人次分别为…).
    const first = parts[0] as DraftFigure;
    const total = t.label || !first.label ? t : { ...t, value: t.value, label: first.label };
    const r: Relation = { kind: 'sum', total, parts, complete: true, certainty: 'inferred' };
    pushHolding(out, r, roughIntersects(t.lo, t.hi, lo, hi));
  });
}

const CLAUSE_START = /[，。；：:！？,;（(“]/;

/** A、B、C…8个行业领域: a count against the 、-separated list right before it (not counted if it ends in 等). */
function enumerations(figs: DraftFigure[], out: Relation[]): void {
  for (const f of figs) {
    if (f.unit.kind !== 'count' || f.approx) continue;
    const text = f.para.text;
    // Back to the start of the clause, over bracketed notes: 11个县（市、区）中已有10个.
    let i = f.start;
    let depth = 0;
    while (i > 0) {
      const ch = text[i - 1] as string;
      if (ch === '）' || ch === ')') depth++;
      else if ((ch === '（' || ch === '(') && depth > 0) depth--;
      else if (depth === 0 && CLAUSE_START.test(ch)) break;
      i--;
    }
    // A bracketed note is part of its item, never a list of its own.
    let clause = text
      .slice(i, f.start)
      .replace(/[（(][^（()）]*[）)]/g, '')
      .trimEnd();
    // A list is counted only when the counted noun follows the number (8个行业领域), and modifiers
    // joined by 、 before a 的 (重点关注、社会影响面广的17个项目) are not a list.
    if (!/^[\s]*[\u4e00-\u9fff]/.test(text.slice(f.end, f.end + 2)) || /的$/.test(clause)) continue;
    // A、B分别为936个和91个: a list mapped onto values one by one, not counted.
    if (/分别(?:为|是)?$/.test(clause)) continue;
    const exhaustive = !/等$/.test(clause);
    clause = clause.replace(/(等|共|共计|合计)$/, '').trimEnd();
    if (!clause.includes('、')) continue;
    const items = clause.split('、').map((s) => s.trim());
    if (items.length < 2 || items.some((s) => s.length === 0 || s.length > 20 || /\d/.test(s))) continue;
    // "A、B和C": the last 和/及 may join two items, or be inside one (资金使用和管理): either reading
    // that agrees with the count is accepted.
    const last = items[items.length - 1] as string;
    const tail = last.split(/以及|和|及/).filter(Boolean);
    const split = tail.length === 2 ? [...items.slice(0, -1), ...tail] : items;
    const n = f.num;
    const chosen = split.length === n ? split : items;
    out.push({ kind: 'count', count: f, items: chosen, exhaustive, certainty: 'inferred' });
  }
}

const SHARE = /(率|占比|比例|比重)$|^占/;
const CHANGE = /(增长|增幅|增速|下降|降低|降幅|提高|同比|环比|减少|增加)/;

/** What a rate is a rate of: 核减率 → 核减, 预算执行率 → 预算执行; nothing for 占比, 比例. */
function stemOf(label: string): string {
  return label.replace(/^占/, '').replace(/(率|占比|比例|比重|总数的?|总额的?|的)$/, '');
}

/** Whether a label shares a two-character word with a rate's stem (核减资金 and 核减). */
function sharesStem(label: string | undefined, stem: string): boolean {
  if (!label) return false;
  for (let i = 0; i + 2 <= stem.length; i++) if (label.includes(stem.slice(i, i + 2))) return true;
  return false;
}

/** The text between two figures of a paragraph, bracketed notes (（市、区）) left out. */
function between(a: DraftFigure, b: DraftFigure): string {
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
function rates(sentence: DraftFigure[], out: Relation[], previous?: DraftFigure[]): void {
  for (const r of sentence) {
    if (r.unit.kind !== 'percent' || !r.label || !SHARE.test(r.label) || CHANGE.test(r.label)) continue;
    if (r.num > 100) out.push({ kind: 'bound', check: 'percentRange', figure: r, certainty: 'inferred' });
    // A coverage rate is a share of things counted, never of amounts.
    const countsOnly = /覆盖|公开率/.test(r.label);
    const amounts = sentence.filter(
      (f) =>
        f.start < r.start &&
        f.unit.kind !== 'percent' &&
        f.unit.kind !== 'points' &&
        !f.approx &&
        operand(f) &&
        (!countsOnly || f.unit.kind === 'count'),
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
          headNoun(f.label) === noun,
      );
      const base = bases[0];
      if (bases.length === 1 && base && base.num > lone.num) amounts.push(base);
    }
    const stem = stemOf(r.label);
    const named = stem.length >= 2 ? amounts.filter((f) => sharesStem(f.label, stem)) : [];
    // A rate whose formula the genre fixes takes its numerator from the amounts it names (资金到位率:
    // the 到位 amount), when the sentence states one.
    const formula = FORMULAS.find((x) => x.rate.test(r.label as string));
    const numerators = formula ? amounts.filter((f) => formula.numerator.test(f.label ?? '')) : [];
    // Every pair a ≤ b of one kind, b not zero. A pair gives the rate when its ratio comes near (a float
    // screen) and its interval meets the rate's; otherwise the pair whose ratio comes closest is reported.
    const rate = r.num;
    let any = false;
    let holds = false;
    let closest: { a: DraftFigure; b: DraftFigure; d: number } | undefined;
    for (const a of amounts) {
      for (const b of amounts) {
        if (a === b || !comparable(a.unit, b.unit) || !sameCounter(a, b) || b.num === 0) continue;
        if (named.length > 0 && !named.includes(a) && !named.includes(b)) continue;
        if (numerators.length > 0 && !numerators.includes(a)) continue;
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

/** Rates whose formula the genre fixes: what the numerator and the denominator are called. */
const FORMULAS = [
  { rate: /核减率/, numerator: /核减/, denominator: /申报|送审|评估|涉及/ },
  { rate: /执行率|支出率|支付率|支出进度/, numerator: /支出|支付|执行/, denominator: /预算|下达|到位|安排/ },
  { rate: /到位率/, numerator: /到位/, denominator: /预算|下达|安排|资金/ },
  { rate: /整改率|整改完成率/, numerator: /整改/, denominator: /问题/ },
];

/** Whether a / b × 100% can be the rate r, as intervals: floats when they are sure, exact otherwise. */
function ratioMeets(a: DraftFigure, b: DraftFigure, r: DraftFigure): boolean {
  const exact = () => intervalOf(a).div(intervalOf(b)).scale(HUNDRED).intersects(intervalOf(r));
  if (![a.lo, a.hi, b.lo, b.hi].every(Number.isFinite) || (b.lo <= 0 && b.hi >= 0)) return exact();
  const c = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return roughIntersects(Math.min(...c) * 100, Math.max(...c) * 100, r.lo, r.hi) ?? exact();
}

/** x ≤ y for floats, when they are apart by more than float error can explain; undefined if too close. */
function surelyLte(x: number, y: number): boolean | undefined {
  const tol = 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (x < y - tol) return true;
  if (x > y + tol) return false;
  return undefined;
}

/** Whether [alo, ahi] and [blo, bhi] meet, as surelyLte decides; undefined if too close to call. */
function roughIntersects(alo: number, ahi: number, blo: number, bhi: number): boolean | undefined {
  if (![alo, ahi, blo, bhi].every(Number.isFinite)) return undefined;
  const x = surelyLte(alo, bhi);
  const y = surelyLte(blo, ahi);
  if (x === false || y === false) return false;
  return x && y ? true : undefined;
}

const HEDGE =
  /(基本|逐步|初步|力争|力求|推进|推动|争取|尚未|未能|未|没有|距离|有待|仍有|努力|向|朝|将|计划|预计|确保|进一步|要)[^，。；]{0,6}$/;

const COVERAGE_CLAIM = /全覆盖|覆盖率(?:达到?|为)?\s?100%/;

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
  const drawn =
    part.start > whole.end &&
    /^[^，。；,;]{0,12}中[，,]?(?:的|有|已有|共有|仅有|只有)?$/.test(text.slice(whole.end, part.start));
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
    /^[^，。；,;]{0,12}中[，,]?(?:的|有|已有|共有|仅有|只有)?$/.test(text.slice(whole.end, part.start))
  );
}

/**
 * 全覆盖 (not hedged: 基本实现全覆盖 is no claim) against the counts of one thing in its sentence: the
 * largest is the whole, the largest count below it what was covered. Counts that add up to the whole
 * (84个单位自评，其余2个单位由主管部门代评) are a full partition, and the claim holds.
 */
function coverage(sentence: DraftFigure[], out: Relation[]): void {
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
  }
  if (spans.length === 0) return;
  // Last year's count and the change on it (较2021年的74个增加12个) are never what is covered or the whole.
  const counts = sentence.filter((f) => f.unit.kind === 'count' && !f.approx && !isChange(f) && !isPrior(f));
  if (counts.length < 2) return;
  for (const m of spans.flatMap(([a, b]) =>
    [...text.slice(a, b).matchAll(/全覆盖|覆盖率(?:达到?|为)?\s?100%/g)].map((x) => ({
      0: x[0],
      index: a + (x.index ?? 0),
    })),
  )) {
    const k = m.index;
    if (HEDGE.test(text.slice(Math.max(0, k - 10), k))) continue;
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

const YEARS = /(19|20)\d\d年/g;
const GENERIC = new Set([
  '涉及金额',
  '涉及资金',
  '金额',
  '资金',
  '项目',
  '部门',
  '单位',
  '财政资金',
  '项目资金',
  '预算单位',
]);

/** Periods that make two statements of one label different quantities: another year, last year, a total to date, part of a year. */
const PERIOD =
  /(?:19|20)\d\d年度?|上年|去年|上一年度?|同期|累计|以来|历年|新增|[上下]半年|[一二三四1-4]季度|\d{1,2}\s?[-—~－至]\s?\d{1,2}\s?月|\d{1,2}\s?月(?:底|末|份)?/g;
/** Between two statements in one paragraph: a turn to other items (另有, 其余, 二是, （2）, ：, ；). */
const OTHER_ITEMS =
  /另|此外|其余|剩余|其他|其它|分别|其中|一是|二是|三是|四是|五是|六是|其一|其二|例如|比如|[①-⑳]|[（(][一二三四五六七八九十\d]+[）)]|(?:^|[^\d.])\d+[.．、](?!\d)|[：；:;]/;
/** Verbs before a counted noun that do not change what is counted: 编制了664个项目绩效目标. */
const NEUTRAL_VERB = /(?:编制|设定|设置|制定|形成|共有|有|涉及|包括)$/;
const CLAUSE_MARKS = new Set([...'，。；：,;:（(！？']);
const SUBJECT = /^(?:全县|全市|全区|全州|全省|全国|本级|市级|县级|各级|全年|今年|当年|年内|本年)?$/;

/**
 * For a count whose noun follows the number, the verb before it (审核120个项目绩效目标, 对30个项目):
 * a count of what was reviewed or selected is not a count of all. Empty when nothing changes what is
 * counted (编制了664个项目绩效目标, 全县58个县直部门).
 */
function contextOf(f: DraftFigure): string {
  if (!f.forward) return '';
  const text = f.para.text;
  let i = f.start;
  while (i > 0 && !CLAUSE_MARKS.has(text[i - 1] as string) && f.start - i < 20) i--;
  let prefix = text
    .slice(i, f.start)
    .replace(/^.*\d/, '')
    .replace(/^[年月日个项家份条次]/, '')
    .replace(/\s/g, '');
  prefix = prefix.replace(/(?:共计|合计|总计|共|计|达到?|为|了|全部|均)+$/, '');
  if (NEUTRAL_VERB.test(prefix)) return '';
  prefix = prefix.slice(-4);
  return SUBJECT.test(prefix) ? '' : prefix;
}

const periodCache = new WeakMap<DraftFigure, string>();

/**
 * The years of a figure's sentence and the periods named before it in the sentence. A sentence that
 * names no year speaks of the year reported on (通过事前评估，全年对18个项目核减资金… in a 2024 report).
 */
function periodOf(f: DraftFigure, reportYear: string | undefined): string {
  let y = periodCache.get(f);
  if (y === undefined) {
    const [s, e] = sentenceSpan(f.para, f.sentence);
    let years = f.para.text.slice(s, e).match(YEARS) ?? [];
    if (years.length === 0 && reportYear) years = [reportYear];
    const before = f.para.text.slice(s, f.start).match(PERIOD) ?? [];
    y = [...new Set([...years, ...before.map((p) => p.replace(/\s/g, ''))])].sort().join(',');
    periodCache.set(f, y);
  }
  return y;
}

/** The year a draft reports on, from its title (关于××区2024年度预算绩效管理工作情况的报告). */
export function reportYearOf(paragraphs: DraftParagraph[]): string | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    const m = /((?:19|20)\d\d)\s?年度?[^，。；]{0,30}(?:报告|说明|情况)/.exec(p.text);
    if (m) return `${m[1]}年`;
  }
  return undefined;
}

/**
 * What a sentence opening with 对… deals with (对执行进度滞后的项目发出预警函… against 对重点评价发现的问题，
 * 督促整改…): the first words after 对. Statements about different objects are different activities,
 * even in the same words.
 */
function scopeOf(f: DraftFigure): string | undefined {
  const [s] = sentenceSpan(f.para, f.sentence);
  const m = /^(?:全年|同时|此外|另外|通过)?[，,]?对([\u4e00-\u9fff]{4})/.exec(f.para.text.slice(s, f.start));
  return m?.[1];
}

/**
 * Two statements of one label that can be the same quantity: other paragraphs, or, within a paragraph,
 * the very same label in another sentence with no turn to other items between them.
 */
function restates(a: DraftFigure, b: DraftFigure, year: string | undefined): boolean {
  const [sa, sb] = [scopeOf(a), scopeOf(b)];
  if (sa && sb && sa !== sb) return false;
  if (a.para === b.para) {
    if (a.sentence === b.sentence || a.label !== b.label) return false;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    if (OTHER_ITEMS.test(a.para.text.slice(x.end, y.start))) return false;
  }
  return periodOf(a, year) === periodOf(b, year);
}

/**
 * The same thing stated twice with different values: the same specific label, the same kind of unit,
 * the same period, neither a part of a breakdown nor the subject of a predicate (30个得分在90分以上).
 * A label seen with three or more different values names a kind of thing (各类专项预算), not one
 * quantity, and is left alone. Inferred: a warning.
 */
function conflicts(
  figs: DraftFigure[],
  parts: Set<DraftFigure>,
  year: string | undefined,
  out: Relation[],
): void {
  const groups = new Map<string, DraftFigure[]>();
  for (const f of figs) {
    if (!f.label || f.approx || f.predicated || parts.has(f)) continue;
    const key = labelKey(f.label);
    if (key.length < 3 || GENERIC.has(key) || CHANGE.test(key) || /上年|去年|同期|下一?年/.test(key))
      continue;
    const k = `${f.unit.kind}|${key}`;
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  for (const byLabel of groups.values()) {
    if (byLabel.length < 2) continue;
    // The verb before a counted noun is part of what is counted (审核120个项目绩效目标), and so is
    // the period (1-6月 against the whole year).
    const byContext = new Map<string, DraftFigure[]>();
    for (const f of byLabel) {
      const c = `${contextOf(f)}|${periodOf(f, year)}`;
      const list = byContext.get(c) ?? [];
      list.push(f);
      byContext.set(c, list);
    }
    for (const list of byContext.values()) conflictIn(list, year, out);
  }
}

/** A label's statements under one context: two different values that can be one quantity. */
function conflictIn(list: DraftFigure[], year: string | undefined, out: Relation[]): void {
  if (list.length < 2) return;
  // Distinct values, up to float noise (3.09亿元 is 30900万元); three or more end the search.
  const keys = list.map((f) => f.num.toPrecision(12));
  if (new Set(keys).size !== 2) return;
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as DraftFigure;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as DraftFigure;
      if (keys[i] !== keys[j] && !intervalOf(a).intersects(intervalOf(b)) && restates(a, b, year)) {
        out.push({ kind: 'same', a, b, certainty: 'inferred' });
        return;
      }
    }
  }
}

const CHANGE_VERB = '(增加|减少|增长|下降|提高|降低)';
const LAST_YEAR = '(?:上年|去年|上一年度?|上年度)(?:同期)?|同期';
/** 较上年增加3个, 同比增长12.5%: no figure between the comparison and the change. */
const PLAIN_CHANGE = new RegExp(
  `(?:较|比)(?:${LAST_YEAR})[^，。；\\d]{0,6}?${CHANGE_VERB}了?$|同比${CHANGE_VERB}了?$`,
);
/** 较上年的1.82亿元增长31.87%, 比上年68个增加19个: last year's figure named inline. */
const BEFORE_PREVIOUS = new RegExp(`(?:较|比)(?:${LAST_YEAR})(?:的|为)?\\s*$`);
const AFTER_PREVIOUS = new RegExp(`^\\s*${CHANGE_VERB}了?\\s*$`);
/** 增加79个，增长6.66%: a second statement of the same change. */
const CHAINED = /^[，,]\s*(增长|增幅|下降|降幅|提高|降低|增加|减少)(?:了|为|达到?)?\s*$/;
const DOWN = /减少|下降|降低|降幅/;

/**
 * Last year's count when only the change is stated (1048个，较上年增加46个): exact, since counts are
 * whole; derived, not stated.
 */
function previousCount(current: DraftFigure, delta: DraftFigure, down: boolean): Figure | undefined {
  if (current.unit !== delta.unit || current.unit.kind !== 'count' || current.approx || delta.approx) return;
  if (current.exponent < 0 || delta.exponent < 0) return;
  const value = down ? current.value.plus(delta.value) : current.value.minus(delta.value);
  if (value.lte(ZERO)) return;
  return {
    value,
    unit: current.unit,
    exponent: 0,
    text: `${value.toString()}${current.unit.symbol}（推算）`,
    label: current.label,
    at: delta.at,
    derived: true,
  };
}

/** 较上年增加3个, 同比增长12.5%, 较上年的1.82亿元增长31.87%: against last year's figure when the sentence gives it. */
function changes(sentence: DraftFigure[], out: Relation[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  const [from] = sentenceSpan(first.para, first.sentence);
  let last: { current: DraftFigure; previous: Figure | undefined; d: DraftFigure } | undefined;
  sentence.forEach((d, i) => {
    const lead = text.slice(Math.max(from, d.start - 12), d.start);
    const p = sentence[i - 1];
    let current: DraftFigure | undefined;
    let previous: Figure | undefined;
    let verb: string | undefined;
    const inline = p && AFTER_PREVIOUS.exec(text.slice(p.end, d.start));
    if (p && inline && BEFORE_PREVIOUS.test(text.slice(Math.max(from, p.start - 10), p.start))) {
      previous = p;
      verb = inline[1];
      // A change in points (较上年的91.16%提高3.5个百分点) is one of a rate: the rate stated before.
      current = [...sentence.slice(0, i - 1)]
        .reverse()
        .find((f) =>
          d.unit.kind === 'points'
            ? f.unit.kind === 'percent' && !isChange(f)
            : f.unit.kind !== 'percent' && comparable(f.unit, p.unit),
        );
    } else {
      const m = PLAIN_CHANGE.exec(lead);
      const chained = last && CHAINED.exec(text.slice(last.d.end, d.start));
      if (m) {
        verb = m[1] ?? m[2];
        // Last year's figure is the one introduced as such (上年为100个); the current one is the nearest other.
        previous = sentence.find(
          (f) =>
            f !== d &&
            /(上年|去年|上一年度?|上年度)(为|是|共|有)?$/.test(text.slice(Math.max(0, f.start - 6), f.start)),
        );
        current = [...sentence]
          .reverse()
          .find(
            (f) =>
              f.start < d.start &&
              f !== d &&
              f !== previous &&
              (d.unit.kind === 'points'
                ? f.unit.kind === 'percent' && !isChange(f)
                : f.unit.kind !== 'percent'),
          );
      } else if (last && chained) {
        verb = chained[1];
        current = last.current;
        previous = last.previous;
      }
    }
    if (!current || !verb) return;
    const down = DOWN.test(verb);
    const signed = down ? { ...d, value: d.value.neg() } : d;
    if (d.unit.kind === 'percent') {
      out.push({ kind: 'change', current, previous, percent: signed, certainty: 'inferred' });
    } else if (d.unit.kind === 'points') {
      if (current.unit.kind !== 'percent' || previous?.unit.kind !== 'percent') return;
      out.push({ kind: 'change', current, previous, delta: signed, certainty: 'inferred' });
    } else if (comparable(d.unit, current.unit)) {
      if (previous) out.push({ kind: 'change', current, previous, delta: signed, certainty: 'inferred' });
      else previous = previousCount(current, d, down);
    } else return;
    last = { current, previous, d };
  });
}

/** Relations a careful reader sees in the prose, each with how sure it is. */
export function draftRelations(figs: DraftFigure[], reportYear?: string): Relation[] {
  const out: Relation[] = [];
  let previousSentence: DraftFigure[] | undefined;
  for (const sentence of bySentence(figs)) {
    breakdowns(sentence, out);
    respectively(sentence, out);
    trailingTotals(sentence, out);
    const before = previousSentence;
    rates(
      sentence,
      out,
      before &&
        before[0]?.para === sentence[0]?.para &&
        before[0]?.sentence === (sentence[0]?.sentence ?? 0) - 1
        ? before
        : undefined,
    );
    previousSentence = sentence;
    coverage(sentence, out);
    changes(sentence, out);
  }
  enumerations(figs, out);
  const parts = new Set<DraftFigure>();
  for (const r of out) {
    if (r.kind === 'sum') for (const p of r.parts) parts.add(p as DraftFigure);
    else if (r.kind === 'bound' && r.check === 'atMost') parts.add(r.figure as DraftFigure);
  }
  conflicts(figs, parts, reportYear, out);
  for (const f of figs) {
    if (f.unit.kind === 'count' && !Number.isInteger(f.num))
      out.push({ kind: 'bound', check: 'whole', figure: f, certainty: 'inferred' });
  }
  return out;
}
