import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/check/engine.js';
import { UserError } from '../../src/errors.js';
import { validate } from '../../src/model/validate.js';
import { jsonData, MINIMAL_META, yamlData } from '../helpers.js';

function problems(yaml: string): { where: string; zh: string; line: number | null | undefined }[] {
  try {
    validate(yamlData(yaml));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e.details.map((d) => ({ where: d.where?.path ?? '', zh: d.text.zh, line: d.where?.line }));
  }
  return [];
}

describe('loading', () => {
  test('a YAML syntax error names file, line and column', () => {
    const bad = 'meta:\n  issuer: 甲\n  region: [乙\n';
    try {
      yamlData(bad, 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const u = e as UserError;
      expect(u.where?.file).toBe('bad.yaml');
      expect(u.where?.line).toBeGreaterThanOrEqual(3);
      expect(u.text.zh).toContain('YAML 语法错误');
    }
  });
  test('a JSON syntax error names line and column', () => {
    try {
      jsonData('{\n  "meta": {\n    "issuer": "甲",\n  }\n}', 'bad.json');
      expect.unreachable();
    } catch (e) {
      const u = e as UserError;
      expect(u.where).toMatchObject({ file: 'bad.json', line: 4, column: 3 });
      expect(u.text.zh).toContain('JSON 语法错误');
    }
  });
  test('numbers keep their source text in YAML and JSON', () => {
    const y = yamlData('a: 7.50\nb: 7.5\n').data as Record<string, { text: string }>;
    expect([y.a?.text, y.b?.text]).toEqual(['7.50', '7.5']);
    const j = jsonData('{"a": 7.50, "b": 645215}').data as Record<string, { text: string }>;
    expect([j.a?.text, j.b?.text]).toEqual(['7.50', '645215']);
  });
  test('folded Chinese lines join without a space; English words keep theirs', () => {
    const y = yamlData('p: >-\n  第一行，\n  第二行 and\n  more\n').data as { p: string };
    expect(y.p).toBe('第一行，第二行 and more');
  });
});

describe('schema', () => {
  test('every problem is reported at once, with its data path and line', () => {
    const found = problems(`meta:
  issuer: 测试市财政局
  region: 测试市
  year: 二〇二二
  audience: provincial
  date: 2023-02-30
  colour: red
monitoring:
  figures:
    spent: -3万元
    budget: { value: 约3亿, label: 预算数 }
    rate: { ratio: [spent, nothing] }
`);
    const byPath = Object.fromEntries(found.map((f) => [f.where, f.zh]));
    expect(byPath['meta.year']).toContain('应为四位数年份');
    expect(byPath['meta.audience']).toContain('“government”、“congress”');
    expect(byPath['meta.date']).toContain('YYYY-MM-DD');
    expect(byPath['meta.colour']).toBe('无法识别的字段“colour”（请检查拼写）');
    expect(byPath['monitoring.figures.spent']).toBe('应为非负数，实际为 -3万元');
    expect(byPath['monitoring.figures.budget.value']).toContain('无法识别的数值“约3亿”');
    expect(found.find((f) => f.where === 'monitoring.figures.spent')?.line).toBe(10);
  });

  test('a missing required field', () => {
    const found = problems('meta:\n  issuer: 甲\n  year: 2022\n  audience: congress\n  date: 2023-01-01\n');
    expect(found).toEqual([{ where: 'meta.region', zh: '缺少必填项', line: 1 }]);
  });

  test('unknown references, units and narrative names are reported with the schema', () => {
    const found = problems(`${MINIMAL_META}monitoring:
  figures:
    spent: { value: 3, unit: 亿 }
    rate: { ratio: [spent2, budget] }
  paragraphs:
    - 支出{spent3}。
`);
    expect(found.map((f) => f.where).sort()).toEqual([
      'monitoring.figures.rate.ratio[0]',
      'monitoring.figures.rate.ratio[1]',
      'monitoring.figures.spent.unit',
      'monitoring.paragraphs[0]',
    ]);
    expect(found.find((f) => f.where === 'monitoring.paragraphs[0]')?.zh).toBe(
      '引用了不存在的数据“{spent3}”',
    );
  });

  test('a report to the government above needs its signer', () => {
    const found = problems(`meta:
  issuer: 甲县财政局
  region: 甲县
  year: 2022
  audience: government
  docNumber: 甲财〔2023〕5号
  date: 2023-01-01
`);
    expect(found).toEqual([{ where: 'meta.signer', zh: '上报上级人民政府的报告须注明签发人', line: 1 }]);
  });

  test('document numbers need the hexagonal brackets 〔〕', () => {
    const found = problems(
      `${MINIMAL_META.replace('audience: congress', 'audience: congress\n  docNumber: 甲财[2023]5号')}`,
    );
    expect(found[0]?.where).toBe('meta.docNumber');
    expect(found[0]?.zh).toContain('〔〕');
  });
});

describe('relations from data', () => {
  const model = (sections: string) => validate(yamlData(MINIMAL_META + sections));

  test('a total without a value is derived from its parts, in the total’s unit', () => {
    const m = model(`targets:
  figures:
    amount:
      unit: 亿元
      parts: { 甲: 8000万元, 乙: 0.40亿元 }
`);
    const total = m.figures.get('targets.amount');
    expect(total?.text).toBe('1.20亿元');
    expect(total?.derived).toBe(true);
    expect(evaluate(m.relations)).toEqual([]);
  });

  test('a rate without a value is derived (two decimals); a stated one is checked', () => {
    const m = model(`monitoring:
  figures:
    budget: 3.66亿元
    spent: { value: 3.09亿元, max: budget }
    rate: { ratio: [spent, budget] }
    stated: { value: 84.90%, ratio: [spent, budget], label: 预算执行率 }
`);
    expect(m.figures.get('monitoring.rate')?.text).toBe('84.43%');
    const f = evaluate(m.relations);
    expect(f.map((x) => x.rule)).toEqual(['rate-mismatch']);
    expect(f[0]?.location.path).toBe('monitoring.figures.stated');
  });

  test('spending above budget and 100% coverage against short counts', () => {
    const m = model(`monitoring:
  figures:
    budget: 3.66亿元
    spent: { value: 3.70亿元, max: budget, label: 实际支出 }
    projects: 114个
    monitored: 102个
    coverage: { value: 100%, ratio: [monitored, projects] }
`);
    expect(
      evaluate(m.relations)
        .map((x) => x.rule)
        .sort(),
    ).toEqual(['bounds', 'coverage-claim']);
  });

  test('data shown in 亿元 whose rounded parts do not add up gets a display-rounding warning', () => {
    const m = model(`targets:
  figures:
    amount:
      value: 74965万元
      display: { unit: 亿元, decimals: 2 }
      parts: { 甲: 68220万元, 乙: 6745万元 }
`);
    expect(m.figures.get('targets.amount.乙')?.shown.text).toBe('0.67亿元');
    const f = evaluate(m.relations);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['display-rounding', 'warning']]);
  });
});

