/**
 * exceljs's Workbook class alone. The package's entry also loads its streaming reader and writer
 * (unzipper, archiver and their dependencies): about half a second at start-up that jixiao never
 * uses, since it reads and writes whole workbooks in memory. Also: a new workbook and its bytes,
 * the same bytes for the same content (fixed dates, normalized zip).
 */
import type { Workbook as WorkbookType } from 'exceljs';
// @ts-expect-error: the module has no type declarations of its own; its class is exceljs's Workbook.
import WorkbookClass from 'exceljs/lib/doc/workbook.js';
import { normalizeZip } from '../io/zip.js';

export const Workbook = WorkbookClass as typeof WorkbookType;
export type Workbook = WorkbookType;

/** The date a workbook carries when its content has none (a blank workbook, a findings sheet). */
export const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

/** A workbook written by jixiao, dated `date` in its properties. */
export function newWorkbook(date: Date): Workbook {
  const wb = new Workbook();
  wb.creator = 'jixiao';
  wb.lastModifiedBy = 'jixiao';
  wb.created = date;
  wb.modified = date;
  return wb;
}

/** The workbook's bytes: stored by exceljs, then compressed once by normalizeZip with fixed dates. */
export async function workbookFileBytes(wb: Workbook, date: Date): Promise<Uint8Array> {
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return normalizeZip(new Uint8Array(raw as ArrayBuffer), date);
}
