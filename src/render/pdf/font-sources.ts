import { closeSync, existsSync, fstatSync, openSync, read, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';
import type { FontRole } from '../layout.js';
import type { FontFiles } from './font-files.js';

const require = createRequire(import.meta.url);

/** Open-licensed fonts installed by npm ci, one per role of GB/T 9704 (see gongwen.md §1.7). */
export const BUNDLED: Record<FontRole | 'fallback', string> = {
  fangsong: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  songti: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  xiaobiaosong: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  heiti: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  kaiti: '@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff',
  latin: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  fallback: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
};

/** The build turns the WOFF 楷体 substitute into TrueType once (npm ci runs it), so no run has to. */
export const PREPARED_KAITI = join(PACKAGE_ROOT, 'dist', 'fonts', 'lxgw-wenkai-500.ttf');

function bundledFile(role: FontRole | 'fallback'): string {
  if (role === 'kaiti' && existsSync(PREPARED_KAITI)) return PREPARED_KAITI;
  return require.resolve(BUNDLED[role]);
}

/** The font file of each role, in the order roles are loaded: the user's where given, else the bundled one. */
export function fontFileList(files: FontFiles = {}): [FontRole | 'fallback', string][] {
  return (Object.keys(BUNDLED) as (FontRole | 'fallback')[]).map((role) => [
    role,
    (role === 'fallback' ? undefined : files[role]) ?? bundledFile(role),
  ]);
}

const bytesOf = new Map<string, Uint8Array>();
const reading = new Map<string, Promise<void>>();

/** One read request for the whole file, so that it completes in the background even while the main thread is busy. */
function readInBackground(file: string): Promise<Uint8Array> {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafeSlow(fstatSync(fd).size);
  return new Promise<Uint8Array>((resolve, reject) => {
    const next = (done: number) =>
      read(fd, buf, done, buf.length - done, done, (err, n) => {
        if (err || (n === 0 && done < buf.length)) {
          closeSync(fd);
          reject(err ?? new Error(`short read: ${file}`));
        } else if (done + n < buf.length) next(done + n);
        else {
          closeSync(fd);
          resolve(buf);
        }
      });
    next(0);
  });
}

/**
 * Starts reading the font files (57 MB for the bundled ones) in the background: render --format pdf
 * calls this before the data is loaded, so that the reading overlaps with the rest of the work.
 * Resolves when all are read; a file that cannot be read is left to fontBytes to report.
 */
export function readFontFiles(files: FontFiles = {}): Promise<void> {
  const started: Promise<void>[] = [];
  for (const [, file] of fontFileList(files)) {
    if (bytesOf.has(file)) continue;
    let r = reading.get(file);
    if (!r) {
      r = Promise.resolve()
        .then(() => readInBackground(file))
        .then(
          (bytes) => void bytesOf.set(file, bytes),
          () => undefined,
        );
      reading.set(file, r);
    }
    started.push(r);
  }
  return Promise.all(started).then(() => undefined);
}

/** The bytes of a font file: read once per process (in the background when readFontFiles was called). */
export function fontBytes(file: string): Uint8Array {
  let bytes = bytesOf.get(file);
  if (!bytes) {
    bytes = readFileSync(file);
    bytesOf.set(file, bytes);
  }
  return bytes;
}
