import type { Figure, Location } from '../figures/figure.js';

export type Severity = 'error' | 'warning' | 'info';
export type Certainty = 'certain' | 'inferred';

export type RuleId =
  | 'sum-mismatch'
  | 'rate-mismatch'
  | 'figure-conflict'
  | 'coverage-claim'
  | 'count-mismatch'
  | 'yoy-mismatch'
  | 'bounds'
  | 'display-rounding'
  | 'duplicate-phrase'
  | 'numbering-style'
  | 'disclosure-gap';

export interface Message {
  zh: string;
  en: string;
}

/** A diagnostic as data (after vfile-message): collected, never thrown. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: Message;
  location: Location;
  /** What the document states. */
  stated?: string;
  /** What the relation implies, with its interval. */
  expected?: string;
  related?: Location[];
  /** For drafts: the sentence with its figures marked, as a reviewer would look for it. */
  excerpt?: string;
}

interface RelationBase {
  certainty: Certainty;
}

/** total = Σ parts (complete), or Σ parts ≤ total (a partial breakdown: 其中 naming only some parts). */
export interface SumRelation extends RelationBase {
  kind: 'sum';
  total: Figure;
  parts: Figure[];
  complete: boolean;
}

/** rate = numerator / denominator × 100%. */
export interface RatioRelation extends RelationBase {
  kind: 'ratio';
  rate: Figure;
  numerator: Figure;
  denominator: Figure;
}

/** Two statements of the same quantity. */
export interface SameRelation extends RelationBase {
  kind: 'same';
  a: Figure;
  b: Figure;
  /** What both state, when the labels do not say it (重点评价项目数 for 对15个项目开展重点评价). */
  subject?: string;
}

/** A stated count against the items listed (a list ending in 等 is not exhaustive). */
export interface CountRelation extends RelationBase {
  kind: 'count';
  count: Figure;
  items: string[];
  exhaustive: boolean;
}

/** A claim of full coverage (全覆盖, 覆盖率100%) against the counts. */
export interface CoverageRelation extends RelationBase {
  kind: 'coverage';
  claim: Figure | { text: string; at: Location };
  covered: Figure;
  universe: Figure;
}

/** A change against last year: current − previous = delta; (current − previous) / previous = percent. */
export interface ChangeRelation extends RelationBase {
  kind: 'change';
  current: Figure;
  previous?: Figure;
  delta?: Figure;
  percent?: Figure;
}

export type BoundCheck = 'nonNegative' | 'whole' | 'percentRange' | 'atMost';

export interface BoundRelation extends RelationBase {
  kind: 'bound';
  check: BoundCheck;
  figure: Figure;
  limit?: Figure;
}

/** Shown (rounded) parts against a shown total, with the exact values behind them. */
export interface DisplaySumRelation extends RelationBase {
  kind: 'display-sum';
  total: Figure;
  parts: Figure[];
  exactParts: Figure[];
}

export type Relation =
  | SumRelation
  | RatioRelation
  | SameRelation
  | CountRelation
  | CoverageRelation
  | ChangeRelation
  | BoundRelation
  | DisplaySumRelation;

export type RelationKind = Relation['kind'];

export interface Rule<K extends RelationKind = RelationKind> {
  id: RuleId;
  /** What the rule checks, for `jixiao rules` and the README. */
  description: Message;
  kind: K;
  evaluate(relation: Extract<Relation, { kind: K }>): Finding[];
}