describe('rates and structure', () => {
  test('a growth rate may exceed 100%; a share may not', () => {
    const m = validate(
      yamlData(`${MINIMAL_META}results:
  figures:
    growth: { value: 120%, label: 支出增长率 }
    share: { value: 104%, label: 完成比例 }
`),
    );
    expect(evaluate(m.relations).map((f) => f.location.path)).toEqual(['results.figures.share']);
  });

  test('a subsection without a title and {basis} without documents are reported', () => {
    const found = problems(`${MINIMAL_META}opening:
  paragraphs: ['根据{basis}，开展工作。']
monitoring:
  subsections:
    - paragraphs: [无标题的段落。]
`);
    expect(found.map((f) => f.where).sort()).toEqual(['monitoring.subsections[0]', 'opening.paragraphs[0]']);
  });
});

describe('numbers where objects belong', () => {
  test('a number in place of a section or of figures is named as a number, problems in line order', () => {
    const found = problems(`${MINIMAL_META}monitoring: 5\ntargets:\n  figures: 7\n`);
    expect(found).toEqual([
      { where: 'monitoring', zh: '应为对象（键值结构），实际为数字 5', line: 8 },
      { where: 'targets.figures', zh: '应为键值结构（名称: 数据），实际为数字 7', line: 10 },
    ]);
  });
});

describe('relations that cannot hold are refused before anything is computed', () => {
  test('mixed kinds of units in parts, same, max and ratio; self, derived-of-derived and zero denominators', () => {
    const found = problems(`${MINIMAL_META}targets:
  figures:
    t: { parts: { x: 50万元, y: 50个 } }
    a: 50万元
    b: { value: 50个, same: a }
    c: { value: 40个, max: a }
    r: { ratio: [a, c] }
    s: { ratio: [s, c] }
    zero: 0个
    q: { ratio: [c, zero] }
`);
    expect(found.map((f) => f.where)).toEqual([
      'targets.figures.t.parts.y',
      'targets.figures.b.same',
      'targets.figures.c.max',
      'targets.figures.r.ratio',
      'targets.figures.s.ratio',
      'targets.figures.q.ratio',
    ]);
  });

  test('a derived total is as precise as its finest part and approximate when a part is', () => {
    const m = validate(
      yamlData(`${MINIMAL_META}targets:
  figures:
    exact: { parts: { a: 1.25万元, b: 2万元 } }
    rough: { parts: { a: 近2400万元, b: 约100万元 } }
`),
    );
    expect(m.figures.get('targets.exact')?.text).toBe('3.25万元');
    expect(m.figures.get('targets.rough')?.text).toBe('约2500万元');
  });

  test('braces that are not a reference are reported', () => {
    const found = problems(
      `${MINIMAL_META}targets:\n  paragraphs:\n    - '金额{a:}元'\n    - '{}'\n    - '写了{a'\n`,
    );
    expect(found.map((f) => f.where)).toEqual([
      'targets.paragraphs[0]',
      'targets.paragraphs[1]',
      'targets.paragraphs[2]',
    ]);
  });

  test('headings nested deeper than four levels are refused', () => {
    const found = problems(`${MINIMAL_META}targets:
  subsections:
    - title: x
      subsections:
        - title: y
          subsections:
            - title: z
              paragraphs: [深。]
`);
    expect(found[0]?.where).toBe('targets.subsections[0].subsections[0].subsections[0]');
  });
});

test('a YAML alias bomb is stopped with a message, quickly', () => {
  const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
`;
  expect(() => yamlData(bomb)).toThrow(UserError);
});
