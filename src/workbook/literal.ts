/**
 * A figure literal taken apart for the workbook (a number cell, a 约数 word, a unit) and put back
 * together, always in the one spelling the report prints: 近2400万元, 3000余万元, 100万元以上.
 */
import { type Approx, parseLiteral } from '../figures/figure.js';

/** The word the 约数 column shows for each kind of approximation. */
export const APPROX_WORD: Record<Approx, string> = {
  near: '近',
  about: '约',
  over: '余',
  atLeast: '以上',
  under: '不足',
};

/** Every word people use for each, as typed in the 约数 column. */
export const WORD_APPROX: Record<string, Approx> = {
  近: 'near',
  将近: 'near',
  接近: 'near',
  约: 'about',
  大约: 'about',
  左右: 'about',
  余: 'over',
  多: 'over',
  以上: 'atLeast',
  超过: 'atLeast',
  逾: 'atLeast',
  不足: 'under',
  不到: 'under',
  以下: 'under',
};

export function composeLiteral(digits: string, approx: Approx | undefined, unit = ''): string {
  switch (approx) {
    case 'near':
      return `近${digits}${unit}`;
    case 'about':
      return `约${digits}${unit}`;
    case 'over':
      return `${digits}余${unit}`;
    case 'atLeast':
      return `${digits}${unit}以上`;
    case 'under':
      return `不足${digits}${unit}`;
    default:
      return `${digits}${unit}`;
  }
}

export interface LiteralParts {
  digits: string;
  approx?: Approx;
  /** The unit written in the literal, if any. */
  unit?: string;
}

export function splitLiteral(text: string): LiteralParts | undefined {
  const p = parseLiteral(text);
  if (!p) return undefined;
  return { digits: p.canonical, approx: p.approx, unit: p.unit?.symbol };
}

/** The printed spelling of a literal ("645,215万元" → "645215万元"); unreadable text is left alone. */
export function canonicalLiteral(text: string): string {
  const p = splitLiteral(text);
  return p ? composeLiteral(p.digits, p.approx, p.unit) : text;
}
