import { findingJson } from '../check/json.js';
import type { Finding } from '../check/types.js';
import { UserError } from '../errors.js';
import type { Bilingual } from '../i18n/index.js';
import type { Path } from '../load/source.js';
import type { ReportModel } from '../model/types.js';
import { formatPath } from '../schema/issues.js';
import { SECTION_KEYS, type SectionInput } from '../schema/report.js';
import { PII_NAMES, type PiiHit, scanPii } from './pii.js';

export interface Removal {
  what: Bilingual;
  /** Data path of what was removed (or the element's name for the header block). */
  where: string;
  reason: Bilingual;
}

export interface PiiResolution extends PiiHit {
  resolution: 'allowed' | 'blocked';
  reason?: string;
}

export interface DisclosureLog {
  file: string;
  removed: Removal[];
  pii: PiiResolution[];
  findings: Finding[];
}

const R = {
  header: { zh: '版头不公开（发文机关标志、发文字号、签发人）', en: 'the header block is not published' },
  contact: {
    zh: '附注中的联系人及电话属于个人信息',
    en: 'contact persons and phones are personal information',
  },
  internal: { zh: '数据中标为内部（internal）', en: 'marked internal in the data' },
};

/** A classified report has no public version: refuse before anything is written. */
export function assertPublishable(model: ReportModel, file: string): void {
  const mark = model.input.meta.classification;
  if (mark) {
    throw new UserError(
      {
        zh: `该报告标有密级“${mark}”，不能生成公开版（涉密文件不得公开）`,
        en: `The report is classified ("${mark}"): no public version can be made`,
      },
      { file, path: 'meta.classification' },
    );
  }
}

/** Everything the public version leaves out, with where it was and why. */
export function removals(model: ReportModel): Removal[] {
  const out: Removal[] = [];
  const meta = model.input.meta;
  if (meta.audience === 'government' || meta.issuerMark) {
    out.push({
      what: { zh: '发文机关标志', en: 'issuing-body mark' },
      where: 'meta.issuerMark',
      reason: R.header,
    });
  }
  if (meta.docNumber)
    out.push({
      what: { zh: `发文字号 ${meta.docNumber}`, en: `document number ${meta.docNumber}` },
      where: 'meta.docNumber',
      reason: R.header,
    });
  if (meta.signer)
    out.push({
      what: { zh: `签发人 ${meta.signer}`, en: `signer ${meta.signer}` },
      where: 'meta.signer',
      reason: R.header,
    });
  if (meta.contact) {
    out.push({
      what: {
        zh: `附注（联系人：${meta.contact.name}；联系电话：${meta.contact.phone}）`,
        en: 'contact note',
      },
      where: 'meta.contact',
      reason: R.contact,
    });
  }
  const internal = (what: Bilingual, path: Path) =>
    out.push({ what, where: formatPath(path), reason: R.internal });
  const walk = (s: SectionInput, path: Path) => {
    if (s.internal) {
      internal({ zh: `整节“${s.title ?? path[0]}”`, en: `section "${s.title ?? path[0]}"` }, path);
      return;
    }
    s.paragraphs?.forEach((p, i) => {
      if (typeof p === 'object' && p.internal)
        internal({ zh: `段落：${p.text.slice(0, 30)}…`, en: 'paragraph' }, [...path, 'paragraphs', i]);
    });
    s.points?.forEach((p, i) => {
      if (p.internal) internal({ zh: `要点“${p.title}”`, en: `point "${p.title}"` }, [...path, 'points', i]);
    });
    s.tables?.forEach((t, i) => {
      if (t.internal) internal({ zh: `表格“${t.title ?? i + 1}”`, en: 'table' }, [...path, 'tables', i]);
    });
    s.subsections?.forEach((sub, i) => walk(sub, [...path, 'subsections', i]));
  };
  model.input.opening?.paragraphs?.forEach((p, i) => {
    if (typeof p === 'object' && p.internal)
      internal({ zh: `开头段落：${p.text.slice(0, 30)}…`, en: 'opening paragraph' }, [
        'opening',
        'paragraphs',
        i,
      ]);
  });
  for (const key of SECTION_KEYS) {
    const s = model.input[key];
    if (s) walk(s, [key]);
  }
  for (const f of model.figures.values()) {
    const parentInternal =
      f.key.includes('.') && model.figures.get(f.key.slice(0, f.key.lastIndexOf('.')))?.internal;
    if (f.internal && !parentInternal)
      internal({ zh: `数据“${f.label ?? f.key}” ${f.text}`, en: `figure "${f.label ?? f.key}"` }, f.path);
  }
  return out;
}

