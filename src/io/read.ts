import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** Reads an input file whole; a missing file, a folder or an unreadable one is a UserError naming it. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? { zh: '文件不存在', en: 'File not found' }
        : code === 'EISDIR'
          ? { zh: '这是一个文件夹，不是文件', en: 'This is a folder, not a file' }
          : { zh: `无法读取文件（${code}）`, en: `Cannot read file (${code})` },
      { file },
    );
  }
}
