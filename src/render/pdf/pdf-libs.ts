import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { PACKAGE_ROOT } from '../../paths.js';

/** The parts of a fontkit font jixiao uses: metrics and the character map. */
export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

export interface Fontkit {
  create(buf: Uint8Array, postscriptName?: string | null): FontkitFont;
}

export interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Uint8Array): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
}

const FILE = join(PACKAGE_ROOT, 'dist', 'vendor', 'pdf-libs.cjs');

/**
 * V8's compiled code for the bundle, written by npm run build after rendering a sample (scripts/
 * pdf-code-cache.mjs) and deleted with the bundle when it is rebuilt: loading it instead of compiling
 * saves 40–80 ms of a short run. V8 rejects it, and compiles as usual, when Node or its flags differ.
 */
export const CODE_CACHE = join(PACKAGE_ROOT, 'dist', 'vendor', 'pdf-libs.v8-cache');

let script: Script | undefined;

/** Runs the bundle as Node would run a CommonJS file, with V8's code cache when there is one. */
function loadBundle(): unknown {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run npm run build`);
  const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const source = readFileSync(FILE, 'utf8');
  script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: FILE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(FILE), module, FILE, dirname(FILE));
  return module.exports;
}

/** The code cache as it stands: the bundle's code and whatever of it has run so far (for the build). */
export function codeCache(): Buffer {
  if (!script) throw new Error('pdf-libs not loaded');
  return script.createCachedData();
}

/**
 * pdfmake, pdfkit and fontkit as npm run build bundles them (scripts/bundle.mjs): one file to load,
 * one fontkit for jixiao and pdfkit, and pdfkitFontkit, what pdfkit calls to create a font.
 */
export const { pdfmake, fontkit, pdfkitFontkit } = loadBundle() as {
  pdfmake: PdfMake;
  fontkit: Fontkit;
  pdfkitFontkit: Fontkit;
};
