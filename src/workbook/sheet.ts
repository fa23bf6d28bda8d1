/**
 * Reads one sheet of the fill-in workbook into its parts: the labelled fields at the top (label in
 * column A, value in column B) and the blocks below them (a marker row, a header row, item rows).
 * Columns are found by their header text; blank rows and columns the workbook does not know are
 * skipped. Problems are collected, not thrown.
 */
import type { Cell, Worksheet } from 'exceljs';
import type { Bilingual } from '../i18n/index.js';
import { cellContent } from './cells.js';
import type { BlockName, BlockSpec, FieldSpec } from './layout.js';

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

function cellText(cell: Cell): string {
  const c = cellContent(cell);
  return c.kind === 'text' ? c.text : c.kind === 'number' ? String(c.value) : '';
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
      const f = fieldByLabel.get(a);
      if (f) {
        if (out.fields.has(f.label)) {
          problem(`A${r}`, `项目“${f.label}”重复出现`, `field "${f.label}" appears twice`);
        } else out.fields.set(f.label, row.getCell(2));
        continue;
      }
      if (cellContent(row.getCell(2)).kind !== 'empty' && !out.blocks.size && fields.length > 0) {
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
      const byHeader = new Map(block.columns.map((c) => [norm(c.header), c]));
      const seen = new Set<string>();
      row.eachCell((cell, col) => {
        const spec = byHeader.get(norm(cellText(cell)));
        if (spec && !seen.has(spec.field)) {
          seen.add(spec.field);
          (columns as Map<number, string>).set(col, spec.field);
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
    for (const [col, field] of columns) {
      const cell = row.getCell(col);
      cells.set(field, cell);
      const spec = block.columns.find((c) => c.field === field);
      if (!spec?.computed && cellContent(cell).kind !== 'empty') filled = true;
    }
    if (filled) out.blocks.get(block.name)?.push({ row: r, cells });
  }
  return out;
}
