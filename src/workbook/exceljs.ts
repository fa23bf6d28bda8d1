/**
 * exceljs's Workbook class alone. The package's entry also loads its streaming reader and writer
 * (unzipper, archiver and their dependencies): about half a second at start-up that jixiao never
 * uses, since it reads and writes whole workbooks in memory.
 */
import type { Workbook as WorkbookType } from 'exceljs';
// @ts-expect-error: the module has no type declarations of its own; its class is exceljs's Workbook.
import WorkbookClass from 'exceljs/lib/doc/workbook.js';

export const Workbook = WorkbookClass as typeof WorkbookType;
export type Workbook = WorkbookType;
