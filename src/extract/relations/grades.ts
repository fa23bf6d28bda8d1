/**
 * Counts by grade (评价等次分别为优3个、良4个、中2个; 评价结果为“优”的6个、“良”的7个) under the count of what
 * was graded: each thing has one grade, so the grades never add up to more than the things graded, and
 * when the lowest grade is listed too they add up to exactly that.
 */
import type { Relation } from '../../check/types.js';
import type { DraftFigure } from '../figures.js';
import { isPart } from './breakdowns.js';
import {
  includedPart,
  isChange,
  isPrior,
  listedWith,
  operand,
  pushHolding,
  roughIntersects,
  surelyLte,
  sumBounds,
} from './common.js';

/** A grade named right before its count: 优3个, “良”的7个, 良好项目4个, 等级为中的2个. */
const GRADE =
  /(?:^|[为是、，,：:“"‘\s]|其中)(优秀|良好|中等|较差|不合格|合格|优|良|中|差|一般)[”"’]?(?:的|等级|等次|级)?(?:项目|单位|部门|政策)?\s*$/;
/** Grades at the bottom of a scale: listing one means every grade is listed. */
const LOWEST = /较差|不合格|差/;
/** What may stand between two graded counts: a separator and the next grade. */
const SEPARATOR = /^\s*[、，,；;]\s*(?:[“"‘][^”"’]{1,4}[”"’](?:的|等级|等次)?|[\u4e00-\u9fff]{1,6})\s*$/;
/** Things graded: the count a grading breaks down names one of these. */
const GRADED = /项目|单位|部门|政策|对象/;

function gradeOf(text: string, from: number, f: DraftFigure): string | undefined {
  return GRADE.exec(text.slice(Math.max(from, f.start - 10), f.start))?.[1];
}

/** Runs of graded counts in a sentence, each under the count of what was graded. */
export function grades(sentence: DraftFigure[], out: Relation[], previous?: DraftFigure[]): void {
  const first = sentence[0];
  if (!first) return;
  const text = first.para.text;
  let i = 0;
  while (i < sentence.length) {
    const f = sentence[i] as DraftFigure;
    const start = i > 0 ? (sentence[i - 1] as DraftFigure).end : 0;
    if (f.unit.kind !== 'count' || !operand(f) || !gradeOf(text, start, f)) {
      i++;
      continue;
    }
    // The run: counts joined by a separator and the next grade.
    const run = [f];
    const names = [gradeOf(text, start, f) as string];
    let j = i + 1;
    for (; j < sentence.length; j++) {
      const g = sentence[j] as DraftFigure;
      const prev = run[run.length - 1] as DraftFigure;
      const name = gradeOf(text, prev.end, g);
      if (!name || g.unit !== f.unit || !operand(g) || !SEPARATOR.test(text.slice(prev.end, g.start))) break;
      run.push(g);
      names.push(name);
    }
    i = j;
    if (run.length < 2 || new Set(names).size !== names.length) continue;
    // Listed up to 等: some grades left out on purpose, nothing to add up.
    const last = run[run.length - 1] as DraftFigure;
    if (/^\s*等/.test(text.slice(last.end, last.end + 2))) continue;
    // Grades already read as the parts of a breakdown (其中：优秀项目624个、…) are not counted twice.
    if (isPart(f)) continue;
    const total = gradedTotal(run, sentence, previous);
    if (!total) continue;
    const complete = names.some((n) => LOWEST.test(n));
    const [lo, hi] = sumBounds(run);
    const r: Relation = { kind: 'sum', total, parts: run, complete, certainty: 'inferred' };
    pushHolding(out, r, complete ? roughIntersects(total.lo, total.hi, lo, hi) : surelyLte(lo, total.hi));
  }
}

/** The count of what was graded: the last count of a graded thing before the grades, in the sentence or the one before. */
function gradedTotal(
  run: DraftFigure[],
  sentence: DraftFigure[],
  previous: DraftFigure[] | undefined,
): DraftFigure | undefined {
  const first = run[0] as DraftFigure;
  // What was graded is at least as many as any one grade (61个部门对487个项目开展自评…优的412个).
  const largest = Math.max(...run.map((p) => p.num));
  const fits = (t: DraftFigure) =>
    t.unit.kind === 'count' &&
    !t.approx &&
    operand(t) &&
    !isChange(t) &&
    t.unit.symbol === first.unit.symbol &&
    GRADED.test(t.label ?? '') &&
    t.num >= largest &&
    !isPart(t) &&
    !includedPart(t) &&
    !isPrior(t) &&
    !listedWith(t);
  const before = sentence.filter((t) => t.start < first.start);
  const own = before.filter(fits);
  if (own.length > 0) return own[own.length - 1];
  // 选取15个项目开展重点评价。评价结果为“优”的6个…: the count just before, when the sentence has none.
  if (before.some((t) => t.unit.kind === 'count')) return undefined;
  const earlier = (previous ?? []).filter(fits);
  return earlier[earlier.length - 1];
}
