/** A stated count against the 、-separated list before it (a list ending in 等 is not exhaustive). */
import type { Relation } from '../../check/types.js';
import { type DraftFigure } from '../figures.js';

const CLAUSE_START = /[，。；：:！？,;（(“]/;
/** A verb in the last item of a list before a count: the list is the subject, not the items counted. */
const ACTED = /了$|同步|分别|共同|联合/;

/** A、B、C…8个行业领域: a count against the 、-separated list right before it (not counted if it ends in 等). */
export function enumerations(figs: DraftFigure[], out: Relation[]): void {
  for (const f of figs) {
    if (f.unit.kind !== 'count' || f.approx) continue;
    if (listAfter(f, out)) continue;
    const text = f.para.text;
    // Back to the start of the clause, over bracketed notes: 11个县（市、区）中已有10个.
    let i = f.start;
    let depth = 0;
    while (i > 0) {
      const ch = text[i - 1] as string;
      if (ch === '）' || ch === ')') depth++;
      else if ((ch === '（' || ch === '(') && depth > 0) depth--;
      else if (depth === 0 && CLAUSE_START.test(ch)) break;
      i--;
    }
    // A bracketed note is part of its item, never a list of its own.
    let clause = text
      .slice(i, f.start)
      .replace(/[（(][^（()）]*[）)]/g, '')
      .trimEnd();
    // A list is counted only when the counted noun follows the number (8个行业领域), and modifiers
    // joined by 、 before a 的 (重点关注、社会影响面广的17个项目) are not a list.
    if (!/^[\s]*[\u4e00-\u9fff]/.test(text.slice(f.end, f.end + 2)) || /的$/.test(clause)) continue;
    // A、B分别为936个和91个: a list mapped onto values one by one, not counted.
    if (/分别(?:为|是)?$/.test(clause)) continue;
    const exhaustive = !/等$/.test(clause);
    clause = clause.replace(/(等|共|共计|合计)$/, '').trimEnd();
    if (!clause.includes('、')) continue;
    const items = clause.split('、').map((s) => s.trim());
    // 从方案设计、现场核查、廉洁纪律等方面对5家机构: a list closed by 等 and a noun names something else.
    if (/等/.test(items[items.length - 1] ?? '')) continue;
    // 市人社局、市医保局同步编制了6项基金: the list is who acted, the count what they acted on.
    if (ACTED.test(items[items.length - 1] ?? '')) continue;
    if (items.length < 2 || items.some((s) => s.length === 0 || s.length > 20 || /\d/.test(s))) continue;
    // "A、B和C": the last 和/及 may join two items, or be inside one (资金使用和管理): either reading
    // that agrees with the count is accepted.
    const last = items[items.length - 1] as string;
    const tail = last.split(/以及|和|及/).filter(Boolean);
    const split = tail.length === 2 ? [...items.slice(0, -1), ...tail] : items;
    const n = f.num;
    const chosen = split.length === n ? split : items;
    out.push({ kind: 'count', count: f, items: chosen, exhaustive, certainty: 'inferred' });
  }
}

/** 14个二级预算单位分别为：A、B、C…: a count, its noun, then the list it counts, up to the end of the clause. */
const LIST_AFTER = /^[\u4e00-\u9fff]{1,10}?(?:分别为|分别是|包括|即)[：:]?/;

function listAfter(f: DraftFigure, out: Relation[]): boolean {
  const text = f.para.text;
  const head = LIST_AFTER.exec(text.slice(f.end, f.end + 16));
  if (!head) return false;
  const from = f.end + head[0].length;
  const ends = [text.indexOf('。', from), text.indexOf('；', from)].filter((x) => x >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : text.length;
  const list = text
    .slice(from, end)
    .replace(/[（(][^（()）]*[）)]/g, '')
    .trim();
  if (!list.includes('、') || /\d/.test(list)) return false;
  const exhaustive = !/等[\u4e00-\u9fff]{0,4}$/.test(list);
  const items = list
    .replace(/等[\u4e00-\u9fff]{0,4}$/, '')
    .split('、')
    .map((s) => s.trim());
  if (items.length < 2 || items.some((s) => s.length === 0 || s.length > 20)) return false;
  out.push({ kind: 'count', count: f, items, exhaustive, certainty: 'inferred' });
  return true;
}
