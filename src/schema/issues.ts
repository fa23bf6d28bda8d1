import type { z } from 'zod';
import type { Bilingual } from '../i18n/index.js';
import type { Path } from '../load/source.js';

export interface ValidationIssue {
  path: Path;
  text: Bilingual;
}

/** "monitoring.figures.spent", "opening.basis[0].title". */
export function formatPath(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '（根）';
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否（true/false）',
  object: '对象（键值结构）',
  record: '键值结构（名称: 数据）',
  map: '键值结构',
  array: '列表',
  undefined: '空',
  null: '空值',
  nonoptional: '非空值',
};

function describeInput(input: unknown): Bilingual {
  if (input === undefined) return { zh: '缺失', en: 'missing' };
  if (input === null) return { zh: '空值', en: 'null' };
  if (Array.isArray(input)) return { zh: '列表', en: 'a list' };
  if (typeof input === 'object') {
    const t = (input as { text?: unknown }).text;
    if (typeof t === 'string' && input.constructor?.name === 'SourceNumber')
      return { zh: `数字 ${t}`, en: `the number ${t}` };
    return { zh: '对象', en: 'an object' };
  }
  if (typeof input === 'string') return { zh: `“${input}”`, en: `"${input}"` };
  if (typeof input === 'number') return { zh: `数字 ${input}`, en: `the number ${input}` };
  return { zh: String(input), en: String(input) };
}

type Issue = z.core.$ZodIssue;

/** Zod issues → bilingual messages with their data path. Union failures report the branch that got furthest. */
export function translateIssues(issues: readonly Issue[], prefix: Path = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const iss of issues) {
    const path = [...prefix, ...(iss.path as (string | number)[])];
    if (iss.code === 'invalid_union' && 'errors' in iss) {
      const branches = iss.errors as Issue[][];
      const best = pickBranch(branches);
      if (best) {
        out.push(...translateIssues(best, path));
        continue;
      }
    }
    if (iss.code === 'unrecognized_keys') {
      // Point at each unknown key itself: its line, its path.
      for (const key of iss.keys) {
        out.push({
          path: [...path, key],
          text: {
            zh: `无法识别的字段“${key}”（请检查拼写）`,
            en: `unrecognized field "${key}" (check the spelling)`,
          },
        });
      }
      continue;
    }
    out.push({ path, text: translateOne(iss) });
  }
  return out;
}

/** The branch whose first problem is not "wrong type at the root": that is the shape the user meant. */
function pickBranch(branches: Issue[][]): Issue[] | undefined {
  const meant = branches.filter(
    (b) => !(b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0),
  );
  return meant.length === 1 ? meant[0] : undefined;
}

function translateOne(iss: Issue): Bilingual {
  const input = (iss as { input?: unknown }).input;
  const got = describeInput(input);
  switch (iss.code) {
    case 'invalid_type': {
      if (input === undefined) return { zh: '缺少必填项', en: 'required field is missing' };
      const exp = String(iss.expected);
      return {
        zh: `应为${TYPE_ZH[exp] ?? exp}，实际为${got.zh}`,
        en: `expected ${exp}, got ${got.en}`,
      };
    }
    case 'invalid_value':
      return {
        zh: `应为 ${iss.values.map((v) => `“${String(v)}”`).join('、')} 之一，实际为${got.zh}`,
        en: `expected one of ${iss.values.map((v) => `"${String(v)}"`).join(', ')}, got ${got.en}`,
      };
    case 'too_small':
      return iss.origin === 'string'
        ? { zh: '不能为空', en: 'must not be empty' }
        : { zh: `至少应有 ${String(iss.minimum)} 项`, en: `needs at least ${String(iss.minimum)}` };
    case 'too_big':
      return {
        zh: `不能超过 ${String(iss.maximum)}`,
        en: `must be at most ${String(iss.maximum)}`,
      };
    case 'invalid_format':
      return { zh: iss.message ?? '格式不正确', en: `invalid format (${iss.format})` };
    case 'invalid_key':
      return {
        zh: `字段名不合法：${iss.issues.map((i) => i.message).join('；')}`,
        en: 'invalid key',
      };
    case 'invalid_union':
      if (input === undefined) return { zh: '缺少必填项', en: 'required field is missing' };
      return { zh: `取值类型不正确，实际为${got.zh}`, en: `wrong kind of value: ${got.en}` };
    case 'custom': {
      const en = (iss.params as { en?: string } | undefined)?.en ?? iss.message;
      return { zh: iss.message, en };
    }
    default:
      return { zh: iss.message, en: iss.message };
  }
}
