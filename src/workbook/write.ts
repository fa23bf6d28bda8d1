/**
 * Writes the fill-in workbook: empty for `jixiao init`, or holding a report's data for `jixiao
 * export`. What it writes, the reader (read.ts) reads back to the same data; the same input always
 * gives the same bytes.
 */
import { FIXED_DATE, newWorkbook, workbookFileBytes } from './exceljs.js';
import { Decimal } from '../figures/decimal.js';
import { lookupUnit } from '../figures/units.js';
import { SourceNumber } from '../load/source.js';
import {
  type FigureInput,
  type FigureObjectInput,
  type LiteralInput,
  literalText,
} from '../schema/figure.js';
import type { ReportInput, SectionInput } from '../schema/report.js';
import { instructionRows } from './instructions.js';
import {
  AUDIENCE_WORDS,
  type FieldSpec,
  FIGURE_BLOCK,
  INSTRUCTIONS_SHEET,
  LISTS,
  LISTS_SHEET,
  ALLOW_BLOCK,
  META_FIELDS,
  META_SHEET,
  META_WIDTHS,
  NO,
  BASIS_BLOCK,
  OPENING_PARAGRAPH_BLOCK,
  OPENING_FIELDS,
  OPENING_SHEET,
  OPENING_WIDTHS,
  PARAGRAPH_BLOCK,
  POINT_BLOCK,
  SECTION_FIELDS,
  SECTION_SHEETS,
  SECTION_WIDTHS,
  SUBSECTION_BLOCK,
  TABLE_BLOCK,
  YES,
} from './layout.js';
import { APPROX_WORD, splitLiteral } from './literal.js';
import { type CellSpec, linesFor, NO_SUM, printOnA4, SheetWriter } from './sheet-writer.js';

type Row = Map<string, CellSpec>;

const text = (v: string | undefined): CellSpec | undefined => (v === undefined ? undefined : { value: v });
const bool = (v: boolean | undefined): CellSpec | undefined =>
  v === undefined ? undefined : { value: v ? YES : NO };

function set(row: Row, field: string, spec: CellSpec | undefined): void {
  if (spec) row.set(field, spec);
}

/**
 * A number as a number cell when Excel keeps it exactly at its stated precision (7.50 → 7.5 shown
 * as 0.00), else as text (Excel holds 15 significant digits).
 */
function numberCell(digits: string, money: boolean): CellSpec {
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const n = Number(digits);
  // Excel keeps 15 significant digits; more are written as text.
  const significant = digits.replace(/^[-+]?0*\.?0*|\./g, '').length;
  const exact = significant <= 15 && new Decimal(n).toFixed(decimals) === digits;
  if (!exact) return { value: digits };
  const frac = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return { value: n, numFmt: `${money ? '#,##0' : '0'}${frac}` };
}

/** A literal for a number column: a plain number becomes a number cell, anything else stays text. */
function literalCell(v: LiteralInput | undefined): CellSpec | undefined {
  if (v === undefined) return undefined;
  const t = literalText(v);
  const p = splitLiteral(t);
  if (!p || p.approx || p.unit) return { value: p ? t.trim() : t };
  return numberCell(p.digits, false);
}

interface FigureRow {
  id: string;
  input: FigureInput;
  parent?: string;
  /** Index of the parent's row in the flattened list. */
  parentIndex?: number;
  subsection: string;
  unit?: string;
}

function isObject(f: FigureInput): f is FigureObjectInput {
  return typeof f === 'object' && !(f instanceof SourceNumber);
}

/** Figures depth first, each part after its total (so that "所属合计" names a row above). */
function flattenFigures(section: SectionInput, number: string, out: FigureRow[]): void {
  const walk = (id: string, input: FigureInput, parentIndex: number | undefined, parentUnit?: string) => {
    const spec = isObject(input) ? input : undefined;
    const literal = spec ? spec.value : (input as LiteralInput);
    const unit = (literal !== undefined ? splitLiteral(literalText(literal))?.unit : undefined) ?? spec?.unit;
    const index = out.length;
    out.push({
      id,
      input,
      parent: parentIndex !== undefined ? out[parentIndex]?.id : undefined,
      parentIndex,
      subsection: number,
      unit: unit ?? parentUnit,
    });
    for (const [pid, part] of Object.entries(spec?.parts ?? {})) walk(pid, part, index, unit ?? parentUnit);
  };
  for (const [id, f] of Object.entries(section.figures ?? {})) walk(id, f, undefined);
}

