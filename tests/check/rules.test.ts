import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/check/engine.js';
import type { Relation } from '../../src/check/types.js';
import { fig } from '../helpers.js';

const certain = 'certain' as const;
const rules = (...rel: Relation[]) => evaluate(rel).map((f) => f.rule);

describe('sum-mismatch', () => {
  const parts = () => [
    fig('300202.87万元', '专项转移支付项目'),
    fig('176145.19万元', '部门预算项目'),
    fig('164544.54万元', '直达资金项目'),
    fig('4322.41万元', '扶贫资金项目'),
  ];
  test('korla-2020: parts add up to 645215.01, which the stated 645215 covers', () => {
    expect(
      rules({ kind: 'sum', total: fig('645215万元'), parts: parts(), complete: true, certainty: certain }),
    ).toEqual([]);
  });
  test('one 万元 off is beyond the rounding of the total', () => {
    const [f] = evaluate([
      {
        kind: 'sum',
        total: fig('645216万元', '涉及金额'),
        parts: parts(),
        complete: true,
        certainty: certain,
      },
    ]);
    expect(f?.rule).toBe('sum-mismatch');
    expect(f?.severity).toBe('error');
    expect(f?.stated).toBe('645216万元');
    expect(f?.expected).toContain('645215.01万元');
    expect(f?.message.zh).toContain('涉及金额');
  });
  test('mixed units: 1.20亿元 = 8000万元 + 0.40亿元', () => {
    const rel = (total: string): Relation => ({
      kind: 'sum',
      total: fig(total),
      parts: [fig('8000万元'), fig('0.40亿元')],
      complete: true,
      certainty: certain,
    });
    expect(rules(rel('1.20亿元'))).toEqual([]);
    // 0.40亿元 allows ±50万元, so 1.21亿元 still touches the sum's interval; 1.22亿元 does not.
    expect(rules(rel('1.21亿元'))).toEqual([]);
    expect(rules(rel('1.22亿元'))).toEqual(['sum-mismatch']);
  });
  test('an inferred relation is a warning', () => {
    const [f] = evaluate([
      {
        kind: 'sum',
        total: fig('10个'),
        parts: [fig('3个'), fig('4个')],
        complete: true,
        certainty: 'inferred',
      },
    ]);
    expect(f?.severity).toBe('warning');
  });
  test('a partial breakdown (其中 naming one part) need not add up', () => {
    expect(
      rules({ kind: 'sum', total: fig('17个'), parts: [fig('11个')], complete: false, certainty: certain }),
    ).toEqual([]);
  });
  test('…but its parts never add up to more than the whole', () => {
    const partial = (a: string) =>
      rules({
        kind: 'sum',
        total: fig('17个'),
        parts: [fig('11个'), fig(a)],
        complete: false,
        certainty: certain,
      });
    expect(partial('6个')).toEqual([]);
    expect(partial('7个')).toEqual(['sum-mismatch']);
  });
});

describe('rate-mismatch', () => {
  const rel = (rate: string): Relation => ({
    kind: 'ratio',
    rate: fig(rate, '预算执行率'),
    numerator: fig('3.09亿元', '执行金额'),
    denominator: fig('3.66亿元', '预算数'),
    certainty: certain,
  });
  test('84.35% is consistent with 3.09 / 3.66 亿元 although 3.09/3.66 = 84.43%', () => {
    expect(rules(rel('84.35%'))).toEqual([]);
  });
  test('the interval edge: 84.17% and 84.68% hold, 84.10% and 84.90% do not', () => {
    expect(rules(rel('84.17%'))).toEqual([]);
    expect(rules(rel('84.68%'))).toEqual([]);
    expect(rules(rel('84.10%'))).toEqual(['rate-mismatch']);
    expect(rules(rel('84.90%'))).toEqual(['rate-mismatch']);
  });
  test('the finding states the interval', () => {
    const [f] = evaluate([rel('84.90%')]);
    expect(f?.expected).toContain('[84.17, 84.68]%');
  });
});

describe('figure-conflict', () => {
  const rel = (b: string): Relation => ({
    kind: 'same',
    a: fig('11.96亿元', '项目绩效目标涉及金额', 'targets.figures.amount'),
    b: fig(b, '监控涉及资金', 'monitoring.figures.amount'),
    certainty: certain,
  });
  test('jinzhai-2021: 11.96亿元 twice, or the same amount in 万元, is consistent', () => {
    expect(rules(rel('11.96亿元'))).toEqual([]);
    expect(rules(rel('119600万元'))).toEqual([]);
  });
  test('11.69亿元 conflicts and points at the first statement', () => {
    const [f] = evaluate([rel('11.69亿元')]);
    expect(f?.rule).toBe('figure-conflict');
    expect(f?.location.path).toBe('monitoring.figures.amount');
    expect(f?.related?.[0]?.path).toBe('targets.figures.amount');
    expect(f?.expected).toBe('11.96亿元 [11.95, 11.97]亿元');
  });
  test('an exact count is expected as itself, not twice over', () => {
    const [f] = evaluate([
      { kind: 'same', a: fig('30个', '抽查项目'), b: fig('31个', '抽查项目'), certainty: certain },
    ]);
    expect(f?.expected).toBe('30个');
  });
});

describe('coverage-claim', () => {
  const rel = (covered: string, universe: string): Relation => ({
    kind: 'coverage',
    claim: { text: '项目支出绩效监控全覆盖', at: { path: 'monitoring' } },
    covered: fig(covered, '监控项目'),
    universe: fig(universe, '项目总数'),
    certainty: certain,
  });
  test('114 of 114 holds; 113 of 114 and 102 of 114 do not', () => {
    expect(rules(rel('114个', '114个'))).toEqual([]);
    expect(rules(rel('113个', '114个'))).toEqual(['coverage-claim']);
    expect(rules(rel('102个', '114个'))).toEqual(['coverage-claim']);
  });
});

