import { readInput } from '../io/read.js';
import { extname } from 'node:path';
import { evaluate, sortFindings } from '../check/engine.js';
import type { Finding } from '../check/types.js';
import { UserError } from '../errors.js';
import { type DraftFigure, draftFigures, sentenceSpan } from './figures.js';
import { duplicatePhrases, numberingStyle } from './prose.js';
import { readDocx } from './read-docx.js';
import { readMd } from './read-md.js';
import { readTxt } from './read-txt.js';
import { tableRelations } from './tables.js';
import { draftRelations, HOLDING, reportYearOf } from './relations.js';
import type { DraftParagraph } from './text.js';

export interface DraftResult {
  findings: Finding[];
  figures: DraftFigure[];
  paragraphs: DraftParagraph[];
}

export async function readDraft(file: string): Promise<DraftParagraph[]> {
  const data = await readInput(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') return readDocx(data, file);
  let text = data.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new UserError(
      {
        zh: '文件不是 UTF-8 编码的文本（请另存为 UTF-8）',
        en: 'The file is not UTF-8 text (save it as UTF-8)',
      },
      { file },
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return ext === '.txt' ? readTxt(text) : readMd(text);
}

/** The sentence around a figure, its figures marked 【…】, for a reviewer to find it. */
function excerpt(f: DraftFigure, marked: Set<DraftFigure>): string {
  const [s, e] = sentenceSpan(f.para, f.sentence);
  const inSentence = [...marked].filter((g) => g.para === f.para && g.sentence === f.sentence);
  let out = '';
  let pos = s;
  for (const g of inSentence.sort((a, b) => a.start - b.start)) {
    out += `${f.para.text.slice(pos, g.start)}【${f.para.text.slice(g.start, g.end)}】`;
    pos = g.end;
  }
  out += f.para.text.slice(pos, e);
  return out.length > 160 ? `${out.slice(0, 157)}…` : out.trim();
}

/**
 * Checks a hand-written draft: finds its figures in the prose, the relations between them, and runs
 * the same engine as for data, plus the prose rules (duplicate phrases, numbering).
 */
export function checkParagraphs(file: string, paragraphs: DraftParagraph[]): DraftResult {
  const figures = draftFigures(file, paragraphs);
  const relations = draftRelations(figures, reportYearOf(paragraphs));
  const byAt = new Map(figures.map((f) => [f.at, f]));
  const findings = evaluate(relations.filter((r) => !HOLDING.has(r))).map((f) => {
    // A claim (全覆盖) is no figure: it is shown in the sentence of the figures it is checked against.
    const fig = byAt.get(f.location) ?? (f.related?.[0] && byAt.get(f.related[0]));
    if (!fig) return f;
    const marked = new Set([
      fig,
      ...(f.related ?? []).map((r) => byAt.get(r)).filter((x): x is DraftFigure => !!x),
    ]);
    return { ...f, excerpt: excerpt(fig, marked) };
  });
  // Tables: a 合计 row and rate columns, each finding shown with its row.
  const tables = tableRelations(file, paragraphs);
  for (const f of evaluate(tables.relations)) findings.push({ ...f, excerpt: tables.rows.get(f.location) });
  findings.push(...duplicatePhrases(file, paragraphs), ...numberingStyle(file, paragraphs));
  return { findings: sortFindings(findings), figures, paragraphs };
}

export async function checkDraft(file: string): Promise<DraftResult> {
  return checkParagraphs(file, await readDraft(file));
}
