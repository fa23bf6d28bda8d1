/** `jixiao init` and `jixiao export`: the fill-in workbook, blank or holding a data file's data. */
import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { writeFilesAtomic } from '../io/atomic.js';
import type { Unreadable } from '../workbook/findings.js';
import type { FileResult } from './report-findings.js';

export function requireXlsx(path: string): void {
  if (extname(path).toLowerCase() !== '.xlsx') {
    throw new UserError(
      {
        zh: `工作簿文件名应以 .xlsx 结尾，实际为“${path}”`,
        en: `The workbook's name must end in .xlsx, got "${path}"`,
      },
      { file: path },
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a blank workbook; never over an existing file unless forced (it may hold a year's work). */
export async function initCommand(path: string, force: boolean): Promise<void> {
  requireXlsx(path);
  if (!force && (await exists(path))) {
    throw new UserError(
      {
        zh: '文件已存在，未覆盖（其中可能有已填写的数据）；确需覆盖请加 --force',
        en: 'The file exists and was left alone (it may hold filled-in data); use --force to overwrite',
      },
      { file: path },
    );
  }
  const { workbookBytes } = await import('../workbook/write.js');
  await writeFilesAtomic([{ path, data: await workbookBytes() }]);
}

/** Validates a data file (any format) and writes it as a filled workbook. */
export async function exportCommand(file: string, xlsx: string): Promise<void> {
  requireXlsx(xlsx);
  const [{ loadDataFile }, { validate }, { workbookBytes }] = await Promise.all([
    import('../load/index.js'),
    import('../model/validate.js'),
    import('../workbook/write.js'),
  ]);
  const model = validate(await loadDataFile(file));
  await writeFilesAtomic([{ path: xlsx, data: await workbookBytes(model.input) }]);
}

/** `check --xlsx`: the findings of every file checked, and the files that could not be, as a sheet. */
export async function writeFindingsWorkbook(
  path: string,
  results: readonly FileResult[],
  unreadable: readonly Unreadable[],
  lang: Lang,
): Promise<void> {
  requireXlsx(path);
  const { findingsWorkbook } = await import('../workbook/findings.js');
  await writeFilesAtomic([{ path, data: await findingsWorkbook(results, unreadable, lang) }]);
}
