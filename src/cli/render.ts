import { basename, extname, join } from 'node:path';
import { evaluate, sortFindings } from '../check/engine.js';
import { UserError } from '../errors.js';
import { writeFilesAtomic } from '../io/atomic.js';
import { loadDataFile } from '../load/index.js';
import { validate } from '../model/validate.js';
import { documentMeta, renderTree } from '../render/pipeline.js';
import type { Settings } from '../config.js';
import type { Bilingual } from '../i18n/index.js';
import type { DisclosureLog } from '../disclose/index.js';
import { toMarkdown } from '../render/markdown.js';
import { WRITERS, type WriterContext } from '../render/writers.js';
import type { FileResult } from './report-findings.js';

export interface RenderCommandOptions {
  formats?: string[];
  out: string;
  template?: string;
  force: boolean;
  settings?: Settings;
  /** The public-disclosure version (公开版) and its log. */
  public?: boolean;
}

export interface RenderOutcome {
  result: FileResult;
  written: string[];
  blocked: boolean;
  /** Why a public version was refused (personal information left in it). */
  refusal?: UserError;
  warnings?: Bilingual[];
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
  for (const format of formats) WRITERS[format]?.prepare?.({ fontFiles: opts.settings?.fontFiles });
  const model = validate(await loadDataFile(file));
  const findings = sortFindings(evaluate(model.relations));
  const result: FileResult = { file, kind: 'data', findings, figures: [...model.figures.values()] };
  const stem = basename(file, extname(file));
  let log: DisclosureLog | undefined;
  if (opts.public) {
    const disclose = await import('../disclose/index.js');
    try {
      disclose.assertPublishable(model, file);
    } catch (e) {
      if (e instanceof UserError) return { result, written: [], blocked: true, refusal: e };
      throw e;
    }
    log = { file, removed: disclose.removals(model), pii: [], findings: disclose.disclosureGaps(model) };
    findings.push(...log.findings);
  }
  if (findings.some((f) => f.severity === 'error') && !opts.force)
    return { result, written: [], blocked: true };
  const tree = renderTree(model, { template: opts.template, publicOnly: opts.public });
  const outputs: { path: string; data: string | Uint8Array }[] = [];
  const suffix = opts.public ? '.public' : '';
  const warnings: Bilingual[] = [];
  const ctx: WriterContext = {
    warn: (m: Bilingual) => warnings.push(m),
    meta: documentMeta(model),
    fonts: opts.settings?.fontNames,
    fontFiles: opts.settings?.fontFiles,
  };
  if (log) {
    const disclose = await import('../disclose/index.js');
    // Personal information is looked for in everything that remains, as published.
    ctx.markdown = toMarkdown(tree);
    log.pii = disclose.resolvePii(ctx.markdown, model);
    const blocked = log.pii.filter((h) => h.resolution === 'blocked');
    if (blocked.length > 0)
      return { result, written: [], blocked: true, refusal: disclose.piiError(blocked, file) };
    outputs.push(
      { path: join(opts.out, `${stem}.disclosure.md`), data: disclose.logMarkdown(log) },
      { path: join(opts.out, `${stem}.disclosure.json`), data: disclose.logJson(log) },
    );
  }
  for (const format of formats) {
    const writer = WRITERS[format];
    if (!writer) continue;
    outputs.unshift({
      path: join(opts.out, `${stem}${suffix}.${writer.extension}`),
      data: await writer.write(tree, ctx),
    });
  }
  await writeFilesAtomic(outputs);
  return { result, written: outputs.map((o) => o.path).sort(), blocked: false, warnings };
}
