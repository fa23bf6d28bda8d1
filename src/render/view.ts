import type { ModelFigure, ReportModel } from '../model/types.js';
import {
  CLOSING_PARTS,
  type SectionInput,
  type SectionKey,
  STAGES,
  type TableInput,
} from '../schema/report.js';
import { Decimal } from '../figures/decimal.js';
import { convertedDecimals, convertValue } from '../figures/figure.js';
import { lookupUnit, type Unit } from '../figures/units.js';
import { findFigure, type NarrativeContext, resolveNarrative } from './narrative.js';
import { chineseDate } from './template/cn.js';

/** Default headings; every one can be overridden by the section's `title`. */
export const DEFAULT_TITLES: Record<SectionKey, string> = {
  institutions: '健全预算绩效管理制度体系',
  exAnte: '开展事前绩效评估',
  targets: '强化绩效目标管理',
  monitoring: '实施绩效运行监控',
  evaluation: '开展绩效评价',
  results: '强化评价结果应用',
  disclosure: '推进绩效信息公开',
  safeguards: '加强基础保障',
  achievements: '主要成效',
  problems: '存在的问题',
  nextSteps: '下一步工作措施',
};

export interface TableView {
  title: string | null;
  /** 单位：万元, when every value is money shown in one unit. */
  unitLine: string | null;
  header: [string, string];
  rows: [string, string][];
}

export interface SectionView {
  key: SectionKey;
  title: string;
  paragraphs: string[];
  tables: TableView[];
  points: { title: string; text: string }[];
  subsections: SectionView[];
}

/** What templates see: every optional field present (null when absent), so `strict` mode can catch typos. */
export interface ReportView {
  meta: {
    issuer: string;
    /** Null in the public version: the header block is not published. */
    issuerMark: string | null;
    region: string;
    year: number;
    kind: '报告' | '说明';
    audience: 'government' | 'congress';
    title: string;
    addressee: string | null;
    docNumber: string | null;
    signer: string | null;
    date: string;
    dateText: string;
    session: string | null;
    contact: { name: string; phone: string } | null;
  };
  opening: { paragraphs: string[] };
  work: { title: string; sections: SectionView[] } | null;
  parts: SectionView[];
  closing: string;
  /** The public-disclosure version: the line under the title, and （此件公开发布）; null otherwise. */
  public: { issuerLine: string | null; notice: string | null } | null;
  /** Figures by registry key, for custom templates' helpers. */
  figures: Record<string, ModelFigure>;
}

export interface ViewOptions {
  /** Leave out everything marked internal (the public-disclosure version). */
  publicOnly?: boolean;
}

export function defaultTitle(meta: { region: string; year: number; kind: string }): string {
  return `关于${meta.region}${meta.year}年度预算绩效管理工作情况的${meta.kind}`;
}

/** Cited documents: 《A》（号）、《B》. */
export function basisText(basis: readonly { title: string; number?: string }[]): string {
  return basis
    .map((b) => {
      const t = b.title.startsWith('《') ? b.title : `《${b.title}》`;
      return b.number ? `${t}（${b.number}）` : t;
    })
    .join('、');
}

/**
 * A table of figures: a breakdown gives a row per part and then its total. With a money unit, values
 * are numbers in that unit (named in the line above), each never more precise than it was stated.
 */
function tableView(t: TableInput, ctx: NarrativeContext): TableView {
  const rows: { label: string; fig: ModelFigure }[] = [];
  const breakdowns = t.rows.filter((r) => (findFigure(ctx, r)?.parts.length ?? 0) > 0).length;
  for (const ref of t.rows) {
    const fig = findFigure(ctx, ref);
    if (!fig || (ctx.publicOnly && fig.internal)) continue;
    const parts = fig.parts.filter((p) => !(ctx.publicOnly && p.internal));
    for (const p of parts) rows.push({ label: p.label ?? p.key, fig: p });
    rows.push({ label: parts.length > 0 && breakdowns === 1 ? '合计' : (fig.label ?? fig.key), fig });
  }
  const unit = t.unit ? (lookupUnit(t.unit) as Unit) : undefined;
  const money = unit !== undefined && rows.every((r) => r.fig.unit.kind === 'money');
  const own = (f: ModelFigure) =>
    unit && f.unit !== unit ? convertedDecimals(f.exponent, f.unit, unit) : Math.max(0, -f.exponent);
  const decimals = Math.max(0, ...rows.map((r) => own(r.fig)));
  const cell = (f: ModelFigure) => {
    if (!money || !unit) return f.shown.text;
    return convertValue(f.value, f.unit, unit).toFixed(Math.min(decimals, own(f)), Decimal.ROUND_HALF_UP);
  };
  const [labelHead, valueHead] = t.columns ?? ['项目', money ? '金额' : '数值'];
  return {
    title: t.title ?? null,
    unitLine: money && unit ? `单位：${unit.symbol}` : null,
    header: [labelHead, valueHead],
    rows: rows.map((r) => [r.label, cell(r.fig)]),
  };
}