/**
 * A breakdown whose internal parts are dropped while its total and other parts stay public: a reader
 * can no longer reconcile them. Reported, never mended by changing numbers.
 */
export function disclosureGaps(model: ReportModel): Finding[] {
  const out: Finding[] = [];
  for (const f of model.figures.values()) {
    if (f.internal || f.parts.length === 0) continue;
    const hidden = f.parts.filter((p) => p.internal);
    const shown = f.parts.filter((p) => !p.internal);
    if (hidden.length === 0 || shown.length === 0) continue;
    out.push({
      rule: 'disclosure-gap',
      severity: 'error',
      message: {
        zh: `公开版删去了「${f.label ?? f.key}」的内部分项${hidden.map((p) => `「${p.label}」`).join('、')}，合计 ${f.text} 与公开的分项将对不上：请将合计也标为内部，或公开全部分项，或在公开叙述中说明`,
        en: `The public version drops internal parts of "${f.label ?? f.key}"; its total ${f.text} no longer reconciles with the public parts`,
      },
      location: { ...f.at },
      stated: f.text,
      expected: shown.map((p) => p.text).join(' + '),
    });
  }
  return out;
}

/** Personal information left in the public text, each allowed with a recorded reason or blocking. */
export function resolvePii(markdown: string, model: ReportModel): PiiResolution[] {
  const allow = model.input.meta.public?.allow ?? [];
  return scanPii(markdown).map((hit) => {
    const a = allow.find((x) => hit.text.includes(x.text) || x.text.includes(hit.text));
    return a ? { ...hit, resolution: 'allowed', reason: a.reason } : { ...hit, resolution: 'blocked' };
  });
}

export function piiError(blocked: PiiResolution[], file: string): UserError {
  return new UserError(
    {
      zh: `公开版中仍有 ${blocked.length} 处个人信息，未生成任何文件（请删除，或在 meta.public.allow 中写明允许的理由）：`,
      en: `${blocked.length} piece(s) of personal information remain in the public version; nothing was written:`,
    },
    { file },
    blocked.map((h) => ({
      text: {
        zh: `${PII_NAMES[h.kind].zh}“${h.text}”（公开版 Markdown 第 ${h.line} 行）`,
        en: `${PII_NAMES[h.kind].en} "${h.text}" (public Markdown line ${h.line})`,
      },
      where: { file },
    })),
  );
}

/** The reviewer's log, in Markdown and JSON; never part of the public output. */
export function logMarkdown(log: DisclosureLog): string {
  const lines = [
    `# 公开版删除记录：${log.file}`,
    '',
    '本记录供审核人员使用，不随公开版发布。',
    '',
    '## 删除的内容',
    '',
  ];
  if (log.removed.length === 0) lines.push('（无）');
  for (const r of log.removed) lines.push(`- ${r.what.zh}（位置：\`${r.where}\`）——${r.reason.zh}`);
  lines.push('', '## 个人信息检查', '');
  if (log.pii.length === 0) lines.push('未发现个人信息。');
  for (const h of log.pii) {
    lines.push(
      `- ${PII_NAMES[h.kind].zh}“${h.text}”（公开版第 ${h.line} 行）：${h.resolution === 'allowed' ? `允许保留，理由：${h.reason}` : '未允许，已阻止生成'}`,
    );
  }
  lines.push('', '## 数字可核对性', '');
  if (log.findings.length === 0) lines.push('删除内部内容后，公开的数字仍可相互核对。');
  for (const f of log.findings) lines.push(`- ${f.location.path ?? ''}：${f.message.zh}（${f.rule}）`);
  return `${lines.join('\n')}\n`;
}

export function logJson(log: DisclosureLog): string {
  return `${JSON.stringify(
    {
      file: log.file,
      removed: log.removed.map((r) => ({ what: r.what.zh, where: r.where, reason: r.reason.zh })),
      pii: log.pii,
      findings: log.findings.map((f) => findingJson(f, 'zh')),
    },
    null,
    2,
  )}\n`;
}
