import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS, { type Worksheet } from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatUserError, UserError } from '../../src/errors.js';
import { loadDataFile } from '../../src/load/index.js';
import { validate } from '../../src/model/validate.js';
import type { ReportModel } from '../../src/model/types.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { renderTree } from '../../src/render/pipeline.js';
import { evaluate } from '../../src/check/engine.js';
import { loadWorkbook } from '../../src/workbook/read.js';
import { Workbook } from '../../src/workbook/exceljs.js';
import { workbookBytes } from '../../src/workbook/write.js';
import { run } from '../cli/run.js';
import { ROOT, SAMPLES } from '../helpers.js';
import { canonical } from './canonical.js';
import { fillBlank, setFormat } from './fill.js';

const SAMPLE_NAMES = ['korla-2020', 'jinzhai-2021', 'xinjiang-2023'];
const EVERY_FIELD = join(ROOT, 'tests', 'fixtures', 'workbook', 'every-field.yaml');
const md = (m: ReportModel) => toMarkdown(renderTree(m));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-'));
});

async function modelOf(file: string): Promise<ReportModel> {
  return validate(await loadDataFile(file));
}

/** The messages a bad workbook gives, one line each, as the CLI prints them. */
async function problems(bytes: Uint8Array, name = 'book.xlsx'): Promise<string> {
  try {
    validate(await loadWorkbook(bytes, name));
  } catch (e) {
    if (e instanceof UserError) return formatUserError(e, 'zh');
    throw e;
  }
  return '';
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The row of a figure (by name in column A) on a sheet. */
function figureRow(ws: Worksheet, name: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return r;
  throw new Error(`no figure ${name} on ${ws.name}`);
}

describe('data → workbook → data', () => {
  for (const name of [...SAMPLE_NAMES, 'every-field']) {
    test(`${name}: the same data, the same report, the same findings, the same bytes again`, async () => {
      const file = name === 'every-field' ? EVERY_FIELD : join(SAMPLES, `${name}.yaml`);
      const m = await modelOf(file);
      const bytes = await workbookBytes(m.input);
      const back = validate(await loadWorkbook(bytes, `${name}.xlsx`));
      expect(canonical(back.input)).toEqual(canonical(m.input));
      expect(md(back)).toBe(md(m));
      expect(evaluate(back.relations).map((f) => [f.rule, f.stated])).toEqual(
        evaluate(m.relations).map((f) => [f.rule, f.stated]),
      );
      expect([...back.figures.values()].map((f) => f.text)).toEqual(
        [...m.figures.values()].map((f) => f.text),
      );
      expect(Buffer.from(await workbookBytes(back.input)).equals(Buffer.from(bytes))).toBe(true);
    });
  }

  test('the round trip keeps what matters in every-field: approximations, parts of parts, subsections', async () => {
    const back = validate(
      await loadWorkbook(await workbookBytes((await modelOf(EVERY_FIELD)).input), 'x.xlsx'),
    );
    const t = back.input.targets;
    expect(t?.figures?.approx).toBe('近2400万元');
    expect(t?.figures?.over).toBe('3000余万元');
    expect(t?.figures?.total).toMatchObject({
      value: '1234.50万元',
      parts: { 本级: { value: '1034.5', parts: { 基本支出: '400.25' } }, 上级补助: '200万元' },
      prior: '1100.00万元',
      display: { unit: '亿元' },
    });
    expect(t?.subsections?.[0]?.subsections?.[0]).toMatchObject({ title: '更深的小节', internal: true });
    expect(back.input.meta.public?.allow).toEqual([
      { text: '钱某', reason: '经办人姓名已在政务公开目录中公布' },
    ]);
  });

  test('the same data gives the same bytes; the bundled workbook sample is the korla data', async () => {
    const m = await modelOf(join(SAMPLES, 'korla-2020.yaml'));
    const a = await workbookBytes(m.input);
    const b = await workbookBytes((await modelOf(join(SAMPLES, 'korla-2020.yaml'))).input);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(readFileSync(join(SAMPLES, 'korla-2020.xlsx')))).toBe(true);
    expect(Buffer.from(await workbookBytes()).equals(Buffer.from(await workbookBytes()))).toBe(true);
  });
});

