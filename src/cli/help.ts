import { Help, type Option } from 'commander';
import type { Lang } from '../i18n/index.js';

const TITLES_ZH: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Display width in terminal columns: Chinese characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6))
        ? 2
        : 1;
  }
  return w;
}

/** Commander's help, in Chinese by default: titles, usage words, defaults and widths for wide characters. */
export function chineseHelp(lang: () => Lang): Partial<Help> {
  const base = new Help();
  const zh = () => lang() !== 'en';
  const words = (s: string) => (zh() ? s.replace('[options]', '[选项]').replace('[command]', '[命令]') : s);
  return {
    styleTitle: (s: string) => (zh() ? (TITLES_ZH[s] ?? s) : s),
    displayWidth: width,
    commandUsage: (cmd) => words(base.commandUsage(cmd)),
    subcommandTerm: (cmd) => words(base.subcommandTerm(cmd)),
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${zh() ? '可选' : 'choices'}：${option.argChoices.join('、')}`);
      if (option.defaultValue !== undefined && typeof option.defaultValue !== 'boolean') {
        extra.push(`${zh() ? '默认' : 'default'}：${String(option.defaultValue)}`);
      }
      return extra.length ? `${option.description}（${extra.join('；')}）` : option.description;
    },
  };
}
