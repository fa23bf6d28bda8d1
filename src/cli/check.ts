import { extname } from 'node:path';
import { evaluate, sortFindings } from '../check/engine.js';
import { UserError } from '../errors.js';
import { DATA_EXTENSIONS, loadDataFile } from '../load/index.js';
import { validate } from '../model/validate.js';
import { checkDraft, DRAFT_EXTENSIONS } from '../extract/index.js';
import type { FileResult } from './report-findings.js';

/** Checks one file: structured data (.yaml, .yml, .json) or a hand-written draft (.md, .txt, .docx). */
export async function checkFile(file: string): Promise<FileResult> {
  const ext = extname(file).toLowerCase();
  if (DRAFT_EXTENSIONS.includes(ext)) {
    const { findings, figures } = await checkDraft(file);
    return { file, kind: 'draft', findings, figures };
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
