import { Decimal, exponentOf } from './decimal.js';

/** Full-width digits and punctuation as people type them in Chinese documents → ASCII. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９．，－＋％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface NumberText {
  value: Decimal;
  /** Exponent of the last displayed digit (precision as stated). */
  exponent: number;
  /** Canonical text without separators: "645215.01". */
  canonical: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Parses "645,215.01", "７.５０", "-3" exactly; returns undefined for anything else. */
export function parseNumberText(text: string): NumberText | undefined {
  const t = normalizeDigits(text.trim());
  if (!NUMBER.test(t)) return undefined;
  const canonical = t.replace(/,/g, '').replace(/^\+/, '');
  return { value: new Decimal(canonical), exponent: exponentOf(canonical), canonical };
}
