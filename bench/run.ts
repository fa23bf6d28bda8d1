/**
 * npm run bench — prints how long the core pipeline takes, warm, per sample and for a generated
 * 200-section report: load + validate, consistency check, Markdown render (template → mdast → text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/check/engine.js';
import { loadYaml } from '../src/load/yaml.js';
import { validate } from '../src/model/validate.js';
import type { ReportModel } from '../src/model/types.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { toMarkdown } from '../src/render/markdown.js';
import { renderTree } from '../src/render/pipeline.js';
import { generatedReport } from './generate.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    t.push(performance.now() - t0);
  }
  return { ms: median(t), value };
}

const rows: string[][] = [
  ['数据 data', '大小 size', '校验 validate', '核对 check', 'Markdown', '合计 total'],
];
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

function bench(name: string, text: string, runs: number): void {
  const v = time(runs, () => validate(loadYaml(text, name)));
  const model: ReportModel = v.value;
  const c = time(runs, () => evaluate(model.relations));
  const r = time(runs, () => toMarkdown(renderTree(model)));
  rows.push([
    name,
    `${model.figures.size} figures, ${r.value.length} chars`,
    fmt(v.ms),
    fmt(c.ms),
    fmt(r.ms),
    fmt(v.ms + c.ms + r.ms),
  ]);
}

const samples = join(PACKAGE_ROOT, 'data-samples');
for (const f of readdirSync(samples)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()) {
  bench(f, readFileSync(join(samples, f), 'utf8'), 30);
}
bench('generated, 200 sections', generatedReport(200), 10);

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
console.log('\n(median of warm runs on this machine; Node', process.version + ')');