describe('a blank workbook filled in by hand', () => {
  test('init → fill in → render gives the Markdown of the equivalent YAML', async () => {
    const m = await modelOf(join(SAMPLES, 'korla-2020.yaml'));
    const filled = await fillBlank(await workbookBytes(), m.input);
    const back = validate(await loadWorkbook(filled, 'filled.xlsx'));
    expect(md(back)).toBe(md(m));
    expect(evaluate(back.relations)).toEqual([]);
  });

  test('a blank workbook rendered as it is names every required cell still empty', async () => {
    const out = await problems(await workbookBytes(), 'blank.xlsx');
    expect(out.split('\n')).toEqual([
      'blank.xlsx：工作簿中有 5 处填写问题：',
      expect.stringMatching(/^blank\.xlsx「基本信息」!B\d+：缺少必填项“发文机关”/),
      expect.stringMatching(/^blank\.xlsx「基本信息」!B\d+：缺少必填项“地区”/),
      expect.stringMatching(/^blank\.xlsx「基本信息」!B\d+：缺少必填项“报告年度”/),
      expect.stringMatching(
        /^blank\.xlsx「基本信息」!B\d+：缺少必填项“报送对象”（上级人民政府 或 人大常委会/,
      ),
      expect.stringMatching(/^blank\.xlsx「基本信息」!B\d+：缺少必填项“成文日期”/),
    ]);
  });

  test('the blank workbook has an instructions sheet, drop-downs, checks and a totals formula column', async () => {
    const wb = await open(await workbookBytes());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '填写说明',
      '基本信息',
      '开篇',
      '制度建设',
      '事前绩效评估',
      '绩效目标管理',
      '绩效监控',
      '绩效评价',
      '评价结果应用',
      '绩效信息公开',
      '保障措施',
      '主要成效',
      '存在问题',
      '下一步工作',
      '选项',
    ]);
    expect(wb.getWorksheet('选项')?.state).toBe('hidden');
    const meta = wb.getWorksheet('基本信息') as Worksheet;
    const audience = meta.getCell(figureRow(meta, '报送对象'), 2).dataValidation;
    expect(audience).toMatchObject({ type: 'list', formulae: ["'选项'!$C$1:$C$2"] });
    const ws = wb.getWorksheet('绩效监控') as Worksheet;
    const head = figureRow(ws, '【数据】') + 1;
    expect(ws.getCell(head, 3).value).toBe('数值');
    const value = ws.getCell(head + 1, 3).dataValidation;
    expect(value.type).toBe('custom');
    expect(value.formulae?.[0]).toContain(`C${head + 1}>=0`);
    expect(value.formulae?.[0]).toContain(`C${head + 1}<=100`);
    expect(ws.getCell(head + 1, 4).dataValidation).toMatchObject({ type: 'list' });
  });

  test('a total with parts shows their sum as a formula over the rows naming it, in blank rows too', async () => {
    const wb = await open(await workbookBytes((await modelOf(join(SAMPLES, 'korla-2020.yaml'))).input));
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const r = figureRow(ws, 'amount');
    const head = figureRow(ws, '【数据】') + 1;
    const end = figureRow(ws, '【段落】') - 2;
    const sum = ws.getCell(r, 7).value as { formula: string; result: number };
    const parents = `F$${head + 1}:F$${end}`;
    expect(sum.formula).toBe(
      `IF(COUNTIF(${parents},A${r})=0,"",SUMIF(${parents},A${r},C$${head + 1}:C$${end}))`,
    );
    expect(sum.result).toBeCloseTo(645215.01, 2);
    const blank = await open(await workbookBytes());
    const bs = blank.getWorksheet('绩效监控') as Worksheet;
    const bh = figureRow(bs, '【数据】') + 1;
    expect((bs.getCell(bh + 5, 7).value as { formula: string }).formula).toContain(`SUMIF(F$${bh + 1}:F$`);
    expect(ws.getCell(r, 3)).toMatchObject({ value: 645215, numFmt: '#,##0' });
    expect(ws.getCell(r + 1, 3)).toMatchObject({ value: 300202.87, numFmt: '#,##0.00' });
  });
});

