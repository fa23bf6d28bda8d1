import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from './errors.js';
import { loadDataFile } from './load/index.js';
import { translateIssues, formatPath } from './schema/issues.js';
import type { FontNames } from './render/layout.js';
import { type FontFiles, fontsInDir } from './render/pdf/font-files.js';

/** jixiao.config.yaml (or .json) in the current folder, or the file given with --config. */
export const CONFIG_NAMES = ['jixiao.config.yaml', 'jixiao.config.yml', 'jixiao.config.json'];

const role = z.enum(['fangsong', 'xiaobiaosong', 'heiti', 'kaiti', 'songti', 'latin']);
const configSchema = z.strictObject({
  fonts: z
    .strictObject({
      /** A folder with the standard fonts under their usual file names (simfang.ttf, 方正小标宋简体.ttf …). */
      dir: z.string().optional(),
      /** Font files for the PDF, by role. */
      files: z.partialRecord(role, z.string()).optional(),
      /** Font names written into the Word file, by role. */
      names: z.partialRecord(role, z.string().min(1)).optional(),
    })
    .optional(),
});

export interface Settings {
  fontFiles: FontFiles;
  fontNames: Partial<FontNames>;
}

/** Settings from the config file (if any) and the command line; the command line wins. */
export async function loadSettings(o: {
  configFile?: string;
  fontDir?: string;
  cwd?: string;
}): Promise<Settings> {
  const cwd = o.cwd ?? process.cwd();
  const file = o.configFile ?? CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
  let fontFiles: FontFiles = {};
  let fontNames: Partial<FontNames> = {};
  if (file) {
    const loaded = await loadDataFile(file);
    const parsed = configSchema.safeParse(loaded.data, { reportInput: true });
    if (!parsed.success) {
      const details = translateIssues(parsed.error.issues).map((i) => {
        const pos = loaded.locate(i.path);
        return {
          text: i.text,
          where: { file, line: pos?.line ?? null, column: pos?.column ?? null, path: formatPath(i.path) },
        };
      });
      details.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0));
      throw new UserError({ zh: '配置文件有误：', en: 'The config file has problems:' }, { file }, details);
    }
    const base = dirname(resolve(file));
    const fonts = parsed.data.fonts;
    if (fonts?.dir) fontFiles = fontsInDir(resolve(base, fonts.dir));
    for (const [r, p] of Object.entries(fonts?.files ?? {}))
      fontFiles[r as keyof FontFiles] = resolve(base, p);
    fontNames = { ...(fonts?.names ?? {}) };
  }
  if (o.fontDir) fontFiles = { ...fontFiles, ...fontsInDir(resolve(cwd, o.fontDir)) };
  for (const [r, p] of Object.entries(fontFiles)) {
    if (!existsSync(p))
      throw new UserError({ zh: `找不到 ${r} 字体文件`, en: `The ${r} font file is missing` }, { file: p });
  }
  return { fontFiles, fontNames };
}
