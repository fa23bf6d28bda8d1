import { UserError } from '../errors.js';
import { type Loaded, type Path, positionFields } from '../load/source.js';
import { checkNarrative, findFigure, type NarrativeContext } from '../render/narrative.js';
import { formatPath, translateIssues, type ValidationIssue } from '../schema/issues.js';
import {
  type ReportInput,
  reportSchema,
  SECTION_KEYS,
  type SectionInput,
  type SectionKey,
  STAGES,
} from '../schema/report.js';
import { buildModel } from './build.js';
import type { ReportModel } from './types.js';

/** Names every narrative may use besides figures. */
export const NARRATIVE_EXTRAS = ['basis', 'year', 'region', 'issuer'] as const;

/**
 * Schema, figure registry and narrative references, in one pass that reports every problem
 * at once (each with its data path and line) as one UserError; returns the model when clean.
 */
export function validate(loaded: Loaded): ReportModel {
  const parsed = reportSchema.safeParse(loaded.data, { reportInput: true });
  if (!parsed.success) throw issuesError(translateIssues(parsed.error.issues), loaded);
  const input = parsed.data as ReportInput;
  const model = buildModel(input, loaded);
  const issues = [...model.issues, ...narrativeIssues(model)];
  if (issues.length > 0) throw issuesError(issues, loaded);
  return model;
}

function narrativeIssues(model: ReportModel): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const extras = Object.fromEntries(NARRATIVE_EXTRAS.map((k) => [k, '']));
  const hasBasis = (model.input.opening?.basis ?? []).length > 0;
  const scan = (text: string | undefined, path: Path, section?: SectionKey) => {
    if (!text) return;
    if (!hasBasis && text.includes('{basis}')) {
      out.push({
        path,
        text: {
          zh: '引用了 {basis}，但 opening.basis 中没有列出依据文件',
          en: '{basis} is used but opening.basis lists no documents',
        },
      });
    }
    const ctx: NarrativeContext = { model, section, extras };
    for (const t of checkNarrative(text, ctx)) out.push({ path, text: t });
  };
  const input = model.input;
  input.opening?.paragraphs?.forEach((p, i) => {
    scan(typeof p === 'string' ? p : p.text, ['opening', 'paragraphs', i]);
  });
  const walk = (key: SectionKey, s: SectionInput, path: Path) => {
    // Headings go four levels deep (一、（一）1.（1）): stages start at the second, closing parts at the first.
    const nesting = path.filter((x) => x === 'subsections').length;
    const limit = (STAGES as readonly string[]).includes(key) ? 2 : 3;
    if (nesting > limit) {
      out.push({
        path,
        text: {
          zh: `小节嵌套过深：标题最多四级（一、（一）1.（1）），此处已是第 ${nesting + (limit === 2 ? 2 : 1)} 级`,
          en: 'subsections nested too deep: headings have four levels',
        },
      });
      return;
    }
    if (path.length > 1 && !s.title) {
      out.push({ path, text: { zh: '子节须有标题（title）', en: 'a subsection needs a title' } });
    }
    scan(s.title, [...path, 'title'], key);
    s.paragraphs?.forEach((p, i) => {
      scan(typeof p === 'string' ? p : p.text, [...path, 'paragraphs', i], key);
    });
    s.tables?.forEach((t, i) => {
      t.rows.forEach((ref, j) => {
        if (!findFigure({ model, section: key }, ref)) {
          out.push({
            path: [...path, 'tables', i, 'rows', j],
            text: {
              zh: `表格引用了不存在的数据“${ref}”`,
              en: `the table refers to an unknown figure "${ref}"`,
            },
          });
        }
      });
    });
    s.points?.forEach((p, i) => {
      scan(p.title, [...path, 'points', i, 'title'], key);
      scan(p.text, [...path, 'points', i, 'text'], key);
    });
    s.subsections?.forEach((sub, i) => {
      walk(key, sub, [...path, 'subsections', i]);
    });
  };
  for (const key of SECTION_KEYS) {
    const s = input[key];
    if (s) walk(key, s, [key]);
  }
  return out;
}

function issuesError(issues: ValidationIssue[], loaded: Loaded): UserError {
  const details = issues.map((i) => {
    const pos = loaded.locate(i.path);
    return {
      text: i.text,
      where: {
        file: loaded.file,
        ...positionFields(pos),
        path: formatPath(i.path),
      },
    };
  });
  details.sort(
    (a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0),
  );
  const n = issues.length;
  return new UserError(
    {
      zh: `数据校验未通过，共 ${n} 处问题：`,
      en: `Validation failed with ${n} problem${n === 1 ? '' : 's'}:`,
    },
    { file: loaded.file },
    details,
  );
}
