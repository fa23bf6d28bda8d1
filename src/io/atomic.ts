import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * mkdir -p, one level at a time: Node's recursive mkdir spins forever on some special file systems
 * (an output folder under /proc never returns), where a plain mkdir fails at once with a code.
 */
async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let d = dir;
  for (;;) {
    try {
      if ((await stat(d)).isDirectory()) break;
      throw Object.assign(new Error(`not a directory: ${d}`), { code: 'ENOTDIR', path: d });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(d);
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  for (const m of missing.reverse()) {
    try {
      await mkdir(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Writes every file or none: each goes to a temporary file beside its target, and only when all
 * are written are they renamed into place. A failed run leaves what was there before untouched.
 */
export async function writeFilesAtomic(
  files: readonly { path: string; data: string | Uint8Array }[],
): Promise<void> {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      await ensureDir(dirname(f.path));
      const tmp = join(dirname(f.path), `.${randomBytes(6).toString('hex')}.tmp-jixiao`);
      temps.push({ tmp, path: f.path });
      await writeFile(tmp, f.data);
    }
    for (const t of temps) await rename(t.tmp, t.path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t.tmp, { force: true })));
    const err = e as NodeJS.ErrnoException;
    if (err?.code) {
      throw new UserError(
        {
          zh: `无法写入输出文件（${err.code}），已有文件未被改动`,
          en: `Cannot write the output (${err.code}); existing files are untouched`,
        },
        { file: err.path ?? files[0]?.path },
      );
    }
    throw e;
  }
}