describe('what people do to workbooks', () => {
  async function korlaBook(): Promise<ExcelJS.Workbook> {
    return open(await workbookBytes((await modelOf(join(SAMPLES, 'korla-2020.yaml'))).input));
  }

  test('merged cells: a column merged down keeps its value for every row, one merged across keeps it once', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const r = figureRow(ws, '专项转移支付项目');
    // "所属合计" merged down over the four parts.
    for (let i = 1; i < 4; i++) ws.getCell(r + i, 6).value = null;
    ws.mergeCells(r, 6, r + 3, 6);
    // A note merged across 备注 and 小节 belongs to 备注 only.
    ws.mergeCells(r, 22, r, 23);
    ws.getCell(r, 22).value = '见决算表';
    const back = validate(await loadWorkbook(await save(wb), 'x.xlsx'));
    const amount = back.input.targets?.figures?.amount as { parts: Record<string, unknown> };
    expect(Object.keys(amount.parts)).toEqual([
      '专项转移支付项目',
      '部门预算项目',
      '直达资金项目',
      '扶贫资金项目',
    ]);
    expect(amount.parts['专项转移支付项目']).toEqual({ value: '300202.87万元', note: '见决算表' });
  });

  test('numbers typed as text, with separators or full-width digits, and per-cent cells read as shown', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    ws.getCell(figureRow(ws, 'amount'), 3).value = '645,215';
    ws.getCell(figureRow(ws, '部门预算项目'), 3).value = '１７６１４５.１９';
    const cov = figureRow(ws, 'overallCoverage');
    ws.getCell(cov, 3).value = 1;
    setFormat(ws.getCell(cov, 3), '0%');
    ws.getCell(cov, 5).value = null;
    const back = validate(await loadWorkbook(await save(wb), 'x.xlsx'));
    expect(md(back)).toBe(md(await modelOf(join(SAMPLES, 'korla-2020.yaml'))));
  });

  test('a value typed as 7.5 in a 0.00 cell is 7.50: the precision shown is the precision stated', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效评价') as Worksheet;
    const r = figureRow(ws, 'amount');
    ws.getCell(r, 3).value = 446953.7;
    setFormat(ws.getCell(r, 3), '#,##0.00');
    const back = validate(await loadWorkbook(await save(wb), 'x.xlsx'));
    expect(back.figures.get('evaluation.amount')?.text).toBe('446953.70万元');
  });
});