describe('count-mismatch', () => {
  const fields = [
    '部门整体',
    '政府采购',
    '政府购买服务',
    '职业教育',
    '重大科技',
    '文化旅游',
    '污染防治',
    '人才发展',
  ];
  test('xinjiang-2023: 8 个行业领域 lists exactly 8', () => {
    expect(
      rules({ kind: 'count', count: fig('8个'), items: fields, exhaustive: true, certainty: certain }),
    ).toEqual([]);
    expect(
      rules({ kind: 'count', count: fig('9个'), items: fields, exhaustive: true, certainty: certain }),
    ).toEqual(['count-mismatch']);
  });
  test('a list ending in 等 may name fewer items than its count, never more', () => {
    const items = fields.slice(0, 3);
    expect(rules({ kind: 'count', count: fig('8个'), items, exhaustive: false, certainty: certain })).toEqual(
      [],
    );
    expect(rules({ kind: 'count', count: fig('2个'), items, exhaustive: false, certainty: certain })).toEqual(
      ['count-mismatch'],
    );
  });
});

describe('yoy-mismatch', () => {
  test('8个，较上年增加3个 needs last year at 5', () => {
    const rel = (prev: string): Relation => ({
      kind: 'change',
      current: fig('8个'),
      previous: fig(prev),
      delta: fig('3个'),
      certainty: certain,
    });
    expect(rules(rel('5个'))).toEqual([]);
    expect(rules(rel('4个'))).toEqual(['yoy-mismatch']);
  });
  test('a relative change against last year', () => {
    const rel = (pct: string): Relation => ({
      kind: 'change',
      current: fig('12.00亿元'),
      previous: fig('10.00亿元'),
      percent: fig(pct),
      certainty: certain,
    });
    expect(rules(rel('20.0%'))).toEqual([]);
    expect(rules(rel('25.0%'))).toEqual(['yoy-mismatch']);
  });
  test('a percentage change on a count: last year must come out whole', () => {
    const rel = (pct: string): Relation => ({
      kind: 'change',
      current: fig('8个'),
      percent: fig(pct),
      certainty: certain,
    });
    expect(rules(rel('60%'))).toEqual([]); // 5 → 8
    expect(rules(rel('45%'))).toEqual(['yoy-mismatch']); // 8 / 1.45 = 5.52
  });
});

describe('bounds', () => {
  test('negative amounts, fractional counts, rates above 100%, parts above totals', () => {
    const f = evaluate([
      { kind: 'bound', check: 'nonNegative', figure: fig('-3万元', '实际支出'), certainty: certain },
      { kind: 'bound', check: 'whole', figure: fig('2.5个', '项目'), certainty: certain },
      { kind: 'bound', check: 'percentRange', figure: fig('104.2%', '执行率'), certainty: certain },
      {
        kind: 'bound',
        check: 'atMost',
        figure: fig('3.70亿元', '支出'),
        limit: fig('3.66亿元'),
        certainty: certain,
      },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['bounds', 'bounds', 'bounds', 'bounds']);
    expect(f[0]?.message.zh).toBe('「实际支出」应为非负数，实际为 -3万元');
  });
  test('values within bounds pass, including equality with the limit', () => {
    expect(
      rules(
        { kind: 'bound', check: 'nonNegative', figure: fig('0万元'), certainty: certain },
        { kind: 'bound', check: 'whole', figure: fig('3个'), certainty: certain },
        { kind: 'bound', check: 'whole', figure: fig('5.67万人次'), certainty: certain },
        { kind: 'bound', check: 'percentRange', figure: fig('100%'), certainty: certain },
        {
          kind: 'bound',
          check: 'atMost',
          figure: fig('3.66亿元'),
          limit: fig('36600万元'),
          certainty: certain,
        },
      ),
    ).toEqual([]);
  });
});

describe('display-rounding', () => {
  test('6.822 + 0.6745 = 7.4965 is consistent with 7.50, but the reader sees 6.82 + 0.67 = 7.49', () => {
    const [f] = evaluate([
      {
        kind: 'display-sum',
        total: fig('7.50亿元', '合计'),
        parts: [fig('6.82亿元', '甲'), fig('0.67亿元', '乙')],
        exactParts: [fig('6.822亿元', '甲'), fig('0.6745亿元', '乙')],
        certainty: certain,
      },
    ]);
    expect(f?.rule).toBe('display-rounding');
    expect(f?.severity).toBe('warning');
    expect(f?.message.zh).toContain('建议将「乙」显示为 0.68亿元');
  });
  test('a coarser total is compared at its own precision (645215 vs 645215.01 is fine)', () => {
    expect(
      rules({
        kind: 'display-sum',
        total: fig('645215万元'),
        parts: [fig('300202.87万元'), fig('345012.14万元')],
        exactParts: [fig('300202.87万元'), fig('345012.14万元')],
        certainty: certain,
      }),
    ).toEqual([]);
  });
});

test('the interval in a message is shown finely enough not to contradict itself', () => {
  const [f] = evaluate([
    {
      kind: 'sum',
      total: fig('1亿元'),
      parts: [fig('10000万元'), fig('5002万元')],
      complete: true,
      certainty: 'certain',
    },
  ]);
  expect(f?.expected).toContain('1.5002亿元');
});
