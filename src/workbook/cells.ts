/**
 * What a cell holds, as a person filling in the workbook sees it: a number as its format shows it
 * (7.50 in a 0.00 cell is "7.50"; 84.35% is 84.35 per cent), rich text as its characters, a formula
 * as its last computed result, a cell covered by a merge from the left as empty and one covered from
 * above as the value above.
 */
import type { Cell } from 'exceljs';
import { Decimal } from '../figures/decimal.js';

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'date'; date: Date }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; text: string }
  /** A formula no program has computed yet (written by a script and never opened in Excel). */
  | { kind: 'uncomputed'; formula: string };

const EMPTY: CellContent = { kind: 'empty' };

// exceljs ValueType numbers, stable across its versions.
const MERGE = 1;

function fromValue(v: unknown, numFmt: string | undefined): CellContent {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'string') return v.trim() === '' ? EMPTY : { kind: 'text', text: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, numFmt } : EMPTY;
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return EMPTY;
    // A number in a date-formatted cell far outside the years a report speaks of (20210803 typed
    // into a date cell): the number, not a date.
    const y = v.getUTCFullYear();
    if (y < 1900 || y > 2200) {
      return { kind: 'number', value: Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000) };
    }
    return { kind: 'date', date: v };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const text = (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
      return text.trim() === '' ? EMPTY : { kind: 'text', text };
    }
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) {
        return { kind: 'uncomputed', formula: String(o.formula ?? o.sharedFormula ?? '') };
      }
      return fromValue(o.result, numFmt);
    }
    if ('error' in o) return { kind: 'error', text: String(o.error) };
    if ('text' in o) return fromValue(o.text, numFmt);
  }
  return { kind: 'text', text: String(v) };
}

export function cellContent(cell: Cell): CellContent {
  if (cell.type === MERGE) {
    const master = cell.master;
    // Merged across a row (a wide text cell): the value belongs to the leftmost cell only.
    if (master.row === cell.row) return EMPTY;
    return fromValue(master.value, master.numFmt);
  }
  return fromValue(cell.value, cell.numFmt);
}

/** Decimal places a number format shows (General: as many as the number has). */
function formatDecimals(numFmt: string): number | undefined {
  // The first section (positive numbers), without quoted text and escapes.
  // (and without [$-804] locales, [DBNum1] numerals, [Red] colours, whose digits are no placeholders).
  const first = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(first)) return undefined;
  const m = /\.([0#?]+)/.exec(first);
  return m ? (m[1] as string).length : 0;
}

/**
 * A number cell as the text it shows: "7.50", "645215", and for a per-cent format the number of
 * per cent with `percent` set (0.8435 in 0.00% is "84.35").
 */
export function shownNumber(value: number, numFmt: string | undefined): { text: string; percent: boolean } {
  const fmt = numFmt && !/^General$/i.test(numFmt) ? numFmt : undefined;
  const percent = fmt ? /%/.test(fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) : false;
  // Excel shows at most 15 significant digits: a computed 0.7+0.1 (0.7999999999999999) is 0.8.
  const shown = new Decimal(value.toPrecision(15));
  const n = percent ? shown.times(100) : shown;
  const decimals = fmt ? formatDecimals(fmt) : undefined;
  if (decimals === undefined) {
    // As typed: the shortest text that reads back as this number (never exponent notation).
    return { text: n.toFixed(), percent };
  }
  return { text: n.toFixed(decimals), percent };
}

/** "A Date as the day it names", YYYY-MM-DD (Excel dates carry no time zone: exceljs reads them as UTC). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** What a cell holds, said back to the person who typed it: “约3亿”, 12.5, 2021-08-03. */
export function describeContent(c: CellContent): string {
  switch (c.kind) {
    case 'empty':
      return '（空）';
    case 'text':
      return `“${c.text.trim()}”`;
    case 'number':
      return shownNumber(c.value, c.numFmt).text;
    case 'date':
      return isoDay(c.date);
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'error':
      return c.text;
    case 'uncomputed':
      return `=${c.formula}`;
  }
}
