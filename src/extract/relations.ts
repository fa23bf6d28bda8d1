/** Relations between the figures of a draft, found sentence by sentence; each kind in its own module under relations/. */
import type { Relation } from '../check/types.js';
import { type DraftFigure } from './figures.js';
import { bySentence } from './relations/common.js';
import { breakdowns } from './relations/breakdowns.js';
import { respectively, trailingTotals } from './relations/lists.js';
import { grades } from './relations/grades.js';
import { enumerations } from './relations/enumerations.js';
import { rates } from './relations/rates.js';
import { coverage, distantCoverage } from './relations/coverage.js';
import { conflicts } from './relations/conflicts.js';
import { changes } from './relations/changes.js';

const AVERAGE = /平均|人均|户均|均为|每[个项家所]?[\u4e00-\u9fff]{0,6}$/;

/** Relations a careful reader sees in the prose, each with how sure it is. */
export function draftRelations(figs: DraftFigure[], reportYear?: string): Relation[] {
  const out: Relation[] = [];
  let previousSentence: DraftFigure[] | undefined;
  for (const sentence of bySentence(figs)) {
    // The sentence right before, in the same paragraph, when it has figures.
    const before =
      previousSentence &&
      previousSentence[0]?.para === sentence[0]?.para &&
      previousSentence[0]?.sentence === (sentence[0]?.sentence ?? 0) - 1
        ? previousSentence
        : undefined;
    previousSentence = sentence;
    breakdowns(sentence, out, before);
    respectively(sentence, out);
    trailingTotals(sentence, out);
    grades(sentence, out, before);
    rates(sentence, out, before);
    coverage(sentence, out);
    changes(sentence, out, reportYear, before);
  }
  enumerations(figs, out);
  distantCoverage(figs, out, reportYear);
  const parts = new Set<DraftFigure>();
  for (const r of out) {
    if (r.kind === 'sum') for (const p of r.parts) parts.add(p as DraftFigure);
    else if (r.kind === 'bound' && r.check === 'atMost') parts.add(r.figure as DraftFigure);
  }
  conflicts(figs, parts, reportYear, out);
  for (const f of figs) {
    // 平均每个项目约11.6条, 人均1.5个: an average of counts need not be whole.
    if (
      f.unit.kind === 'count' &&
      !Number.isInteger(f.num) &&
      !AVERAGE.test(f.para.text.slice(Math.max(0, f.start - 12), f.start))
    )
      out.push({ kind: 'bound', check: 'whole', figure: f, certainty: 'inferred' });
  }
  return out;
}

export { HOLDING } from './relations/common.js';
export { reportYearOf } from './relations/conflicts.js';
