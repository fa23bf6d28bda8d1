import { basename, extname, join } from 'node:path';
import { evaluate, sortFindings } from '../check/engine.js';
import { UserError } from '../errors.js';
import { writeFilesAtomic } from '../io/atomic.js';
import { loadDataFile } from '../load/index.js';
import { validate } from '../model/validate.js';
import { documentMeta, renderTree } from '../render/pipeline.js';
import type { Settings } from '../config.js';
import { WRITERS } from '../render/writers.js';
import type { FileResult } from './report-findings.js';

export interface RenderCommandOptions {
  formats?: string[];
  out: string;
  template?: string;
  force: boolean;
  settings?: Settings;
}

export interface RenderOutcome {
  result: FileResult;
  written: string[];
  blocked: boolean;
}

export function parseFormats(list: string | undefined): string[] {
  if (!list) return Object.keys(WRITERS);
  const formats = [
    ...new Set(
      list
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map((f) => f.toLowerCase()),
    ),
  ];
  for (const f of formats) {
    if (WRITERS[f]) continue;
    throw new UserError({
      zh: `未知的输出格式“${f}”，可用：${Object.keys(WRITERS).join('、')}`,
      en: `Unknown output format "${f}"; available: ${Object.keys(WRITERS).join(', ')}`,
    });
  }
  return formats;
}

/**
 * Loads, validates and checks the data; error-level findings stop the render unless forced.
 * Every output is produced in memory first and then written atomically, all or nothing.
 */
export async function renderCommand(file: string, opts: RenderCommandOptions): Promise<RenderOutcome> {
  const formats = opts.formats ?? Object.keys(WRITERS);
  const model = validate(await loadDataFile(file));
  const findings = sortFindings(evaluate(model.relations));
  const result: FileResult = { file, kind: 'data', findings, figures: [...model.figures.values()] };
  if (findings.some((f) => f.severity === 'error') && !opts.force)
    return { result, written: [], blocked: true };
  const tree = renderTree(model, { template: opts.template });
  const ctx = {
    meta: documentMeta(model),
    fonts: opts.settings?.fontNames,
    fontFiles: opts.settings?.fontFiles,
  };
  const stem = basename(file, extname(file));
  const outputs = [];
  for (const format of formats) {
    const writer = WRITERS[format];
    if (!writer) continue;
    outputs.push({
      path: join(opts.out, `${stem}.${writer.extension}`),
      data: await writer.write(tree, ctx),
    });
  }
  await writeFilesAtomic(outputs);
  return { result, written: outputs.map((o) => o.path), blocked: false };
}
