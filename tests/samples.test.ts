import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../src/check/engine.js';
import { loadDataFile } from '../src/load/index.js';
import { validate } from '../src/model/validate.js';
import { toMarkdown } from '../src/render/markdown.js';
import { renderTree } from '../src/render/pipeline.js';
import { HAS_SEEDS, SAMPLES, SEEDS } from './helpers.js';

const samples = readdirSync(SAMPLES).filter((f) => /\.(ya?ml|json)$/.test(f));

async function renderSample(file: string) {
  const model = validate(await loadDataFile(join(SAMPLES, file)));
  return { model, findings: evaluate(model.relations), md: toMarkdown(renderTree(model)) };
}

/** Figures with a unit as they stand in a seed's prose: "645215 万元" → "645215万元". */
function seedFigures(text: string): string[] {
  const found = text.matchAll(/(?<![\d.〔])(\d+(?:\.\d+)?)\s*(万元|亿元|%|个|项|场次|万人次)/g);
  return [...new Set([...found].map((m) => `${m[1]}${m[2]}`))];
}

/** The heading a text stands under in the rendered Markdown. */
function headingOf(md: string, needle: string): string | undefined {
  let heading: string | undefined;
  for (const line of md.split('\n')) {
    if (/^#{2,} /.test(line)) heading = line.replace(/^#+ /, '');
    if (line.includes(needle)) return heading;
  }
  return undefined;
}

/** Where a seed's key figures belong: the rendered heading must contain this text. */
const PLACES: Record<string, Record<string, string>> = {
  'korla-2020': {
    '776个': '绩效目标',
    '645215万元': '绩效目标',
    '4322.41万元': '绩效目标',
    '769453万元': '绩效目标',
    '926个': '绩效评价',
    '446953.75万元': '绩效评价',
  },
  'jinzhai-2021': {
    '675万元': '事前',
    '664个': '绩效目标',
    '13.15亿元': '评价',
    '18.5亿元': '评价',
  },
  'xinjiang-2023': {
    '75项': '评价',
    '1151个': '重点项目',
    '708场次': '保障',
    '5.67万人次': '保障',
  },
};

test('there are at least three samples', () => {
  expect(samples.length).toBeGreaterThanOrEqual(3);
});

describe.each(samples)('sample %s', (file) => {
  test('validates, has no error-level finding, and renders', async () => {
    const { findings, md } = await renderSample(file);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(md).toMatch(/^(.*\n\n)*# 关于/);
  });

  const stem = file.replace(/\.\w+$/, '');
  const seed = join(SEEDS, `${stem}.txt`);
  test.skipIf(!HAS_SEEDS || !existsSync(seed))('every figure of its seed is in the report', async () => {
    const { md } = await renderSample(file);
    const missing = seedFigures(readFileSync(seed, 'utf8')).filter((f) => !md.includes(f));
    expect(missing).toEqual([]);
  });

  test.skipIf(!PLACES[stem])('key figures stand in the right section', async () => {
    const { md } = await renderSample(file);
    for (const [figure, heading] of Object.entries(PLACES[stem] ?? {})) {
      expect(headingOf(md, figure), figure).toContain(heading);
    }
  });
});
