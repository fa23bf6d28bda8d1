import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { readInput } from '../io/read.js';
import { DATA_EXTENSIONS, OLD_SPREADSHEETS } from '../formats.js';
import { loadJson } from './json.js';
import type { Loaded } from './source.js';
import { loadYaml } from './yaml.js';

/** Reads a data file by its extension; every failure is a UserError naming the file. */
export async function loadDataFile(file: string): Promise<Loaded> {
  const ext = extname(file).toLowerCase();
  if (OLD_SPREADSHEETS.includes(ext)) {
    throw new UserError(
      {
        zh: `无法读取“${ext}”格式的表格：请在 Excel 或 WPS 中另存为 .xlsx 工作簿`,
        en: `Cannot read a "${ext}" spreadsheet: save it as an .xlsx workbook in Excel or WPS`,
      },
      { file },
    );
  }
  if (!DATA_EXTENSIONS.includes(ext)) {
    throw new UserError(
      {
        zh: `不支持的数据文件类型“${ext || '（无扩展名）'}”，应为 .yaml、.yml、.json 或 .xlsx`,
        en: `Unsupported data file type "${ext || '(none)'}"; expected .yaml, .yml, .json or .xlsx`,
      },
      { file },
    );
  }
  const bytes = await readInput(file);
  if (ext === '.xlsx') {
    const { loadWorkbook } = await import('../workbook/read.js');
    return loadWorkbook(bytes, file);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return ext === '.json' ? loadJson(text, file) : loadYaml(text, file);
}
