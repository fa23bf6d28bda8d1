/** The same label stated with different values: in one paragraph or across sections, within one period and scope. */
import type { Relation } from '../../check/types.js';
import { intervalOf } from '../../figures/figure.js';
import { type DraftFigure, sentenceSpan } from '../figures.js';
import { labelKey } from '../labels.js';
import type { DraftParagraph } from '../text.js';
import { activityBefore, activityKeys, levelOf } from './activities.js';
import { CHANGE } from './rates.js';

const YEARS = /(19|20)\d\d年/g;
const GENERIC = new Set([
  '涉及金额',
  '涉及资金',
  '金额',
  '资金',
  '项目',
  '部门',
  '单位',
  '财政资金',
  '项目资金',
  '预算单位',
  // Money every programme has: the programme, not the words, tells one from another.
  '安排资金',
  '下达资金',
  '预算资金',
]);

/** Periods that make two statements of one label different quantities: another year, last year, a total to date, part of a year. */
const PERIOD =
  /(?:19|20)\d\d年度?|上年|去年|上一年度?|同期|累计|以来|历年|新增|[上下]半年|[一二三四1-4]季度|第[一二三四五1-5][轮批次]|首[轮批]|本[轮批]|\d{1,2}\s?[-—~－至]\s?\d{1,2}\s?月|\d{1,2}\s?月(?:底|末|份)?/g;
/** Between two statements in one paragraph: a turn to other items (另有, 其余, 二是, （2）, ：, ；). */
const OTHER_ITEMS =
  /另|此外|其余|剩余|其他|其它|分别|其中|一是|二是|三是|四是|五是|六是|其一|其二|例如|比如|[①-⑳]|[（(][一二三四五六七八九十\d]+[）)]|(?:^|[^\d.])\d+[.．、](?!\d)|[：；:;]/;
/** Verbs before a counted noun that do not change what is counted: 编制了664个项目绩效目标. */
const NEUTRAL_VERB = /(?:编制|设定|设置|制定|形成|共有|有|涉及|包括)$/;
const CLAUSE_MARKS = new Set([...'，。；：,;:（(！？']);
const SUBJECT = /^(?:全县|全市|全区|全州|全省|全国|本级|市级|县级|各级|全年|今年|当年|年内|本年)?$/;

/**
 * For a count whose noun follows the number, the verb before it (审核120个项目绩效目标, 对30个项目):
 * a count of what was reviewed or selected is not a count of all. Empty when nothing changes what is
 * counted (编制了664个项目绩效目标, 全县58个县直部门).
 */
function contextOf(f: DraftFigure): string {
  if (!f.forward) return '';
  const text = f.para.text;
  let i = f.start;
  while (i > 0 && !CLAUSE_MARKS.has(text[i - 1] as string) && f.start - i < 20) i--;
  let prefix = text
    .slice(i, f.start)
    .replace(/^.*\d/, '')
    .replace(/^[年月日个项家份条次]/, '')
    .replace(/\s/g, '');
  prefix = prefix.replace(/(?:共计|合计|总计|共|计|达到?|为|了|全部|均)+$/, '');
  if (NEUTRAL_VERB.test(prefix)) return '';
  prefix = prefix.slice(-4);
  return SUBJECT.test(prefix) ? '' : prefix;
}

/** A window of months (1-6月). */
const WINDOW = /^\d{1,2}[-—~－至]\d{1,2}月$/;

const periodCache = new WeakMap<DraftFigure, string>();

/**
 * The years of a figure's sentence and the periods named before it in the sentence. A sentence that
 * names no year speaks of the year reported on (通过事前评估，全年对18个项目核减资金… in a 2024 report).
 */
