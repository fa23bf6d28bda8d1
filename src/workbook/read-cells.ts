/**
 * Reading single cells of the fill-in workbook as what they mean: text, 是/否, whole numbers, dates,
 * and a figure's value with its 约数 and 单位 columns. Every problem is collected with its cell, and
 * every value's place is recorded for the messages that validation gives later.
 */
import type { Cell } from 'exceljs';
import type { Approx } from '../figures/figure.js';
import { normalizeDigits, parseNumberText } from '../figures/number-text.js';
import { lookupUnit } from '../figures/units.js';
import type { Bilingual } from '../i18n/index.js';
import { type Path, pathKey, type Position, SourceNumber } from '../load/source.js';
import { type CellContent, cellContent, describeContent, isoDay, shownNumber } from './cells.js';
import { LISTS } from './layout.js';
import { composeLiteral, splitLiteral, WORD_APPROX } from './literal.js';
import type { BlockRow, Problem } from './sheet.js';

export class CellReader {
  protected readonly problems: Problem[] = [];
  protected readonly positions = new Map<string, Position>();

  protected at(path: Path, sheet: string, cell: string): void {
    this.positions.set(pathKey(path), { sheet, cell });
  }

  protected problem(cell: Cell, text: Bilingual): void {
    this.problems.push({ text, sheet: cell.worksheet.name, cell: cell.address });
  }

  // ── values ────────────────────────────────────────────────────────────────────────────────

  /** A cell as text ("" when empty); numbers as they are shown, dates as YYYY-MM-DD. */
  protected text(cell: Cell): string | undefined {
    const c = cellContent(cell);
    switch (c.kind) {
      case 'empty':
        return undefined;
      case 'text':
        return c.text.trim() || undefined;
      case 'number': {
        const s = shownNumber(c.value, c.numFmt);
        return s.percent ? `${s.text}%` : s.text;
      }
      case 'date':
        return isoDay(c.date);
      default:
        this.problem(cell, this.notWanted(c, { zh: '文字', en: 'text' }));
        return undefined;
    }
  }

  protected notWanted(c: CellContent, wanted: Bilingual): Bilingual {
    if (c.kind === 'uncomputed') {
      return {
        zh: `公式 ${describeContent(c)} 尚无计算结果：请在 Excel 或 WPS 中打开并保存，或直接填写数值`,
        en: `the formula ${describeContent(c)} has no computed result: open and save the workbook in Excel or WPS, or type the value`,
      };
    }
    if (c.kind === 'error') {
      return { zh: `单元格为错误值 ${c.text}`, en: `the cell holds the error ${c.text}` };
    }
    const got = describeContent(c);
    return { zh: `应为${wanted.zh}，实际为${got}`, en: `must be ${wanted.en}, got ${got}` };
  }

  protected bool(cell: Cell): boolean | undefined {
    const c = cellContent(cell);
    if (c.kind === 'empty') return undefined;
    if (c.kind === 'bool') return c.value;
    if (c.kind === 'text') {
      const t = c.text.trim().toLowerCase();
      if (['是', 'y', 'yes', 'true', '√', '✓'].includes(t)) return true;
      if (['否', 'n', 'no', 'false', '×', '✗'].includes(t)) return false;
    }
    this.problem(cell, this.notWanted(c, { zh: '“是”或“否”', en: '是 (yes) or 否 (no)' }));
    return undefined;
  }

  /** A whole number field (year, decimals): a SourceNumber, or the text as typed for the schema to name. */
  protected number(cell: Cell): SourceNumber | string | undefined {
    const c = cellContent(cell);
    if (c.kind === 'number') return new SourceNumber(shownNumber(c.value, c.numFmt).text);
    const t = this.text(cell);
    if (t === undefined) return undefined;
    // "2020年" in the year field is the year 2020.
    const n = parseNumberText(t.replace(/\s+/g, '').replace(/年$/, ''));
    return n ? new SourceNumber(n.canonical) : t;
  }

