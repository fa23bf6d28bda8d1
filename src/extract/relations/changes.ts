/** Changes on last year (较上年增加3个, 同比增长12.5%, 较上年的1.82亿元增长31.87%, 提高N个百分点) against last year's figure when the text gives it. */
import type { Relation } from '../../check/types.js';
import { ZERO } from '../../figures/decimal.js';
import { type Figure } from '../../figures/figure.js';
import { comparable } from '../../figures/units.js';
import { type DraftFigure, sentenceSpan } from '../figures.js';
import { includedPart, isChange, isPrior, listedWith } from './common.js';
import { headNoun } from '../labels.js';
import { isPart } from './breakdowns.js';
import { BRACKETED_EARLIER, EARLIER, FROM, LAST_YEAR, TO_VERB } from '../vocabulary.js';

const CHANGE_VERB = '(增加|减少|增长|下降|提高|降低)';
/** 较上年增加3个, 同比增长12.5%: no figure between the comparison and the change. */
const PLAIN_CHANGE = new RegExp(
  `(?:较|比)(?:${LAST_YEAR})[^，。；\\d]{0,6}?${CHANGE_VERB}了?$|同比${CHANGE_VERB}了?$`,
);
/** 较上年的1.82亿元增长31.87%, 比上年68个增加19个, 较2020年的1403.82万元下降7.36%: the earlier figure named inline. */
const BEFORE_PREVIOUS = new RegExp(`(?:较|比)${EARLIER}(?:的|为)?\\s*$`);
/** 由上年的87.5%提高到96.3%, 由2022年的68.40%提升至75.20%: the earlier figure, then this year's. */
const FROM_END = new RegExp(`${FROM}\\s*$`);
/** 增长21.9%（2023年为1.62亿元）: the earlier figure given in brackets right after the change. */
const BRACKETED_BEFORE = new RegExp(`^\\s*${BRACKETED_EARLIER}\\s*$`);
/** What a change is of, named before it in its clause (涉及资金同比增长36.7%): money or things counted. */
const MONEY_SUBJECT = /资金|金额|经费|支出|收入|规模/;
const COUNT_SUBJECT = /项目|个数|数量|家数|人次|部门|单位|政策/;
const TO = new RegExp(`^\\s*${TO_VERB}\\s*$`);
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
/**
 * The year a figure's sentence gives it before it (2023年纳入监控的项目为276个 → 2023年), if any: a
 * figure of another year than the report's is not this year's value of a change.
 */
function statedYear(f: DraftFigure, from: number): string | undefined {
  // 在编制2025年预算时: a budget named by its year is no period of the figure.
  // …and 对2023年度项目开展自评 names what was evaluated, not when the figure was.
  const before = f.para.text
    .slice(from, f.start)
    .replace(/(?:19|20)\d\d年度?(?:部门)?预算|(?:19|20)\d\d年度的?(?:项目|部门|支出|资金|政策)/g, '');
  const years = before.match(/(?:19|20)\d\d年/g);
  return years?.[years.length - 1];
}

/**
 * Last year's figure stated in the sentence before (2023年，市级共对34个项目开展了事前评估。2024年，评估
 * 项目41个，较上年增加9个): the one figure there of the same kind and counted noun, when that sentence
 * opens with the year before the report's (or 上年).
 */
function previousSentenceFigure(
  current: DraftFigure,
  before: DraftFigure[] | undefined,
  reportYear: string | undefined,
): DraftFigure | undefined {
  const first = before?.[0];
  if (!before || !first || !reportYear || !current.label) return undefined;
  const [s] = sentenceSpan(first.para, first.sentence);
  const opening = /^[\s，,]*(?:((?:19|20)\d\d)年度?|上年|去年)/.exec(first.para.text.slice(s, s + 8));
  if (!opening || (opening[1] && Number(opening[1]) !== Number.parseInt(reportYear, 10) - 1))
    return undefined;
  const noun = headNoun(current.label);
  const same = before.filter(
    (f) =>
      comparable(f.unit, current.unit) &&
      f.unit.symbol === current.unit.symbol &&
      !isChange(f) &&
      !f.approx &&
      headNoun(f.label) === noun,
  );
  return same.length === 1 ? same[0] : undefined;
}