export function periodOf(f: DraftFigure, reportYear: string | undefined): string {
  let y = periodCache.get(f);
  if (y === undefined) {
    const [s, e] = sentenceSpan(f.para, f.sentence);
    let years = f.para.text.slice(s, e).match(YEARS) ?? [];
    if (years.length === 0 && reportYear) years = [reportYear];
    let before = (f.para.text.slice(s, f.start).match(PERIOD) ?? []).map((p) => p.replace(/\s/g, ''));
    // 分别以1-6月、1-9月为时段…开展两轮监控，纳入监控项目1362个: several windows named together are the
    // rounds of one activity, not the period of the figure.
    if (before.filter((p) => WINDOW.test(p)).length >= 2) before = before.filter((p) => !WINDOW.test(p));
    y = [...new Set([...years, ...before])].sort().join(',');
    periodCache.set(f, y);
  }
  return y;
}

/** The year a draft reports on, from its title (关于××区2024年度预算绩效管理工作情况的报告). */
export function reportYearOf(paragraphs: DraftParagraph[]): string | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    const m = /((?:19|20)\d\d)\s?年度?[^，。；]{0,30}(?:报告|说明|情况)/.exec(p.text);
    if (m) return `${m[1]}年`;
  }
  return undefined;
}

/**
 * What a sentence opening with 对… deals with (对执行进度滞后的项目发出预警函… against 对重点评价发现的问题，
 * 督促整改…): the first words after 对. Statements about different objects are different activities,
 * even in the same words.
 */
function scopeOf(f: DraftFigure): string | undefined {
  const [s] = sentenceSpan(f.para, f.sentence);
  const m = /^(?:全年|同时|此外|另外|通过)?[，,]?对([\u4e00-\u9fff]{4})/.exec(f.para.text.slice(s, f.start));
  return m?.[1];
}

/** Words that open an example: the figures after them are of one case. */
const INSTANCE =
  /例如|比如|譬如|典型案例|具体项目|以[^，。；]{1,24}为例|[局委办厅院]申报的|某[^，。；]{0,16}(?:项目|政策|单位)/;

/** Whether a figure's sentence, up to it, gives an example (从典型案例看，市城管局申报的…项目，…审减资金1,140万元). */
function isInstance(f: DraftFigure): boolean {
  const [s] = sentenceSpan(f.para, f.sentence);
  return INSTANCE.test(f.para.text.slice(s, f.start));
}

/**
 * Two statements of one label that can be the same quantity: other paragraphs, or, within a paragraph,
 * the very same label in another sentence with no turn to other items between them.
 */
export function restates(a: DraftFigure, b: DraftFigure, year: string | undefined): boolean {
  const [sa, sb] = [scopeOf(a), scopeOf(b)];
  if (sa && sb && sa !== sb) return false;
  // 通过事前评估核减资金… and 通过重点评价核减资金…: the same words about two activities.
  const [aa, ab] = [activityBefore(a), activityBefore(b)];
  if (aa && ab && aa !== ab) return false;
  // 例如，某项目核减资金1,260万元: an instance, not the total stated elsewhere.
  if (isInstance(a) || isInstance(b)) return false;
  // 县本级…612个 and 12个乡镇…171个: two levels of government, two quantities.
  const [la, lb] = [levelOf(a), levelOf(b)];
  if (la && lb && la !== lb) return false;
  // 支出进度 of 直达资金 and of 专项债券: a bare rate word names no one quantity across paragraphs.
  if (a.para !== b.para && a.unit.kind === 'percent' && labelKey(a.label ?? '').length <= 4) return false;
  if (a.para === b.para) {
    if (a.sentence === b.sentence || a.label !== b.label) return false;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    if (OTHER_ITEMS.test(a.para.text.slice(x.end, y.start))) return false;
  }
  return periodOf(a, year) === periodOf(b, year);
}

/**
 * The set of things a generic amount (涉及资金) belongs to, when it comes right after their count
 * (重点评价项目15个，涉及资金9.64亿元; 15个重点评价项目（涉及资金9.46亿元）): the count's label and value.
 */
