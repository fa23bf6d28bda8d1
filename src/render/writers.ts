import type { Root } from 'mdast';
import type { ReportModel } from '../model/types.js';
import { toMarkdown } from './markdown.js';

export interface WriterContext {
  model: ReportModel;
}

/** A writer turns the intermediate form into one output format; writers never know about readers. */
export interface Writer {
  format: string;
  extension: string;
  write(tree: Root, ctx: WriterContext): Promise<string | Uint8Array>;
}

const markdownWriter: Writer = {
  format: 'md',
  extension: 'md',
  async write(tree) {
    return toMarkdown(tree);
  },
};

/** Formats jixiao can write today. */
export const WRITERS: Record<string, Writer> = { md: markdownWriter };

/** Formats that are planned but not written yet: asking for them is a clear error, not a silent skip. */
export const PLANNED_FORMATS = ['docx', 'pdf'] as const;