function figureRow(f: FigureRow, all: FigureRow[]): Row {
  const row: Row = new Map();
  const spec = isObject(f.input) ? f.input : undefined;
  const literal = spec ? spec.value : (f.input as LiteralInput);
  set(row, 'id', text(f.id));
  set(row, 'label', text(spec?.label));
  const money = lookupUnit(f.unit ?? '')?.kind === 'money';
  if (literal !== undefined) {
    const t = literalText(literal);
    const p = splitLiteral(t);
    if (p) {
      set(row, 'value', numberCell(p.digits, money));
      if (p.approx) set(row, 'approx', text(APPROX_WORD[p.approx]));
      set(row, 'unit', text(p.unit ?? spec?.unit));
    } else set(row, 'value', text(t));
  } else set(row, 'unit', text(spec?.unit));
  set(row, 'parent', text(f.parent));
  // The workbook sums the parts itself (a formula in 分项合计); here only its cached result, or
  // nothing at all when the parts are in other units than the total (no sum to show).
  const index = all.indexOf(f);
  const parts = all.filter((p) => p.parentIndex === index);
  if (parts.length > 0) {
    row.set(
      'partsSum',
      parts.every((p) => p.unit === f.unit)
        ? { value: partsSum(parts) ?? null, numFmt: money ? '#,##0.00' : 'General' }
        : { value: NO_SUM },
    );
  }
  if (spec?.ratio) {
    set(row, 'ratioNumerator', text(spec.ratio[0]));
    set(row, 'ratioDenominator', text(spec.ratio[1]));
  }
  set(row, 'prior', literalCell(spec?.prior));
  set(row, 'change', literalCell(spec?.change));
  set(row, 'changePercent', literalCell(spec?.changePercent));
  set(row, 'same', text(spec?.same));
  if (spec?.max !== undefined) set(row, 'max', text([spec.max].flat().join('\n')));
  if (spec?.items) {
    const only = spec.items.length === 1 && /[；;、]/.test(spec.items[0] ?? '');
    // One item holding ； or 、: a line break keeps it from being read as several.
    set(row, 'items', text(spec.items.join('\n') + (only ? '\n' : '')));
  }
  set(row, 'exhaustive', bool(spec?.exhaustive));
  set(row, 'complete', bool(spec?.complete));
  set(row, 'claim', text(spec?.claim));
  set(row, 'displayUnit', text(spec?.display?.unit));
  if (spec?.display?.decimals !== undefined)
    set(row, 'displayDecimals', { value: Number(spec.display.decimals) });
  set(row, 'internal', bool(spec?.internal));
  set(row, 'note', text(spec?.note));
  if (f.subsection) set(row, 'subsection', text(f.subsection));
  return row;
}

/** The total the workbook shows before it is recalculated, when every part is a plain stated number. */
function partsSum(parts: FigureRow[]): number | undefined {
  let sum = new Decimal(0);
  for (const p of parts) {
    const v = isObject(p.input) ? p.input.value : (p.input as LiteralInput);
    const lit = v !== undefined ? splitLiteral(literalText(v)) : undefined;
    if (!lit) return undefined;
    sum = sum.plus(lit.digits);
  }
  return sum.toNumber();
}

interface SectionRows {
  figures: FigureRow[];
  paragraphs: Row[];
  points: Row[];
  tables: Row[];
  subsections: Row[];
}

function sectionRows(section: SectionInput, number: string, out: SectionRows): void {
  const sub = (row: Row) => {
    if (number) row.set('subsection', { value: number });
    return row;
  };
  flattenFigures(section, number, out.figures);
  for (const p of section.paragraphs ?? []) {
    const row: Row = new Map();
    set(row, 'text', text(typeof p === 'string' ? p : p.text));
    if (typeof p !== 'string') set(row, 'internal', bool(p.internal));
    out.paragraphs.push(sub(row));
  }
  for (const p of section.points ?? []) {
    const row: Row = new Map();
    set(row, 'title', text(p.title));
    set(row, 'text', text(p.text));
    set(row, 'internal', bool(p.internal));
    out.points.push(sub(row));
  }
  for (const t of section.tables ?? []) {
    const row: Row = new Map();
    set(row, 'title', text(t.title));
    set(row, 'rows', text(t.rows.join('\n')));
    set(row, 'unit', text(t.unit));
    set(row, 'labelColumn', text(t.columns?.[0]));
    set(row, 'valueColumn', text(t.columns?.[1]));
    set(row, 'internal', bool(t.internal));
    out.tables.push(sub(row));
  }
  (section.subsections ?? []).forEach((s, i) => {
    const n = number ? `${number}.${i + 1}` : String(i + 1);
    const row: Row = new Map();
    set(row, 'number', text(n));
    set(row, 'title', text(s.title));
    set(row, 'internal', bool(s.internal));
    out.subsections.push(row);
    sectionRows(s, n, out);
  });
}

function get(obj: unknown, path: readonly string[]): unknown {
  let o = obj;
  for (const k of path) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
  return o;
}

