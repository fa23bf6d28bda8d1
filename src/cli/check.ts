import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { DATA_EXTENSIONS, DRAFT_EXTENSIONS, OLD_SPREADSHEETS } from '../formats.js';
import type { FileResult } from './report-findings.js';

/**
 * Checks one file: structured data (.yaml, .yml, .json, .xlsx) or a hand-written draft (.md, .txt, .docx).
 * Each path loads only its own modules: checking a draft never loads the schema or the YAML parser.
 */
export async function checkFile(file: string): Promise<FileResult> {
  const ext = extname(file).toLowerCase();
  if (DRAFT_EXTENSIONS.includes(ext)) {
    const { checkDraft } = await import('../extract/index.js');
    const { findings, figures } = await checkDraft(file);
    return { file, kind: 'draft', findings, figures };
  }
  if (!DATA_EXTENSIONS.includes(ext) && !OLD_SPREADSHEETS.includes(ext)) {
    throw new UserError(
      {
        zh: `无法核对“${ext || '无扩展名'}”类型的文件：数据文件应为 .yaml、.yml、.json、.xlsx，手写稿应为 .md、.txt、.docx`,
        en: `Cannot check a "${ext || 'no extension'}" file: data is .yaml, .yml, .json or .xlsx; drafts are .md, .txt or .docx`,
      },
      { file },
    );
  }
  const [{ loadDataFile }, { validate }, { evaluate, sortFindings }] = await Promise.all([
    import('../load/index.js'),
    import('../model/validate.js'),
    import('../check/engine.js'),
  ]);
  const model = validate(await loadDataFile(file));
  const findings = sortFindings(evaluate(model.relations));
  return { file, kind: 'data', findings, figures: [...model.figures.values()] };
}