describe('bad workbooks: every message says which sheet and cell', () => {
  async function korlaBook(): Promise<ExcelJS.Workbook> {
    return open(await workbookBytes((await modelOf(join(SAMPLES, 'korla-2020.yaml'))).input));
  }

  test('text where a number belongs', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效监控') as Worksheet;
    const r = figureRow(ws, 'rounds');
    ws.getCell(r, 3).value = '约3亿';
    expect(await problems(await save(wb))).toContain(`book.xlsx「绩效监控」!C${r}：应为数字，实际为“约3亿”`);
  });

  test('several problems at once, each at its cell', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const units = figureRow(ws, 'units');
    ws.getCell(units, 21).value = '也许';
    const part = figureRow(ws, '部门预算项目');
    ws.getCell(part, 6).value = 'amout';
    const cov = figureRow(ws, 'overallCoverage');
    ws.getCell(cov, 3).value = { formula: 'A1*2' } as ExcelJS.CellValue;
    const out = await problems(await save(wb));
    expect(out).toContain('工作簿中有 3 处填写问题');
    expect(out).toContain(`「绩效目标管理」!U${units}：应为“是”或“否”，实际为“也许”`);
    expect(out).toContain(`「绩效目标管理」!F${part}：所属合计“amout”不在本行之前的数据中`);
    expect(out).toContain(`「绩效目标管理」!C${cov}：公式 =A1*2 尚无计算结果`);
  });

  test('what validation finds is placed at the cell too', async () => {
    const refs = await korlaBook();
    const sheet = refs.getWorksheet('绩效目标管理') as Worksheet;
    const cov = figureRow(sheet, 'overallCoverage');
    sheet.getCell(cov, 8).value = 'overallUnit';
    expect(await problems(await save(refs))).toContain(
      `「绩效目标管理」!H${cov}：引用了不存在的数据“overallUnit”`,
    );

    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const amount = figureRow(ws, 'overallAmount');
    ws.getCell(amount, 3).value = -5;
    const meta = wb.getWorksheet('基本信息') as Worksheet;
    meta.getCell(figureRow(meta, '成文日期'), 2).value = '2021年8月33日';
    const out = await problems(await save(wb));
    expect(out).toContain(`「绩效目标管理」!C${amount}：应为非负数`);
    expect(out).toMatch(/「基本信息」!B\d+：应为有效日期/);
  });

  test('a renamed sheet is named, with the stranger that may be it', async () => {
    const wb = await korlaBook();
    (wb.getWorksheet('绩效监控') as Worksheet).name = '监控';
    const out = await problems(await save(wb));
    expect(out).toContain('找不到工作表「绩效监控」');
    expect(out).toContain('「监控」');
  });

  test('a block whose header lost its required column', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效评价') as Worksheet;
    const head = figureRow(ws, '【段落】') + 1;
    ws.getCell(head, 1).value = '正文';
    expect(await problems(await save(wb))).toContain(
      `「绩效评价」!A${head}：区块“【段落】”的表头缺少“文字”列`,
    );
  });

  test('a percentage cell with another unit, an unknown 约数, an unlisted subsection', async () => {
    const wb = await korlaBook();
    const ws = wb.getWorksheet('绩效评价') as Worksheet;
    const p = figureRow(ws, 'projects');
    ws.getCell(p, 3).value = 0.5;
    setFormat(ws.getCell(p, 3), '0%');
    ws.getCell(p, 4).value = '大概';
    ws.getCell(p, 23).value = '2';
    const out = await problems(await save(wb));
    expect(out).toContain(`「绩效评价」!E${p}：数值单元格是百分比格式，单位却是“个”`);
    expect(out).toContain(`「绩效评价」!D${p}：约数应为 近、约、余、以上、不足 之一，实际为“大概”`);
    expect(out).toContain(`「绩效评价」!W${p}：小节“2”不在本表的【小节】中`);
  });

  test('not a workbook, and an old .xls', async () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, '发文机关,库尔勒市财政局\n');
    const r = await run('render', fake, '-o', join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('fake.xlsx：不是有效的 Excel 工作簿（.xlsx）');
    const other = new Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '项目支出明细';
    const stranger = await problems(new Uint8Array(await other.xlsx.writeBuffer()), 'other.xlsx');
    expect(stranger).toContain('other.xlsx：这不是 jixiao 的填报工作簿');
    expect(stranger).toContain('现有工作表：「Sheet1」');
    const locked = join(dir, 'locked.xlsx');
    writeFileSync(
      locked,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    expect((await run('check', locked)).err).toContain('locked.xlsx：这是设了打开密码的工作簿');
    const old = join(dir, 'old.xls');
    writeFileSync(old, 'x');
    const o = await run('check', old);
    expect(o.code).toBe(2);
    expect(o.err).toContain('请在 Excel 或 WPS 中另存为 .xlsx');
  });
});

