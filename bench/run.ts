/**
 * npm run bench — prints how long the pipeline takes, warm, per sample and for generated reports of
 * about 20 pages and of 200 sections: load + validate, consistency check, Markdown render
 * (template → mdast → text), Word (mdast → .docx bytes, normalized), PDF; draft checks; and whole
 * `jixiao render --format pdf` processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/check/engine.js';
import { checkParagraphs } from '../src/extract/index.js';
import { readMd } from '../src/extract/read-md.js';
import { readTxt } from '../src/extract/read-txt.js';
import { loadYaml } from '../src/load/yaml.js';
import { validate } from '../src/model/validate.js';
import type { ReportModel } from '../src/model/types.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { toMarkdown } from '../src/render/markdown.js';
import { writeDocx } from '../src/render/docx/document.js';
import { writePdf } from '../src/render/pdf/document.js';
import { documentMeta, renderTree } from '../src/render/pipeline.js';
import { generatedReport } from './generate.js';
import { median, time, timeAsync } from './timing.js';
import { workbookRows } from './workbook.js';

const rows: string[][] = [
  ['数据 data', '大小 size', '校验 validate', '核对 check', 'Markdown', 'Word (.docx)', 'PDF', '合计 total'],
];
/** Page count of a PDF from its page tree (pdfkit writes one /Count). */
function pdfPages(pdf: Uint8Array): number {
  const m = /\/Type \/Pages\s*\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'));
  return Number(m?.[1] ?? 0);
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function bench(name: string, text: string, runs: number): Promise<void> {
  const v = time(runs, () => validate(loadYaml(text, name)));
  const model: ReportModel = v.value;
  const c = time(runs, () => evaluate(model.relations));
  const r = time(runs, () => toMarkdown(renderTree(model)));
  const tree = renderTree(model);
  const meta = documentMeta(model);
  const d = await timeAsync(runs, () => writeDocx(tree, meta));
  let pages = 0;
  const p = await timeAsync(runs, async () => {
    pages = pdfPages(await writePdf(tree, meta));
  });
  rows.push([
    name,
    `${model.figures.size} figures, ${r.value.length} chars, ${pages} pages`,
    fmt(v.ms),
    fmt(c.ms),
    fmt(r.ms),
    fmt(d),
    fmt(p),
    fmt(v.ms + c.ms + r.ms + d + p),
  ]);
}

const samples = join(PACKAGE_ROOT, 'data-samples');
for (const f of readdirSync(samples)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()) {
  await bench(f, readFileSync(join(samples, f), 'utf8'), 30);
}
// About 20 pages (Word target: under 100 ms warm), and a 200-section stress case.
await bench('generated, 90 sections (≈20 pages)', generatedReport(90), 20);
await bench('generated, 200 sections', generatedReport(200), 5);
await bench('generated, 900 sections (≈200 pages)', generatedReport(900), 3);

// Checking hand-written drafts: the Markdown of generated reports, cut to 50,000 and 500,000 characters.
const draftRows: string[][] = [
  [
    '手写稿 draft',
    '字符 chars',
    '发现 figures',
    '核对（进程内）in-process',
    '整个进程 最短 whole process min',
    '中位 median',
  ],
];
{
  const model = validate(loadYaml(generatedReport(900), 'generated.yaml'));
  const md = toMarkdown(renderTree(model));
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  // Real prose, when ../shared/seeds is there: the three seed reports repeated (read, not copied in).
  const seedDir = join(PACKAGE_ROOT, '..', 'shared', 'seeds');
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(seedDir, f), 'utf8'))
        .join('\n')
    : '';
  const cases: [string, string, string][] = [
    ['generated', md, 'md'],
    ...(seeds ? ([['seeds', seeds, 'txt']] as [string, string, string][]) : []),
  ];
  for (const [name, source, ext] of cases)
    for (const size of [50_000, 500_000]) {
      let text = '';
      while (text.length < size) text += source;
      text = text.slice(0, size);
      const file = join(dir, `${name}-${size}.${ext}`);
      writeFileSync(file, text);
      const inProcess = time(5, () => checkParagraphs(file, ext === 'md' ? readMd(text) : readTxt(text)));
      // The command a user runs (`jixiao check file`), Node's start included. The machine may be
      // shared: the shortest of several runs is the steadiest figure, the median is shown beside it.
      const wall: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'jixiao.js'), 'check', file], {
          stdio: 'ignore',
        });
        wall.push(performance.now() - t0);
      }
      draftRows.push([
        `${name} ${size / 1000}k`,
        String(text.length),
        String(inProcess.value.figures.length),
        fmt(inProcess.ms),
        fmt(Math.min(...wall)),
        fmt(median(wall)),
      ]);
    }
}

// Whole `jixiao render --format pdf` processes, Node.js start-up included (target: under 700 ms).
const processRows: string[][] = [
  ['整个进程生成 PDF whole process', '页数 pages', '最短 min', '中位数 median'],
];
{
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-pdf-'));
  const generated = join(dir, 'generated-90.yaml');
  writeFileSync(generated, generatedReport(90));
  const cases: [string, string][] = [
    ['korla-2020.yaml', join(samples, 'korla-2020.yaml')],
    ['generated, 90 sections', generated],
  ];
  for (const [name, file] of cases) {
    const wall: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      spawnSync(
        process.execPath,
        [join(PACKAGE_ROOT, 'bin', 'jixiao.js'), 'render', file, '--format', 'pdf', '-o', dir, '--force'],
        { stdio: 'ignore' },
      );
      wall.push(performance.now() - t0);
    }
    const stem = name.startsWith('generated') ? 'generated-90' : 'korla-2020';
    const pages = pdfPages(readFileSync(join(dir, `${stem}.pdf`)));
    processRows.push([`render ${name}`, String(pages), fmt(Math.min(...wall)), fmt(median(wall))]);
  }
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
console.log('');
const dw = draftRows[0]?.map((_, i) => Math.max(...draftRows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of draftRows) console.log(r.map((c, i) => c.padEnd(dw[i] ?? 0)).join('  '));
console.log('');
const pw = processRows[0]?.map((_, i) => Math.max(...processRows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of processRows) console.log(r.map((c, i) => c.padEnd(pw[i] ?? 0)).join('  '));
console.log(
  '\n(median of warm runs on this machine; draft checks, whole process: shortest and median of 7 runs; PDF, whole process: 10 runs; Node',
  process.version + ')',
);

// Workbooks: export and read back (issue 7).
const wbRows = await workbookRows([
  ['korla-2020', readFileSync(join(samples, 'korla-2020.yaml'), 'utf8')],
  ['generated, 90 sections', generatedReport(90)],
]);
const ww = wbRows[0]?.map((_, i) => Math.max(...wbRows.map((r) => (r[i] ?? '').length))) ?? [];
console.log('');
for (const r of wbRows) console.log(r.map((c, i) => c.padEnd(ww[i] ?? 0)).join('  '));