function fieldCell(spec: FieldSpec, v: unknown): CellSpec | undefined {
  if (v === undefined || v === null) return undefined;
  if (spec.kind === 'bool') return bool(Boolean(v));
  if (spec.kind === 'date' && typeof v === 'string') {
    const [y, m, d] = v.split('-').map(Number);
    return { value: new Date(Date.UTC(y as number, (m as number) - 1, d as number)), numFmt: 'yyyy-mm-dd' };
  }
  if (spec.kind === 'number') return { value: Number(String(v)) };
  if (spec.list === 'audience') {
    const word = Object.entries(AUDIENCE_WORDS).find(([, a]) => a === v)?.[0];
    return text(word ?? String(v));
  }
  return text(String(v));
}

const SPARE = 2;

/** The workbook's bytes: empty (init) when there is no input. */
export async function workbookBytes(input?: ReportInput): Promise<Uint8Array> {
  const date = input ? new Date(`${input.meta.date}T00:00:00Z`) : FIXED_DATE;
  const wb = newWorkbook(date);
  wb.calcProperties = { fullCalcOnLoad: true };
  const blank = (n: number) => (input ? SPARE : n);

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FF2F5597' } } });
  help.getColumn(1).width = 100;
  printOnA4(help);
  instructionRows().forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    help.getRow(i + 1).height = Math.max(18, linesFor(line.text, 100) * 15);
    cell.value = line.text;
    cell.font = { name: '宋体', size: line.heading ? 12 : 11, bold: line.heading };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });

  const meta = new SheetWriter(wb.addWorksheet(META_SHEET), META_WIDTHS);
  meta.banner('基本信息', '发文机关、地区、报告年度、报送对象、成文日期须填写，其他项目按需填写。');
  meta.fields(META_FIELDS, (spec) => fieldCell(spec, get(input, spec.path)));
  const allow = (input?.meta.public?.allow ?? []).map(
    (a) =>
      new Map<string, CellSpec>([
        ['text', { value: a.text }],
        ['reason', { value: a.reason }],
      ]),
  );
  meta.block(ALLOW_BLOCK, allow, blank(ALLOW_BLOCK.blankRows));

  const opening = new SheetWriter(wb.addWorksheet(OPENING_SHEET), OPENING_WIDTHS);
  opening.banner('开篇', '报告开头的段落、所依据的文件，以及引出正文的过渡语。');
  opening.fields(OPENING_FIELDS, (spec) => fieldCell(spec, get(input?.opening, spec.path)));
  opening.block(
    BASIS_BLOCK,
    (input?.opening?.basis ?? []).map((b) => {
      const row: Row = new Map();
      set(row, 'title', text(b.title));
      set(row, 'number', text(b.number));
      return row;
    }),
    blank(BASIS_BLOCK.blankRows),
  );
  opening.block(
    OPENING_PARAGRAPH_BLOCK,
    (input?.opening?.paragraphs ?? []).map((p) => {
      const row: Row = new Map();
      set(row, 'text', text(typeof p === 'string' ? p : p.text));
      if (typeof p !== 'string') set(row, 'internal', bool(p.internal));
      return row;
    }),
    blank(OPENING_PARAGRAPH_BLOCK.blankRows),
  );

  for (const { key, sheet } of SECTION_SHEETS) {
    const section = input?.[key];
    const w = new SheetWriter(wb.addWorksheet(sheet), SECTION_WIDTHS);
    w.banner(
      sheet,
      `文字中写 {名称} 引用本表【数据】；其他表引用本表的数据写 {${sheet}.名称} 或 {${key}.名称}。详见「填写说明」。`,
    );
    w.fields(SECTION_FIELDS, (spec) => fieldCell(spec, get(section, spec.path)));
    const rows: SectionRows = { figures: [], paragraphs: [], points: [], tables: [], subsections: [] };
    if (section) sectionRows(section, '', rows);
    w.block(
      FIGURE_BLOCK,
      rows.figures.map((f) => figureRow(f, rows.figures)),
      blank(FIGURE_BLOCK.blankRows),
    );
    w.block(PARAGRAPH_BLOCK, rows.paragraphs, blank(PARAGRAPH_BLOCK.blankRows));
    w.block(POINT_BLOCK, rows.points, blank(POINT_BLOCK.blankRows));
    w.block(TABLE_BLOCK, rows.tables, blank(TABLE_BLOCK.blankRows));
    w.block(SUBSECTION_BLOCK, rows.subsections, blank(SUBSECTION_BLOCK.blankRows));
  }

  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  Object.values(LISTS).forEach((values, c) => {
    values.forEach((v, r) => {
      lists.getCell(r + 1, c + 1).value = v;
    });
  });

  return workbookFileBytes(wb, date);
}
