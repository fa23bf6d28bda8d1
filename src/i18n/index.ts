/** Everything a user reads exists in Chinese first, with English available. */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

export function pick(m: Bilingual, lang: Lang): string {
  return lang === 'en' ? m.en : m.zh;
}

export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (env.JIXIAO_LANG ?? '').toLowerCase();
  return v.startsWith('en') ? 'en' : 'zh';
}