describe('jixiao init, export, check --xlsx', () => {
  test('init writes a blank workbook and never overwrites one without --force', async () => {
    const p = join(dir, 'blank.xlsx');
    expect((await run('init', p)).code).toBe(0);
    writeFileSync(p, 'filled in');
    const again = await run('init', p);
    expect(again.code).toBe(2);
    expect(again.err).toContain('文件已存在，未覆盖');
    expect(readFileSync(p, 'utf8')).toBe('filled in');
    expect((await run('init', p, '--force')).code).toBe(0);
    expect(Buffer.from(readFileSync(p)).equals(Buffer.from(await workbookBytes()))).toBe(true);
    expect((await run('init', join(dir, 'blank.xls'))).err).toContain('应以 .xlsx 结尾');
  });

  test('export → render: the workbook renders as its YAML does; check points at cells', async () => {
    const book = join(dir, 'korla.xlsx');
    expect((await run('export', join(SAMPLES, 'korla-2020.yaml'), '--xlsx', book)).code).toBe(0);
    const out = join(dir, 'out');
    expect((await run('render', book, '-f', 'md', '-o', out)).code).toBe(0);
    expect(
      (await run('render', join(SAMPLES, 'korla-2020.yaml'), '-f', 'md', '-o', join(dir, 'ref'))).code,
    ).toBe(0);
    expect(readFileSync(join(out, 'korla.md'), 'utf8')).toBe(
      readFileSync(join(dir, 'ref', 'korla-2020.md'), 'utf8'),
    );

    const wb = await open(readFileSync(book));
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const r = figureRow(ws, 'amount');
    ws.getCell(r, 3).value = 645315;
    const broken = join(dir, 'korla-broken.xlsx');
    writeFileSync(broken, await save(wb));
    const j = await run('check', broken, '--format', 'json');
    expect(j.code).toBe(1);
    const sum = JSON.parse(j.out).findings.find((f: { rule: string }) => f.rule === 'sum-mismatch');
    expect(sum.location).toMatchObject({ sheet: '绩效目标管理', cell: `C${r}` });
    const t = await run('check', broken);
    expect(t.out).toContain(`「绩效目标管理」!C${r}`);
  });

  test('check --xlsx writes the findings as a sheet, the same bytes each time', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync(join(SAMPLES, 'korla-2020.yaml'), 'utf8').replace(
        'value: 645215万元',
        'value: 645315万元',
      ),
    );
    const missing = join(dir, 'missing.yaml');
    const sheet = join(dir, 'findings.xlsx');
    const r = await run('check', broken, missing, '--xlsx', sheet);
    expect(r.code).toBe(2);
    const first = readFileSync(sheet);
    await run('check', broken, missing, '--xlsx', sheet);
    expect(readFileSync(sheet).equals(first)).toBe(true);
    const ws = (await open(first)).getWorksheet('核对结果') as Worksheet;
    const rows = ws.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]?.slice(1)).toEqual([
      '文件',
      '位置',
      '数据路径',
      '规则',
      '级别',
      '说明',
      '所述',
      '应为',
      '原文',
      '处理情况',
      '处理说明',
    ]);
    const sum = rows.find((row) => row[4] === 'sum-mismatch') as unknown[];
    expect(sum.slice(1, 6)).toEqual([
      broken,
      expect.stringMatching(/^第\d+行第\d+列$/),
      'targets.figures.amount',
      'sum-mismatch',
      '错误',
    ]);
    expect(sum[7]).toBe('645315万元');
    expect(String(sum[8])).toContain('645215.01万元');
    expect(sum[10]).toBe('待处理');
    const gone = rows.find((row) => row[1] === missing) as unknown[];
    expect(gone[4]).toBe('无法读取');
    expect(String(gone[6])).toContain('文件不存在');
  });
});

