import type { Finding } from '../check/types.js';
import { chineseNumeral } from './numbers.js';
import type { DraftParagraph } from './text.js';

/** 今年，今年，: a phrase typed twice in a row; 进一步进一步, 各级各级: a word typed twice. */
const DUPLICATE = /([\u4e00-\u9fff（）]{2,12}[，、；。：]?)\1/g;
/**
 * Two-character words that never stand twice in a row in a report, so that doubling them is a slip
 * (各级各级). Other two-character doublings can be two words meeting (各部门部门预算, 重点项目项目库)
 * or a reduplication (研究研究), and are left alone.
 */
const NEVER_DOUBLED = new Set(
  (
    '各级 各类 各项 各地 各个 全省 全市 全县 全区 全州 全面 切实 认真 积极 不断 持续 深入 有效 全部 所有 ' +
    '同时 其中 以及 按照 根据 通过 进行 开展 加强 推进 推动 完善 建立 健全 落实 提高 确保 我们 今年 全年 ' +
    '目前 已经 逐步 统筹 严格 及时 坚持 围绕 聚焦 强化 加快 着力 督促 提升 优化 深化 健全 压实 夯实 细化 ' +
    '梳理 协调 引导 同步 统一 按时'
  ).split(' '),
);

/** Whether a doubled run is a slip: a clause typed twice, a run of three or more characters, or a word of the list. */
function slip(phrase: string): boolean {
  // 一个指标一个指标地核对, 一笔一笔: one by one, said by doubling.
  if (/^一/.test(phrase)) return false;
  if (/[，、；。：]$/.test(phrase)) return true;
  if (new Set(phrase).size === 1) return false;
  return phrase.length >= 3 || NEVER_DOUBLED.has(phrase);
}

/**
 * 的的: a slip, except where a word ending in 的 meets the particle (目的的实现, 标的的) or in 的的确确.
 * Other particles are left alone: 对对口帮扶, 在在建项目, 以及及时 are words meeting.
 */
const DOUBLED_DE = /(?<![目有别标])(的)\1(?!确)/g;

export function duplicatePhrases(file: string, paragraphs: DraftParagraph[]): Finding[] {
  const out: Finding[] = [];
  for (const p of paragraphs) {
    const doubled = [...p.text.matchAll(DUPLICATE)].filter((m) => slip(m[1] ?? ''));
    for (const m of p.text.matchAll(DOUBLED_DE)) doubled.push(m);
    doubled.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const m of doubled) {
      const phrase = m[1] ?? '';
      const pos = p.at(m.index ?? 0);
      out.push({
        rule: 'duplicate-phrase',
        severity: 'info',
        message: { zh: `“${phrase}”连续出现了两次`, en: `"${phrase}" is typed twice in a row` },
        location: { file, path: null, ...pos },
        stated: m[0],
        expected: phrase,
        excerpt: p.text.slice(Math.max(0, (m.index ?? 0) - 10), (m.index ?? 0) + m[0].length + 20),
      });
    }
  }
  return out;
}

const CN = '一二三四五六七八九十';
const LEVELS: { level: number; re: RegExp; style: string }[] = [
  { level: 1, re: new RegExp(`^([${CN}]+)、`), style: '一、' },
  { level: 2, re: new RegExp(`^[（(]([${CN}]+)[）)]`), style: '（一）' },
  { level: 3, re: /^(\d+)[.．](?!\d)/, style: '1.' },
  { level: 3, re: /^(\d+)、/, style: '1、' },
  { level: 4, re: /^[（(](\d+)[）)]/, style: '（1）' },
];
function cnValue(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (chineseNumeral(s) ?? 0);
}

/**
 * The numbering of headings and run-in points: 一、（一）1.（1） each counting up from 1 under its
 * parent, and one style for the third level (1. or 1、, not both).
 */
export function numberingStyle(file: string, paragraphs: DraftParagraph[]): Finding[] {
  const out: Finding[] = [];
  const counters = [0, 0, 0, 0, 0];
  const thirdStyles = new Map<string, DraftParagraph>();
  for (const p of paragraphs) {
    const hit = LEVELS.map((l) => ({ l, m: l.re.exec(p.text) })).find((x) => x.m);
    if (!hit?.m) continue;
    const { level, style } = hit.l;
    const n = cnValue(hit.m[1] ?? '');
    if (level === 3 && !thirdStyles.has(style)) thirdStyles.set(style, p);
    const expected = (counters[level] ?? 0) + 1;
    if (n !== expected && !(n === 1)) {
      out.push({
        rule: 'numbering-style',
        severity: 'info',
        message: {
          zh: `编号“${hit.m[0]}”不连续，此处应为第 ${expected} 项`,
          en: `The number "${hit.m[0]}" breaks the sequence; item ${expected} was expected`,
        },
        location: { file, path: null, ...p.at(0) },
        stated: hit.m[0],
        expected: String(expected),
      });
    }
    counters[level] = n;
    for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
  }
  out.push(...runInPoints(file, paragraphs));
  if (thirdStyles.size > 1) {
    const p = thirdStyles.get('1、') as DraftParagraph;
    out.push({
      rule: 'numbering-style',
      severity: 'info',
      message: {
        zh: '第三层序数“1.”与“1、”混用，应统一为“1.”',
        en: 'The third level mixes "1." and "1、"; use "1." throughout',
      },
      location: { file, path: null, ...p.at(0) },
      stated: '1、',
      expected: '1.',
    });
  }
  return out;
}

/** What may stand before a run-in point 一是: the start of the text, a stop or a pause, or a space. */
const BEFORE_POINT = /[。；;：:，,\s]/;

/** Run-in points 一是…三是 of a paragraph: the 是 of each, found by indexOf (a regular expression would try every character). */
function pointsOf(text: string): { n: number; name: string; index: number }[] {
  const out: { n: number; name: string; index: number }[] = [];
  for (let k = text.indexOf('是'); k >= 0; k = text.indexOf('是', k + 1)) {
    let i = k;
    while (i > 0 && k - i < 2 && CN.includes(text[i - 1] as string)) i--;
    if (i === k || (i > 0 && !BEFORE_POINT.test(text[i - 1] as string))) continue;
    const name = text.slice(i, k);
    out.push({ n: cnValue(name), name, index: i });
  }
  return out;
}

function runInPoints(file: string, paragraphs: DraftParagraph[]): Finding[] {
  const out: Finding[] = [];
  // The sequence of points that open paragraphs (一是… / 二是… / 三是…), which a list inside one of
  // them (主要有三个方面：一是…二是…三是…) does not advance.
  let outer = 0;
  for (const p of paragraphs) {
    const points = pointsOf(p.text);
    const first = points[0];
    if (!first) {
      outer = 0;
      continue;
    }
    const opens = first.index === 0;
    let counter = opens ? outer : 0;
    let restarted = false;
    for (const { n, name, index } of points) {
      if (n === 0) continue;
      if (n === 1 && counter > 0) restarted = true;
      if (n !== 1 && counter > 0 && n !== counter + 1) {
        out.push({
          rule: 'numbering-style',
          severity: 'info',
          message: {
            zh: `“${name}是”不连续，此处应为“${CN[counter] ?? counter + 1}是”`,
            en: `"${name}是" breaks the sequence of points; point ${counter + 1} was expected`,
          },
          location: { file, path: null, ...p.at(index) },
          stated: `${name}是`,
          expected: `${CN[counter] ?? counter + 1}是`,
        });
      }
      counter = n;
    }
    if (opens) outer = restarted ? first.n : counter;
  }
  return out;
}
