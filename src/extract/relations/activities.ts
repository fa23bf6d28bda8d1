/**
 * The set an activity was applied to (事前绩效评估, 重点评价, 绩效监控…), however it is worded: 对46个项目
 * 开展事前绩效评估 / 事前绩效评估项目46个 / 46个事前评估项目 / 通过事前绩效评估对46个项目把关 all count one
 * set, and the amount stated right after such a count (涉及资金9.64亿元) is that set's money. Two statements
 * of one set with different values are a conflict, whatever words surround them.
 *
 * Narrow on purpose: the counted noun must follow the activity directly (监控发现偏差项目 is not the
 * monitored set), a qualifier before the activity makes another set (部门重点评价), and the scope named
 * last before the figure in its paragraph (市本级, 各县) is part of the set.
 */
import { type DraftFigure, sentenceSpan } from '../figures.js';
import type { DraftParagraph } from '../text.js';

/** The set a figure states, as a key for grouping and as words for a finding. */
export interface ActivitySet {
  key: string;
  subject: string;
}

/** Activities and the ways they are written, the first that matches naming it. */
const ACTIVITIES: [string, string][] = [
  // 评估 alone is the genre's short name for 事前绩效评估 (评估项目41个, 开展评估).
  ['事前评估', '事前(?:绩效)?评[估审]|评估'],
  ['部门整体评价', '部门整体(?:支出)?(?:绩效)?评价'],
  ['重点评价', '重点(?:绩效)?评价'],
  ['第三方评价', '第三方(?:机构)?(?:绩效)?评价'],
  ['运行监控', '(?:绩效)?(?:运行)?监控|(?:绩效)?(?:运行)?跟踪(?:监控)?'],
  ['绩效自评', '(?:绩效)?自评'],
];
const ACTIVITY = ACTIVITIES.map(([name, re]) => [name, new RegExp(`^(?:${re})`)] as const);
const ANY_ACTIVITY = `(?:${ACTIVITIES.map(([, re]) => re).join('|')})`;

/** A set's money named with its count: 、52.37亿元资金 before the activity. */
const WITH_MONEY = '[、和及与]\\s*[\\d.,，]+\\s*(?:万|亿)?元(?:资金)?\\s*';

/** What an activity is applied to. */
const OBJECT = '(项目|政策|部门|单位)';
/** Words before an activity that do not change its set: 财政重点评价 is 重点评价. */
const NEUTRAL = '(?:开展|实施|进行|组织开展|纳入)?了?(?:财政|市级财政|县级财政)?';
const END = '(?=$|[，。；：,;:（(）)])';

/** 重点评价项目 / 开展事前绩效评估的项目 / 事前评估项目数: a label that is an activity and its object. */
const LABEL = new RegExp(`^${NEUTRAL}(${ANY_ACTIVITY})(?:的)?${OBJECT}(?:数量?|个数|总数)?$`);
/**
 * After a counted object: 开展了绩效运行监控, 实施重点评价, then the clause ends; the set's money may
 * come between (对1,248个项目、52.37亿元资金进行跟踪).
 */
const AFTER = new RegExp(
  `^\\s*(?:${WITH_MONEY})?(?:开展|进行|实施|组织开展|纳入)了?(?:财政)?(${ANY_ACTIVITY})(?:工作)?(?:的基础上)?${END}`,
);
const ACTIVITY_PHRASE = new RegExp(`^(?:开展|进行|实施|组织开展|纳入)了?(?:财政)?${ANY_ACTIVITY}(?:工作)?`);
/** 通过事前绩效评估(，)对: the activity a sentence goes through before counting what it reviewed. */
const THROUGH = new RegExp(`通过(${ANY_ACTIVITY})[，,]?对$`);
/** The review verbs that, after 通过<activity>对N个项目, count the whole reviewed set. */
const REVIEWED = /^\s*(?:进行)?(?:把关|审核|评审)/;

/** Scopes that make another set of the same activity: the last one named before the figure counts. */
const SCOPE =
  /省本级|省级|市本级|市级|县本级|县级|区本级|区级|本级|市县|县区|区县|各市|各州|各盟|各县|各区|各地|乡镇|全省|全市|全县|全区|全州|全盟|各级/g;

/** A counted object read forward, maybe qualified as new or major (对164个新增项目开展事前评估). */
const FORWARD_OBJECT = /^(?:新增|新设|拟新增|重点|重大)?(项目|政策|部门|单位)$/;

/** Counters of things an activity is applied to. */
const THINGS = /^(?:个|项|家)$/;

/**
 * An amount right after a set's count: （涉及资金9.46亿元）, ，涉及资金9.64亿元, ，资金规模9.64亿元,
 * 、资金18.21亿元, 、52.37亿元资金.
 */