describe('a clerk at work (review cases)', () => {
  const korla = () => modelOf(join(SAMPLES, 'korla-2020.yaml'));
  async function book(): Promise<Workbook> {
    return open(await workbookBytes((await korla()).input));
  }
  async function back(wb: Workbook): Promise<ReportModel> {
    return validate(await loadWorkbook(await save(wb), 'x.xlsx'));
  }

  test('a column inserted at B moves the field values with it: nothing is lost, internal stays internal', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    ws.getCell(figureRow(ws, '内部（不公开）'), 2).value = '是';
    ws.spliceColumns(2, 0, []);
    const meta = wb.getWorksheet('基本信息') as Worksheet;
    meta.spliceColumns(2, 0, []);
    const m = await back(wb);
    expect(m.input.targets?.internal).toBe(true);
    expect(m.input.targets?.title).toBe('编制预算绩效目标');
    expect(m.input.meta.issuer).toBe('库尔勒市财政局');
  });

  test('a header with a note in brackets is still its column: 内部（不公开）, 上年数（万元）', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const points = figureRow(ws, '【要点】') + 1;
    const internalCol = 7;
    expect(ws.getCell(points, internalCol).value).toBe('内部');
    ws.getCell(points, internalCol).value = '内部（不公开）';
    ws.getCell(points + 1, internalCol).value = '是';
    const figs = figureRow(ws, '【数据】') + 1;
    ws.getCell(figs, 10).value = '上年数（万元）';
    ws.getCell(figureRow(ws, 'amount'), 10).value = 600000;
    const m = await back(wb);
    expect(m.input.targets?.points?.[0]).toMatchObject({ title: '项目绩效目标', internal: true });
    expect(m.input.targets?.figures?.amount).toMatchObject({ prior: '600000' });
  });

  test('what Excel shows is what is read: float noise, locale formats, dates typed as numbers', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const amount = figureRow(ws, 'overallAmount');
    ws.getCell(amount, 3).value = { formula: '0.7+0.1', result: 0.7 + 0.1 } as never;
    setFormat(ws.getCell(amount, 3), 'General');
    ws.getCell(amount, 5).value = '亿元';
    setFormat(ws.getCell(figureRow(ws, '专项转移支付项目'), 3), '[$-804]General');
    const m = await back(wb);
    expect(m.figures.get('targets.overallAmount')?.text).toBe('0.8亿元');
    expect(m.figures.get('targets.amount.专项转移支付项目')?.text).toBe('300202.87万元');
  });

  test('more than 15 significant digits are exported as text and come back exactly', async () => {
    const yaml = readFileSync(join(SAMPLES, 'korla-2020.yaml'), 'utf8').replace(
      'value: 769453万元',
      'value: 12345678901234.56万元',
    );
    const file = join(dir, 'long.yaml');
    writeFileSync(file, yaml);
    const m = await modelOf(file);
    const wb = await open(await workbookBytes(m.input));
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    expect(ws.getCell(figureRow(ws, 'overallAmount'), 3).value).toBe('12345678901234.56');
    expect((await back(wb)).figures.get('targets.overallAmount')?.text).toBe('12345678901234.56万元');
  });

  test('a merge running down over blank rows makes no rows of its own', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const last = figureRow(ws, 'overallCoverage');
    ws.mergeCells(last, 5, last + 3, 5);
    expect(md(await back(wb))).toBe(md(await korla()));
  });

  test('typed the way people type: 2020年, full-width 编号, a spaced unit, items on one line, sheet names in references', async () => {
    const wb = await book();
    const meta = wb.getWorksheet('基本信息') as Worksheet;
    meta.getCell(figureRow(meta, '报告年度'), 2).value = '2020年';
    const ws = wb.getWorksheet('绩效监控') as Worksheet;
    const rounds = figureRow(ws, 'rounds');
    ws.getCell(rounds, 5).value = ' 次 ';
    ws.getCell(rounds, 15).value = '2020年1-5月、2020年1-9月';
    const subs = figureRow(ws, '【小节】') + 1;
    ws.getCell(subs + 1, 1).value = '１';
    ws.getCell(subs + 1, 2).value = '监控结果';
    const paras = figureRow(ws, '【段落】') + 1;
    ws.getCell(paras + 2, 1).value = '两次监控涉及的整体目标金额为{绩效目标管理.overallAmount}。';
    ws.getCell(paras + 2, 8).value = '1';
    const m = await back(wb);
    expect(m.input.meta.year).toBe(2020);
    expect(m.figures.get('monitoring.rounds')).toMatchObject({
      text: '2次',
      items: ['2020年1-5月', '2020年1-9月'],
    });
    expect(md(m)).toMatch(/^#### 1\. ?监控结果$/m);
    expect(md(m)).toContain('两次监控涉及的整体目标金额为769453万元。');
  });

  test('同于 takes one name; a row without its required cell is named', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效目标管理') as Worksheet;
    const units = figureRow(ws, 'overallUnits');
    ws.getCell(units, 13).value = 'units、projects';
    const paras = figureRow(ws, '【段落】') + 1;
    ws.getCell(paras + 1, 7).value = '是';
    const out = await problems(await save(wb));
    expect(out).toContain(`「绩效目标管理」!M${units}：“同于”只能填写一个数据名称，实际为 units、projects`);
    expect(out).toContain(`「绩效目标管理」!A${paras + 1}：本行缺少“文字”`);
  });

  test('export and check --xlsx never overwrite a file without --force, nor ever one they read', async () => {
    const target = join(dir, 'kept.xlsx');
    writeFileSync(target, 'a year of work');
    const e = await run('export', join(SAMPLES, 'korla-2020.yaml'), '--xlsx', target);
    expect(e.code).toBe(2);
    expect(e.err).toContain('文件已存在，未覆盖');
    expect(readFileSync(target, 'utf8')).toBe('a year of work');
    expect((await run('export', join(SAMPLES, 'korla-2020.yaml'), '--xlsx', target, '--force')).code).toBe(0);
    const same = await run('check', target, '--xlsx', target, '--force');
    expect(same.code).toBe(2);
    expect(same.err).toContain('输出文件不能是正在读取的文件');
    expect((await loadWorkbook(readFileSync(target), target)).data).toBeTruthy();
    const findings = join(dir, 'findings-glob.xlsx');
    expect((await run('check', join(dir, 'kept.xlsx'), '--xlsx', findings)).code).toBe(0);
    const again = await run('check', join(dir, '*.xlsx').replace(/\\/g, '/'), '--xlsx', findings, '--force');
    expect(again.err).not.toContain('findings-glob.xlsx：');
  });

  test('an unreadable workbook in the findings sheet: one row per problem, at its cell, in input order', async () => {
    const wb = await book();
    const ws = wb.getWorksheet('绩效监控') as Worksheet;
    const r = figureRow(ws, 'rounds');
    ws.getCell(r, 3).value = '约3亿';
    ws.getCell(r, 21).value = '也许';
    const bad = join(dir, 'bad-book.xlsx');
    writeFileSync(bad, await save(wb));
    const sheet = join(dir, 'findings-order.xlsx');
    await run('check', bad, join(SAMPLES, 'korla-2020.yaml'), '--xlsx', sheet);
    const rows = ((await open(readFileSync(sheet))).getWorksheet('核对结果') as Worksheet)
      .getSheetValues()
      .slice(2) as unknown[][];
    expect(rows.map((row) => [row[1], row[2], row[4]])).toEqual([
      [bad, `「绩效监控」!C${r}`, '无法读取'],
      [bad, `「绩效监控」!U${r}`, '无法读取'],
    ]);
  });
});
