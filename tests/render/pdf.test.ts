import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFile } from '../../src/load/index.js';
import { validate } from '../../src/model/validate.js';
import { textWidthEm } from '../../src/render/layout.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { writePdf } from '../../src/render/pdf/document.js';
import { fontSet } from '../../src/render/pdf/fonts.js';
import { segmentsOf } from '../../src/render/pdf/fonts-for-text.js';
import { documentMeta, renderTree } from '../../src/render/pipeline.js';
import { SAMPLES } from '../helpers.js';
import { type PdfRead, readPdf } from './pdf-read.js';

async function render(sample: string) {
  const model = validate(await loadDataFile(join(SAMPLES, sample)));
  const tree = renderTree(model);
  const bytes = await writePdf(tree, documentMeta(model));
  return { md: toMarkdown(tree), bytes, pdf: await readPdf(bytes) };
}

let gov: Awaited<ReturnType<typeof render>>;
let long: Awaited<ReturnType<typeof render>>;
beforeAll(async () => {
  gov = await render('jinzhai-2021.yaml');
  long = await render('xinjiang-2023.yaml');
}, 60_000);

const body = (pdf: PdfRead) => pdf.lines.filter((l) => !/^—\s*\d+\s*—$/.test(l.text.trim()));
const pageNumbers = (pdf: PdfRead) => pdf.lines.filter((l) => /^—\s*\d+\s*—$/.test(l.text.trim()));

describe('pages', () => {
  test('A4, several pages, at most 22 lines of body text on each', () => {
    for (const p of gov.pdf.pages) {
      expect(p.width).toBeCloseTo(595.3, 0);
      expect(p.height).toBeCloseTo(841.9, 0);
    }
    expect(gov.pdf.pages.length).toBeGreaterThan(3);
    for (let p = 1; p <= long.pdf.pages.length; p++) {
      expect(body(long.pdf).filter((l) => l.page === p).length, `page ${p}`).toBeLessThanOrEqual(22);
    }
  });

  test('body lines sit on the 28.95 pt grid (baselines vary by font ascent) inside the type area', () => {
    const lines = body(long.pdf).filter((l) => l.page === 3);
    const ys = lines.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) {
      const steps = ((ys[i] as number) - (ys[i - 1] as number)) / 28.95;
      expect(Math.abs(steps - Math.round(steps)), `line ${i}`).toBeLessThan(0.15);
    }
    for (const l of lines) {
      expect(l.x).toBeGreaterThanOrEqual(79.3);
      expect(l.xEnd).toBeLessThanOrEqual(595.28 - 73.7 + 0.5);
    }
  });

  test('page numbers "— N —": odd pages right, even pages left, one character in, below the type area', () => {
    const numbers = pageNumbers(long.pdf);
    expect(numbers.map((n) => n.text.replace(/\s/g, ''))).toEqual(long.pdf.pages.map((_, i) => `—${i + 1}—`));
    for (const n of numbers) {
      if (n.page % 2 === 1) expect(n.xEnd).toBeCloseTo(595.28 - 73.7 - 14, 0);
      else expect(n.x).toBeCloseTo(79.37 + 14, 0);
      expect(n.y).toBeGreaterThan(841.89 - 99.21);
    }
  });
});

describe('text', () => {
  test('the PDF’s text equals the Markdown’s text', () => {
    const flat = (s: string) => s.replace(/[\s*#\\>|-]/g, '').replace(/—\d+—/g, '');
    const text = gov.pdf.lines.map((l) => l.text).join('');
    expect(flat(text)).toBe(flat(gov.md).replace(/—/g, ''));
  });

  test('Chinese line breaking: no line starts with closing or ends with opening punctuation; numbers keep their units', () => {
    const lines = body(long.pdf).concat(body(gov.pdf));
    for (const l of lines) {
      const t = l.text.trim();
      expect(t, t).not.toMatch(/^[，。、；：？！）》」”]/);
      expect(t, t).not.toMatch(/[（《「“]$/);
    }
    for (let i = 1; i < lines.length; i++) {
      const prev = (lines[i - 1] as { text: string }).text.trim();
      const next = (lines[i] as { text: string }).text.trim();
      expect(`${prev}|${next}`).not.toMatch(/\d\|(万元|亿元|%|个|项|场次|万人次|年)/);
    }
  });

  test('28 characters a line at most', () => {
    for (const l of body(long.pdf)) {
      // pdf.js inserts spaces where a justified line spreads its characters.
      expect(textWidthEm(l.text.replace(/\s/g, '')), l.text).toBeLessThanOrEqual(28);
    }
  });

  test('every character is drawn from a font that has it', () => {
    const set = fontSet();
    const text = gov.md + long.md;
    for (const role of ['fangsong', 'kaiti', 'heiti', 'xiaobiaosong', 'songti'] as const) {
      for (const seg of segmentsOf(text, role, set)) {
        const font = [...Object.values(set.roles), set.fallback].find((f) => f.family === seg.style);
        for (const ch of seg.text) {
          const cp = ch.codePointAt(0) ?? 0;
          if (cp >= 0x20) expect(font?.font.hasGlyphForCodePoint(cp), `${role} ${ch}`).toBe(true);
        }
      }
    }
  });

  test('a character missing from the 楷体 substitute falls back to a font that has it', () => {
    const set = fontSet();
    const rare = [...'㐀㑇䶵鿰'].find(
      (ch) => !set.roles.kaiti.font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0),
    );
    if (!rare) return; // the bundled 楷体 has them all
    const [seg] = segmentsOf(rare, 'kaiti', set);
    expect(seg?.style).toBe(set.fallback.family);
  });
});

describe('file', () => {
  test('fonts are embedded and subset', () => {
    const raw = Buffer.from(gov.bytes).toString('latin1');
    const names = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(raw.match(/\/FontFile2 /g)?.length).toBeGreaterThanOrEqual(3);
    // Subset: a few hundred kilobytes, not the 15 MB fonts.
    expect(gov.bytes.length).toBeLessThan(2_000_000);
  });

  test('title, author, subject and keywords', () => {
    expect(gov.pdf.info).toMatchObject({
      Title: '关于金寨县2021年县级预算绩效管理工作开展情况的说明',
      Author: '金寨县财政局',
      Keywords: '预算绩效管理',
    });
    expect(String(gov.pdf.info.Subject)).toContain('预算绩效管理工作情况');
  });

  test('the same input gives byte-identical output', async () => {
    const again = await render('jinzhai-2021.yaml');
    expect(Buffer.from(again.bytes).equals(Buffer.from(gov.bytes))).toBe(true);
  });
});

describe('run-in leads', () => {
  test('a bold lead in 楷体 and the text after it share their line', async () => {
    const korla = await render('korla-2020.yaml');
    expect(
      korla.pdf.lines.some((l) => l.text.replace(/\s/g, '').startsWith('（五）规范第三方评价。内部考核')),
    ).toBe(true);
  });
});
