import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { validate } from '../../src/model/validate.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { renderTree } from '../../src/render/pipeline.js';
import { chineseDate, chineseNumber, ordinal } from '../../src/render/template/cn.js';
import { MINIMAL_META, yamlData } from '../helpers.js';

const render = (yaml: string, template?: string) => {
  const tree = renderTree(validate(yamlData(yaml)), { template });
  return { tree, md: toMarkdown(tree) };
};
const headings = (tree: Root) =>
  tree.children.filter((n) => n.type === 'heading').map((h) => `${h.depth}:${h.data?.ordinal ?? ''}`);
const roles = (tree: Root) => tree.children.filter((n) => n.data?.role).map((n) => n.data?.role);

describe('helpers', () => {
  test('ordinals, numerals and dates', () => {
    expect([1, 2, 3, 4].map((l) => ordinal(l, 12))).toEqual(['十二、', '（十二）', '12.', '（12）']);
    expect([1, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(chineseDate('2021-12-04')).toBe('2021年12月4日');
  });
});

describe('templates', () => {
  const sections = `
exAnte:
  figures:
    projects: 12个
  paragraphs:
    - 对{projects}项目开展了事前绩效评估。
targets:
  figures:
    amount: 11.96亿元
monitoring:
  paragraphs:
    - 开展了绩效运行监控，涉及资金{targets.amount}。
problems:
  points:
    - { title: 认识不足, text: 部分单位重投入轻绩效。 }
`;

  test('a section without narrative is left out and the numbering closes up', () => {
    const { tree, md } = render(MINIMAL_META + sections);
    // targets has figures only: not rendered; exAnte （一）, monitoring （二）.
    expect(headings(tree)).toEqual(['1:', '2:一、', '3:（一）', '3:（二）', '2:二、']);
    expect(md).toContain('### （二）实施绩效运行监控');
    expect(md).toContain('涉及资金11.96亿元');
    expect(md).toContain('**（一）认识不足。**部分单位重投入轻绩效。');
    expect(md).not.toContain('强化绩效目标管理');
    expect(md).not.toContain('<!--');
  });

  test('the report to the congress: title, addressee, closing, signature, date; no header block', () => {
    const { tree, md } = render(MINIMAL_META + sections);
    expect(roles(tree)).toEqual(['title', 'addressee', 'closing', 'signature', 'date']);
    expect(md.startsWith('# 关于测试市2022年度预算绩效管理工作情况的报告\n\n测试市人大常委会：')).toBe(true);
    expect(md.trimEnd().endsWith('特此报告。\n\n测试市财政局\n\n2023年3月1日')).toBe(true);
  });

  test('the report to the government above has the header block and the contact note', () => {
    const meta = `meta:
  issuer: 测试县财政局
  region: 测试县
  year: 2022
  kind: 说明
  audience: government
  addressee: 测试市人民政府
  docNumber: 测财〔2023〕7号
  signer: 王某某
  date: 2023-01-05
  contact: { name: 李某某, phone: 0564-7000000 }
`;
    const { tree, md } = render(meta + sections);
    expect(roles(tree)).toEqual([
      'issuer-mark',
      'doc-number',
      'signer',
      'title',
      'addressee',
      'closing',
      'signature',
      'date',
      'note',
    ]);
    expect(md).toContain(
      '测试县财政局文件\n\n测财〔2023〕7号\n\n签发人：王某某\n\n# 关于测试县2022年度预算绩效管理工作情况的说明',
    );
    expect(md).toContain('现将有关情况说明如下：');
    expect(md).toContain('特此说明。');
    expect(md).toContain('（联系人：李某某；联系电话：0564-7000000）');
  });

  test('an empty report still renders its frame', () => {
    const { md } = render(MINIMAL_META);
    expect(md).toContain('现将有关情况报告如下：');
    expect(md).not.toContain('## ');
  });

  test('a folder of the user’s own, with the built-in partials available', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'report.md.hbs'), '# {{meta.title}}\n\n{{> note}}\n\n{{> body}}');
    writeFileSync(
      join(dir, 'partials', 'note.hbs'),
      '共 {{money "targets.amount" unit="万元" decimals=0}}。',
    );
    const { md } = render(MINIMAL_META + sections, dir);
    expect(md).toContain('共 119600万元。');
    expect(md).toContain('### （一）开展事前绩效评估');
  });

  test('strict templates: a misspelt field is an error naming the template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    writeFileSync(join(dir, 'report.md.hbs'), '# {{meta.titel}}\n');
    expect(() => render(MINIMAL_META, dir)).toThrow(UserError);
    expect(() => render(MINIMAL_META, dir)).toThrow(/titel/);
  });

  test('a helper given the wrong kind of argument says so instead of printing NaN', () => {
    const cases: [string, RegExp][] = [
      ['{{cn meta.region}}', /助手 cn 的参数应为 0 到 99 的整数，实际为/],
      ['{{ordinal 9 0}}', /助手 ordinal 的参数应为 1 到 6 的整数，实际为 9/],
      ['{{inc meta}}', /助手 inc 的参数应为 0 到 1000000 的整数，实际为 对象/],
      ['{{date meta.region}}', /助手 date 的参数应为 YYYY-MM-DD 日期/],
      ['{{runIn meta.session}}', /助手 runIn 的参数应为文字，实际为空/],
      ['{{hashes "x"}}', /助手 hashes 的参数应为 1 到 6 的整数，实际为 x/],
    ];
    for (const [tpl, message] of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
      writeFileSync(join(dir, 'report.md.hbs'), `# 标题\n\n${tpl}\n`);
      expect(() => render(MINIMAL_META, dir), tpl).toThrow(message);
    }
    const ok = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    writeFileSync(
      join(ok, 'report.md.hbs'),
      '# 标题\n\n{{cn 12}}{{ordinal 2 0}}{{date meta.date}}{{inc 4}}\n',
    );
    expect(render(MINIMAL_META, ok).md).toContain('十二（一）');
  });
});

