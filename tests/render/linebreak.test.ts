import { describe, expect, test } from 'vitest';
import { breakLines } from '../../src/render/pdf/linebreak.js';

// A monospaced measure: Han characters and full-width marks 1 em, digits and Latin ½ em.
const measure = (ch: string) => (/[\x20-\x7e]/.test(ch) ? 8 : 16);
const lines = (text: string, chars: number, spacing = 0) =>
  breakLines([{ text, style: 's' }], { width: chars * (16 + spacing), spacing, measure, justify: true }).map(
    (l) => l.pieces.map((p) => p.text).join(''),
  );

describe('Chinese line breaking', () => {
  test('fills a line exactly: 28 characters of 15.79 pt in 442.2 pt', () => {
    const spacing = 442.2 / 28 - 16;
    const out = breakLines([{ text: '一'.repeat(60), style: 's' }], {
      width: 442.2,
      spacing,
      measure,
      justify: true,
    });
    expect(out.map((l) => l.chars)).toEqual([28, 28, 4]);
  });

  test('closing punctuation never starts a line; it goes with the character before', () => {
    expect(lines('一二三四，五六', 4)).toEqual(['一二三', '四，五六']);
  });

  test('opening punctuation never ends a line', () => {
    expect(lines('一二三《四五》', 4)).toEqual(['一二三', '《四五》']);
  });

  test('a number keeps its unit and decimals: 7.50亿元, 45.97%', () => {
    expect(lines('合计7.50亿元', 5)).toEqual(['合计', '7.50亿元']);
    expect(lines('比率为45.97%，', 6)).toEqual(['比率为', '45.97%，']);
  });

  test('a short full line spreads its slack over its characters; the last line is not justified', () => {
    const out = breakLines([{ text: '一二三四，五', style: 's' }], {
      width: 64,
      spacing: 0,
      measure,
      justify: true,
    });
    expect(out.map((l) => l.pieces.map((p) => p.text).join(''))).toEqual(['一二三', '四，五']);
    expect(out[0]?.extraSpacing).toBeCloseTo(16 / 3);
    expect(out[1]?.extraSpacing).toBe(0);
  });

  test('styles are kept per piece', () => {
    const out = breakLines(
      [
        { text: '一是', style: 'hei' },
        { text: '完善制度', style: 'fang' },
      ],
      { width: 200, spacing: 0, measure, justify: false },
    );
    expect(out[0]?.pieces).toEqual([
      { text: '一是', style: 'hei' },
      { text: '完善制度', style: 'fang' },
    ]);
  });
});
