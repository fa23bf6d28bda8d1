/**
 * Fills in a blank workbook (from `jixiao init`) the way a person would, without jixiao's exporter:
 * finds fields by their labels and columns by their header text, types numbers as numbers (a
 * percentage as 84.35% in a per-cent cell, two decimals as a 0.00 format), leaves a blank row
 * between items, and writes some numbers as text (1,234.50, full-width digits).
 */
import ExcelJS, { type Worksheet } from 'exceljs';
import { SourceNumber } from '../../src/load/source.js';
import type { FigureInput, FigureObjectInput } from '../../src/schema/figure.js';
import type { ReportInput, SectionInput } from '../../src/schema/report.js';
import { META_SHEET, OPENING_SHEET, SECTION_SHEETS } from '../../src/workbook/layout.js';

type Obj = Record<string, unknown>;

function text(v: unknown): string {
  return v instanceof SourceNumber ? v.text : String(v);
}

function rowOfLabel(ws: Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row labelled ${label} on ${ws.name}`);
}

/** The header row's columns of a block, by header text, and the first row below the header. */
function block(ws: Worksheet, marker: string): { cols: Map<string, number>; first: number } {
  const m = rowOfLabel(ws, marker);
  const cols = new Map<string, number>();
  ws.getRow(m + 1).eachCell((c, col) => {
    if (typeof c.value === 'string') cols.set(c.value, col);
  });
  return { cols, first: m + 2 };
}

function put(
  ws: Worksheet,
  row: number,
  cols: Map<string, number>,
  header: string,
  value: ExcelJS.CellValue,
): ExcelJS.Cell {
  const col = cols.get(header);
  if (col === undefined) throw new Error(`no column ${header} on ${ws.name}`);
  const cell = ws.getCell(row, col);
  cell.value = value;
  return cell;
}

/**
 * Sets a cell's number format. exceljs shares one style object among the cells of a loaded file
 * that had the same style, so a format is set on a copy (as Excel would for the one cell).
 */
export function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

let textual = 0;
/** A number as a person types it: a number cell, shown at its decimals, or now and then as text. */
function typeNumber(cell: ExcelJS.Cell, literal: string): string | undefined {
  const m = /^([0-9.]+)(.*)$/.exec(literal);
  if (!m) throw new Error(`the filler cannot type ${literal}`);
  const [, digits = '', unit] = m;
  if (unit === '%') {
    const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
    cell.value = Number(digits) / 100;
    setFormat(cell, `0${decimals ? `.${'0'.repeat(decimals)}` : ''}%`);
    return undefined;
  }
  if (digits.includes('.') && textual++ % 2 === 0) {
    // Typed as text with a thousands separator, or in full-width digits.
    const [int = '', frac = ''] = digits.split('.');
    cell.value =
      textual % 4 === 1
        ? `${Number(int).toLocaleString('en-US')}.${frac}`
        : digits.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  } else {
    cell.value = Number(digits);
    const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
    if (decimals) setFormat(cell, `0.${'0'.repeat(decimals)}`);
  }
  return unit || undefined;
}

function fillSection(ws: Worksheet, s: SectionInput): void {
  if (s.subsections || s.tables?.some((t) => t.internal))
    throw new Error('the filler types simple sections only');
  if (s.title) ws.getCell(rowOfLabel(ws, '本节标题'), 2).value = s.title;
  const figs = block(ws, '【数据】');
  let r = figs.first;
  const figure = (id: string, f: FigureInput, parent?: string) => {
    const o: FigureObjectInput = typeof f === 'object' && !(f instanceof SourceNumber) ? f : { value: f };
    put(ws, r, figs.cols, '名称', id);
    if (o.label) put(ws, r, figs.cols, '说明', o.label);
    if (o.value !== undefined) {
      const unit = typeNumber(put(ws, r, figs.cols, '数值', null), text(o.value));
      if (unit) put(ws, r, figs.cols, '单位', unit);
    }
    if (o.unit) put(ws, r, figs.cols, '单位', o.unit);
    if (parent) put(ws, r, figs.cols, '所属合计', parent);
    if (o.ratio) {
      put(ws, r, figs.cols, '比率分子', o.ratio[0]);
      put(ws, r, figs.cols, '比率分母', o.ratio[1]);
    }
    if (o.same) put(ws, r, figs.cols, '同于', o.same);
    if (o.items) put(ws, r, figs.cols, '列举事项', o.items.join('\n'));
    r++;
    for (const [pid, p] of Object.entries(o.parts ?? {})) figure(pid, p, id);
  };
  for (const [id, f] of Object.entries(s.figures ?? {})) {
    figure(id, f);
    r++; // a blank row after each figure and its parts
  }
  if (r > rowOfLabel(ws, '【段落】')) throw new Error(`the figures on ${ws.name} overran their block`);
  const paras = block(ws, '【段落】');
  (s.paragraphs ?? []).forEach((p, i) =>
    put(ws, paras.first + i, paras.cols, '文字', typeof p === 'string' ? p : p.text),
  );
  const points = block(ws, '【要点】');
  (s.points ?? []).forEach((p, i) => {
    put(ws, points.first + i, points.cols, '要点标题', p.title);
    if (p.text) put(ws, points.first + i, points.cols, '文字', p.text);
  });
  const tables = block(ws, '【表格】');
  (s.tables ?? []).forEach((t, i) => {
    if (t.title) put(ws, tables.first + i, tables.cols, '表格标题', t.title);
    put(ws, tables.first + i, tables.cols, '数据行（名称，每行一个）', t.rows.join('\n'));
    if (t.unit) put(ws, tables.first + i, tables.cols, '金额单位', t.unit);
    if (t.columns) {
      put(ws, tables.first + i, tables.cols, '首列标题', t.columns[0]);
      put(ws, tables.first + i, tables.cols, '数值列标题', t.columns[1]);
    }
  });
}

export async function fillBlank(blank: Uint8Array, input: ReportInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ArrayBuffer);
  const meta = wb.getWorksheet(META_SHEET) as Worksheet;
  const m = input.meta as Obj;
  const field = (label: string, v: unknown) => {
    if (v !== undefined) meta.getCell(rowOfLabel(meta, label), 2).value = v as ExcelJS.CellValue;
  };
  field('发文机关', m.issuer);
  field('地区', m.region);
  field('报告年度', Number(m.year));
  field('文种', m.kind);
  field('报送对象', m.audience === 'congress' ? '人大常委会' : '上级人民政府');
  field('主送机关', m.addressee);
  field('成文日期', new Date(`${String(m.date)}T00:00:00Z`));
  const opening = wb.getWorksheet(OPENING_SHEET) as Worksheet;
  const paras = block(opening, '【段落】');
  (input.opening?.paragraphs ?? []).forEach((p, i) =>
    put(opening, paras.first + i, paras.cols, '文字', typeof p === 'string' ? p : p.text),
  );
  for (const { key, sheet } of SECTION_SHEETS) {
    const s = input[key];
    if (s) fillSection(wb.getWorksheet(sheet) as Worksheet, s);
  }
  // Things people add: a sheet of their own, a column of their own.
  wb.addWorksheet('我的草稿').getCell('A1').value = '上年数据备查';
  const targets = wb.getWorksheet('绩效目标管理') as Worksheet;
  const figs = block(targets, '【数据】');
  const extra = 30;
  targets.getCell(figs.first - 1, extra).value = '经办人备注';
  targets.getCell(figs.first, extra).value = '已与决算核对';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
