import type { Figure } from '../figures/figure.js';
import { labelOf } from './labels.js';
import { findFigures, type Found } from './numbers.js';
import type { DraftParagraph } from './text.js';

/** A figure found in a draft, with where it stands: paragraph, sentence, offsets. */
export interface DraftFigure extends Figure {
  found: Found;
  para: DraftParagraph;
  sentence: number;
  start: number;
  end: number;
}

/** Sentence ends inside a paragraph. */
const SENTENCE_END = /[。！？!?]/g;

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push((m.index ?? 0) + 1);
  return starts;
}

export function sentenceOf(starts: number[], offset: number): number {
  let s = 0;
  while (s + 1 < starts.length && (starts[s + 1] as number) <= offset) s++;
  return s;
}

/** Every figure of every paragraph, thresholds left out (they state rules, not quantities). */
export function draftFigures(file: string, paragraphs: DraftParagraph[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const para of paragraphs) {
    const starts = sentenceStarts(para.text);
    for (const f of findFigures(para.text)) {
      if (f.threshold) continue;
      const pos = para.at(f.start);
      out.push({
        value: f.value,
        unit: f.unit,
        exponent: f.exponent,
        approx: f.approx,
        text: f.text.replace(/\s+/g, ''),
        label: labelOf(para.text, f),
        at: { file, path: null, line: pos.line, column: pos.column, paragraph: pos.paragraph },
        found: f,
        para,
        sentence: sentenceOf(starts, f.start),
        start: f.start,
        end: f.end,
      });
    }
  }
  return out;
}
