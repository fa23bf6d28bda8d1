import type { Found } from './numbers.js';

/** Where a noun phrase ends. */
const STOP = /[，。、；：:,;（）()“”‘’《》「」\s！？]/;
/** Words that join clauses rather than name things: a label is cut at them. */
const JOINERS =
  /(?:其中|分别为|分别是|分别|共计|合计|总计|累计|以及|并且|同时|包括|涉及|共有|共|计|达到|达|为|是|和|与|及|对|在|将|向|有|的)$/;
const LEADING =
  /^(?:其中|涉及|共计|合计|总计|共|计|全年|全市|全县|全区|全省|今年|当年|年内|并|另有|另|累计|对|有|已)/;

/**
 * What a figure quantifies. A counter looks forward (776个项目 → 项目, 58个县直部门 → 县直部门);
 * otherwise, and for a counter with nothing after it, the phrase just before (涉及金额645215万元 →
 * 涉及金额, 预算执行率84.35% → 预算执行率, 项目绩效目标664个 → 项目绩效目标).
 */
export function labelOf(text: string, f: Found): string | undefined {
  if (f.unit.kind === 'count' || f.unit.kind === 'people') {
    let j = f.end;
    while (text[j] === ' ') j++;
    let label = '';
    while (j < text.length && label.length < 8) {
      const ch = text[j] as string;
      if (STOP.test(ch) || /\d/.test(ch)) break;
      label += ch;
      if (
        /^(的|和|与|及|中|等|开展|进行|实施|编制|纳入|完成|参与|全部|均|已|达|共|报告|预算执行|情况)/.test(
          text.slice(j + 1),
        )
      )
        break;
      j++;
    }
    label = label.replace(/(的|和|与|及)$/, '');
    if (label.length >= 1 && !/^[的和与及]/.test(label)) return label;
  }
  let i = f.start;
  while (i > 0 && text[i - 1] === ' ') i--;
  let label = '';
  while (i > 0 && label.length < 14) {
    const ch = text[i - 1] as string;
    if (/\d/.test(ch) || (STOP.test(ch) && ch !== ' ')) break;
    if (ch !== ' ') label = ch + label;
    i--;
  }
  label = label.replace(JOINERS, '').replace(LEADING, '');
  label = label.replace(JOINERS, '');
  return label.length >= 2 ? label : undefined;
}

/** A label in the form used to compare two statements of the same thing. */
export function labelKey(label: string): string {
  return label.replace(/^(?:涉及|共|计|全部|所有|各级|本级)/, '');
}

/** The head noun of a label (its last two characters: 项目, 部门, 单位): what is being counted. */
export function headNoun(label: string | undefined): string | undefined {
  return label && label.length >= 2 ? label.slice(-2) : undefined;
}