describe('markdown', () => {
  test('emphasis that touches Chinese punctuation parses as emphasis', () => {
    const { tree } = render(`${MINIMAL_META}exAnte:\n  paragraphs: ['**完善制度。**自治区出台了办法。']\n`);
    const paras = tree.children.filter((n) => n.type === 'paragraph');
    const para = paras.find((n) => JSON.stringify(n).includes('完善制度'));
    expect(para?.type === 'paragraph' && para.children.map((c) => c.type)).toEqual(['strong', 'text']);
  });
});

describe('narrative units', () => {
  test('{x:万元} of 3.09亿元 is 30900万元; {x:亿元} of 68240.12万元 is 6.82亿元', () => {
    const { md } = render(`${MINIMAL_META}monitoring:
  figures:
    spent: 3.09亿元
    total: 68240.12万元
  paragraphs:
    - 支出{spent:万元}，合计{total:亿元}。
`);
    expect(md).toContain('支出30900万元，合计6.82亿元。');
  });

  test('an unknown role marker in a user template is a template error, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    writeFileSync(join(dir, 'report.md.hbs'), '<!-- role: sign -->\n{{meta.issuer}}\n');
    try {
      render(MINIMAL_META, dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).text.zh).toContain('未知的角色标记“sign”');
    }
  });
});

describe('tables', () => {
  test('a breakdown becomes a table with its unit line: parts, then the total, never more precise than stated', () => {
    const { tree, md } = render(`${MINIMAL_META}targets:
  figures:
    amount:
      label: 涉及金额
      value: 1.20亿元
      parts: { 本级: 8000万元, 上级: 0.40亿元 }
  paragraphs:
    - 绩效目标涉及金额{amount}。
  tables:
    - { title: 资金构成, rows: [amount], unit: 万元 }
`);
    expect(roles(tree)).toContain('table-title');
    expect(roles(tree)).toContain('unit-line');
    expect(md).toMatch(/资金构成\n\n单位：万元\n\n\| 项目 +\| +金额 \|/);
    expect(md).toMatch(/\| 本级 +\| +8000 \|/);
    expect(md).toMatch(/\| 上级 +\| +4000 \|/);
    expect(md).toMatch(/\| 合计 +\| +12000 \|/);
  });

  test('a table row naming an unknown figure is a validation error', () => {
    expect(() =>
      render(`${MINIMAL_META}targets:
  paragraphs: [正文。]
  tables:
    - { rows: [nosuch] }
`),
    ).toThrow(UserError);
  });
});

test('a nonzero amount converted to a coarser unit is never shown as zero', () => {
  const { md } = render(
    `${MINIMAL_META}monitoring:\n  figures:\n    u: 1万元\n  paragraphs:\n    - 合计{u:亿元}。\n`,
  );
  expect(md).toContain('合计0.0001亿元。');
});
