import { describe, expect, test } from 'vitest';
import { checkParagraphs } from '../../src/extract/index.js';
import { readDocx } from '../../src/extract/read-docx.js';
import { readMd } from '../../src/extract/read-md.js';

describe('tables in a draft', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated, f.location.line]);
  const table = (fund: string, rate: string) =>
    [
      '| 预算类别 | 项目数 | 预算金额（万元） | 支出（万元） | 执行率 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| 一般公共预算 | 502 | 196,200 | 150,867 | 76.89% |',
      `| 政府性基金预算 | 57 | 47,100 | 32,526 | ${rate} |`,
      '| 国有资本经营预算 | 7 | 2,400 | 1,872 | 78.00% |',
      `| 合计 | 566 | ${fund} | 185,265 | 75.40% |`,
      '',
    ].join('\n');

  test('a 合计 row equals the rows above it, column by column', () => {
    expect(found(table('245,700', '69.06%'))).toEqual([]);
    expect(found(table('254,700', '69.06%'))).toEqual([
      ['sum-mismatch', '254,700', 6],
      ['rate-mismatch', '75.40%', 6],
    ]);
  });

  test('a rate column follows the ratio the other rows show; one row off is reported', () => {
    expect(found(table('245,700', '96.06%'))).toEqual([['rate-mismatch', '96.06%', 4]]);
  });

  test('a table whose percentages follow no formula of its columns is left alone', () => {
    const md = [
      '| 项目 | 得分 | 完成率 |',
      '| --- | --- | --- |',
      '| 甲 | 93.5 | 88% |',
      '| 乙 | 91.2 | 97% |',
      '| 丙 | 80.0 | 75% |',
      '| 丁 | 76.4 | 99% |',
      '',
    ].join('\n');
    expect(found(md)).toEqual([]);
  });
});

test('a Word table is read by cell: its 合计 row is checked and the finding placed by paragraph', async () => {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
  const rows = [
    ['资金类别', '金额（万元）'],
    ['专项转移支付项目', '300202.87'],
    ['部门预算项目', '176145.19'],
    ['直达资金项目', '164544.54'],
    ['合计', '654215.01'],
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('资金构成如下表。'),
          new Table({
            rows: rows.map(
              (r) =>
                new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
            ),
          }),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  const r = checkParagraphs('t.docx', await readDocx(bytes, 't.docx'));
  expect(r.findings.map((f) => [f.rule, f.stated, f.location.paragraph])).toEqual([
    ['sum-mismatch', '654215.01', 11],
  ]);
});

describe('one-sentence cases from the eleventh and twelfth blind tests', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('a second classification after ；classifies the whole before, not the parts of the first', () => {
    expect(
      found(
        '全年项目共186个、资金9.74亿元。按预算单位分，委机关本级项目38个、资金2.16亿元，二级单位项目148个、资金7.58亿元；按资金来源分，市级财政拨款安排6.93亿元，上级转移支付2.04亿元，单位自有资金及其他0.77亿元。\n',
      ),
    ).toEqual([]);
  });

  test('a bracketed 含 and an addend before 共 are parts, not a rate’s or a coverage’s terms', () => {
    expect(found('共自评项目586个（含年中追加安排的12个项目），自评覆盖率100%。\n')).toEqual([]);
    expect(
      found('委机关和14个二级单位共15个预算单位全部编报单位整体绩效目标，整体目标覆盖率100%。\n'),
    ).toEqual([]);
    expect(found('共自评项目586个（含年中追加安排的12个项目），自评项目数较上年的541个增加35个。\n')).toEqual(
      [['yoy-mismatch', '35个']],
    );
  });

  test('a list after its count (14个二级单位分别为：A、B…); a list closed by 等方面 counts nothing', () => {
    expect(found('下属3个二级单位分别为：市一院、市二院、市疾控中心。\n')).toEqual([]);
    expect(found('下属4个二级单位分别为：市一院、市二院、市疾控中心。\n')).toEqual([
      ['count-mismatch', '4个'],
    ]);
    expect(found('从方案设计、现场核查、报告质量、廉洁纪律等方面对5家机构逐一考核。\n')).toEqual([]);
  });

  test('省内 and 省外 make the whole; 一个X一个X is said on purpose; a budget’s year is no figure’s year', () => {
    expect(found('共委托43家第三方机构，其中省内机构27家、省外机构14家。\n')).toEqual([
      ['sum-mismatch', '43家'],
    ]);
    expect(found('逐项目一个指标一个指标地核对。\n')).toEqual([]);
    expect(
      found(
        '# 某省2024年度预算绩效管理工作情况的报告\n\n在编制2025年预算时，压减资金31.26亿元，较上年的26.91亿元增长12.6%。\n',
      ),
    ).toEqual([['yoy-mismatch', '12.6%']]);
  });
});
