import type { Root } from 'mdast';
import type { ReportModel } from '../model/types.js';
import { UserError } from '../errors.js';
import { toMdast } from './markdown.js';
import { RefError } from './narrative.js';
import { loadTemplate, resolveTemplateDir } from './template/engine.js';
import type { DocumentMeta } from './docx/document.js';
import { buildView, defaultTitle, type ViewOptions } from './view.js';

export interface RenderOptions extends ViewOptions {
  /** Template name or folder; defaults by audience (government / congress). */
  template?: string;
}

/** Validated model → view → Handlebars → Markdown text → mdast: the form every writer reads. */
export function renderTree(model: ReportModel, options: RenderOptions = {}): Root {
  const template = loadTemplate(resolveTemplateDir(options.template ?? model.input.meta.audience));
  let view: ReturnType<typeof buildView>;
  try {
    view = buildView(model, options);
  } catch (e) {
    // A reference the validation let through only the public version refuses: an internal figure.
    if (e instanceof RefError) throw new UserError(e.text);
    throw e;
  }
  return toMdast(template(view));
}

/** Document properties every writer stamps: title, author (the issuing body), subject, date. */
export function documentMeta(model: ReportModel): DocumentMeta {
  const m = model.input.meta;
  return {
    title: m.title ?? defaultTitle(m),
    author: m.issuer,
    subject: `${m.region}${m.year}年度预算绩效管理工作情况${m.kind}`,
    keywords: '预算绩效管理',
    date: m.date,
  };
}
