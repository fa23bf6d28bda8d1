/**
 * A second opinion on the Word output: LibreOffice lays each sample out, poppler reads the pages back.
 * Checks 22 lines a page, 28 characters a line, no line starting with closing punctuation, and page
 * numbers on the outer edge. PNGs of every page are left in output/visual/ to look at.
 * Needs: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataFile } from '../src/load/index.js';
import { validate } from '../src/model/validate.js';
import { textWidthEm } from '../src/render/layout.js';
import { writeDocx } from '../src/render/docx/document.js';
import { documentMeta, renderTree } from '../src/render/pipeline.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const hasTools =
  spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const OUT = join(PACKAGE_ROOT, 'output', 'visual');
const samples = readdirSync(join(PACKAGE_ROOT, 'data-samples')).filter((f) => f.endsWith('.yaml'));

describe.skipIf(!hasTools).each(samples)('%s through LibreOffice', (file) => {
  test('22 lines a page, 28 characters a line, page numbers outside, no bad line starts', async () => {
    mkdirSync(OUT, { recursive: true });
    const stem = file.replace(/\.yaml$/, '');
    const model = validate(await loadDataFile(join(PACKAGE_ROOT, 'data-samples', file)));
    const docx = join(OUT, `${stem}.docx`);
    writeFileSync(docx, await writeDocx(renderTree(model), documentMeta(model)));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], {
      stdio: 'ignore',
    });
    const pdf = join(OUT, `${stem}.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, stem)]);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    const boxes = pageNumberBoxes(execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }));
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim());
      const footer = lines.pop() ?? '';
      expect(footer.replace(/\s/g, ''), `page ${i + 1}`).toBe(`—${i + 1}—`);
      const box = boxes[i];
      // Odd pages: right, one 4号 character (14 pt) in from the type area's edge; even pages: left.
      if ((i + 1) % 2 === 1) expect(box?.xMax, `odd page ${i + 1}`).toBeCloseTo(595.3 - 73.7 - 14, -1);
      else expect(box?.xMin, `even page ${i + 1}`).toBeCloseTo(79.4 + 14, -1);
      expect(lines.length, `page ${i + 1} lines`).toBeLessThanOrEqual(22);
      for (const l of lines) {
        const t = l.trim().replace(/\s+/g, '');
        // A closing mark may hang (or be squeezed) at the end of a full line, as Chinese typesetting does.
        expect(
          textWidthEm(t.replace(/[，。、；：？！）》」”]$/, '')),
          `page ${i + 1}: ${t}`,
        ).toBeLessThanOrEqual(28);
        expect(t, `page ${i + 1}: line starts with closing punctuation`).not.toMatch(
          /^[，。、；：？！）》」”]/,
        );
      }
    });
  });
});

/** The bounding box of the lowest line of words on each page: the page number. */
function pageNumberBoxes(html: string): { xMin: number; xMax: number }[] {
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g),
      ].map((m) => ({
        xMin: Number(m[1]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      }));
      const bottom = Math.max(...words.map((w) => w.yMax));
      const last = words.filter((w) => Math.abs(w.yMax - bottom) < 2);
      return { xMin: Math.min(...last.map((w) => w.xMin)), xMax: Math.max(...last.map((w) => w.xMax)) };
    });
}
