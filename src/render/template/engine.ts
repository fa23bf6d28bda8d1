import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../paths.js';
import type { ReportView } from '../view.js';
import { helpers } from './helpers.js';

/** The templates shipped with jixiao: templates/<name>/report.md.hbs, shared partials in templates/partials. */
export const BUILTIN_DIR = join(PACKAGE_ROOT, 'templates');
export const ENTRY = 'report.md.hbs';

export type CompiledTemplate = (view: ReportView) => string;

const cache = new Map<string, CompiledTemplate>();

export function builtinTemplates(): string[] {
  return readdirSync(BUILTIN_DIR).filter((n) => existsSync(join(BUILTIN_DIR, n, ENTRY)));
}

/** A template name (government, congress) or a folder of the user's own. */
export function resolveTemplateDir(nameOrDir: string): string {
  const builtin = join(BUILTIN_DIR, nameOrDir);
  if (/^[\w-]+$/.test(nameOrDir) && existsSync(join(builtin, ENTRY))) return builtin;
  const dir = resolve(nameOrDir);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    if (existsSync(join(dir, ENTRY))) return dir;
    throw new UserError(
      { zh: `模板文件夹中缺少 ${ENTRY}`, en: `The template folder has no ${ENTRY}` },
      { file: nameOrDir },
    );
  }
  const names = builtinTemplates().join('、');
  throw new UserError({
    zh: `未知的模板“${nameOrDir}”：内置模板有 ${names}，也可指定一个含 ${ENTRY} 的文件夹`,
    en: `Unknown template "${nameOrDir}": built-in templates are ${names}, or give a folder containing ${ENTRY}`,
  });
}

function readTemplateFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      { zh: `无法读取模板文件（${code}）`, en: `Cannot read the template file (${code})` },
      { file },
    );
  }
}

function readPartials(dir: string, into: Record<string, string>): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.hbs')) into[basename(f, '.hbs')] = readTemplateFile(join(dir, f));
  }
}

/**
 * Compiles a template folder once per process (strict: a missing field is an error; no HTML
 * escaping: the output is Markdown). Partials: the shared built-ins, then the folder's own.
 */
export function loadTemplate(dir: string): CompiledTemplate {
  const hit = cache.get(dir);
  if (hit) return hit;
  const env = Handlebars.create();
  env.registerHelper(helpers);
  const partials: Record<string, string> = {};
  readPartials(join(BUILTIN_DIR, 'partials'), partials);
  readPartials(join(dir, 'partials'), partials);
  const file = join(dir, ENTRY);
  const compileOpts = { strict: true, noEscape: true, preventIndent: true };
  for (const [name, src] of Object.entries(partials))
    env.registerPartial(name, env.compile(src, compileOpts));
  const main = env.compile(readTemplateFile(file), compileOpts);
  const run: CompiledTemplate = (view) => {
    try {
      return main(view, { allowProtoPropertiesByDefault: false });
    } catch (e) {
      throw new UserError(
        {
          zh: `模板出错：${(e as Error).message.replace(/ in \[object Object\]/, '')}`,
          en: `Template error: ${(e as Error).message.replace(/ in \[object Object\]/, '')}`,
        },
        { file },
      );
    }
  };
  cache.set(dir, run);
  return run;
}
