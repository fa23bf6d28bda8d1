/**
 * Writes the parts of a sheet that the reader reads back (sheet.ts): a banner, labelled fields,
 * and blocks with their marker, header, item rows and a few blank rows to fill in, each column
 * with its drop-down or check. Styling only; what goes in the cells is decided by the caller.
 */
import type { CellValue, DataValidation, Worksheet } from 'exceljs';
import {
  type BlockSpec,
  type ColumnSpec,
  columnLetter,
  FIELD_HEADER,
  type FieldSpec,
  LISTS,
  LISTS_SHEET,
  type ListName,
} from './layout.js';

export interface CellSpec {
  value: CellValue;
  numFmt?: string;
}

const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDDEBF7' } };
const COMPUTED_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
/** Marks a total whose parts are in other units: its 分项合计 cell stays empty. */
export const NO_SUM = '';

/** Points per line of wrapped 11-point text. */
const LINE_HEIGHT = 15;

/** Width of text in Excel's column units (a CJK character is about two). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2.2 : 1.1;
  return w;
}

export function linesFor(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(4, width - 2))), 0);
}

/** Printed landscape on A4, as wide as the page, as many pages long as it takes. */
export function printOnA4(ws: Worksheet): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Where each list lives on the hidden lists sheet. */
function listRange(name: ListName): string {
  const col = columnLetter(Object.keys(LISTS).indexOf(name) + 1);
  return `'${LISTS_SHEET}'!$${col}$1:$${col}$${LISTS[name].length}`;
}

export class SheetWriter {
  row = 1;
  private readonly widths: readonly number[];

  constructor(
    private readonly ws: Worksheet,
    widths: readonly number[],
  ) {
    this.widths = widths;
    printOnA4(ws);
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }

  banner(text: string, note?: string): void {
    const r = this.row;
    const cell = this.ws.getCell(r, 1);
    cell.value = text;
    cell.font = { ...FONT, size: 14, bold: true };
    this.ws.mergeCells(r, 1, r, Math.min(this.widths.length, 6));
    this.row++;
    if (note) {
      const n = this.ws.getCell(this.row, 1);
      n.value = note;
      n.font = { ...FONT, size: 10, color: { argb: 'FF7F7F7F' } };
      this.ws.mergeCells(this.row, 1, this.row, Math.min(this.widths.length, 6));
      this.row++;
    }
    this.row++;
  }

