/**
 * `jixiao check --xlsx`: the findings as a sheet reviewers can sort, filter and tick off, one row per
 * finding (file, place, rule, severity, message, stated, expected) with a column for what was done.
 * Files that could not be read get a row saying why.
 */
import { FIXED_DATE, newWorkbook, workbookFileBytes } from './exceljs.js';
import { findingJson } from '../check/json.js';
import type { Finding } from '../check/types.js';
import type { Location } from '../figures/figure.js';
import { type Lang, pick } from '../i18n/index.js';
import type { UserError } from '../errors.js';
import { addValidation, printOnA4 } from './sheet-writer.js';

/** A file checked (its findings) or one that could not be read (the error, with its details). */
export type FindingsEntry =
  { file: string; result: { findings: readonly Finding[] } } | { file: string; error: UserError };

const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const STATUS = { zh: ['待处理', '已改正', '无需改正'], en: ['open', 'fixed', 'no change needed'] };

function place(loc: Location, lang: Lang): string {
  if (loc.sheet) return `「${loc.sheet}」!${loc.cell ?? ''}`;
  if (loc.line != null)
    return lang === 'en'
      ? `line ${loc.line}, column ${loc.column ?? 0}`
      : `第${loc.line}行第${loc.column ?? 0}列`;
  if (loc.paragraph != null) return lang === 'en' ? `paragraph ${loc.paragraph}` : `第${loc.paragraph}段`;
  return loc.path ?? '';
}

export async function findingsWorkbook(entries: readonly FindingsEntry[], lang: Lang): Promise<Uint8Array> {
  const zh = lang === 'zh';
  const wb = newWorkbook(FIXED_DATE);
  const ws = wb.addWorksheet(zh ? '核对结果' : 'Findings', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns: [string, string, number][] = [
    ['文件', 'File', 24],
    ['位置', 'Location', 16],
    ['数据路径', 'Data path', 22],
    ['规则', 'Rule', 16],
    ['级别', 'Severity', 8],
    ['说明', 'Message', 60],
    ['所述', 'Stated', 16],
    ['应为', 'Expected', 22],
    ['原文', 'Excerpt', 50],
    ['处理情况', 'Status', 12],
    ['处理说明', 'Notes', 30],
  ];
  printOnA4(ws);
  ws.columns = columns.map(([z, e, width]) => ({ header: zh ? z : e, width }));
  const head = ws.getRow(1);
  head.font = { name: '宋体', bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const entry of entries) {
    if ('error' in entry) {
      // One row per problem, each at its place (a workbook's cells, a data file's lines).
      const e = entry.error;
      const parts = e.details.length > 0 ? e.details : [{ text: e.text, where: e.where }];
      for (const d of parts) {
        ws.addRow([
          entry.file,
          d.where ? place(d.where, lang) : '',
          d.where?.sheet ? '' : (d.where?.path ?? ''),
          zh ? '无法读取' : 'unreadable',
          SEVERITY[lang].error,
          pick(d.text, lang),
          '',
          '',
          '',
          STATUS[lang][0],
          '',
        ]);
      }
      continue;
    }
    for (const f of entry.result.findings) {
      const j = findingJson(f, lang);
      ws.addRow([
        entry.file,
        place(f.location, lang),
        f.location.path ?? '',
        f.rule,
        SEVERITY[lang][f.severity],
        j.message,
        j.stated ?? '',
        j.expected ?? '',
        f.excerpt ?? '',
        STATUS[lang][0],
        '',
      ]);
    }
  }
  const last = ws.rowCount;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    row.font = { name: '宋体' };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  if (last >= 2) {
    addValidation(ws, `J2:J${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS[lang].join(',')}"`],
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, last), column: columns.length } };
  if (last === 1) {
    ws.addRow([pick({ zh: '未发现问题', en: 'No problems found' }, lang)]);
  }
  return workbookFileBytes(wb, FIXED_DATE);
}
