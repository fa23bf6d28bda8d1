import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = join(dirname(f.path), `.${randomBytes(6).toString('hex')}.tmp-jixiao`);
      temps.push({ tmp, path: f.path });
      await writeFile(tmp, f.data);
    }
    for (const t of temps) await rename(t.tmp, t.path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t.tmp, { force: true })));
    throw e;
  }
}