  fields(specs: readonly FieldSpec[], valueOf: (spec: FieldSpec) => CellSpec | undefined): void {
    FIELD_HEADER.forEach((h, i) => {
      const cell = this.ws.getCell(this.row, i + 1);
      cell.value = h;
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
    });
    this.row++;
    for (const spec of specs) {
      const r = this.row++;
      const label = this.ws.getCell(r, 1);
      label.value = spec.label;
      label.font = { ...FONT, bold: true };
      label.border = BORDER;
      label.alignment = { vertical: 'top' };
      const cell = this.ws.getCell(r, 2);
      const v = valueOf(spec);
      if (v) {
        cell.value = v.value;
        if (v.numFmt) cell.numFmt = v.numFmt;
      }
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (spec.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
      const dv = validationFor(spec.kind, spec.list);
      if (dv) addValidation(this.ws, cell.address, dv);
      const hint = this.ws.getCell(r, 3);
      hint.value = spec.hint;
      hint.font = { ...FONT, size: 10, color: { argb: 'FF7F7F7F' } };
      hint.alignment = { vertical: 'top' };
      const text = typeof v?.value === 'string' ? v.value : '';
      this.ws.getRow(r).height = Math.max(18, linesFor(text, this.widths[1] ?? 40) * LINE_HEIGHT);
    }
    this.row++;
  }

  /** A block: marker, header, one row per item (cells by field), then blank rows to fill in. */
  block(spec: BlockSpec, items: readonly Map<string, CellSpec>[], spare: number): void {
    const ws = this.ws;
    const marker = ws.getCell(this.row, 1);
    marker.value = spec.marker;
    marker.font = { ...FONT, bold: true, color: { argb: 'FFC00000' } };
    this.row++;
    const layout = this.place(spec.columns);
    const head = this.row++;
    for (const { col, spec: c } of layout) {
      const cell = ws.getCell(head, col);
      cell.value = c.header;
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      if ((c.span ?? 1) > 1) ws.mergeCells(head, col, head, col + (c.span ?? 1) - 1);
    }
    ws.getRow(head).height = 30;
    const first = this.row;
    const rows = [...items, ...Array.from({ length: spare }, () => new Map<string, CellSpec>())];
    const last = first + rows.length - 1;
    const letter = (field: string) => {
      const l = layout.find((x) => x.spec.field === field);
      return l ? columnLetter(l.col) : undefined;
    };
    const [id, parent, value] = [letter('id'), letter('parent'), letter('value')];
    for (const item of rows) {
      const r = this.row++;
      let lines = 1;
      for (const { col, width, spec: c } of layout) {
        const cell = ws.getCell(r, col);
        let v = item.get(c.field);
        if (c.field === 'partsSum' && id && parent && value && v?.value !== NO_SUM) {
          // The sum of the rows naming this one as their total, however many rows are inserted.
          const p = `${parent}$${first}:${parent}$${last}`;
          const formula = `IF(COUNTIF(${p},${id}${r})=0,"",SUMIF(${p},${id}${r},${value}$${first}:${value}$${last}))`;
          const result = typeof v?.value === 'number' ? v.value : undefined;
          v = {
            value: { formula, ...(result !== undefined ? { result } : {}) } as CellValue,
            numFmt: v?.numFmt ?? '#,##0.00',
          };
        }
        if (v && v.value !== NO_SUM) {
          cell.value = v.value;
          if (v.numFmt) cell.numFmt = v.numFmt;
        }
        cell.font = c.computed ? { ...FONT, italic: true, color: { argb: 'FF595959' } } : FONT;
        cell.border = BORDER;
        if (c.computed) cell.fill = COMPUTED_FILL;
        cell.alignment = { vertical: 'top', wrapText: c.kind === 'text' };
        if ((c.span ?? 1) > 1) ws.mergeCells(r, col, r, col + (c.span ?? 1) - 1);
        if (typeof v?.value === 'string') lines = Math.max(lines, linesFor(v.value, width));
      }
      ws.getRow(r).height = Math.max(18, lines * LINE_HEIGHT);
    }
    if (last >= first) {
      for (const { col, spec: c } of layout) {
        const letter = columnLetter(col);
        const range = `${letter}${first}:${letter}${last}`;
        const dv =
          c.field === 'value'
            ? valueValidation(letter, first, layout.find((l) => l.spec.field === 'unit')?.col)
            : validationFor(c.kind, c.list, c.field);
        if (dv && !c.computed) addValidation(ws, range, dv);
      }
    }
    this.row++;
  }

  /** Column numbers of a block's columns (a spanning column takes several). */
  place(columns: readonly ColumnSpec[]): { col: number; width: number; spec: ColumnSpec }[] {
    let col = 1;
    return columns.map((spec) => {
      const span = spec.span ?? 1;
      const width = this.widths.slice(col - 1, col - 1 + span).reduce((a, b) => a + b, 0);
      const out = { col, width, spec };
      col += span;
      return out;
    });
  }
}

/** exceljs applies a validation to a whole range this way; its typings only know cell.dataValidation. */
export function addValidation(ws: Worksheet, range: string, dv: DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(range: string, dv: DataValidation): void } }
  ).dataValidations.add(range, dv);
}

function validationFor(
  kind: ColumnSpec['kind'],
  list?: ListName,
  field?: string,
): DataValidation | undefined {
  if (list) {
    // Units and money units may be typed beyond the list (a warning); 是/否 and the rest may not.
    const open = list === 'unit';
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRange(list)],
      showErrorMessage: true,
      errorStyle: open ? 'warning' : 'stop',
      errorTitle: '请从下拉列表中选择',
      error: open ? '这不是常用单位，确认无误可继续。' : '请从下拉列表中选择一项。',
    };
  }
  if (kind === 'number' && field === 'displayDecimals') {
    return {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 6],
      showErrorMessage: true,
      error: '小数位应为 0 到 6 的整数。',
    };
  }
  if (kind === 'number' && field === 'prior') {
    return {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: '上年数应为非负数。',
    };
  }
  if (kind === 'number' && !field) {
    return {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [1949, 2100],
      showErrorMessage: true,
      error: '年度应为四位数年份。',
    };
  }
  return undefined;
}

/** A value is a non-negative number, and a percentage (unit %) lies between 0 and 100. */
function valueValidation(letter: string, first: number, unitCol: number | undefined): DataValidation {
  const v = `${letter}${first}`;
  const percentCheck = unitCol ? `,OR(${columnLetter(unitCol)}${first}<>"%",${v}<=100)` : '';
  return {
    type: 'custom',
    allowBlank: true,
    formulae: [`AND(ISNUMBER(${v}),${v}>=0${percentCheck})`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '请检查数值',
    error: '数值应为非负数；单位为 % 时应在 0 到 100 之间（约数请在“约数”列选择）。',
  };
}
