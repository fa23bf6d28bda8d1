/**
 * A workbook opened and saved by another spreadsheet program: LibreOffice Calc re-saves every sample's
 * exported workbook (rewriting styles, shared strings, number formats and merges), and jixiao must
 * read it back to the same report. The sheets are also printed to PDF and PNG in output/visual/ to
 * look at. Needs: apt-get install -y libreoffice-calc-nogui poppler-utils
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataFile } from '../src/load/index.js';
import { validate } from '../src/model/validate.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { toMarkdown } from '../src/render/markdown.js';
import { renderTree } from '../src/render/pipeline.js';
import { loadWorkbook } from '../src/workbook/read.js';
import { workbookBytes } from '../src/workbook/write.js';

const hasTools =
  spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
const OUT = join(PACKAGE_ROOT, 'output', 'visual', 'xlsx');
const samples = readdirSync(join(PACKAGE_ROOT, 'data-samples')).filter((f) => f.endsWith('.yaml'));

describe.skipIf(!hasTools).each(samples)('%s saved again by LibreOffice Calc', (file) => {
  test('reads back to the same report', async () => {
    const stem = file.replace(/\.yaml$/, '');
    const src = join(OUT, 'src');
    const saved = join(OUT, 'saved');
    mkdirSync(src, { recursive: true });
    mkdirSync(saved, { recursive: true });
    const model = validate(await loadDataFile(join(PACKAGE_ROOT, 'data-samples', file)));
    const book = join(src, `${stem}.xlsx`);
    writeFileSync(book, await workbookBytes(model.input));
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', saved, book],
      {
        stdio: 'ignore',
      },
    );
    const again = validate(await loadWorkbook(readFileSync(join(saved, `${stem}.xlsx`)), `${stem}.xlsx`));
    expect(toMarkdown(renderTree(again))).toBe(toMarkdown(renderTree(model)));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, book], {
      stdio: 'ignore',
    });
    execFileSync('pdftoppm', ['-png', '-r', '60', join(OUT, `${stem}.pdf`), join(OUT, stem)]);
  }, 120_000);
});
