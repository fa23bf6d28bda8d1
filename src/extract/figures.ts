import type { Decimal } from '../figures/decimal.js';
import { type Approx, type Figure, type Location, roughInterval } from '../figures/figure.js';
import type { Unit } from '../figures/units.js';
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
  /** The value in the kind's base unit as a float, and the bounds of its interval: for quick screens. */
  num: number;
  lo: number;
  hi: number;
}

/** A draft figure; its exact value is the found number's, built only when asked for. */
class Drafted implements DraftFigure {
  readonly unit: Unit;
  readonly exponent: number;
  readonly approx: Approx | undefined;
  readonly text: string;
  readonly start: number;
  readonly end: number;

  constructor(
    readonly found: Found,
    readonly para: DraftParagraph,
    readonly sentence: number,
    readonly label: string | undefined,
    readonly at: Location,
    readonly forward: boolean,
    readonly predicated: boolean,
    readonly num: number,
    readonly lo: number,
    readonly hi: number,
  ) {
    this.unit = found.unit;
    this.exponent = found.exponent;
    this.approx = found.approx;
    this.text = /\s/.test(found.text) ? found.text.replace(/\s+/g, '') : found.text;
    this.start = found.start;
    this.end = found.end;
  }

  get value(): Decimal {
    return this.found.value;
  }
}

/** Sentence ends inside a paragraph. */
const SENTENCE_END = /[。！？!?]/g;

const startsCache = new WeakMap<DraftParagraph, number[]>();
const scales = new Map<Unit, number>();

/** Where each sentence of a paragraph starts (computed once per paragraph). */
export function sentenceStarts(para: DraftParagraph): number[] {
  let starts = startsCache.get(para);
  if (!starts) {
    starts = [0];
    for (const m of para.text.matchAll(SENTENCE_END)) starts.push((m.index ?? 0) + 1);
    startsCache.set(para, starts);
  }
  return starts;
}

/** Start and end offsets of sentence `s` of a paragraph. */
export function sentenceSpan(para: DraftParagraph, s: number): [number, number] {
  const starts = sentenceStarts(para);
  return [starts[s] ?? 0, starts[s + 1] ?? para.text.length];
}

/** Every figure of every paragraph, thresholds left out (they state rules, not quantities). */
export function draftFigures(file: string, paragraphs: DraftParagraph[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const para of paragraphs) {
    const starts = sentenceStarts(para);
    let sentence = 0;
    for (const f of findFigures(para.text)) {
      if (f.threshold) continue;
      // Figures come in order: the sentence only moves forward.
      while (sentence + 1 < starts.length && (starts[sentence + 1] as number) <= f.start) sentence++;
      const pos = para.at(f.start);
      const d = describeFigure(para.text, f);
      let scale = scales.get(f.unit);
      if (scale === undefined) {
        scale = f.unit.scale.toNumber();
        scales.set(f.unit, scale);
      }
      const [lo, hi] = roughInterval(f.num, f, scale);
      out.push(
        new Drafted(
          f,
          para,
          sentence,
          d.label,
          {
            file,
            path: null,
            line: pos.line,
            column: pos.column,
            paragraph: pos.paragraph,
          },
          d.forward,
          d.predicated,
          f.num * scale,
          lo,
          hi,
        ),
      );
    }
  }
  return out;
}
