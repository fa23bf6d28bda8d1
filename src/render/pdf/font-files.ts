import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import type { FontRole } from '../layout.js';

/** File names under which the standard fonts are usually installed, for --font-dir. */
const STANDARD_FILES: Partial<Record<FontRole, string[]>> = {
  fangsong: ['仿宋_GB2312.ttf', 'FangSong_GB2312.ttf', 'simfang.ttf', 'SIMFANG.TTF', '仿宋.ttf'],
  xiaobiaosong: [
    '方正小标宋简体.ttf',
    '方正小标宋_GBK.ttf',
    'FZXBSJW.TTF',
    'FZXBSJW--GB1-0.ttf',
    'FZXiaoBiaoSong-B05S.ttf',
  ],
  heiti: ['黑体.ttf', 'simhei.ttf', 'SIMHEI.TTF'],
  kaiti: ['楷体_GB2312.ttf', 'KaiTi_GB2312.ttf', 'simkai.ttf', 'SIMKAI.TTF', '楷体.ttf'],
  songti: ['宋体.ttf', 'simsun.ttf', 'SimSun.ttf'],
};

export type FontFiles = Partial<Record<FontRole, string>>;

/** Fonts found in a folder under their usual file names (a user's real 仿宋_GB2312, 方正小标宋 …). */
export function fontsInDir(dir: string): FontFiles {
  if (!existsSync(dir))
    throw new UserError({ zh: '字体文件夹不存在', en: 'Font folder not found' }, { file: dir });
  const present = new Map(readdirSync(dir).map((f) => [f.toLowerCase(), f]));
  const out: FontFiles = {};
  for (const [role, names] of Object.entries(STANDARD_FILES) as [FontRole, string[]][]) {
    const hit = names.map((n) => present.get(n.toLowerCase())).find(Boolean);
    if (hit) out[role] = join(dir, hit);
  }
  return out;
}
