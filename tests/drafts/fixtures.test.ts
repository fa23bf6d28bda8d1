import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDraft, checkParagraphs } from '../../src/extract/index.js';
import { findFigures } from '../../src/extract/numbers.js';
import { readTxt } from '../../src/extract/read-txt.js';
import { draftFigures } from '../../src/extract/figures.js';
import { draftRelations } from '../../src/extract/relations.js';
import { loadDataFile } from '../../src/load/index.js';
import { validate } from '../../src/model/validate.js';
import { writeDocx } from '../../src/render/docx/document.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { documentMeta, renderTree } from '../../src/render/pipeline.js';
import { readDocx } from '../../src/extract/read-docx.js';
import { readMd } from '../../src/extract/read-md.js';
import { HAS_SEEDS, ROOT, SAMPLES, SEEDS } from '../helpers.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'drafts');
const brief = (f: {
  rule: string;
  severity: string;
  location: { line?: number | null };
  stated?: string;
}) => ({
  rule: f.rule,
  severity: f.severity,
  line: f.location.line ?? null,
  stated: f.stated ?? null,
});

describe('finding figures in prose', () => {
  test('numbers with units, separators, full-width digits and Chinese numerals', () => {
    const found = findFigures(
      '资金总额536,376.05万元，七千余万元，两套设备，５.６７万人次，提高3.2个百分点。',
    );
    expect(found.map((f) => [f.value.toString(), f.unit.symbol, f.approx ?? ''])).toEqual([
      ['536376.05', '万元', ''],
      ['7000', '万元', 'over'],
      ['2', '套', ''],
      ['5.67', '万人次', ''],
      ['3.2', '个百分点', ''],
    ]);
  });

  test('not figures: ordinals, fixed expressions, document numbers, dates, thresholds of rules', () => {
    const text =
      '一是完善制度，“十四五”规划，三公经费，四本预算，新党发〔2018〕30号，2021年12月14日，1-5月，对低于80分的项目和100万元以上项目开展评价，按不低于项目预算总额20%的比例，十届七次、八次全会。';
    expect(findFigures(text).filter((f) => !f.threshold)).toEqual([]);
  });

  test('approximations: 近, 约, 余, 以上 (a claim, not a rule), 不足', () => {
    const found = findFigures('近2400万元，约1000万元，32余个，共支出100万元以上，不足50个。');
    expect(found.map((f) => f.approx)).toEqual(['near', 'about', 'over', 'atLeast', 'under']);
  });

  test('plain text copied from a PDF: wrapped lines joined, a number split across lines is one number, page numbers dropped', () => {
    const paras = readTxt(readFileSync(join(FIXTURES, 'wrapped.txt'), 'utf8'));
    const figures = draftFigures('wrapped.txt', paras);
    expect(figures.map((f) => f.text)).toContain('645215万元');
    expect(paras.some((p) => p.text.includes('— 2 —'))).toBe(false);
    const f = figures.find((x) => x.text === '645215万元');
    expect([f?.at.line, f?.at.column]).toEqual([3, 33]);
  });
});

describe('fixture drafts give exactly their expected findings', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => /\.(md|txt)$/.test(f))) {
    test(file, async () => {
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, file.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      );
      const { findings } = await checkDraft(join(FIXTURES, file));
      expect(findings.map(brief)).toEqual(expected.map((e: object) => ({ stated: null, ...e })));
    });
  }
});

/**
 * Drafts written blind by a colleague, with a key of planted slips (tests/fixtures/drafts/blind to blind15, *.expected.json):
 * each planted slip found is an expected finding (its key id in `slip`), everything else stays silent, and
 * each slip still missed is listed in `knownMisses`, checked to stay missed so that the list is honest.
 * A Word draft's findings are placed by paragraph number, given in `line`.
 */
