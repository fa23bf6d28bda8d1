/**
 * Reads one sheet of the fill-in workbook into its parts: the labelled fields at the top (label in
 * column A, value in the column headed 内容, B when there is no such header) and the blocks below
 * them (a marker row, a header row, item rows). Columns are found by their header text, so that
 * inserted or reordered columns move with their data; blank rows, rows repeating the header and
 * columns the workbook does not know are skipped. Problems are collected, not thrown.
 */
import type { Cell, Worksheet } from 'exceljs';
import type { Bilingual } from '../i18n/index.js';
import { cellContent } from './cells.js';
import { type BlockName, type BlockSpec, FIELD_HEADER, type FieldSpec } from './layout.js';

export interface Problem {
  text: Bilingual;
  sheet: string;
  cell: string;
}

export interface BlockRow {
  row: number;
  /** Cells by field name (only columns the block knows). */
  cells: Map<string, Cell>;
}

export interface SheetParts {
  fields: Map<string, Cell>;
  blocks: Map<BlockName, BlockRow[]>;
}

/** Labels compare without spaces and a trailing colon: "发文机关：" is 发文机关. */
function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/[:：]$/, '');
}

/**
 * Headers compare without what is in brackets: "内部（不公开）" and "上年数(万元)" are 内部 and 上年数,
 * as "分项合计（自动）" is 分项合计.
 */
function headerKey(s: string): string {
  return norm(s).replace(/[（(][^（）()]*[）)]/g, '');
}

function cellText(cell: Cell): string {
  const c = cellContent(cell);
  return c.kind === 'text' ? c.text : c.kind === 'number' ? String(c.value) : '';
}

/** Whether a cell holds something of its own (not only the value of a merge from the row above). */
function ownContent(cell: Cell): boolean {
  if (cell.type === 1 /* merge */ && cell.master.row !== cell.row) return false;
  return cellContent(cell).kind !== 'empty';
}

export function readSheet(
  ws: Worksheet,
  fields: readonly FieldSpec[],
  blocks: readonly BlockSpec[],
  problems: Problem[],
): SheetParts {
  const out: SheetParts = { fields: new Map(), blocks: new Map() };
  const fieldByLabel = new Map(fields.map((f) => [norm(f.label), f]));
  const blockByMarker = new Map(blocks.map((b) => [norm(b.marker), b]));
  const problem = (cell: string, zh: string, en: string) =>
    problems.push({ text: { zh, en }, sheet: ws.name, cell });

  let block: BlockSpec | undefined;
  /** Column number → field, once the block's header row has been read. */
  let columns: Map<number, string> | undefined;
  /** The header's text by column, to skip a row that repeats it. */
  let headerTexts: Map<number, string> | undefined;
  let valueColumn = 2;
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const a = norm(cellText(row.getCell(1)));
    const marker = a.startsWith('【') && a.endsWith('】') ? a : undefined;
    if (marker) {
      block = blockByMarker.get(marker);
      columns = undefined;
      if (!block) {
        const known = blocks.map((b) => b.marker).join('、');
        problem(
          `A${r}`,
          `无法识别的区块“${marker}”（本表的区块有：${known}）`,
          `unknown block "${marker}" (this sheet has: ${known})`,
        );
      } else if (out.blocks.has(block.name)) {
        problem(`A${r}`, `区块“${block.marker}”重复出现`, `block "${block.marker}" appears twice`);
        block = undefined;
      } else out.blocks.set(block.name, []);
      continue;
    }
    if (!block) {
      // The fields area (or rows after an unknown block marker).
      if (!a) continue;
      if (a === FIELD_HEADER[0]) {
        // The header of the fields: values stand under 内容 (wherever columns were inserted).
        row.eachCell((cell, col) => {
          if (norm(cellText(cell)) === FIELD_HEADER[1]) valueColumn = col;
        });
        continue;
      }
      const f = fieldByLabel.get(a);
      if (f) {
        if (out.fields.has(f.label)) {
          problem(`A${r}`, `项目“${f.label}”重复出现`, `field "${f.label}" appears twice`);
        } else out.fields.set(f.label, row.getCell(valueColumn));
        continue;
      }
      if (ownContent(row.getCell(valueColumn)) && !out.blocks.size && fields.length > 0) {
        problem(
          `A${r}`,
          `无法识别的项目“${a}”（可填写的项目见「填写说明」）`,
          `unknown field "${a}" (see the instructions sheet for the fields)`,
        );
      }
      continue;
    }
    if (!columns) {
      // The first non-blank row after a marker is the block's header.
      if (row.actualCellCount === 0) continue;
      columns = new Map();
      headerTexts = new Map();
      const byHeader = new Map(block.columns.map((c) => [headerKey(c.header), c]));
      const seen = new Set<string>();
      row.eachCell((cell, col) => {
        const key = headerKey(cellText(cell));
        const spec = byHeader.get(key);
        if (spec && !seen.has(spec.field)) {
          seen.add(spec.field);
          (columns as Map<number, string>).set(col, spec.field);
          headerTexts?.set(col, key);
        }
      });
      for (const c of block.columns) {
        if (c.required && !seen.has(c.field)) {
          problem(
            `A${r}`,
            `区块“${block.marker}”的表头缺少“${c.header}”列（表头行应紧接在区块标记之后）`,
            `the header of block "${block.marker}" has no "${c.header}" column (it must follow the block marker)`,
          );
        }
      }
      continue;
    }
    const cells = new Map<string, Cell>();
    let filled = false;
    let repeatsHeader = true;
    for (const [col, field] of columns) {
      const cell = row.getCell(col);
      cells.set(field, cell);
      const spec = block.columns.find((c) => c.field === field);
      if (!spec?.computed && ownContent(cell)) filled = true;
      if (headerKey(cellText(cell)) !== headerTexts?.get(col)) repeatsHeader = false;
    }
    if (!filled || repeatsHeader) continue;
    const missing = block.columns.find(
      (c) => c.required && cells.has(c.field) && cellContent(cells.get(c.field) as Cell).kind === 'empty',
    );
    if (missing) {
      const cell = cells.get(missing.field) as Cell;
      problem(
        cell.address,
        `本行缺少“${missing.header}”（不需要这一行时请清空整行）`,
        `this row has no "${missing.header}" (clear the whole row if it is not needed)`,
      );
      continue;
    }
    out.blocks.get(block.name)?.push({ row: r, cells });
  }
  return out;
}
