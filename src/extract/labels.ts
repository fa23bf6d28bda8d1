import type { Found } from './numbers.js';
import { FROM, TO_VERB } from './vocabulary.js';

/** Where a noun phrase ends. */
const STOP = /[，。、；：:,;（）()“”‘’《》「」\s！？]/;
/** Words that join clauses rather than name things: a label is cut at them. */
const JOINERS =
  /(?:其中|分别为|分别是|分别|共计|合计|总计|累计|以及|并且|同时|包括|涉及|共有|共|计|达到|达|为|是|和|与|及|对|在|将|向|有|的)$/;
const LEADING =
  /^(?:其中|涉及|共计|合计|总计|共|计|全年|全市|全县|全区|全省|今年|当年|年内|并|另有|另|累计|对|有|已)/;

/** What is left of a figure before a label: its unit (万元, 个, 年, 月底). */
const REMNANT =
  /^(?:万亿元|亿元|万元|元|万人次|人次|个百分点|百分点|个|项|家|份|条|场次|次|期|人|名|%|％|年度|年|月底|月末|月份|月|日|号)/;
/** The noun counted by the figure before a label (18个项目核减资金). */
const COUNTED = /^(?:项目|部门|单位|预算单位|机构|县|市|区|乡镇|街道)(?=[\u4e00-\u9fff]{2})/;
/** Verbs before a label that do not change what it names (编制项目绩效目标). */
const NEUTRAL = /^(?:编制|设定|设置|制定)了?(?=[\u4e00-\u9fff]{2})/;

/** 由上年的 / 由2023年同期的 after a label: where the earlier value of a change starts. */
const FROM_TAIL = new RegExp(`${FROM}$`);
const TO_LABEL = new RegExp(`^${TO_VERB}$`);
/** The label of 由X提高到Y's X, for Y: the phrase before 由. */
const FROM_TO = new RegExp(
  `([\\u4e00-\\u9fff]{2,14})${FROM}\\s*[\\d.,]+\\s*(?:%|％|个|项|家|万元|亿元|元)?$`,
);

/** Verbs that open a predicate right after a counted thing: 84个单位开展了自评, 30个得分在90分以上. */
const PREDICATE =
  /^(?:已经?|还|仍|均|都)?(?:开展|进行|实施|完成|纳入|参与|得分|评为|评价为|评定为|结果为|等级为|获得|获评|被|通过|提交|报送|编报|填报|上报|按要求|按期|未|没有|存在|需要|为优|为良|为中|为差)/;

/** A figure's label, whether it was read after the number (776个项目) and whether a verb follows it. */
export interface Described {
  label: string | undefined;
  /** The label follows the number: a counted noun (776个项目), not the phrase before it. */
  forward: boolean;
  /**
   * The counted thing is the subject of a predicate (84个单位开展了自评, 30个得分在90分以上): usually
   * a part of a larger set, not a restatement of it.
   */
  predicated: boolean;
}

/**
 * What a figure quantifies. A counter looks forward (776个项目 → 项目, 58个县直部门 → 县直部门);
 * otherwise, and for a counter with nothing after it or a verb right after it (84家开展了自评), the
 * phrase just before (涉及金额645215万元 → 涉及金额, 预算执行率84.35% → 预算执行率, 项目绩效目标664个 →
 * 项目绩效目标).
 */
export function describeFigure(text: string, f: Found): Described {
  let predicated = false;
  if (f.unit.kind === 'count' || f.unit.kind === 'people') {
    let j = f.end;
    while (text[j] === ' ') j++;
    const from = j;
    let label = '';
    if (PREDICATE.test(text.slice(j, j + 5))) predicated = true;
    // 26个全部形成评价结论, 12个均已完成: no noun after the number.
    else if (!/^(?:均|全部|全都|都|已|也)/.test(text.slice(j, j + 2)))
      while (j < text.length && label.length < 8) {
        const ch = text[j] as string;
        if (STOP.test(ch) || /\d/.test(ch)) break;
        label += ch;
        if (
          /^(的|和|与|及|中|等|分别|包括|开展|进行|实施|编制|纳入|完成|参与|全部|均|都|也|已|达|共|报告|预算执行|情况|由|对(?!口|象|应|接|标|比|照)|自行|委托|经|按|通过|被|得分|评为|未|没有|把关|发出|收回|压减|核减|取消|申报|形成|明确|出台|建立|制定|印发|下达|提出|实现|随同)/.test(
            text.slice(j + 1),
          )
        )
          break;
        j++;
      }
    label = label.replace(/(的|和|与|及)$/, '');
    // 两次集中监控: 集 is half a word, not a counted thing.
    if (label.length === 1 && /^[集其当之]中/.test(text.slice(from))) label = '';
    if (label.length >= 1 && !/^[的和与及]/.test(label)) {
      let k = from + label.length;
      while (text[k] === ' ') k++;
      return { label, forward: true, predicated: PREDICATE.test(text.slice(k, k + 5)) };
    }
  }
  let i = f.start;
  while (i > 0 && text[i - 1] === ' ') i--;
  let label = '';
  while (i > 0 && label.length < 14) {
    const ch = text[i - 1] as string;
    if (/\d/.test(ch) || (STOP.test(ch) && ch !== ' ')) break;
    if (ch !== ' ') label = ch + label;
    i--;
  }
  // Cut off at another figure: its unit and counted noun are not part of this label (对18个项目核减资金
  // → 核减资金, 11月底已支出 → 支出, 2022年共编制项目绩效目标 → 项目绩效目标).
  if (i > 0 && /\d/.test(text[i - 1] as string)) label = label.replace(REMNANT, '').replace(COUNTED, '');
  label = label.replace(JOINERS, '').replace(LEADING, '').replace(NEUTRAL, '').replace(LEADING, '');
  // 102个省直部门中已有97个: the count is of 省直部门.
  if (/[^其集当之]中(?:已有|已|共有|有|的)?$/.test(label))
    label = label.replace(/中(?:已有|已|共有|有|的)?$/, '');
  label = label.replace(JOINERS, '');
  // 完成率由2023年同期的87.45%提高到90.16%: both figures are the 完成率's, before and after.
  label = label.replace(FROM_TAIL, '');
  if (TO_LABEL.test(label)) label = FROM_TO.exec(text.slice(Math.max(0, i - 40), i))?.[1] ?? label;
  return { label: label.length >= 2 ? label : undefined, forward: false, predicated };
}

/** A label in the form used to compare two statements of the same thing. */
export function labelKey(label: string): string {
  // 审减 and 核减 name one thing: the amount a review took off.
  // 通过事前绩效评估审减资金 is 核减资金: the means named before a label do not change what it names.
  return label
    .replace(/^(?:通过|经过?)[\u4e00-\u9fff]{0,8}?(?:评估|评价|监控|评审|审核|应用)(?:环节|工作)?/, '')
    .replace(/^(?:涉及|共|计|全部|所有|各级|本级)/, '')
    .replace(/审减/g, '核减');
}

/** The head noun of a label (its last two characters: 项目, 部门, 单位): what is being counted. */
export function headNoun(label: string | undefined): string | undefined {
  return label && label.length >= 2 ? label.slice(-2) : undefined;
}