describe('blind drafts give exactly the planted slips, and no false alarm', () => {
  const where = (f: { location: { line?: number | null; paragraph?: number | null } }) =>
    f.location.line ?? f.location.paragraph ?? null;
  // Every set in tests/fixtures/drafts/blind*/.
  for (const set of readdirSync(FIXTURES).filter((d) => /^blind\d*$/.test(d))) {
    const dir = join(FIXTURES, set);
    for (const file of readdirSync(dir).filter((f) => /\.(md|txt|docx)$/.test(f))) {
      test(`${set}/${file}`, async () => {
        const expected = JSON.parse(
          readFileSync(join(dir, file.replace(/\.\w+$/, '.expected.json')), 'utf8'),
        ) as {
          findings: { slip: string; rule: string; severity: string; line: number; stated: string }[];
          knownMisses: { rule: string; line: number }[];
        };
        const { findings } = await checkDraft(join(dir, file));
        expect(findings.map((f) => ({ ...brief(f), line: where(f) }))).toEqual(
          expected.findings.map(({ slip: _, ...e }) => e),
        );
        for (const miss of expected.knownMisses)
          expect(findings.filter((f) => f.rule === miss.rule && where(f) === miss.line)).toEqual([]);
      });
    }
  }
});

describe.skipIf(!HAS_SEEDS)('the seed reports', () => {
  const seed = (name: string) => checkDraft(join(SEEDS, `${name}.txt`));

  test('korla-2020: no finding; the 645215万元 breakdown is recognized and holds', async () => {
    const r = await seed('korla-2020');
    expect(r.findings).toEqual([]);
    const sums = draftRelations(r.figures).filter((x) => x.kind === 'sum');
    expect(sums.map((s) => (s.kind === 'sum' ? [s.total.text, s.parts.length, s.complete] : []))).toEqual([
      ['645215万元', 4, true],
    ]);
  });

  test('jinzhai-2021: only the doubled 今年，; the partial 其中 (17 重大项目, 11 债券项目) is silent', async () => {
    const r = await seed('jinzhai-2021');
    expect(r.findings.map(brief)).toEqual([
      { rule: 'duplicate-phrase', severity: 'info', line: 15, stated: '今年，今年，' },
    ]);
    const bounds = draftRelations(r.figures).filter((x) => x.kind === 'bound' && x.check === 'atMost');
    expect(bounds.map((b) => (b.kind === 'bound' ? [b.figure.text, b.limit?.text] : []))).toEqual([
      ['11个', '17个'],
    ]);
  });

  test('xinjiang-2023: no finding; its four enumerations count right', async () => {
    const r = await seed('xinjiang-2023');
    expect(r.findings).toEqual([]);
    const counts = draftRelations(r.figures).filter((x) => x.kind === 'count');
    expect(counts.map((c) => (c.kind === 'count' ? [c.count.text, c.items.length] : []))).toEqual([
      ['三个', 3],
      ['三条', 3],
      ['四个', 4],
      ['8个', 8],
    ]);
  });
});

describe('round trip: what jixiao renders from consistent data passes the draft check', () => {
  for (const sample of readdirSync(SAMPLES).filter((f) => f.endsWith('.yaml'))) {
    test(sample, async () => {
      const model = validate(await loadDataFile(join(SAMPLES, sample)));
      const tree = renderTree(model);
      const md = checkParagraphs('report.md', readMd(toMarkdown(tree)));
      expect(md.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      const docx = checkParagraphs(
        'report.docx',
        await readDocx(await writeDocx(tree, documentMeta(model)), 'report.docx'),
      );
      expect(docx.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(docx.figures.length).toBe(md.figures.length);
    });
  }

  test('a Word draft’s findings are located by paragraph number', async () => {
    const text = readFileSync(join(SAMPLES, 'korla-2020.yaml'), 'utf8').replace(
      'value: 645215万元',
      'value: 645315万元',
    );
    const { loadYaml } = await import('../../src/load/yaml.js');
    const model = validate(loadYaml(text, 'broken.yaml'));
    const docx = await writeDocx(renderTree(model), documentMeta(model));
    const r = checkParagraphs('broken.docx', await readDocx(docx, 'broken.docx'));
    const sum = r.findings.find((f) => f.rule === 'sum-mismatch');
    expect(sum?.severity).toBe('error');
    expect(sum?.location.line).toBeNull();
    expect(sum?.location.paragraph).toBeGreaterThan(3);
  });
});
