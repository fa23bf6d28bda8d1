import { bounds } from './rules/bounds.js';
import { countMismatch } from './rules/count-mismatch.js';
import { coverageClaim } from './rules/coverage-claim.js';
import { displayRounding } from './rules/display-rounding.js';
import { figureConflict } from './rules/figure-conflict.js';
import { rateMismatch } from './rules/rate-mismatch.js';
import { sumMismatch } from './rules/sum-mismatch.js';
import { yoyMismatch } from './rules/yoy-mismatch.js';
import type { RelationKind, Rule } from './types.js';

type AnyRule = { [K in RelationKind]: Rule<K> }[RelationKind];

/** Every rule, in the order findings of one place are listed. Rule ids are stable: tools depend on them. */
export const RULES = [
  sumMismatch,
  rateMismatch,
  figureConflict,
  coverageClaim,
  countMismatch,
  yoyMismatch,
  bounds,
  displayRounding,
] as const satisfies readonly AnyRule[];
