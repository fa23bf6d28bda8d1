import { countBySeverity } from '../check/engine.js';
import { findingJson } from '../check/json.js';
import type { Finding } from '../check/types.js';
import type { Figure, Location } from '../figures/figure.js';
import { type Lang, pick } from '../i18n/index.js';

export type InputKind = 'data' | 'draft';

export interface FileResult {
  file: string;
  kind: InputKind;
  findings: Finding[];
  figures: (Figure & { key?: string })[];
}

const SEVERITY_WORD: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function place(loc: Location, lang: Lang): string {
  if (loc.sheet) return `「${loc.sheet}」!${loc.cell ?? ''}`;
  if (loc.line != null) return `${loc.line}:${loc.column ?? 0}`;
  if (loc.paragraph != null) return lang === 'en' ? `¶${loc.paragraph}` : `第${loc.paragraph}段`;
  return '';
}

/** Text report in the manner of eslint's "stylish": a header per file, a row per finding, a summary. */
export function formatStylish(results: readonly FileResult[], lang: Lang, unreadable = 0): string {
  const out: string[] = [];
  const all: Finding[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    all.push(...r.findings);
    out.push(r.file);
    const places = r.findings.map((f) => place(f.location, lang));
    const w = Math.max(...places.map((p) => p.length));
    const sw = Math.max(...r.findings.map((f) => SEVERITY_WORD[lang][f.severity].length));
    r.findings.forEach((f, i) => {
      const path =
        f.location.path && !f.location.sheet ? `${f.location.path}${lang === 'en' ? ': ' : '：'}` : '';
      const sev = SEVERITY_WORD[lang][f.severity];
      out.push(
        `  ${(places[i] ?? '').padStart(w)}  ${sev}${' '.repeat(sw - sev.length)}  ${path}${pick(f.message, lang)}  ${f.rule}`,
      );
      if (f.excerpt) out.push(`  ${' '.repeat(w)}  ${' '.repeat(sw)}  ${f.excerpt}`);
    });
    out.push('');
  }
  const c = countBySeverity(all);
  const total = c.error + c.warning + c.info;
  if (total === 0) {
    const n = results.length;
    // When some files could not be read, say the clean ones are the others, not all of them.
    out.push(
      lang === 'en'
        ? unreadable
          ? `✔ No problems found in the other ${n} file${n === 1 ? '' : 's'}`
          : `✔ No problems found (${n} file${n === 1 ? '' : 's'})`
        : unreadable
          ? `✔ 其余 ${n} 个文件未发现问题`
          : `✔ 未发现问题（共 ${n} 个文件）`,
    );
  } else {
    out.push(
      lang === 'en'
        ? `✖ ${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}${c.info ? `, ${c.info} info` : ''})`
        : `✖ ${total} 个问题（${c.error} 个错误，${c.warning} 个警告${c.info ? `，${c.info} 个提示` : ''}）`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** The stable JSON shape other tools read. */
export function toJson(r: FileResult, lang: Lang): unknown {
  return {
    file: r.file,
    kind: r.kind,
    findings: r.findings.map((f) => findingJson(f, lang)),
    figures: r.figures.map((f) => ({
      ...(f.key ? { key: f.key } : {}),
      text: f.text,
      value: f.value.toFixed(),
      unit: f.unit.symbol,
      label: f.label ?? null,
      path: f.at.path ?? null,
      line: f.at.line ?? null,
      column: f.at.column ?? null,
      ...(f.at.paragraph != null ? { paragraph: f.at.paragraph } : {}),
      ...(f.at.sheet ? { sheet: f.at.sheet, cell: f.at.cell ?? null } : {}),
      ...(f.derived ? { derived: true } : {}),
    })),
  };
}
