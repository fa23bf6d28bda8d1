/**
 * Words drafts use for time and change, shared by the label reader and the relation finders so that
 * they agree on what "last year's figure" or "the end of a change" looks like. Sources of regular
 * expressions, to be composed where they are used.
 */

/** Last year, however named: 上年, 去年, 上一年度, 上年同期, 同期. */
export const LAST_YEAR = '(?:上年|去年|上一年度?|上年度)(?:同期)?|同期';

/** A year named by number: 2023年, 2023年度. */
export const A_YEAR = '(?:19|20)\\d\\d年度?';

/** An earlier period a figure may be given for: last year, or a named year (and its same period). */
export const EARLIER = `(?:${LAST_YEAR}|${A_YEAR}(?:同期)?)`;

/** The verb before the later value of a change: 提高到, 提升至, 增至, 降至, 调减为. */
export const TO_VERB =
  '(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|压减|调减|调增|压缩|增|降)(?:到|至|为)';

/** Before the earlier value of a change: 由, 由上年的, 由2022年同期的. */
export const FROM = `由(?:${EARLIER})?的?`;

/** An earlier year's figure given in brackets: （2023年为, （上年为. */
export const BRACKETED_EARLIER = `[（(]${EARLIER}(?:为|是)`;
