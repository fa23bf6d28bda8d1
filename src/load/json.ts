import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { UserError } from '../errors.js';
import { LineIndex, type Loaded, makeLocator, type Path, pathKey, SourceNumber } from './source.js';

const JSON_ERRORS_ZH: Record<string, string> = {
  InvalidSymbol: '非法字符',
  InvalidNumberFormat: '数字格式不正确',
  PropertyNameExpected: '此处应为用双引号括起的键名',
  ValueExpected: '此处应为一个值',
  ColonExpected: '键名后应为冒号',
  CommaExpected: '此处应为逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件应在此处结束',
  InvalidCommentToken: 'JSON 中不能有注释',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束（缺少右引号）',
  UnexpectedEndOfNumber: '数字不完整',
  InvalidUnicode: 'Unicode 转义不正确',
  InvalidEscapeCharacter: '转义字符不正确',
  InvalidCharacter: '字符串中有非法字符',
};

/** Parses strict JSON keeping every number's source text ("7.50") and every node's position. */
export function loadJson(text: string, file: string): Loaded {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const index = new LineIndex(text);
  const err = errors[0];
  if (err || !root) {
    const code = err ? printParseErrorCode(err.error) : 'ValueExpected';
    const pos = index.at(err?.offset ?? 0);
    throw new UserError(
      { zh: `JSON 语法错误：${JSON_ERRORS_ZH[code] ?? code}`, en: `JSON syntax error: ${code}` },
      { file, line: pos.line, column: pos.column },
    );
  }
  const offsets = new Map<string, number>();
  const toPlain = (n: Node, path: Path): unknown => {
    offsets.set(pathKey(path), n.offset);
    switch (n.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const prop of n.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          offsets.set(pathKey([...path, key]), k.offset);
          out[key] = toPlain(v, [...path, key]);
          offsets.set(pathKey([...path, key]), k.offset);
        }
        return out;
      }
      case 'array':
        return (n.children ?? []).map((c, i) => toPlain(c, [...path, i]));
      case 'number':
        return new SourceNumber(text.slice(n.offset, n.offset + n.length));
      default:
        return n.value;
    }
  };
  return { file, data: toPlain(root, []), locate: makeLocator(offsets, index) };
}
