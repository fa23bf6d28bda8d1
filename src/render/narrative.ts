import { Decimal } from '../figures/decimal.js';
import { convertedDecimals, convertValue, type Figure, formatValue } from '../figures/figure.js';
import { lookupUnit, type Unit } from '../figures/units.js';
import type { Bilingual } from '../i18n/index.js';
import type { ModelFigure, ReportModel } from '../model/types.js';
import type { SectionKey } from '../schema/report.js';

/** {name} or {name:format} inside narrative text. */
const REF = /\{([^{}:\s]+)(?::([^{}\s]+))?\}/g;

export interface NarrativeContext {
  model: ReportModel;
  section?: SectionKey;
  /** Values for names that are not figures: {basis}, {year}. */
  extras?: Record<string, string>;
  /** Leave internal parts out of part lists (public version). */
  publicOnly?: boolean;
}

export class RefError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
}

export function findFigure(ctx: NarrativeContext, name: string): ModelFigure | undefined {
  const figs = ctx.model.figures;
  return (ctx.section && figs.get(`${ctx.section}.${name}`)) || figs.get(name);
}

/** Replaces every {reference} with the figure as the report shows it; unknown names throw RefError. */
export function resolveNarrative(text: string, ctx: NarrativeContext): string {
  return text.replace(REF, (_all, name: string, format: string | undefined) => {
    const extra = ctx.extras?.[name];
    if (extra !== undefined && !format) return extra;
    const fig = findFigure(ctx, name);
    if (!fig) {
      throw new RefError({
        zh: `引用了不存在的数据“{${name}}”`,
        en: `reference to unknown figure "{${name}}"`,
      });
    }
    if (ctx.publicOnly && fig.internal) {
      throw new RefError({
        zh: `公开版中引用了标为内部（internal）的数据“{${name}}”：请把该段落也标为内部，或取消该数据的内部标记`,
        en: `The public version refers to "{${name}}", which is marked internal: mark the paragraph internal too, or unmark the figure`,
      });
    }
    return formatRef(fig, format, ctx);
  });
}

/** Every problem with the references in a text, without rendering it. */
export function checkNarrative(text: string, ctx: NarrativeContext): Bilingual[] {
  const out: Bilingual[] = [];
  // Braces left once the well-formed references are taken out are a reference written wrong.
  const stray = /[{}]/.exec(text.replace(REF, ''));
  if (stray) {
    out.push({
      zh: `花括号“${stray[0]}”不成对，或引用写法不对（应为 {名称} 或 {名称:格式}）`,
      en: `An unmatched "${stray[0]}", or a reference written wrong (use {name} or {name:format})`,
    });
  }
  for (const m of text.matchAll(REF)) {
    try {
      resolveNarrative(m[0], ctx);
    } catch (e) {
      if (e instanceof RefError) out.push(e.text);
      else throw e;
    }
  }
  return out;
}

const FORMATS =
  '亿元、万元、元（可加小数位数，如 亿元2）、value、parts、items、prior、change、changePercent、label';

function formatRef(fig: ModelFigure, format: string | undefined, ctx: NarrativeContext): string {
  if (!format) return fig.shown.text;
  const conv = /^(亿元|万元|元)(\d)?$/.exec(format);
  if (conv) {
    const unit = lookupUnit(conv[1] as string) as Unit;
    if (fig.unit.kind !== 'money')
      throw badFormat(fig, format, '只有金额可以换算单位', 'only amounts convert units');
    let decimals = conv[2]
      ? Number(conv[2])
      : unit === fig.unit
        ? -fig.exponent
        : convertedDecimals(fig.exponent, fig.unit, unit);
    const exact = convertValue(fig.value, fig.unit, unit);
    // Never show a nonzero amount as zero (1万元 is 0.0001亿元, not 0.00亿元).
    while (
      !conv[2] &&
      decimals < 8 &&
      !exact.isZero() &&
      exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).isZero()
    ) {
      decimals++;
    }
    const v = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return formatValue(v, -decimals, unit, fig.approx);
  }
  switch (format) {
    case 'value':
      return fig.shown.text.slice(0, fig.shown.text.length - fig.shown.unit.symbol.length);
    case 'label':
      return fig.label ?? fig.key;
    case 'parts': {
      const parts = fig.parts.filter((p) => !(ctx.publicOnly && p.internal));
      if (parts.length === 0)
        throw badFormat(fig, format, '该数据没有分项（parts）', 'the figure has no parts');
      return parts.map((p) => `${p.label ?? ''}${p.shown.text}`).join('，');
    }
    case 'items': {
      if (!fig.items) throw badFormat(fig, format, '该数据没有列举项（items）', 'the figure has no items');
      return fig.items.join('、') + (fig.exhaustive ? '' : '等');
    }
    case 'prior':
      if (!fig.prior)
        throw badFormat(fig, format, '该数据没有上年数（prior）', 'the figure has no prior value');
      return fig.prior.text;
    case 'change':
      return changeText(fig);
    case 'changePercent': {
      const p = fig.changePercent ?? derivedPercent(fig);
      if (!p)
        throw badFormat(
          fig,
          format,
          '该数据没有增幅（changePercent）或上年数',
          'the figure has no changePercent or prior',
        );
      return directionText(p, fig, true);
    }
    default:
      throw badFormat(fig, format, `可用的格式有：${FORMATS}`, `known formats: ${FORMATS}`);
  }
}

function badFormat(fig: ModelFigure, format: string, zh: string, en: string): RefError {
  return new RefError({
    zh: `“{${fig.key}:${format}}”无法显示：${zh}`,
    en: `"{${fig.key}:${format}}" cannot be shown: ${en}`,
  });
}

/** 增加3个 / 减少2个 / 持平; for a rate: 提高2.10个百分点. */
function changeText(fig: ModelFigure): string {
  let delta = fig.change;
  if (!delta && fig.prior) {
    const exponent = Math.min(fig.exponent, fig.prior.exponent);
    const unit = fig.unit.kind === 'percent' ? (lookupUnit('个百分点') as Unit) : fig.unit;
    const value = fig.value.minus(convertValue(fig.prior.value, fig.prior.unit, fig.unit));
    delta = { ...fig.prior, value, unit, exponent, text: formatValue(value, exponent, unit) };
  }
  if (!delta)
    throw badFormat(
      fig,
      'change',
      '该数据没有增减数（change）或上年数（prior）',
      'the figure has neither change nor prior',
    );
  return directionText(delta, fig, false);
}

function derivedPercent(fig: ModelFigure): Figure | undefined {
  if (!fig.prior || fig.prior.value.isZero()) return undefined;
  const prior = convertValue(fig.prior.value, fig.prior.unit, fig.unit);
  const value = fig.value.minus(prior).div(prior).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const unit = lookupUnit('%') as Unit;
  return { ...fig.prior, value, unit, exponent: -2, text: formatValue(value, -2, unit) };
}

function directionText(d: Figure, fig: ModelFigure, relative: boolean): string {
  if (d.value.isZero()) return '持平';
  const up = d.value.isPos();
  const magnitude = formatValue(d.value.abs(), d.exponent, d.unit, d.approx);
  const verb = relative || fig.unit.kind === 'percent' ? (up ? '提高' : '下降') : up ? '增加' : '减少';
  return `${relative ? (up ? '增长' : '下降') : verb}${magnitude}`;
}
