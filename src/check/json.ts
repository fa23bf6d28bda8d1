import { type Lang, pick } from '../i18n/index.js';
import type { Finding } from './types.js';

/** A finding in the stable JSON shape other tools read (paragraph only where a draft in Word has no lines). */
export function findingJson(f: Finding, lang: Lang) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: pick(f.message, lang),
    location: {
      path: f.location.path ?? null,
      line: f.location.line ?? null,
      column: f.location.column ?? null,
      ...(f.location.paragraph != null && f.location.line == null ? { paragraph: f.location.paragraph } : {}),
      ...(f.location.sheet ? { sheet: f.location.sheet, cell: f.location.cell ?? null } : {}),
    },
    stated: f.stated ?? null,
    expected: f.expected ?? null,
  };
}
