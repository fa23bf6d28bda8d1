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
