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
 * A whole-number argument (an ordinal level, an @index, a decimal count): anything else is a
 * template mistake, said plainly rather than printed as NaN.
 */
function whole(v: unknown, helper: string, min = 0, max = 1000): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    const got = typeof v === 'object' && v !== null ? (Array.isArray(v) ? '列表' : '对象') : String(v);
    throw new Error(`助手 ${helper} 的参数应为 ${min} 到 ${max} 的整数，实际为 ${got}`);
  }
  return n;
}

function text(v: unknown, helper: string): string {
  if (typeof v !== 'string' && typeof v !== 'number') {
    const got = v === undefined || v === null ? '空' : Array.isArray(v) ? '列表' : typeof v;
    throw new Error(`助手 ${helper} 的参数应为文字，实际为${got}`);
  }
  return String(v);
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
    const decimals =
      options.hash.decimals === undefined
        ? Math.max(0, unit === f.unit ? -f.exponent : 2)
        : whole(options.hash.decimals, 'money decimals', 0, 6);
    const value = convertValue(f.value, f.unit, unit).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return formatValue(value, -decimals, unit, f.approx);
  },
  percent(v: unknown, options: HelperOptions) {
    const f = need(figureFrom(v, options), String(v));
    if (f.unit.kind !== 'percent') throw new Error(`percent 只用于百分比：${String(v)}`);
    const decimals =
      options.hash.decimals === undefined
        ? Math.max(0, -f.shown.exponent)
        : whole(options.hash.decimals, 'percent decimals', 0, 6);
    return formatValue(f.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), -decimals, f.unit, f.approx);
  },
  fig(v: unknown, options: HelperOptions) {
    return need(figureFrom(v, options), String(v)).shown.text;
  },
  ordinal(level: unknown, index: unknown) {
    return ordinal(whole(level, 'ordinal', 1, 6), whole(index, 'ordinal') + 1);
  },
  seq(index: unknown) {
    return sequenceWord(whole(index, 'seq') + 1);
  },
  cn(n: unknown) {
    return chineseNumber(whole(n, 'cn', 0, 99));
  },
  date(iso: unknown) {
    const d = text(iso, 'date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`助手 date 的参数应为 YYYY-MM-DD 日期，实际为 ${d}`);
    return chineseDate(d);
  },
  join(list: unknown, options: HelperOptions) {
    const sep = typeof options.hash.sep === 'string' ? options.hash.sep : '、';
    const last = typeof options.hash.last === 'string' ? options.hash.last : undefined;
    return joinList(Array.isArray(list) ? list.map(String) : [], sep, last);
  },
  runIn(title: unknown) {
    return runInTitle(text(title, 'runIn'));
  },
  hashes(depth: unknown) {
    return '#'.repeat(whole(depth, 'hashes', 1, 6));
  },
  inc(n: unknown) {
    return whole(n, 'inc', 0, 1_000_000) + 1;
  },
};