function setOf(f: DraftFigure, count: DraftFigure | undefined): string | undefined {
  if (!count || !f.label || !GENERIC.has(labelKey(f.label)) || f.unit.kind === 'count') return undefined;
  if (count.para !== f.para || count.sentence !== f.sentence || count.unit.kind !== 'count') return undefined;
  if (!count.label || count.approx || isChangeLabel(count.label)) return undefined;
  const key = labelKey(count.label);
  if (key.length < 3 || GENERIC.has(key)) return undefined;
  let gap = f.para.text.slice(count.end, f.start).replace(/\s/g, '');
  if (count.forward) {
    if (!gap.startsWith(count.label)) return undefined;
    gap = gap.slice(count.label.length);
  }
  if (!/^[，,（(](?:共)?(?:涉及)?(?:资金|金额)(?:总?额)?(?:共计|合计|总计|共|计|为|达到?)?$/.test(gap))
    return undefined;
  return `${key}=${count.num}`;
}

const isChangeLabel = (label: string) => CHANGE.test(label);

/**
 * The same thing stated twice with different values: the same specific label, the same kind of unit,
 * the same period, neither a part of a breakdown nor the subject of a predicate (30个得分在90分以上).
 * A label seen with three or more different values names a kind of thing (各类专项预算), not one
 * quantity, and is left alone. Inferred: a warning.
 */
export function conflicts(
  figs: DraftFigure[],
  parts: Set<DraftFigure>,
  year: string | undefined,
  out: Relation[],
): void {
  const groups = new Map<string, DraftFigure[]>();
  const add = (k: string, f: DraftFigure) => {
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  };
  const sets = activityKeys(figs);
  figs.forEach((f, i) => {
    if (parts.has(f)) return;
    // The set an activity was applied to, however worded (对46个项目开展事前评估 / 事前评估项目46个).
    const set = sets.get(f);
    if (set) add(set.key, f);
    if (!f.label || f.approx || f.predicated) return;
    const amountOf = setOf(f, figs[i - 1]);
    let key = labelKey(f.label);
    if (amountOf) key = `${key}@${amountOf}`;
    if (key.length < 3 || GENERIC.has(key) || CHANGE.test(key) || /上年|去年|同期|下一?年/.test(key)) return;
    // 占项目支出的60.69% names the base, not the share: shares of one base are different quantities.
    if (f.unit.kind === 'percent' && /^占/.test(key)) return;
    add(`${f.unit.kind}|${key}`, f);
  });
  const seen = new Set<object>();
  for (const [k, byLabel] of groups) {
    if (byLabel.length < 2) continue;
    // The verb before a counted noun is part of what is counted (审核120个项目绩效目标), and so is
    // the period (1-6月 against the whole year); an activity's set is named by the activity.
    const byContext = new Map<string, DraftFigure[]>();
    for (const f of byLabel) {
      const c = `${k.startsWith('act:') ? '' : contextOf(f)}|${periodOf(f, year)}`;
      const list = byContext.get(c) ?? [];
      list.push(f);
      byContext.set(c, list);
    }
    for (const list of byContext.values()) {
      const found = conflictIn(list, year);
      if (found && k.startsWith('act:')) found.subject = sets.get(found.b as DraftFigure)?.subject;
      // One finding for a figure, whichever way its quantity was recognized.
      if (found && !seen.has(found.b)) {
        seen.add(found.b);
        out.push(found);
      }
    }
  }
}

/** A label's statements under one context: two different values that can be one quantity. */
function conflictIn(
  list: DraftFigure[],
  year: string | undefined,
): Extract<Relation, { kind: 'same' }> | undefined {
  if (list.length < 2) return undefined;
  // Distinct values, up to float noise (3.09亿元 is 30900万元); three or more end the search.
  const keys = list.map((f) => f.num.toPrecision(12));
  if (new Set(keys).size !== 2) return undefined;
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as DraftFigure;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as DraftFigure;
      if (keys[i] !== keys[j] && !intervalOf(a).intersects(intervalOf(b)) && restates(a, b, year))
        return { kind: 'same', a, b, certainty: 'inferred' };
    }
  }
  return undefined;
}
