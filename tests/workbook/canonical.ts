/**
 * The meaning of report data without its spelling, for comparing data that went through a workbook
 * with the data file it came from: figure literals in their printed form (645,215万元 → 645215万元,
 * 超过100万元 → 100万元以上), a unit written beside a value folded into it, a figure that is only a
 * value written as its literal, a one-name list as the name, numbers as their text.
 */
import { SourceNumber } from '../../src/load/source.js';
import { SECTION_KEYS } from '../../src/schema/report.js';
import { lookupUnit } from '../../src/figures/units.js';
import { canonicalLiteral, composeLiteral, splitLiteral } from '../../src/workbook/literal.js';

type Obj = Record<string, unknown>;

const LITERAL_FIELDS = new Set(['value', 'prior', 'change', 'changePercent']);

function figure(f: unknown): unknown {
  if (typeof f === 'string' || typeof f === 'number' || f instanceof SourceNumber) {
    return canonicalLiteral(String(f));
  }
  const o = { ...(f as Obj) };
  for (const k of Object.keys(o)) {
    if (LITERAL_FIELDS.has(k)) o[k] = canonicalLiteral(String(o[k]));
  }
  if (typeof o.value === 'string' && typeof o.unit === 'string') {
    // A unit beside the value: one literal, as the workbook reads it back.
    const p = splitLiteral(o.value);
    if (p) o.value = composeLiteral(p.digits, p.approx, p.unit ?? lookupUnit(o.unit)?.symbol ?? o.unit);
    delete o.unit;
  }
  if (Array.isArray(o.max) && o.max.length === 1) o.max = o.max[0];
  if (o.parts) {
    o.parts = Object.fromEntries(Object.entries(o.parts as Obj).map(([k, v]) => [k, figure(v)]));
  }
  if (o.display) o.display = plain(o.display);
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  return keys.length === 1 && keys[0] === 'value' ? o.value : Object.fromEntries(keys.map((k) => [k, o[k]]));
}

function section(s: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined) continue;
    if (k === 'figures') {
      out.figures = Object.fromEntries(Object.entries(v as Obj).map(([id, f]) => [id, figure(f)]));
    } else if (k === 'subsections') {
      out.subsections = (v as Obj[]).map(section);
    } else if (k === 'paragraphs') {
      out.paragraphs = (v as unknown[]).map((p) =>
        typeof p === 'object' && p && (p as Obj).internal === undefined ? (p as Obj).text : plain(p),
      );
    } else out[k] = plain(v);
  }
  return out;
}

function plain(v: unknown): unknown {
  if (v instanceof SourceNumber) return v.text;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Obj)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, plain(x)]),
    );
  }
  return v;
}

const SECTIONS = new Set<string>(SECTION_KEYS);

/** Validated report input → its meaning, key order aside. */
export function canonical(input: unknown): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(input as Obj)) {
    if (v === undefined) continue;
    if (SECTIONS.has(k)) out[k] = section(v as Obj);
    else if (k === 'opening') out[k] = section(v as Obj);
    else out[k] = plain(v);
  }
  return out;
}
