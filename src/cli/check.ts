import { extname } from 'node:path';
import { evaluate, sortFindings } from '../check/engine.js';
import { UserError } from '../errors.js';
import { DATA_EXTENSIONS, loadDataFile } from '../load/index.js';
import { validate } from '../model/validate.js';
import type { FileResult } from './report-findings.js';

const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'];

/** Checks one file: structured data now; hand-written drafts come with the draft reader. */
export async function checkFile(file: string): Promise<FileResult> {
  const ext = extname(file).toLowerCase();
  if (DRAFT_EXTENSIONS.includes(ext)) {
    throw new UserError(
      {
        zh: '尚不支持核对手写稿（.md、.txt、.docx），目前只能核对数据文件（.yaml、.yml、.json）',
        en: 'Checking hand-written drafts (.md, .txt, .docx) is not supported yet; data files (.yaml, .yml, .json) are',
      },
      { file },
    );
  }
  if (!(DATA_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UserError(
      {
        zh: `无法核对“${ext || '无扩展名'}”类型的文件`,
        en: `Cannot check a "${ext || 'no extension'}" file`,
      },
      { file },
    );
  }
  const model = validate(await loadDataFile(file));
  const findings = sortFindings(evaluate(model.relations));
  return { file, kind: 'data', findings, figures: [...model.figures.values()] };
}
