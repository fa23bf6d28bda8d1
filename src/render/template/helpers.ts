import type { HelperDelegate, HelperOptions } from 'handlebars';
import { Decimal } from '../../figures/decimal.js';
import { convertValue, formatValue } from '../../figures/figure.js';
import { lookupUnit, type Unit } from '../../figures/units.js';
import type { ModelFigure } from '../../model/types.js';
import { chineseDate, chineseNumber, joinList, ordinal, runInTitle, sequenceWord } from './cn.js';

function figureFrom(v: unknown, options: HelperOptions): ModelFigure | undefined {
  if (v && typeof v === 'object' && 'unit' in v) return v as ModelFigure;
  if (typeof v === 'string') {
    const figures = (options.data?.root as { figures?: Record<string, ModelFigure> } | undefined)?.figures;
    return figures?.[v];
  }
  return undefined;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`模板引用了不存在的数据：${what}`);
  return v;
}

/**
 * Template helpers. Figures can be passed as objects or by registry key ("targets.amount").
 *   {{money "targets.amount" unit="亿元" decimals=2}}  {{percent "monitoring.rate"}}
 *   {{ordinal 2 @index}} → （一）   {{seq @index}} → 一是   {{date meta.date}} → 2021年8月3日
 *   {{join list}} → A、B、C   {{cn 12}} → 十二   {{hashes 3}} → ###
 */
export const helpers: Record<string, HelperDelegate> = {
  money(v: unknown, options: HelperOptions) {
    const f = need(figureFrom(v, options), String(v));
    const unit = lookupUnit(String(options.hash.unit ?? f.shown.unit.symbol)) as Unit | undefined;
    if (unit?.kind !== 'money' || f.unit.kind !== 'money') throw new Error(`money 只用于金额：${String(v)}`);
    const decimals = Number(options.hash.decimals ?? (unit === f.unit ? -f.exponent : 2));
    const value = convertValue(f.value, f.unit, unit).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return formatValue(value, -decimals, unit, f.approx);
  },
  percent(v: unknown, options: HelperOptions) {
    const f = need(figureFrom(v, options), String(v));
    const decimals = options.hash.decimals === undefined ? -f.shown.exponent : Number(options.hash.decimals);
    return formatValue(f.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), -decimals, f.unit, f.approx);
  },
  fig(v: unknown, options: HelperOptions) {
    return need(figureFrom(v, options), String(v)).shown.text;
  },
  ordinal(level: unknown, index: unknown) {
    return ordinal(Number(level), Number(index) + 1);
  },
  seq(index: unknown) {
    return sequenceWord(Number(index) + 1);
  },
  cn(n: unknown) {
    return chineseNumber(Number(n));
  },
  date(iso: unknown) {
    return chineseDate(String(iso));
  },
  join(list: unknown, options: HelperOptions) {
    const sep = typeof options.hash.sep === 'string' ? options.hash.sep : '、';
    const last = typeof options.hash.last === 'string' ? options.hash.last : undefined;
    return joinList(Array.isArray(list) ? list.map(String) : [], sep, last);
  },
  runIn(title: unknown) {
    return runInTitle(String(title));
  },
  hashes(depth: unknown) {
    return '#'.repeat(Number(depth));
  },
  inc(n: unknown) {
    return Number(n) + 1;
  },
};
