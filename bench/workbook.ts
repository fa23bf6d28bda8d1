/**
 * Workbook timings for npm run bench: export (data → .xlsx bytes) and read (.xlsx → validated
 * model), warm, for the korla sample and a generated report of about 20 pages; and a whole
 * `jixiao render book.xlsx -f md` process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadYaml } from '../src/load/yaml.js';
import { validate } from '../src/model/validate.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { loadWorkbook } from '../src/workbook/read.js';
import { workbookBytes } from '../src/workbook/write.js';
import { median, timeAsync } from './timing.js';

export async function workbookRows(cases: [string, string][]): Promise<string[][]> {
  const rows = [
    [
      '工作簿 workbook',
      '大小 size',
      '导出 export',
      '读取+校验 read',
      '生成 Markdown（整个进程）whole process',
    ],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-xlsx-'));
  for (const [name, yaml] of cases) {
    const model = validate(loadYaml(yaml, name));
    const bytes = await workbookBytes(model.input);
    const exp = await timeAsync(5, () => workbookBytes(model.input));
    const read = await timeAsync(5, async () => validate(await loadWorkbook(bytes, name)));
    const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.xlsx`);
    writeFileSync(file, bytes);
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      spawnSync(
        process.execPath,
        [join(PACKAGE_ROOT, 'bin', 'jixiao.js'), 'render', file, '-f', 'md', '-o', dir],
        {
          stdio: 'ignore',
        },
      );
      wall.push(performance.now() - t0);
    }
    rows.push([
      name,
      `${model.figures.size} figures, ${(bytes.length / 1024).toFixed(0)} KB`,
      `${exp.toFixed(1)} ms`,
      `${read.toFixed(1)} ms`,
      `${median(wall).toFixed(0)} ms`,
    ]);
  }
  return rows;
}
