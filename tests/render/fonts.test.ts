import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { UserError } from '../../src/errors.js';
import { fontsInDir } from '../../src/render/pdf/font-files.js';
import { fontSet } from '../../src/render/pdf/fonts.js';

const require = createRequire(import.meta.url);
const wenkai = require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff');

describe('the user’s own fonts', () => {
  test('--font-dir finds the standard fonts by their usual file names and they are used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-fonts-'));
    copyFileSync(wenkai, join(dir, 'SIMFANG.TTF'));
    const files = fontsInDir(dir);
    expect(Object.keys(files)).toEqual(['fangsong']);
    const set = fontSet(files);
    expect(set.roles.fangsong.font.postscriptName).toBe('LXGWWenKai-Regular');
    expect(fontSet().roles.fangsong.font.postscriptName).toBe('NotoSerifSC-Regular');
  });

  test('a config file names font files relative to itself; --font-dir adds to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
    copyFileSync(wenkai, join(dir, 'kai.woff'));
    writeFileSync(
      join(dir, 'jixiao.config.yaml'),
      'fonts:\n  files:\n    kaiti: kai.woff\n  names:\n    fangsong: 仿宋\n',
    );
    const s = await loadSettings({ cwd: dir });
    expect(s.fontFiles.kaiti).toBe(join(dir, 'kai.woff'));
    expect(s.fontNames).toEqual({ fangsong: '仿宋' });
  });

  test('a bad config file or a missing font file is a clear error with its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
    writeFileSync(join(dir, 'jixiao.config.yaml'), 'fonts:\n  files:\n    fangsong: nosuch.ttf\n');
    await expect(loadSettings({ cwd: dir })).rejects.toThrow(UserError);
    writeFileSync(join(dir, 'jixiao.config.yaml'), 'fonts:\n  file:\n    fangsong: a.ttf\n');
    try {
      await loadSettings({ cwd: dir });
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).details[0]?.text.zh).toContain('无法识别的字段“file”');
      expect((e as UserError).details[0]?.where?.line).toBe(2);
    }
  });
});

describe('characters no font has', () => {
  test('the PDF writer says which ones, instead of drawing boxes silently', async () => {
    const { run } = await import('../cli/run.js');
    const { MINIMAL_META } = await import('../helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-glyph-'));
    const file = join(dir, 'rare.yaml');
    writeFileSync(file, `${MINIMAL_META}monitoring:\n  paragraphs:\n    - 生僻字𪚥的处理。\n`);
    const r = await run('render', file, '--out', dir, '--format', 'pdf');
    expect(r.code).toBe(0);
    expect(r.err).toContain('字体都没有的字符，显示为方框：𪚥');
  });
});
