import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { DATA_EXTENSIONS } from '../formats.js';
import { loadJson } from './json.js';
import type { Loaded } from './source.js';
import { loadYaml } from './yaml.js';

/** Reads a data file by its extension; every failure is a UserError naming the file. */
export async function loadDataFile(file: string): Promise<Loaded> {
  const ext = extname(file).toLowerCase();
  if (!DATA_EXTENSIONS.includes(ext)) {
    throw new UserError(
      {
        zh: `不支持的数据文件类型“${ext || '（无扩展名）'}”，应为 .yaml、.yml 或 .json`,
        en: `Unsupported data file type "${ext || '(none)'}"; expected .yaml, .yml or .json`,
      },
      { file },
    );
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? { zh: '文件不存在', en: 'File not found' }
        : code === 'EISDIR'
          ? { zh: '这是一个文件夹，不是数据文件', en: 'This is a folder, not a data file' }
          : { zh: `无法读取文件（${code}）`, en: `Cannot read file (${code})` },
      { file },
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return ext === '.json' ? loadJson(text, file) : loadYaml(text, file);
}
