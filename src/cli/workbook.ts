/** `jixiao init` and `jixiao export`: the fill-in workbook, blank or holding a data file's data. */
import { access } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { writeFilesAtomic } from '../io/atomic.js';
import type { FindingsEntry } from '../workbook/findings.js';

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

/**
 * A workbook already there may hold a year's work or a reviewer's notes: it is replaced only with
 * --force, and never when it is one of the files being read.
 */
async function refuseOverwrite(path: string, force: boolean, inputs: readonly string[] = []): Promise<void> {
  if (inputs.some((i) => resolve(i) === resolve(path))) {
    throw new UserError(
      {
        zh: '输出文件不能是正在读取的文件（会被覆盖）；请换一个文件名',
        en: 'The output cannot be one of the files being read (it would be overwritten); choose another name',
      },
      { file: path },
    );
  }
  if (!force && (await exists(path))) {
    throw new UserError(
      {
        zh: '文件已存在，未覆盖（其中可能有已填写的数据或批注）；确需覆盖请加 --force',
        en: 'The file exists and was left alone (it may hold filled-in data or notes); use --force to overwrite',
      },
      { file: path },
    );
  }
}

/** Writes a blank workbook. */
export async function initCommand(path: string, force: boolean): Promise<void> {
  requireXlsx(path);
  await refuseOverwrite(path, force);
  const { workbookBytes } = await import('../workbook/write.js');
  await writeFilesAtomic([{ path, data: await workbookBytes() }]);
}

/** Validates a data file (any format) and writes it as a filled workbook. */
export async function exportCommand(file: string, xlsx: string, force: boolean): Promise<void> {
  requireXlsx(xlsx);
  await refuseOverwrite(xlsx, force, [file]);
  const [{ loadDataFile }, { validate }, { workbookBytes }] = await Promise.all([
    import('../load/index.js'),
    import('../model/validate.js'),
    import('../workbook/write.js'),
  ]);
  const model = validate(await loadDataFile(file));
  await writeFilesAtomic([{ path: xlsx, data: await workbookBytes(model.input) }]);
}

/** Before checking: the findings workbook's name is usable. */
export async function checkFindingsTarget(
  path: string,
  force: boolean,
  inputs: readonly string[],
): Promise<void> {
  requireXlsx(path);
  await refuseOverwrite(path, force, inputs);
}

/** `check --xlsx`: the findings of every file checked, and the files that could not be, as a sheet. */
export async function writeFindingsWorkbook(
  path: string,
  entries: readonly FindingsEntry[],
  lang: Lang,
): Promise<void> {
  const { findingsWorkbook } = await import('../workbook/findings.js');
  await writeFilesAtomic([{ path, data: await findingsWorkbook(entries, lang) }]);
}