/** Resolves the narrative and drops empty sections: the one shape every template renders. */
export function buildView(model: ReportModel, options: ViewOptions = {}): ReportView {
  const input = model.input;
  const meta = input.meta;
  const keep = <T extends { internal?: boolean } | string>(x: T) =>
    !(options.publicOnly && typeof x === 'object' && x.internal);
  const extras = {
    basis: basisText(input.opening?.basis ?? []),
    year: String(meta.year),
    region: meta.region,
    issuer: meta.issuer,
  };
  const ctxFor = (section?: SectionKey): NarrativeContext => ({
    model,
    section,
    extras,
    publicOnly: options.publicOnly,
  });
  const paragraphText = (p: string | { text: string }) => (typeof p === 'string' ? p : p.text);

  const section = (key: SectionKey, s: SectionInput, fallbackTitle?: string): SectionView | null => {
    if (!keep(s)) return null;
    const ctx = ctxFor(key);
    const view: SectionView = {
      key,
      title: resolveNarrative(s.title ?? fallbackTitle ?? '', ctx),
      paragraphs: (s.paragraphs ?? []).filter(keep).map((p) => resolveNarrative(paragraphText(p), ctx)),
      tables: (s.tables ?? []).filter(keep).map((t) => tableView(t, ctx)),
      points: (s.points ?? []).filter(keep).map((p) => ({
        title: resolveNarrative(p.title, ctx),
        text: resolveNarrative(p.text ?? '', ctx),
      })),
      subsections: (s.subsections ?? [])
        .map((sub) => section(key, sub))
        .filter((v): v is SectionView => v !== null),
    };
    const empty =
      view.paragraphs.length === 0 &&
      view.tables.length === 0 &&
      view.points.length === 0 &&
      view.subsections.length === 0;
    return empty || !view.title ? null : view;
  };

  const stages = STAGES.map((k) => (input[k] ? section(k, input[k], DEFAULT_TITLES[k]) : null)).filter(
    (v): v is SectionView => v !== null,
  );
  const parts = CLOSING_PARTS.map((k) => (input[k] ? section(k, input[k], DEFAULT_TITLES[k]) : null)).filter(
    (v): v is SectionView => v !== null,
  );

  const opening = (input.opening?.paragraphs ?? [])
    .filter(keep)
    .map((p) => resolveNarrative(paragraphText(p), ctxFor()));
  const lead = input.opening?.lead ?? `现将有关情况${meta.kind === '说明' ? '说明' : '报告'}如下：`;
  if (opening.length === 0) opening.push(lead);
  else if (!/：$/.test(opening[opening.length - 1] as string)) opening[opening.length - 1] += lead;

  const figures: Record<string, ModelFigure> = {};
  for (const [k, f] of model.figures) if (!(options.publicOnly && f.internal)) figures[k] = f;

  const pub = options.publicOnly;
  return {
    meta: {
      issuer: meta.issuer,
      issuerMark: pub ? null : (meta.issuerMark ?? `${meta.issuer}文件`),
      region: meta.region,
      year: meta.year,
      kind: meta.kind,
      audience: meta.audience,
      title: meta.title ?? defaultTitle(meta),
      addressee: meta.addressee ?? null,
      docNumber: pub ? null : (meta.docNumber ?? null),
      signer: pub ? null : (meta.signer ?? null),
      date: meta.date,
      dateText: chineseDate(meta.date),
      session: meta.session ?? null,
      contact: pub ? null : (meta.contact ?? null),
    },
    opening: { paragraphs: opening },
    work:
      stages.length > 0
        ? { title: input.headings?.work ?? '预算绩效管理工作开展情况', sections: stages }
        : null,
    parts,
    closing: meta.kind === '说明' ? '特此说明。' : '特此报告。',
    public: pub
      ? {
          issuerLine:
            meta.public?.issuerUnderTitle === false ? null : `${meta.issuer}\u3000${chineseDate(meta.date)}`,
          notice: meta.public?.notice ? '（此件公开发布）' : null,
        }
      : null,
    figures,
  };
}