const AMOUNT_AFTER =
  /^(?:[、和及与]|[，,（(]\s*(?:共|合计|总计)?(?:涉及|覆盖)?(?:资金|金额)(?:规模|总额)?)(?:共计|合计|总计|共|计|为|达到?)?\s*$|^[、和及与](?:涉及)?(?:资金|金额)$/;

const canonical = (written: string) => ACTIVITY.find(([, re]) => re.test(written))?.[0];

/** What a pattern finds in a paragraph, found once per paragraph and pattern. */
const matchesCache = new WeakMap<DraftParagraph, Map<RegExp, { index: number; text: string }[]>>();

/** The last match of a global pattern that ends before a figure, in its paragraph. */
function lastBefore(f: DraftFigure, pattern: RegExp): string | undefined {
  let byPattern = matchesCache.get(f.para);
  if (!byPattern) matchesCache.set(f.para, (byPattern = new Map()));
  let matches = byPattern.get(pattern);
  if (!matches) {
    matches = [...f.para.text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
    byPattern.set(pattern, matches);
  }
  let last: string | undefined;
  for (const m of matches) {
    if (m.index + m.text.length > f.start) break;
    last = m.text;
  }
  return last;
}

/** The level of government named last before a figure in its paragraph (市本级, 各县, 乡镇), or ''. */
export function levelOf(f: DraftFigure): string {
  return lastBefore(f, SCOPE) ?? '';
}

/** The activity whose set a count is, with its object, or undefined. */
function countedSet(f: DraftFigure): ActivitySet | undefined {
  if (f.unit.kind !== 'count' || !THINGS.test(f.unit.symbol) || f.approx || f.found.chinese || !f.label)
    return undefined;
  const text = f.para.text;
  const [s] = sentenceSpan(f.para, f.sentence);
  const before = text.slice(s, f.start).replace(/\s/g, '');
  // A count drawn from a set (86个单位中84个) or singled out of one (其中) is a part, not the set.
  if (/其中|中[，,]?(?:的|有|已有|共有)?$/.test(before)) return undefined;
  let activity: string | undefined;
  let object: string | undefined;
  const labelled = LABEL.exec(f.label);
  if (labelled) {
    activity = labelled[1];
    object = labelled[2];
  } else if (f.forward && FORWARD_OBJECT.test(f.label)) {
    const rest = text.slice(f.end).replace(/^\s+/, '').slice(f.label.length);
    const after = AFTER.exec(rest);
    const through = THROUGH.exec(before);
    if (after) activity = after[1];
    else if (through && REVIEWED.test(rest)) activity = through[1];
    object = FORWARD_OBJECT.exec(f.label)?.[1];
  }
  const name = activity && canonical(activity);
  return name && object
    ? { key: `${levelOf(f)}|${name}|${object}`, subject: `${name}${object}数` }
    : undefined;
}

/**
 * The keys under which a figure states an activity's set: its count (act:…|项目), or the amount right
 * after such a count in the same sentence (act:…|项目=15|money). Absent for anything else.
 */
export function activityKeys(figs: DraftFigure[]): Map<DraftFigure, ActivitySet> {
  const keys = new Map<DraftFigure, ActivitySet>();
  let last: { count: DraftFigure; set: ActivitySet } | undefined;
  for (const f of figs) {
    if (f.unit.kind === 'count') {
      const set = countedSet(f);
      if (set) keys.set(f, { key: `act:${set.key}`, subject: set.subject });
      last = set ? { count: f, set } : undefined;
      continue;
    }
    if (f.unit.kind !== 'money' || !last || f.approx) continue;
    const { count, set } = last;
    last = undefined;
    if (count.para !== f.para || count.sentence !== f.sentence) continue;
    // Between the count and the amount: its object and the activity phrase (开展重点评价) may come first.
    let gap = f.para.text.slice(count.end, f.start).replace(/\s/g, '');
    if (count.forward) gap = gap.slice(count.label?.length ?? 0).replace(ACTIVITY_PHRASE, '');
    if (AMOUNT_AFTER.test(gap))
      keys.set(f, {
        key: `act:${set.key}=${count.num}|money`,
        subject: `${count.text}${set.subject.replace(/数$/, '')}涉及资金`,
      });
  }
  return keys;
}

/**
 * The activity named last before a figure in its paragraph (自评结果…优良率96.46% against 重点评价…评价
 * 结果…优良率75%), if any: statements under two activities are about two sets.
 */
export function activityBefore(f: DraftFigure): string | undefined {
  const named = lastBefore(f, ANY_ACTIVITY_G);
  return named && canonical(named);
}

const ANY_ACTIVITY_G = new RegExp(ANY_ACTIVITY, 'g');
