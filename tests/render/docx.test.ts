import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFile } from '../../src/load/index.js';
import { validate } from '../../src/model/validate.js';
import { writeDocx } from '../../src/render/docx/document.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { documentMeta, renderTree } from '../../src/render/pipeline.js';
import { SAMPLES } from '../helpers.js';
import { openDocx, type Para, paragraphs, styleXml } from './docx-read.js';

async function render(sample: string) {
  const model = validate(await loadDataFile(join(SAMPLES, sample)));
  const tree = renderTree(model);
  const bytes = await writeDocx(tree, documentMeta(model));
  return { tree, md: toMarkdown(tree), bytes, docx: await openDocx(bytes) };
}

let gov: Awaited<ReturnType<typeof render>>;
let congress: Awaited<ReturnType<typeof render>>;
let paras: Para[];
let styles: string;
beforeAll(async () => {
  gov = await render('jinzhai-2021.yaml');
  congress = await render('korla-2020.yaml');
  paras = paragraphs(gov.docx.xml['word/document.xml'] ?? '');
  styles = gov.docx.xml['word/styles.xml'] ?? '';
});

const attr = (xml: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('page', () => {
  test('A4 at 11906×16838 twips, margins 37/26/35/28 mm, a 22-line grid of 28.95 pt', () => {
    const doc = gov.docx.xml['word/document.xml'] ?? '';
    const sect = /<w:sectPr\b.*?<\/w:sectPr>/s.exec(doc)?.[0] ?? '';
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe('16838');
    expect([
      attr(sect, 'w:pgMar', 'w:top'),
      attr(sect, 'w:pgMar', 'w:right'),
      attr(sect, 'w:pgMar', 'w:bottom'),
      attr(sect, 'w:pgMar', 'w:left'),
    ]).toEqual(['2098', '1474', '1984', '1588']);
    expect(attr(sect, 'w:docGrid', 'w:linePitch')).toBe('579');
    // 22 lines of 579 twips fill the 225 mm type area (12756 twips) without spilling a 23rd.
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(23 * 579).toBeGreaterThan(16838 - 2098 - 1984);
  });

  test('28 characters a line: 16 pt less 5 twips of spacing, 28 times, fit the 156 mm type area', () => {
    const normal = styleXml(styles, 'Normal');
    const spacing = Number(/<w:rPr>.*?<w:spacing w:val="(-?\d+)"/s.exec(normal)?.[1]);
    expect(spacing).toBe(-5);
    const pitch = 320 + spacing;
    expect(28 * pitch).toBeLessThanOrEqual(11906 - 1588 - 1474);
    expect(29 * pitch).toBeGreaterThan(11906 - 1588 - 1474);
  });
});

describe('styles', () => {
  test('Normal: 三号 仿宋_GB2312 with Times New Roman digits, justified, 2-character indent, exact 28.95 pt', () => {
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('w:ascii="Times New Roman"');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('<w:ind w:firstLine="640"/>');
    expect(normal).toContain('w:line="579" w:lineRule="exact"');
    expect(normal).toContain('<w:autoSpaceDE w:val="0"/>');
  });

  test('built-in heading styles carry the standard fonts: 黑体, 楷体_GB2312, 仿宋, 仿宋', () => {
    const fonts = ['Heading1', 'Heading2', 'Heading3', 'Heading4'].map((id) => {
      const s = styleXml(styles, id);
      expect(s).toContain('<w:sz w:val="32"/>');
      expect(s).toContain('<w:keepNext/>');
      return attr(s, 'w:rFonts', 'w:eastAsia');
    });
    expect(fonts).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    // Word knows its built-in "heading 1" (标题 1) by name, case-insensitively.
    expect(styleXml(styles, 'Heading1').toLowerCase()).toContain('<w:name w:val="heading 1"/>');
  });

  test('Title: 2号 方正小标宋简体, centred, no indent, no bold', () => {
    const t = styleXml(styles, 'Title');
    expect(attr(t, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(t).toContain('<w:sz w:val="44"/>');
    expect(t).toContain('<w:jc w:val="center"/>');
    expect(t).toContain('w:firstLine="0"');
    expect(t).not.toContain('<w:b/>');
  });

  test('no style id is defined twice (Word would pick either)', () => {
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('runs', () => {
  test('every run names ascii, hAnsi and eastAsia fonts', () => {
    const doc = gov.docx.xml['word/document.xml'] ?? '';
    const runs = [...doc.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1] ?? '');
    expect(runs.length).toBeGreaterThan(50);
    for (const r of runs) {
      const fonts = /<w:rFonts [^>]*\/>/.exec(r)?.[0] ?? '';
      expect(fonts, r).toMatch(/w:ascii="[^"]+"/);
      expect(fonts, r).toMatch(/w:hAnsi="[^"]+"/);
      expect(fonts, r).toMatch(/w:eastAsia="[^"]+"/);
    }
  });
});

describe('elements', () => {
  test('the header block: red issuing-body mark, 发文字号 with 签发人 in 楷体, red line', () => {
    const mark = paras.find((p) => p.style === 'IssuerMark');
    expect(mark?.text).toBe('金寨县财政局文件');
    expect(styleXml(styles, 'IssuerMark')).toContain('<w:color w:val="FF0000"/>');
    const number = paras.find((p) => p.style === 'DocNumber');
    expect(number?.text).toBe('金财〔2021〕86号\t签发人：王某某');
    expect(number?.xml).toMatch(/w:eastAsia="楷体_GB2312"[^>]*\/>.*<w:t[^>]*>王某某<\/w:t>/s);
    const red = paras.find((p) => p.style === 'RedLine');
    expect(red?.xml).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    const order = ['IssuerMark', 'DocNumber', 'RedLine', 'Title'].map((s) =>
      paras.findIndex((p) => p.style === s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('the title is broken into balanced lines, never inside a word', () => {
    const t = paras.find((p) => p.style === 'Title');
    expect(t?.text).toBe('关于金寨县2021年县级\n预算绩效管理工作开展情况的说明');
  });

  test('headings get their ordinals from the structure, in the built-in heading styles', () => {
    const hs = paras.filter((p) => p.style?.startsWith('Heading'));
    expect(hs[0]).toMatchObject({ style: 'Heading1', text: '一、基本情况' });
    expect(hs[1]).toMatchObject({ style: 'Heading2', text: '（一）健全工作机制，构建全方位管理格局' });
  });

  test('addressee flush left with a full-width colon; closing, 署名 and date in Arabic numerals; 附注', () => {
    expect(paras.find((p) => p.style === 'Addressee')?.text).toBe('六安市人民政府：');
    expect(styleXml(styles, 'Addressee')).toContain('w:firstLine="0"');
    const sig = paras.findIndex((p) => p.style === 'Signature');
    expect(paras[sig - 1]?.text).toBe('特此说明。');
    expect(paras[sig]?.text).toBe('金寨县财政局');
    expect(paras[sig + 1]).toMatchObject({ style: 'DateLine', text: '2021年12月14日' });
    expect(paras[sig + 2]).toMatchObject({
      style: 'Note',
      text: '（联系人：李某某；联系电话：0564-7000000）',
    });
  });

  test('tables: caption and unit line kept with the table, header row repeated, rows unsplit, numbers right', () => {
    const doc = congress.docx.xml['word/document.xml'] ?? '';
    const cp = paragraphs(doc);
    const caption = cp.findIndex((p) => p.style === 'TableTitle');
    expect(cp[caption]?.text).toBe('2020年项目绩效目标涉及资金构成');
    expect(cp[caption + 1]).toMatchObject({ style: 'UnitLine', text: '单位：万元' });
    const tbl = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
    expect(tbl).toMatch(/<w:tblHeader\/>/);
    expect(tbl.match(/<w:cantSplit\/>/g)?.length).toBe(6);
    expect(tbl).toMatch(/<w:jc w:val="right"\/>.*?300202\.87/s);
    const widths = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
  });

  test('a report to the congress has no header block', () => {
    const cp = paragraphs(congress.docx.xml['word/document.xml'] ?? '');
    expect(cp.some((p) => p.style === 'IssuerMark' || p.style === 'RedLine')).toBe(false);
    expect(cp[0]?.style).toBe('Title');
  });
});

describe('page numbers', () => {
  test('"— N —" in 4号 宋体: odd pages right, even pages left, one character in', () => {
    const doc = gov.docx.xml['word/document.xml'] ?? '';
    expect(gov.docx.xml['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const ref = (type: string) =>
      new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
    const rels = gov.docx.xml['word/_rels/document.xml.rels'] ?? '';
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const odd = gov.docx.xml[`word/${target(ref('default'))}`] ?? '';
    const even = gov.docx.xml[`word/${target(ref('even'))}`] ?? '';
    for (const [xml, jc, side] of [
      [odd, 'right', 'w:right'],
      [even, 'left', 'w:left'],
    ] as const) {
      expect(xml).toContain(`<w:jc w:val="${jc}"/>`);
      expect(attr(xml, 'w:ind', side)).toBe('280');
      expect(xml).toContain('w:instrText');
      expect(xml).toMatch(/PAGE/);
      expect(xml).toContain('w:eastAsia="宋体"');
      expect(xml).toContain('— ');
      expect(styleXml(styles, 'PageNumber')).toContain('<w:sz w:val="28"/>');
    }
  });
});

describe('content and properties', () => {
  test('the document’s text equals the Markdown’s text', () => {
    const flat = (s: string) => s.replace(/[\s*#\\>|-]/g, '');
    const docText = paras.map((p) => p.text).join('');
    // Page numbers live in the footers; the title's line break is layout, not text.
    expect(flat(docText)).toBe(flat(gov.md));
  });

  test('title, author and subject are set; dates are the report’s own', () => {
    const core = gov.docx.xml['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>关于金寨县2021年县级预算绩效管理工作开展情况的说明</dc:title>');
    expect(core).toContain('<dc:creator>金寨县财政局</dc:creator>');
    expect(core).toContain('<dc:subject>');
    expect(core).toMatch(/<dcterms:created[^>]*>2021-12-14T00:00:00Z</);
  });

  test('the same input gives byte-identical output', async () => {
    const again = await render('jinzhai-2021.yaml');
    expect(Buffer.from(again.bytes).equals(Buffer.from(gov.bytes))).toBe(true);
  });
});
