import type { Root } from 'mdast';
import type { ReportModel } from '../model/types.js';
import { toMdast } from './markdown.js';
import { loadTemplate, resolveTemplateDir } from './template/engine.js';
import { buildView, type ViewOptions } from './view.js';

export interface RenderOptions extends ViewOptions {
  /** Template name or folder; defaults by audience (government / congress). */
  template?: string;
}

/** Validated model → view → Handlebars → Markdown text → mdast: the form every writer reads. */
export function renderTree(model: ReportModel, options: RenderOptions = {}): Root {
  const template = loadTemplate(resolveTemplateDir(options.template ?? model.input.meta.audience));
  const markdown = template(buildView(model, options));
  return toMdast(markdown);
}
