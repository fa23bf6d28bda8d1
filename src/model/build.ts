import type { Relation } from '../check/types.js';
import { Decimal, HUNDRED, ZERO } from '../figures/decimal.js';
import {
  baseValue,
  convertedDecimals,
  convertValue,
  type Figure,
  formatValue,
  type Location,
  parseLiteral,
} from '../figures/figure.js';
import { lookupUnit, type Unit } from '../figures/units.js';
import { type Loaded, type Path, positionFields, SourceNumber } from '../load/source.js';
import type { FigureInput, FigureObjectInput, LiteralInput } from '../schema/figure.js';
import { literalText } from '../schema/figure.js';
import { formatPath, type ValidationIssue } from '../schema/issues.js';
import { type ReportInput, SECTION_KEYS, type SectionInput, type SectionKey } from '../schema/report.js';
import type { ModelFigure, ReportModel } from './types.js';

const PERCENT = lookupUnit('%') as Unit;

function isObjectInput(f: FigureInput): f is FigureObjectInput {
  return typeof f === 'object' && f !== null && !(f instanceof SourceNumber);
}

interface Pending {
  fig: ModelFigure;
  spec?: FigureObjectInput;
  /** Explicitly stated value (else derived from parts or ratio). */
  stated: boolean;
}

/**
 * Builds the figure registry and the relations between figures from validated report data:
 * a breakdown is a sum relation, a rate with `ratio` a ratio relation, `same` an equality …
 * Derived values (totals, rates) are computed when the data omits them.
 */
