import { isAlias, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { foldCjk } from './cjk-fold.js';
import { LineIndex, type Loaded, makeLocator, type Path, pathKey, SourceNumber } from './source.js';

const YAML_ERRORS_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  TAB_AS_INDENT: '不能用制表符缩进',
  DUPLICATE_KEY: '键名重复',
  MISSING_CHAR: '缺少字符（引号或括号未闭合）',
  BLOCK_AS_IMPLICIT_KEY: '键名后缺少冒号或缩进不正确',
  MULTILINE_IMPLICIT_KEY: '键名不能跨行',
  UNEXPECTED_TOKEN: '出现了意外的字符',
  BAD_DQ_ESCAPE: '双引号字符串中的转义不正确',
  BAD_SCALAR_START: '值的开头字符不合法（含冒号等特殊字符的值请加引号）',
  BLOCK_IN_FLOW: '流式集合中不能使用块结构',
  KEY_OVER_1024_CHARS: '键名过长',
  MULTIPLE_DOCS: '一个文件只能包含一个文档',
  BAD_ALIAS: '别名不正确',
  ALIAS_PROPS: '别名不能带标签或锚点',
  IMPOSSIBLE: '无法解析',
};

/** Parses YAML keeping every number's source text and every node's position. */
export function loadYaml(text: string, file: string): Loaded {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const index = new LineIndex(text);
  const err = doc.errors[0];
  if (err) {
    const pos = index.at(err.pos[0]);
    const zh = YAML_ERRORS_ZH[err.code] ?? '语法错误';
    const firstLine = (err.message.split('\n')[0] ?? err.message).slice(0, 120);
    throw new UserError(
      { zh: `YAML 语法错误：${zh}（${firstLine}）`, en: `YAML syntax error: ${firstLine}` },
      { file, line: pos.line, column: pos.column },
    );
  }
  const offsets = new Map<string, number>();
  // Aliases are expanded: a few nested ones can multiply a file a million times (an "alias bomb").
  let expansions = 0;
  const toPlain = (node: unknown, path: Path): unknown => {
    if (isAlias(node)) {
      if (++expansions > 1000) {
        throw new UserError(
          {
            zh: 'YAML 别名（*引用）展开过多，文件可能有误',
            en: 'Too many YAML alias expansions; the file is likely malformed',
          },
          { file },
        );
      }
      return toPlain(node.resolve(doc), path);
    }
    const n = node as Node | null;
    if (n?.range && !offsets.has(pathKey(path))) offsets.set(pathKey(path), n.range[0]);
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = [...path, key];
        if (isScalar(pair.key) && pair.key.range) offsets.set(pathKey(child), pair.key.range[0]);
        out[key] = toPlain(pair.value, child);
        const v = pair.value as Node | null;
        if (v?.range && !isScalar(pair.key)) offsets.set(pathKey(child), v.range[0]);
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((item, i) => toPlain(item, [...path, i]));
    if (isScalar(n)) {
      if (typeof n.value === 'number' || typeof n.value === 'bigint') {
        return new SourceNumber(n.source ?? String(n.value));
      }
      if (typeof n.value === 'string' && n.range && (n.type === 'BLOCK_FOLDED' || n.type === 'PLAIN')) {
        const raw = text.slice(n.range[0], n.range[1]);
        if (raw.includes('\n')) return foldCjk(raw, n.type === 'BLOCK_FOLDED') ?? n.value;
      }
      return n.value;
    }
    return n ?? null;
  };
  const data = toPlain(doc.contents, []);
  return { file, data, locate: makeLocator(offsets, index) };
}
