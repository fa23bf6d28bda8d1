import type { Location } from './figures/figure.js';
import type { Bilingual, Lang } from './i18n/index.js';

/**
 * A problem with the user's input or invocation (exit code 2): bad file, wrong type,
 * unknown template. Printed as a message with its place, never as a stack trace.
 */
export class UserError extends Error {
  readonly text: Bilingual;
  readonly where?: Location;
  /** Further problems found in the same pass (validation reports every problem at once). */
  readonly details: { text: Bilingual; where?: Location }[];

  constructor(text: Bilingual, where?: Location, details: { text: Bilingual; where?: Location }[] = []) {
    super(text.en);
    this.name = 'UserError';
    this.text = text;
    this.where = where;
    this.details = details;
  }
}

/** "data.yaml:3:5", "data.yaml monitoring.funds.spent", "「绩效监控」!C7" … */
export function formatWhere(where: Location | undefined, lang: Lang): string {
  if (!where) return '';
  const parts: string[] = [];
  // A workbook cell says where it is better than a data path would.
  if (where.sheet) return `${where.file ?? ''}「${where.sheet}」!${where.cell ?? ''}`;
  if (where.file) {
    parts.push(
      where.line != null
        ? `${where.file}:${where.line}${where.column != null ? `:${where.column}` : ''}`
        : where.file,
    );
  } else if (where.line != null) {
    parts.push(lang === 'en' ? `line ${where.line}` : `第 ${where.line} 行`);
  }
  if (where.path) parts.push(where.path);
  return parts.join(' ');
}

export function formatUserError(e: UserError, lang: Lang): string {
  const lines = [e, ...e.details].map((d) => {
    const where = formatWhere(d.where, lang);
    const text = lang === 'en' ? d.text.en : d.text.zh;
    return where ? `${where}${lang === 'en' ? ': ' : '：'}${text}` : text;
  });
  // The head carries the summary; details (if any) follow, one per line.
  return lines.join('\n');
}
