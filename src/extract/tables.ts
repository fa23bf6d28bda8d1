/**
 * Tables in a draft: a 合计 row against the rows above it, column by column, and a rate column against
 * the ratio of two other columns — a formula the table itself shows, in every row but one.
 *
 * Cells are plain numbers whose unit is in the column header (资金（万元）, 执行率（%）) or in the cell
 * (66.00%). A column is summed only when the 合计 row gives a plain number for it; a percentage column
 * only when its header names shares (占比, 比重). A rate column is checked only against the pair of
 * columns whose ratio gives it in all rows but one, and in at least three.
 */
import type { Relation } from '../check/types.js';
import type { Decimal } from '../figures/decimal.js';
import { type Figure, intervalOf } from '../figures/figure.js';
import { parseNumberText } from '../figures/number-text.js';
import { lookupUnit, type Unit } from '../figures/units.js';
import { HUNDRED } from '../figures/decimal.js';
import type { DraftParagraph } from './text.js';

interface Cell {
  para: DraftParagraph;
  text: string;
}

interface Column {
  header: string;
  unit: Unit;
  share: boolean;
}

const TOTAL = /^(?:合计|总计|总体|全部|全市合计|全县合计|全区合计|全省合计)$/;
const SUBTOTAL = /小计|平均|均值/;
const HEADER_UNIT = /[（(]\s*(万元|亿元|元|%|％|个|项|家|人次|万人次)\s*[)）]/;
const COUNT_HEADER = /(?:项目数|个数|家数|户数|数量|项数|部门数|单位数)(?:[（(][^）)]*[)）])?$/;
const PERCENT_HEADER = /(?:率|占比|比重|比例|构成)(?:[（(][^）)]*[)）])?$/;
const SHARE_HEADER = /占比|比重|构成|比例/;
const NUMBER = /^([+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(%|％)?$/;

const AMOUNT = lookupUnit('万元') as Unit;
const COUNT = lookupUnit('个') as Unit;
const PERCENT = lookupUnit('%') as Unit;

/** A column's unit, from its header: money, a count, a percentage. Unknown units are read as amounts (rounded). */
function columnOf(header: string): Column {
  const named = HEADER_UNIT.exec(header)?.[1];
  const unit = named
    ? (lookupUnit(named) ?? AMOUNT)
    : PERCENT_HEADER.test(header)
      ? PERCENT
      : COUNT_HEADER.test(header)
        ? COUNT
        : AMOUNT;
  return { header, unit, share: SHARE_HEADER.test(header) };
}

/** A cell's number as a figure of its column, or undefined for text. */
function figureOf(cell: Cell | undefined, column: Column, file: string, rowName: string): Figure | undefined {
  if (!cell) return undefined;
  const m = NUMBER.exec(cell.text.replace(/\*\*/g, '').trim());
  if (!m?.[1]) return undefined;
  const parsed = parseNumberText(m[1]);
  if (!parsed) return undefined;
  const unit = m[2] ? PERCENT : column.unit;
  const pos = cell.para.at(0);
  return {
    value: parsed.value as Decimal,
    unit,
    exponent: parsed.exponent,
    text: `${m[1]}${m[2] ? '%' : unit === PERCENT ? '%' : ''}`,
    label: `${rowName}·${column.header.replace(HEADER_UNIT, '')}`,
    at: { file, path: null, line: pos.line, column: pos.column, paragraph: pos.paragraph },
  };
}

/** The tables of a draft, as grids of cells (row 0 is the header). */
function tablesOf(paragraphs: DraftParagraph[]): Cell[][][] {
  const tables = new Map<number, Cell[][]>();
  for (const para of paragraphs) {
    if (!para.cell) continue;
    const grid = tables.get(para.cell.table) ?? [];
    const row = (grid[para.cell.row] ??= []);
    row[para.cell.column] = { para, text: para.text };
    tables.set(para.cell.table, grid);
  }
  return [...tables.values()];
}

/** Relations shown by the tables of a draft, and each cell's row as text (for a finding's excerpt). */
export function tableRelations(
  file: string,
  paragraphs: DraftParagraph[],
): { relations: Relation[]; rows: Map<object, string> } {
  const out: Relation[] = [];
  const rowsOf = new Map<object, string>();
  for (const grid of tablesOf(paragraphs)) {
    const header = grid[0];
    if (!header || grid.length < 3) continue;
    const columns = header.map((c) => columnOf(c?.text ?? ''));
    // A row is named by its first cell that is not a number (序号 columns come first).
    const name = (r: Cell[] | undefined) =>
      (r?.find((c) => c && !NUMBER.test(c.text.replace(/\*\*/g, '').trim()))?.text ?? '')
        .replace(/\*\*/g, '')
        .trim();
    const rows = grid.slice(1).filter((r) => r && !SUBTOTAL.test(name(r)));
    if (grid.slice(1).some((r) => SUBTOTAL.test(name(r)) && /小计/.test(name(r)))) continue;
    const values = rows.map((r) => {
      const figs = columns.map((col, c) => figureOf(r[c], col, file, name(r)));
      const text = r.map((c) => c?.text ?? '').join(' | ');
      for (const f of figs) if (f) rowsOf.set(f.at, text);
      return figs;
    });
    const totalIndex = rows.findIndex((r) => TOTAL.test(name(r)));
    const total = totalIndex >= 0 ? values[totalIndex] : undefined;
    const parts = values.filter((_, i) => i !== totalIndex && (totalIndex < 0 || i < totalIndex));
    // 合计 row: each column it gives a plain number for, against the rows above (all of them numbers).
    if (total && parts.length >= 2)
      columns.forEach((col, c) => {
        const t = total[c];
        const ps = parts.map((p) => p[c]);
        if (!t || ps.some((p) => !p) || (t.unit.kind === 'percent' && !col.share)) return;
        out.push({ kind: 'sum', total: t, parts: ps as Figure[], complete: true, certainty: 'certain' });
      });
    rateColumns(columns, values, total, out);
  }
  return { relations: out, rows: rowsOf };
}

/** Whether a / b × 100 can be r, as intervals. */
function ratioHolds(a: Figure, b: Figure, r: Figure): boolean {
  if (b.value.isZero()) return false;
  return intervalOf(a).div(intervalOf(b)).scale(HUNDRED).intersects(intervalOf(r));
}

/**
 * A percentage column (not shares) against the ratio of two other columns, or of a column to its total:
 * the formula is the one that holds in every row but one (and in three rows at least); that row is reported.
 */
function rateColumns(
  columns: Column[],
  values: (Figure | undefined)[][],
  total: (Figure | undefined)[] | undefined,
  out: Relation[],
): void {
  columns.forEach((col, p) => {
    if (col.unit.kind !== 'percent' && !values.some((r) => r[p]?.unit.kind === 'percent')) return;
    let best: { holds: number; fails: { a: Figure; b: Figure; r: Figure }[] } | undefined;
    const consider = (bOf: (row: (Figure | undefined)[]) => Figure | undefined, a: number) => {
      let holds = 0;
      const fails: { a: Figure; b: Figure; r: Figure }[] = [];
      for (const row of values) {
        const [x, y, r] = [row[a], bOf(row), row[p]];
        if (
          !x ||
          !y ||
          !r ||
          r.unit.kind !== 'percent' ||
          x.unit.kind === 'percent' ||
          y.unit.kind === 'percent'
        )
          continue;
        if (x.unit.kind !== y.unit.kind) continue;
        if (ratioHolds(x, y, r)) holds++;
        else fails.push({ a: x, b: y, r });
      }
      if (!best || holds > best.holds || (holds === best.holds && fails.length < best.fails.length))
        best = { holds, fails };
    };
    columns.forEach((_, a) => {
      if (a === p) return;
      columns.forEach((__, b) => {
        if (b !== a && b !== p) consider((row) => row[b], a);
      });
      // A share of the column's total (占比).
      const t = total?.[a];
      if (t) consider(() => t, a);
    });
    const found = best as { holds: number; fails: { a: Figure; b: Figure; r: Figure }[] } | undefined;
    // The formula is the table's own when three rows or more bear it out and one row alone does not.
    if (!found || found.holds < 3 || found.fails.length !== 1) return;
    const fail = found.fails[0];
    if (!fail) return;
    out.push({ kind: 'ratio', rate: fail.r, numerator: fail.a, denominator: fail.b, certainty: 'inferred' });
  });
}
