/** Breakdowns in prose: 其中 and 包括 lists under their total, classifications (按…分, 从…看), and which of them must add up (complementary classes) or only bound their total. */
import type { Relation } from '../../check/types.js';
import { Decimal, ZERO } from '../../figures/decimal.js';
import { baseValue, intervalOf } from '../../figures/figure.js';
import { comparable } from '../../figures/units.js';
import { type DraftFigure, sentenceSpan } from '../figures.js';
import { headNoun } from '../labels.js';
import {
  pushHolding,
  approx,
  operand,
  sameCounter,
  isChange,
  isPrior,
  bracketBefore,
  sumBounds,
  listedWith,
  surelyLte,
  roughIntersects,
} from './common.js';
import { sharesStem } from './rates.js';

/**
 * 共…，其中 A、B、C (or 包括 A、B、C): a breakdown. The total is the last figure before the marker of
 * the parts' kind (1016个项目…涉及资金17.95亿元，其中：优秀项目624个… breaks down the 1016, not the
 * money). It must add up when it looks complete: two or more parts whose sum reaches the total, exceeds
 * it, or falls short by under 2% (a slip, not an omission), or parts that close the sentence and name
 * complementary classes (本级 and 上级, three of the four budgets). A shorter sum, or a single part, is
 * a partial list: its parts only have to fit within the total.
 */
