import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { UserError } from '../../errors.js';
import type { FontRole } from '../layout.js';
import type { FontFiles } from './font-files.js';
import { BUNDLED, fontBytes, fontFileList, PREPARED_KAITI } from './font-sources.js';
import { fontkit, type FontkitFont, pdfkitFontkit } from './pdf-libs.js';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

export type { FontkitFont };

/**
 * pdfkit (under pdfmake) parses the font bytes again for every document it writes: table parsing and
 * glyph caches start from nothing each time, most of a short report's PDF time. Fonts do not change
 * once parsed, so pdfkit's create() returns the one parsed font per byte array.
 */
const parsed = new WeakMap<Uint8Array, FontkitFont>();

function parsedFont(buf: Uint8Array): FontkitFont {
  let font = parsed.get(buf);
  if (!font) {
    font = withTablesReadDirectly(withPlainLayout(fontkit.create(buf)), buf);
    parsed.set(buf, font);
  }
  return font;
}

pdfkitFontkit.create = (buf, postscriptName) =>
  postscriptName ? fontkit.create(buf, postscriptName) : parsedFont(buf);

/**
 * Chinese report text needs no shaping (no ligatures, no contextual forms, no kerning between Han
 * characters), and a CJK font's GSUB/GPOS tables take ~40 ms each to parse. pdfkit is given a layout
 * that maps characters to glyphs with their advance widths: the same widths jixiao's line breaker uses.
 */
function withPlainLayout(font: FontkitFont): FontkitFont {
  if (typeof (font as Partial<FontkitFont>).glyphForCodePoint !== 'function') return font;
  const layout = (text: string) => {
    const glyphs: { advanceWidth: number }[] = [];
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = [];
    for (const ch of text) {
      const g = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      glyphs.push(g);
      positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
  Object.assign(font, { layout });
  return font;
}

/**
 * Two tables are read here rather than by fontkit's generic decoder (interpreted in a short run):
 *  - 'post': pdfkit reads two fields (isFixedPitch, italicAngle), but fontkit decodes the whole table,
 *    and a version 2 table names every glyph: ~70 ms for the 楷体 substitute's 30,000 names (most
 *    TrueType fonts on Windows have one). The font gets the table's fixed 32-byte header only.
 *  - 'loca': where each glyph's outline starts, one number per glyph (~25 ms for the four bundled fonts).
 * fontkit keeps decoded tables in _tables (its table properties cannot be redefined).
 */
function withTablesReadDirectly(font: FontkitFont, buf: Uint8Array): FontkitFont {
  const { directory, _tables: tables } = font as {
    directory?: { tables?: Record<string, { offset: number; length: number }> };
    _tables?: Record<string, unknown>;
  };
  if (!directory?.tables || !tables) return font;
  const table = (tag: string, minLength: number) => {
    const entry = directory.tables?.[tag];
    return entry && entry.length >= minLength
      ? new DataView(buf.buffer, buf.byteOffset + entry.offset, entry.length)
      : undefined;
  };
  const post = table('post', 32);
  if (post) {
    tables.post = {
      version: post.getInt32(0) / 65536,
      italicAngle: post.getInt32(4) / 65536,
      underlinePosition: post.getInt16(8),
      underlineThickness: post.getInt16(10),
      isFixedPitch: post.getUint32(12),
      minMemType42: post.getUint32(16),
      maxMemType42: post.getUint32(20),
      minMemType1: post.getUint32(24),
      maxMemType1: post.getUint32(28),
    };
  }
  const head = table('head', 54);
  const loca = table('loca', 0);
  if (head && loca) {
    // indexToLocFormat 0: 16-bit offsets in units of two bytes; 1: 32-bit offsets in bytes.
    const long = head.getInt16(50) === 1;
    const offsets = new Uint32Array(Math.floor(loca.byteLength / (long ? 4 : 2)));
    for (let i = 0; i < offsets.length; i++)
      offsets[i] = long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2;
    tables.loca = { version: long ? 1 : 0, offsets };
  }
  return font;
}

/** Writes the prepared TrueType copy of the bundled 楷体 substitute (called by npm run build). */
export function prepareBundledFonts(): string {
  mkdirSync(dirname(PREPARED_KAITI), { recursive: true });
  writeFileSync(PREPARED_KAITI, woffToSfnt(readFileSync(require.resolve(BUNDLED.kaiti))));
  return PREPARED_KAITI;
}

export interface LoadedFont {
  /** Key in pdfmake's virtual file system and its font family name. */
  family: string;
  bytes: Uint8Array;
  font: FontkitFont;
  file: string;
}

const byFile = new Map<string, LoadedFont>();

function load(file: string): LoadedFont {
  let hit = byFile.get(file);
  if (!hit) {
    let bytes: Uint8Array;
    try {
      bytes = woffToSfnt(fontBytes(file));
    } catch {
      throw new UserError({ zh: '无法读取字体文件', en: 'Cannot read the font file' }, { file });
    }
    let font: FontkitFont;
    try {
      font = parsedFont(bytes);
    } catch {
      throw new UserError(
        { zh: '不是可用的字体文件（需 TTF、OTF 或 WOFF）', en: 'Not a usable font file (TTF, OTF or WOFF)' },
        { file },
      );
    }
    if (typeof (font as Partial<FontkitFont>).hasGlyphForCodePoint !== 'function') {
      throw new UserError(
        {
          zh: '这是字体集合（.ttc），暂不支持；请使用单个字体文件（.ttf、.otf 或 .woff）',
          en: 'This is a font collection (.ttc), not supported yet; use a single font file (.ttf, .otf or .woff)',
        },
        { file },
      );
    }
    hit = { family: `F${byFile.size + 1}`, bytes, font, file };
    byFile.set(file, hit);
  }
  return hit;
}

export interface FontSet {
  roles: Record<FontRole, LoadedFont>;
  fallback: LoadedFont;
}

/** Resolves each role to a loaded font: the user's file where given, else the bundled open font. Loaded once per process. */
export function fontSet(files: FontFiles = {}): FontSet {
  const roles = {} as Record<FontRole, LoadedFont>;
  let fallback: LoadedFont | undefined;
  for (const [role, file] of fontFileList(files)) {
    if (role === 'fallback') fallback = load(file);
    else roles[role] = load(file);
  }
  return { roles, fallback: fallback as LoadedFont };
}

/** Height of one line of this font at size 1, as pdfkit computes it (ascent − descent, in em). */
export function emHeight(f: FontkitFont): number {
  return (f.ascent - f.descent) / f.unitsPerEm;
}

const widthCache = new WeakMap<FontkitFont, Map<number, number>>();

/** Advance width of a character in em; 1 when the font lacks it (the fallback is a CJK font). */
export function advanceEm(f: FontkitFont, cp: number): number {
  let cache = widthCache.get(f);
  if (!cache) {
    cache = new Map();
    widthCache.set(f, cache);
  }
  let w = cache.get(cp);
  if (w === undefined) {
    w = f.hasGlyphForCodePoint(cp) ? f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm : 1;
    cache.set(cp, w);
  }
  return w;
}
