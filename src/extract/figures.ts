import type { Figure } from '../figures/figure.js';
import { describeFigure } from './labels.js';
import { findFigures, type Found } from './numbers.js';
import type { DraftParagraph } from './text.js';

/** A figure found in a draft, with where it stands: paragraph, sentence, offsets. */
export interface DraftFigure extends Figure {
  found: Found;
  para: DraftParagraph;
  sentence: number;
  start: number;
  end: number;
  /** The label was read after the number (776个项目), not before it (项目绩效目标664个). */
  forward: boolean;
  /** A verb follows the counted thing (84个单位开展了自评): it is usually part of a larger set. */
  predicated: boolean;
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
      const d = describeFigure(para.text, f);
      out.push({
        value: f.value,
        unit: f.unit,
        exponent: f.exponent,
        approx: f.approx,
        text: f.text.replace(/\s+/g, ''),
        label: d.label,
        at: { file, path: null, line: pos.line, column: pos.column, paragraph: pos.paragraph },
        found: f,
        para,
        sentence: sentenceOf(starts, f.start),
        start: f.start,
        end: f.end,
        forward: d.forward,
        predicated: d.predicated,
      });
    }
  }
  return out;
}