export function breakdowns(sentence: DraftFigure[], out: Relation[], previous?: DraftFigure[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  const [from, to] = sentenceSpan(first.para, first.sentence);
  // Most sentences have no marker at all: looked for with indexOf before any regular expression.
  if (
    !MARKER_WORDS.some((w) => {
      const i = text.indexOf(w, from);
      return i >= 0 && i < to;
    })
  )
    return;
  const marks = [...text.slice(from, to).matchAll(BREAKDOWN)].map((m) => from + (m.index ?? 0));
  // A breakdown in brackets (运行维护费1,187.60万元（其中购置费146.00万元、…）) breaks down the figure
  // right before the bracket, and its parts are not parts of the breakdown around it.
  const nested = marks.map((k) => bracketAround(text, from, k));
  const inner = (f: DraftFigure) => nested.some((b) => !!b && f.start > b[0] && f.start < b[1]);
  marks.forEach((k, i) => {
    const bracket = nested[i];
    // The parts run to the next marker outside brackets, or to the end of the clause (；。) or bracket.
    const next = marks.find((m, j) => j > i && (bracket ? true : !nested[j]));
    const ends = [next ?? -1, text.indexOf('；', k), text.indexOf('。', k), bracket?.[1] ?? -1].filter(
      (x) => x > k,
    );
    const end = ends.length > 0 ? Math.min(...ends) : text.length;
    // A sentence that opens with the marker (其中：…, 按预算类别分，…) breaks down the sentence before it,
    // and so does a second classification after ；(按预算单位分，…；按资金来源分，…).
    const opens =
      !!previous &&
      (/^[\s，,]*$/.test(text.slice(from, k)) ||
        (/^[；;]/.test(text.slice(k, k + 1)) &&
          /^[\s，,]*按/.test(text.slice(from, (marks[0] ?? from) + 3))));
    let pool = opens && previous ? [...previous, ...sentence] : sentence;
    if (bracket) pool = pool.filter((f) => f.end <= bracket[0] || f.start > k);
    else pool = pool.filter((f) => !inner(f));
    // Parts given in pairs (项目653个、27.83亿元，…) break down a count and an amount: each kind on its own.
    const heads: DraftFigure[] = [];
    for (const f of pool)
      if (f.start > k && f.start < end && f.unit.kind !== 'percent' && f.unit.kind !== 'points')
        if (!heads.some((h) => comparable(h.unit, f.unit) && sameCounter(h, f))) heads.push(f);
    for (const head of heads) breakdownOf(pool, head, k, end, text, out, opens ? previous : undefined);
  });
}

/** The bracket a marker stands in, within its sentence: [open, close], or undefined. */
function bracketAround(text: string, from: number, k: number): [number, number] | undefined {
  const open = Math.max(text.lastIndexOf('（', k), text.lastIndexOf('(', k));
  if (open < from) return undefined;
  const closes = [text.indexOf('）', open), text.indexOf(')', open)].filter((x) => x > open);
  const close = closes.length > 0 ? Math.min(...closes) : -1;
  return close > k ? [open, close] : undefined;
}

/** What may follow the last part before the clause ends: its paired figure (、资金0.57亿元, 、13个). */
const PAIRED_THEN_END =
  /^\s*(?:[、，,]\s*(?:资金|金额)?\s*[\d.,，]+\s*(?:万元|亿元|元|个|项)\s*(?:资金)?)?\s*[。；]/;

/** Words saying that classes overlap: 同时存在两类问题, 兼有. */
const OVERLAP = /同时存在|同时属于|兼有|交叉|重复计算/;

const MARKER_WORDS = ['其中', '包括', '按', '从'];

/** A count of classes (涵盖…5个领域): in a classification, not one of the classes. */
const CLASSES = /(?:领域|方面|类别|行业|层级|类型|方式)$/;

/** 其中, 包括, 按资金计, and a sentence opening 按…分: what introduces the parts of a total. */
const BREAKDOWN =
  /其中|包括|按(?:资金|金额|资金量)计|(?:^|[，,；;])[\s]*按(?!照|时|期|月|规定|要求)[\u4e00-\u9fff]{1,8}分(?=[，,：:])|(?:^|[，,；;])[\s]*从(?:组织方式|评价结果|评估结论|评价等级|资金来源|预算类型|项目类型|项目类别|类别|层级|领域分布|行业分布)看(?=[，,：:])/g;

/** The total of the parts of `head`'s kind after the marker at k, and whether they add up to it. */
function breakdownOf(
  pool: DraftFigure[],
  head: DraftFigure,
  k: number,
  end: number,
  text: string,
  out: Relation[],
  previous?: DraftFigure[],
): void {
  const classifying = /^[\s，,；;]*(?:按|从)/.test(text.slice(k, k + 3));
  let candidates = pool.filter(
    (f) =>
      f.end <= k &&
      comparable(f.unit, head.unit) &&
      sameCounter(f, head) &&
      !isChange(f) &&
      !isPrior(f) &&
      // Parts of another breakdown are no whole, except the part a bracketed breakdown follows.
      !(PARTS.has(f) && (f.sentence !== head.sentence || classifying)) &&
      !listedWith(f) &&
      operand(f) &&
      // A part singled out by 其中 in the sentence before is not the whole a new breakdown opens on.
      !(
        f.sentence !== head.sentence &&
        /其中[^，。；,;]{0,12}$/.test(text.slice(Math.max(0, f.start - 14), f.start))
      ),
  );
  // A whole in the sentence before is at least as large as each of its parts (从评估结论看，通过41个…
  // never breaks down the 5个 that closed the sentence before).
  const largest = Math.max(
    0,
    ...pool.filter((f) => f.start > k && f.start < end && comparable(f.unit, head.unit)).map((f) => f.num),
  );
  if (previous) candidates = candidates.filter((t) => !previous.includes(t) || t.num >= largest);
  // A classification's whole counts what its classes count (委托11家机构 is no whole of 优9个、良11个).
  if (classifying)
    candidates = candidates.filter(
      (t) => t.num >= largest && (t.unit.kind !== 'count' || t.unit.symbol === head.unit.symbol),
    );
  const partsOf = (t: DraftFigure) =>
    pool.filter(
      (f) =>
        f.para === head.para &&
        f.start > k &&
        f.start < end &&
        comparable(f.unit, t.unit) &&
        sameCounter(t, f) &&
        !isPrior(f) &&
        !isChange(f) &&
        !includes(f) &&
        // 从组织方式看，委托第三方实施24个，财政自行组织9个: classes of the whole, named by the class.
        (classifying ? !(f.forward && CLASSES.test(f.label ?? '')) : sameThing(t, f)),
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
  // The parts close the clause, a paired amount (、27.83亿元) or count after the last one aside.
  const closes = PAIRED_THEN_END.test(text.slice(last.end, last.end + 24)) && text[k] !== '包';
  // Classes that overlap (部分项目同时存在两类问题) add up to more than the whole: each only fits within it.
  if (classifying && OVERLAP.test(text.slice(k, end + 40))) {
    for (const p of parts)
      pushHolding(
        out,
        { kind: 'bound', check: 'atMost', figure: p, limit: total, certainty: 'inferred' },
        surelyLte(p.lo, total.hi),
      );
    return;
  }
  // 按资金计 and 按预算类别分 restate a whole in classes: its parts are all the classes.
  pushBreakdown(
    total,
    parts,
    out,
    (closes && (/^[\s，,]*按/.test(text.slice(k, k + 3)) || complementary(parts))) || categories(parts, text),
  );
}

/**
 * Of several totals that may head a breakdown, the nearest is in doubt when an earlier one shares a word
 * with the parts' names and the nearest does not (直达资金4.27亿元，已支出3.98亿元；其中，中央直达资金…).
 */
function unambiguous(nearest: DraftFigure, candidates: DraftFigure[], parts: DraftFigure[]): boolean {
  const shares = (t: DraftFigure) => parts.some((p) => sharesStem(p.label, t.label ?? ''));
  return shares(nearest) || !candidates.some((t) => t !== nearest && shares(t));
}

const PLACES: [string, string][] = [
  ['省内', '省外'],
  ['市内', '市外'],
  ['县内', '县外'],
  ['区内', '区外'],
  ['境内', '境外'],
  ['国内', '国外'],
  ['中央', '地方'],
];

const BUDGETS = [/一般公共预算/, /政府性基金/, /国有资本经营/, /社会保险基金|社保基金/];

/** Parts that name classes which together make the whole: own level and upper level, or the budgets. */
function complementary(parts: DraftFigure[]): boolean {
  const labels = parts.map((p) => p.label ?? '');
  const own = labels.some((l) => /本级/.test(l));
  const upper = labels.some((l) => /上级|转移支付/.test(l) && !/本级/.test(l));
  const lower = labels.some((l) => /^(?:县级|区级|县区级?|区县级?|乡镇级?|下级)|^县（市、?区?）/.test(l));
  if (own && (upper || lower)) return true;
  // 省内机构27家、省外机构14家: a place and everything outside it.
  for (const [inside, outside] of PLACES)
    if (labels.some((l) => l.startsWith(inside)) && labels.some((l) => l.startsWith(outside))) return true;
  return BUDGETS.filter((b) => labels.some((l) => b.test(l))).length >= 3;
}

/** A class named without its head noun: 教育类, 民生领域, 农业方面, 制造业行业. */
const CATEGORY = /(?:类|领域|方面|行业)$/;

/**
 * 其中教育类21个、卫生健康类18个、农林水类26个: three or more classes of one kind listed by 、 and not
 * closed by 等 name the whole, as complementary classes do.
 */
function categories(parts: DraftFigure[], text: string): boolean {
  const named = (p: DraftFigure) =>
    CATEGORY.test(p.label ?? '') || /(?:类|领域|方面|行业)(?:项目|单位|部门|机构)$/.test(p.label ?? '');
  if (parts.length < 3 || !parts.every(named)) return false;
  const joined = parts
    .slice(1)
    .every((p, i) =>
      /^\s*[、，,]\s*[\u4e00-\u9fff]{1,10}$/.test(text.slice((parts[i] as DraftFigure).end, p.start)),
    );
  const last = parts[parts.length - 1] as DraftFigure;
  return joined && !/^\s*等/.test(text.slice(last.end, last.end + 2));
}

/** Counts break down only into counts of the same thing (17个重大项目，其中债券项目11个); money into money. */
function sameThing(total: DraftFigure, part: DraftFigure): boolean {
  if (total.unit.kind !== 'count') return true;
  const head = headNoun(total.label);
  const partHead = headNoun(part.label);
  // 部门评价项目87个，其中教育类21个: a class of the same counter, its head noun left out.
  if (!part.forward && CATEGORY.test(part.label ?? '') && part.unit.symbol === total.unit.symbol) return true;
  // 项目绩效目标1,248个，其中一般公共预算项目1,016个: one target per project, so projects count them.
  const per =
    !!total.label &&
    !!partHead &&
    /(?:绩效目标|自评|评价)$/.test(total.label) &&
    total.label.includes(partHead);
  return head !== undefined && (head === partHead || per);
}

const TWO_PERCENT = new Decimal('0.02');
const NINETY_EIGHT_PERCENT = new Decimal('0.98');

/** Figures already read as parts of a breakdown: never the whole of another (从层级看 after 按预算类别分). */
const PARTS = new WeakSet<DraftFigure>();

function pushBreakdown(total: DraftFigure, parts: DraftFigure[], out: Relation[], exhaustive = false): void {
  for (const p of parts) PARTS.add(p);
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

/** Whether a figure was read as a part of a breakdown. */
export function isPart(f: DraftFigure): boolean {
  return PARTS.has(f);
}

/** A figure in a bracket naming what the figure before includes (28个（含专项债券项目6个）): no part of the list. */
function includes(f: DraftFigure): boolean {
  return /^(?:含|包含|内含|另有)/.test(bracketBefore(f, 24) ?? '');
}
