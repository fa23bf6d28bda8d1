const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (ordinals in headings stay below 100). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** GB/T 9704 heading ordinals: level 1 一、, level 2 （一）, level 3 1., level 4 （1）. `n` counts from 1. */
export function ordinal(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** 一是, 二是 … for run-in enumerations inside a paragraph. */
export function sequenceWord(n: number): string {
  return `${chineseNumber(n)}是`;
}

/** "2021-08-03" → "2021年8月3日" (Arabic numerals, no leading zeros, as GB/T 9704 §7.3.5 asks). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Joins a list the Chinese way: A、B和C (or with a custom separator). */
export function joinList(items: readonly string[], sep = '、', last?: string): string {
  if (items.length <= 1 || last === undefined) return items.join(sep);
  return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
}

/** Ends a run-in title with 。 unless it already ends with punctuation. */
export function runInTitle(title: string): string {
  return /[。！？：；，、]$/.test(title) ? title : `${title}。`;
}