export function changes(
  sentence: DraftFigure[],
  out: Relation[],
  reportYear?: string,
  before?: DraftFigure[],
): void {
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
    // 由X提高到Y: no change stated yet, but the next figure may state it (，提高8.8个百分点).
    if (
      p &&
      TO.test(text.slice(p.end, d.start)) &&
      FROM_END.test(text.slice(Math.max(from, p.start - 10), p.start))
    ) {
      if (comparable(p.unit, d.unit)) last = { current: d, previous: p, d };
      return;
    }
    if (p && inline && BEFORE_PREVIOUS.test(text.slice(Math.max(from, p.start - 10), p.start))) {
      previous = p;
      verb = inline[1];
      // A change in points (较上年的91.16%提高3.5个百分点) is one of a rate: the rate stated before.
      current = [...sentence.slice(0, i - 1)]
        .reverse()
        .find(
          (f) =>
            !includedPart(f) &&
            (d.unit.kind === 'points'
              ? f.unit.kind === 'percent' && !isChange(f)
              : f.unit.kind !== 'percent' && comparable(f.unit, p.unit)),
        );
    } else {
      const m = PLAIN_CHANGE.exec(lead);
      const chained = last && CHAINED.exec(text.slice(last.d.end, d.start));
      if (m) {
        verb = m[1] ?? m[2];
        // Last year's figure is the one introduced as such (上年为100个); the current one is the nearest other.
        const next = sentence[i + 1];
        previous =
          sentence.find(
            (f) =>
              f !== d &&
              /(上年|去年|上一年度?|上年度)(为|是|共|有)?$/.test(
                text.slice(Math.max(0, f.start - 6), f.start),
              ),
          ) ?? (next && BRACKETED_BEFORE.test(text.slice(d.end, next.start)) ? next : undefined);
        // The subject named just before the comparison (涉及资金同比增长) says what kind of figure changed.
        const subject = lead.replace(/^.*[，,；;：:]/, '');
        const kind = MONEY_SUBJECT.test(subject)
          ? 'money'
          : COUNT_SUBJECT.test(subject)
            ? 'count'
            : undefined;
        // A part of a breakdown is the changed figure only when nothing else can be (资金规模较上年增长
        // after 其中项目资金…、部门整体支出4.78亿元 is the whole's change).
        const candidates = [...sentence]
          .reverse()
          .filter(
            (f) =>
              f.start < d.start &&
              f !== d &&
              f !== previous &&
              !isChange(f) &&
              !isPrior(f) &&
              !listedWith(f) &&
              (d.unit.kind !== 'percent' || !kind || f.unit.kind === kind) &&
              (d.unit.kind === 'points'
                ? f.unit.kind === 'percent' && !isChange(f)
                : d.unit.kind === 'percent'
                  ? f.unit.kind !== 'percent'
                  : comparable(f.unit, d.unit)),
          );
        current = candidates.find((f) => !isPart(f)) ?? candidates[0];
      } else if (last && chained) {
        verb = chained[1];
        current = last.current;
        previous = last.previous;
      }
    }
    if (!current || !verb) return;
    // A year named before this year's figure makes it another year's (2023年…276个); after 由2023年的X
    // 提高到Y, the year is X's.
    const year = statedYear(current, from);
    const fromTo = last?.current === current && last.d === current;
    if (reportYear && year && year !== reportYear && !fromTo) return;
    const down = DOWN.test(verb);
    const signed = down ? { ...d, value: d.value.neg() } : d;
    if (previous && !comparable(previous.unit, current.unit)) previous = undefined;
    if (d.unit.kind === 'percent') {
      previous ??= previousSentenceFigure(current, before, reportYear);
      out.push({ kind: 'change', current, previous, percent: signed, certainty: 'inferred' });
    } else if (d.unit.kind === 'points') {
      if (current.unit.kind !== 'percent' || previous?.unit.kind !== 'percent') return;
      out.push({ kind: 'change', current, previous, delta: signed, certainty: 'inferred' });
    } else if (comparable(d.unit, current.unit)) {
      previous ??= previousSentenceFigure(current, before, reportYear);
      if (previous) out.push({ kind: 'change', current, previous, delta: signed, certainty: 'inferred' });
      else previous = previousCount(current, d, down);
    } else return;
    last = { current, previous, d };
  });
}
