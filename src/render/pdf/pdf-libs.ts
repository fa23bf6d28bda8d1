import { createRequire } from 'node:module';
import { join } from 'node:path';
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

/**
 * pdfmake, pdfkit and fontkit as npm run build bundles them (scripts/bundle.mjs): one file to load,
 * one fontkit for jixiao and pdfkit, and pdfkitFontkit, what pdfkit calls to create a font.
 */
export const { pdfmake, fontkit, pdfkitFontkit } = createRequire(import.meta.url)(
  join(PACKAGE_ROOT, 'dist', 'vendor', 'pdf-libs.cjs'),
) as { pdfmake: PdfMake; fontkit: Fontkit; pdfkitFontkit: Fontkit };
