import { DEFAULT_FONTS, type FontNames, type FontRole } from '../layout.js';

/** The four font slots of a Word run: Chinese in eastAsia, digits and Latin in ascii/hAnsi/cs. */
export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}

export function runFonts(fonts: FontNames, role: FontRole): RunFonts {
  const latin = fonts.latin;
  return { ascii: latin, hAnsi: latin, eastAsia: fonts[role], cs: latin };
}

export function resolveFonts(overrides: Partial<FontNames> = {}): FontNames {
  return { ...DEFAULT_FONTS, ...overrides };
}
