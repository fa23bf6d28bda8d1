import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../src/figures/figure.js';
import { formatValue, parseLiteral } from '../src/figures/figure.js';
import { lookupUnit } from '../src/figures/units.js';
import { loadJson } from '../src/load/json.js';
import { loadYaml } from '../src/load/yaml.js';
import type { Loaded } from '../src/load/source.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const HAS_SEEDS = existsSync(SEEDS);
export const SAMPLES = join(ROOT, 'data-samples');

/** A stated figure from its literal, as a test writes it: fig('7.50亿元', '预算数'). */
export function fig(literal: string, label?: string, path = label ?? literal): Figure {
  const p = parseLiteral(literal);
  if (!p) throw new Error(`bad literal in test: ${literal}`);
  const unit = p.unit ?? lookupUnit('个');
  if (!unit) throw new Error('no unit');
  return {
    value: p.value,
    unit,
    exponent: p.exponent,
    approx: p.approx,
    text: formatValue(p.value, p.exponent, unit, p.approx),
    label,
    at: { path },
  };
}

export function yamlData(text: string, file = 'test.yaml'): Loaded {
  return loadYaml(text, file);
}

export function jsonData(text: string, file = 'test.json'): Loaded {
  return loadJson(text, file);
}

/** The smallest valid report, to which a test adds sections. */
export const MINIMAL_META = `meta:
  issuer: 测试市财政局
  region: 测试市
  year: 2022
  audience: congress
  addressee: 测试市人大常委会
  date: 2023-03-01
`;