export function buildModel(input: ReportInput, loaded?: Pick<Loaded, 'locate' | 'file'>): ReportModel {
  const figures = new Map<string, ModelFigure>();
  const pending: Pending[] = [];
  const issues: ValidationIssue[] = [];
  const relations: Relation[] = [];
  const at = (path: Path): Location => {
    const pos = loaded?.locate(path);
    return {
      file: loaded?.file,
      path: formatPath(path),
      ...positionFields(pos),
    };
  };
  const issue = (path: Path, zh: string, en: string) => issues.push({ path, text: { zh, en } });

  // 1. Register every figure with its stated value and unit.
  const register = (
    section: SectionKey,
    key: string,
    path: Path,
    input: FigureInput,
    parentUnit?: Unit,
    parentInternal = false,
    label?: string,
  ): ModelFigure | undefined => {
    const spec = isObjectInput(input) ? input : undefined;
    const literal: LiteralInput | undefined = spec ? spec.value : (input as LiteralInput);
    const parsed = literal !== undefined ? parseLiteral(literalText(literal)) : undefined;
    let unit = parsed?.unit;
    if (spec?.unit) {
      const u = lookupUnit(spec.unit);
      if (!u) {
        issue([...path, 'unit'], `无法识别的单位“${spec.unit}”`, `unknown unit "${spec.unit}"`);
        return undefined;
      }
      if (unit && unit.symbol !== u.symbol) {
        issue(
          [...path, 'unit'],
          `单位“${spec.unit}”与数值中的单位“${unit.symbol}”不一致`,
          `unit "${spec.unit}" contradicts "${unit.symbol}" in the value`,
        );
        return undefined;
      }
      unit = u;
    }
    if (!unit && spec?.ratio) unit = PERCENT;
    unit ??= parentUnit;
    if (!unit && spec?.parts) {
      const first = Object.values(spec.parts)[0];
      const p =
        first !== undefined
          ? parseLiteral(literalText((isObjectInput(first) ? first.value : first) ?? ''))
          : undefined;
      unit = p?.unit;
    }
    if (!unit) {
      issue(
        spec ? [...path, 'value'] : path,
        '缺少单位（如 万元、亿元、%、个）',
        'missing unit (万元, 亿元, %, 个 …)',
      );
      return undefined;
    }
    if (!parsed && !spec?.parts && !spec?.ratio) {
      issue(
        spec ? [...path, 'value'] : path,
        '缺少数值：请给出 value，或用 parts（分项）、ratio（比率）推算',
        'missing value: give value, or parts / ratio to derive it',
      );
      return undefined;
    }
    const value = parsed?.value ?? ZERO;
    const fig: ModelFigure = {
      key,
      path,
      section,
      value,
      unit,
      exponent: parsed?.exponent ?? 0,
      approx: parsed?.approx,
      text: parsed ? formatValue(value, parsed.exponent, unit, parsed.approx) : '',
      label: spec?.label ?? label,
      at: at(path),
      shown: undefined as unknown as Figure,
      parts: [],
      complete: spec?.complete ?? true,
      items: spec?.items,
      exhaustive: spec?.exhaustive ?? true,
      claim: spec?.claim,
      internal: parentInternal || (spec?.internal ?? false),
    };
    if (figures.has(key)) {
      issue(path, `数据名称“${key}”重复`, `duplicate figure name "${key}"`);
      return undefined;
    }
    figures.set(key, fig);
    pending.push({ fig, spec, stated: parsed !== undefined });
    for (const [partId, partInput] of Object.entries(spec?.parts ?? {})) {
      const part = register(
        section,
        `${key}.${partId}`,
        [...path, 'parts', partId],
        partInput,
        unit,
        fig.internal,
        partId,
      );
      if (part && part.unit.kind !== unit.kind) {
        issue(
          [...path, 'parts', partId],
          `分项的单位（${part.unit.symbol}）与合计的单位（${unit.symbol}）不是同一类，不能相加`,
          `the part's unit (${part.unit.symbol}) is not of the total's kind (${unit.symbol})`,
        );
      } else if (part) fig.parts.push(part);
    }
    const side = (field: 'prior' | 'change' | 'changePercent', defaultUnit: Unit): Figure | undefined => {
      const v = spec?.[field];
      if (v === undefined) return undefined;
      const p = parseLiteral(literalText(v));
      if (!p) return undefined;
      const u = p.unit ?? defaultUnit;
      return {
        value: p.value,
        unit: u,
        exponent: p.exponent,
        approx: p.approx,
        text: formatValue(p.value, p.exponent, u, p.approx),
        label: fig.label,
        at: at([...path, field]),
      };
    };
    fig.prior = side('prior', unit);
    fig.change = side('change', unit.kind === 'percent' ? (lookupUnit('个百分点') as Unit) : unit);
    fig.changePercent = side('changePercent', PERCENT);
    return fig;
  };

  const walk = (key: SectionKey, section: SectionInput, path: Path, inherited: boolean) => {
    const internal = inherited || (section.internal ?? false);
    for (const [id, f] of Object.entries(section.figures ?? {})) {
      register(key, `${key}.${id}`, [...path, 'figures', id], f, undefined, internal);
    }
    (section.subsections ?? []).forEach((s, i) => {
      walk(key, s, [...path, 'subsections', i], internal);
    });
  };
  for (const key of SECTION_KEYS) {
    const s = input[key];
    if (s) walk(key, s, [key], false);
  }

  // 2. Resolve references.
  const resolve = (from: ModelFigure, ref: string, path: Path): ModelFigure | undefined => {
    const hit = figures.get(`${from.section}.${ref}`) ?? figures.get(ref);
    if (!hit) issue(path, `引用了不存在的数据“${ref}”`, `reference to unknown figure "${ref}"`);
    return hit;
  };

  // 3. Derive totals (deepest parts first), then rates.
  const totals = pending.filter((p) => !p.stated && p.fig.parts.length > 0).reverse();
  for (const p of totals) deriveTotal(p.fig);
  const ratios = new Map<ModelFigure, [ModelFigure, ModelFigure]>();
  for (const p of pending) {
    const r = p.spec?.ratio;
    if (!r) continue;
    const num = resolve(p.fig, r[0], [...p.fig.path, 'ratio', 0]);
    const den = resolve(p.fig, r[1], [...p.fig.path, 'ratio', 1]);
    if (!num || !den) continue;
    const where = [...p.fig.path, 'ratio'];
    const derivedRate = (f: ModelFigure) => pending.some((q) => q.fig === f && !q.stated && q.spec?.ratio);
    if (num === p.fig || den === p.fig || derivedRate(num) || derivedRate(den)) {
      issue(
        where,
        '比率的分子、分母不能是它自己，也不能是另一个待推算的比率',
        'a ratio cannot use itself or another derived ratio',
      );
      continue;
    }
    if (num.unit.kind !== den.unit.kind) {
      issue(
        where,
        `分子（${num.unit.symbol}）与分母（${den.unit.symbol}）不是同一类数据`,
        `numerator (${num.unit.symbol}) and denominator (${den.unit.symbol}) differ in kind`,
      );
      continue;
    }
    if (!p.stated && baseValue(den).isZero()) {
      issue(where, '分母为零，无法计算比率', 'the denominator is zero: no rate can be computed');
      continue;
    }
    ratios.set(p.fig, [num, den]);
    if (!p.stated) deriveRate(p.fig, num, den, p.spec?.display?.decimals ?? 2);
  }

  // 4. How each figure is shown (display unit and decimals; parts follow their total).
  for (const p of pending) applyDisplay(p.fig, p.spec, figures);

  // 5. Relations.
  for (const p of pending) {
    const f = p.fig;
    const certainty = 'certain' as const;
    if (f.unit.kind === 'count' || f.unit.kind === 'people')
      relations.push({ kind: 'bound', check: 'whole', figure: f, certainty });
    if (f.parts.length > 0 && p.stated) {
      relations.push({ kind: 'sum', total: f, parts: f.parts, complete: f.complete, certainty });
    }
    if (f.parts.length > 0 && !f.complete) {
      for (const part of f.parts)
        relations.push({ kind: 'bound', check: 'atMost', figure: part, limit: f, certainty });
    }
    if (
      f.parts.length > 0 &&
      f.complete &&
      (f.shown.text !== f.text || f.parts.some((q) => q.shown.text !== q.text))
    ) {
      relations.push({
        kind: 'display-sum',
        total: f.shown,
        parts: f.parts.map((q) => q.shown),
        exactParts: f.parts,
        certainty,
      });
    }
    const ratio = ratios.get(f);
    if (ratio && p.stated) {
      const claimsFull = f.claim !== undefined || f.value.eq(HUNDRED);
      if (claimsFull && isCount(ratio[0]) && isCount(ratio[1])) {
        relations.push({
          kind: 'coverage',
          claim: f.claim ? { text: f.claim, at: f.at } : f,
          covered: ratio[0],
          universe: ratio[1],
          certainty,
        });
      } else {
        relations.push({
          kind: 'ratio',
          rate: f,
          numerator: ratio[0],
          denominator: ratio[1],
          certainty,
        });
      }
    } else if (ratio && f.claim && isCount(ratio[0]) && isCount(ratio[1])) {
      relations.push({
        kind: 'coverage',
        claim: { text: f.claim, at: f.at },
        covered: ratio[0],
        universe: ratio[1],
        certainty,
      });
    }
    if (f.unit.kind === 'percent' && p.stated && isShare(f, p.spec)) {
      relations.push({ kind: 'bound', check: 'percentRange', figure: f, certainty });
    }
    if (f.items)
      relations.push({
        kind: 'count',
        count: f,
        items: f.items,
        exhaustive: f.exhaustive,
        certainty,
      });
    if (f.prior || f.change || f.changePercent) {
      relations.push({
        kind: 'change',
        current: f,
        previous: f.prior,
        delta: f.change,
        percent: f.changePercent,
        certainty,
      });
    }
    if (p.spec?.same) {
      const other = resolve(f, p.spec.same, [...f.path, 'same']);
      if (other && other.unit.kind !== f.unit.kind) {
        issue(
          [...f.path, 'same'],
          `“${p.spec.same}”的单位（${other.unit.symbol}）与本数据（${f.unit.symbol}）不是同一类`,
          'same: the units differ in kind',
        );
      } else if (other) relations.push({ kind: 'same', a: other, b: f, certainty });
    }
    const max = p.spec?.max;
    for (const [i, ref] of (typeof max === 'string' ? [max] : (max ?? [])).entries()) {
      const limit = resolve(f, ref, typeof max === 'string' ? [...f.path, 'max'] : [...f.path, 'max', i]);
      if (limit && limit.unit.kind !== f.unit.kind) {
        issue(
          [...f.path, 'max'],
          `“${ref}”的单位（${limit.unit.symbol}）与本数据（${f.unit.symbol}）不是同一类`,
          'max: the units differ in kind',
        );
      } else if (limit) relations.push({ kind: 'bound', check: 'atMost', figure: f, limit, certainty });
    }
  }
  return { input, figures, relations, issues };
}

