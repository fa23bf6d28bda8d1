import { Decimal } from './decimal.js';

export type UnitKind = 'money' | 'percent' | 'points' | 'count' | 'people' | 'score' | 'times';

export interface Unit {
  /** As written after the number: 万元, %, 个百分点, 项, 万人次 … */
  symbol: string;
  kind: UnitKind;
  /** Multiplier to the kind's base unit (money: 万元; people: 人次). */
  scale: Decimal;
}

const table = new Map<string, Unit>();
function def(kind: UnitKind, scale: string | number, ...symbols: string[]): void {
  for (const symbol of symbols) table.set(symbol, { symbol, kind, scale: new Decimal(scale) });
}

def('money', '0.0001', '元');
def('money', 1, '万元');
def('money', 10000, '亿元');
def('percent', 1, '%', '％');
def('points', 1, '个百分点');
def('people', 1, '人次', '人');
def('people', 10000, '万人次', '万人');
def('score', 1, '分');
def('times', 1, '倍');
// Counters (量词) for things that are counted whole.
def(
  'count',
  1,
  '个',
  '项',
  '家',
  '份',
  '条',
  '场次',
  '场',
  '次',
  '所',
  '套',
  '件',
  '名',
  '户',
  '批',
  '轮',
  '篇',
  '期',
  '类',
  '本',
  '张',
  '笔',
  '处',
  '座',
  '支',
  '部',
  '届',
  '节',
  '门',
);

/**
 * Counters that also begin common words (10部门 → 部门, 期间, 本级, 届时 …): left out when figures are
 * looked for in prose, where no data says which unit is meant.
 */
export const AMBIGUOUS_IN_PROSE = new Set([
  '部',
  '门',
  '本',
  '节',
  '届',
  '期',
  '支',
  '张',
  '人',
  '万人',
  '倍',
]);

/** All unit symbols, longest first, for matching after a number. */
export const UNIT_SYMBOLS: readonly string[] = [...table.keys()].sort((a, b) => b.length - a.length);

export function lookupUnit(symbol: string): Unit | undefined {
  return table.get(symbol);
}

/** Whether two units measure the same kind of quantity, so that values can be compared. */
export function comparable(a: Unit, b: Unit): boolean {
  return a.kind === b.kind;
}

/** Whether values of this unit are exact whole counts (776个 is exactly 776, 5.67万人次 is rounded). */
export function isExactCount(unit: Unit): boolean {
  return unit.kind === 'count' || (unit.kind === 'people' && unit.scale.eq(1));
}
