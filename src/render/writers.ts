import type { Root } from 'mdast';
import type { Bilingual } from '../i18n/index.js';
import type { DocumentMeta } from './docx/document.js';
import type { FontNames } from './layout.js';
import { toMarkdown } from './markdown.js';
import type { FontFiles } from './pdf/font-files.js';
import { readFontFiles } from './pdf/font-sources.js';

export interface WriterContext {
  meta: DocumentMeta;
  /** Font names written into the Word file (the PC that opens it supplies the fonts). */
  fonts?: Partial<FontNames>;
  /** Font files embedded in the PDF, by role. */
  fontFiles?: FontFiles;
  /** Where writers report what they could not do well; the CLI prints it. */
  warn?: (message: Bilingual) => void;
  /** The tree's Markdown when the caller has already serialized it (the public version's scan). */
  markdown?: string;
}

/** A writer turns the intermediate form into one output format; writers never know about readers. */
export interface Writer {
  format: string;
  extension: string;
  write(tree: Root, ctx: WriterContext): Promise<string | Uint8Array>;
  /** Starts, before the data is even loaded, slow work the writer will need (the PDF writer: reading fonts). */
  prepare?(ctx: Pick<WriterContext, 'fontFiles'>): void;
}

/** Formats jixiao can write, in the order they are written; each writer's libraries load on first use. */
export const WRITERS: Record<string, Writer> = {
  md: { format: 'md', extension: 'md', write: async (tree, ctx) => ctx.markdown ?? toMarkdown(tree) },
  docx: {
    format: 'docx',
    extension: 'docx',
    write: async (tree, ctx) =>
      (await import('./docx/document.js')).writeDocx(tree, ctx.meta, { fonts: ctx.fonts }),
  },
  pdf: {
    format: 'pdf',
    extension: 'pdf',
    prepare: (ctx) => void readFontFiles(ctx.fontFiles),
    write: async (tree, ctx) =>
      (await import('./pdf/document.js')).writePdf(tree, ctx.meta, {
        fontFiles: ctx.fontFiles,
        warn: ctx.warn,
      }),
  },
};