/** A share of a whole (rate, coverage, proportion) lies within 0–100%; a growth rate may exceed it. */
function isShare(f: Figure, spec: FigureObjectInput | undefined): boolean {
  if (spec?.ratio || spec?.claim) return true;
  return !/增长|增幅|增速|下降|降幅|提高|同比|环比|变动/.test(f.label ?? '');
}

function isCount(f: Figure): boolean {
  return f.unit.kind === 'count' || f.unit.kind === 'people';
}

/** A total the data leaves out: the exact sum of its parts, at the finest precision among them. */
function deriveTotal(f: ModelFigure): void {
  if (f.parts.length === 0) return;
  const sum = f.parts.reduce((acc, p) => acc.plus(baseValue(p)), ZERO).div(f.unit.scale);
  // As precise as the finest part (1.25 + 2 = 3.25万元), at most two decimals of money (1.20亿元).
  const finest = Math.min(...f.parts.map((p) => p.exponent + scaleDigits(p.unit, f.unit)));
  f.exponent = f.unit.kind === 'money' ? Math.max(finest, -2) : finest;
  f.value = sum;
  // A sum of approximate parts is itself approximate.
  f.approx = f.parts.some((p) => p.approx) ? 'about' : undefined;
  f.text = formatValue(sum, f.exponent, f.unit, f.approx);
  f.derived = true;
}