  protected date(cell: Cell): string | undefined {
    const c = cellContent(cell);
    if (c.kind === 'date') return isoDay(c.date);
    if (c.kind === 'number' && Number.isInteger(c.value) && c.value > 20000 && c.value < 80000) {
      // A date serial in a cell formatted as a number: days since 1899-12-30.
      return isoDay(new Date(Date.UTC(1899, 11, 30) + c.value * 86400000));
    }
    const t = this.text(cell);
    if (t === undefined) return undefined;
    const m =
      /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(normalizeDigits(t)) ??
      /^(\d{4})(\d{2})(\d{2})$/.exec(normalizeDigits(t));
    return m ? `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}` : t;
  }

  /**
   * The value column with its 约数 and 单位 columns, as one literal ("近2400万元"). A unit jixiao does
   * not know stays in `unit`, for validation to name it at its cell.
   */
  protected value(r: BlockRow): { literal?: string; unit?: string; unitFromColumn: boolean } {
    const valueCell = r.cells.get('value');
    const approxCell = r.cells.get('approx');
    const unitCell = r.cells.get('unit');
    let unit = unitCell ? this.text(unitCell)?.replace(/\s+/g, '') : undefined;
    const approxWord = approxCell ? this.text(approxCell) : undefined;
    let approx: Approx | undefined;
    if (approxWord !== undefined) {
      approx = WORD_APPROX[approxWord];
      if (!approx) {
        this.problem(approxCell as Cell, {
          zh: `约数应为 ${LISTS.approx.join('、')} 之一，实际为“${approxWord}”`,
          en: `约数 must be one of ${LISTS.approx.join(', ')}, got "${approxWord}"`,
        });
      }
    }
    const c = valueCell ? cellContent(valueCell) : ({ kind: 'empty' } as const);
    let digits: string | undefined;
    if (c.kind === 'number') {
      const s = shownNumber(c.value, c.numFmt);
      digits = s.text;
      if (s.percent) {
        if (unit !== undefined && unit !== '%' && unit !== '％') {
          this.problem(unitCell as Cell, {
            zh: `数值单元格是百分比格式，单位却是“${unit}”`,
            en: `the value cell is formatted as a percentage but the unit is "${unit}"`,
          });
        }
        unit ??= '%';
      }
    } else if (c.kind === 'text') {
      const parts = splitLiteral(c.text);
      if (!parts) {
        this.problem(valueCell as Cell, {
          zh: `应为数字，实际为“${c.text.trim()}”`,
          en: `must be a number, got "${c.text.trim()}"`,
        });
      } else {
        digits = parts.digits;
        if (parts.approx && approx && parts.approx !== approx) {
          this.problem(approxCell as Cell, {
            zh: `约数“${approxWord}”与数值“${c.text.trim()}”中的写法不一致`,
            en: `约数 "${approxWord}" contradicts the value "${c.text.trim()}"`,
          });
        }
        approx ??= parts.approx;
        if (parts.unit && unit !== undefined && lookupUnit(unit)?.symbol !== parts.unit) {
          this.problem(unitCell as Cell, {
            zh: `单位“${unit}”与数值“${c.text.trim()}”中的单位不一致`,
            en: `the unit "${unit}" contradicts the value "${c.text.trim()}"`,
          });
        }
        unit ??= parts.unit;
      }
    } else if (c.kind !== 'empty') {
      this.problem(valueCell as Cell, this.notWanted(c, { zh: '数字', en: 'a number' }));
    }
    const unitFromColumn = unitCell !== undefined && cellContent(unitCell).kind !== 'empty';
    if (digits === undefined) {
      if (approx && approxCell) {
        this.problem(approxCell, { zh: '填写了约数但没有数值', en: '约数 is given without a value' });
      }
      return { unit, unitFromColumn };
    }
    const known = unit !== undefined ? lookupUnit(unit) : undefined;
    if (unit !== undefined && !known)
      return { literal: composeLiteral(digits, approx), unit, unitFromColumn };
    return { literal: composeLiteral(digits, approx, known?.symbol), unitFromColumn };
  }
}