/** How many decimal places a value gains when converted from one unit into another (万元 → 亿元: 4). */
function scaleDigits(from: Unit, to: Unit): number {
  return from.scale.div(to.scale).log(10).round().toNumber();
}

function deriveRate(f: ModelFigure, num: ModelFigure, den: ModelFigure, decimals: number): void {
  const d = baseValue(den);
  if (d.isZero()) return;
  const v = baseValue(num).div(d).times(HUNDRED).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  f.value = v;
  f.exponent = -decimals;
  f.text = formatValue(v, -decimals, f.unit);
  f.derived = true;
}

function applyDisplay(
  f: ModelFigure,
  spec: FigureObjectInput | undefined,
  all: Map<string, ModelFigure>,
): void {
  let display = spec?.display;
  if (!display) {
    // A part without its own display follows its total's.
    const parentKey = f.key.slice(0, f.key.lastIndexOf('.'));
    const parent = all.get(parentKey);
    if (parent?.parts.includes(f) && parent.shown && parent.shown.unit !== parent.unit) {
      display = { unit: parent.shown.unit.symbol as '万元', decimals: -parent.shown.exponent };
    }
  }
  if (!display || (display.unit === undefined && display.decimals === undefined)) {
    f.shown = f;
    return;
  }
  const unit = display.unit && f.unit.kind === 'money' ? (lookupUnit(display.unit) as Unit) : f.unit;
  const exact = convertValue(f.value, f.unit, unit);
  const decimals =
    display.decimals ?? (unit === f.unit ? -f.exponent : convertedDecimals(f.exponent, f.unit, unit));
  const value = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  f.shown = {
    ...f,
    value,
    unit,
    exponent: -decimals,
    text: formatValue(value, -decimals, unit, f.approx),
  };
}
