/** Personal information that must not reach a public document. */
export type PiiKind = 'mobile' | 'landline' | 'id-number' | 'email' | 'bank-card' | 'person';

export interface PiiHit {
  kind: PiiKind;
  text: string;
  /** 1-based line of the public Markdown where it stands. */
  line: number;
}

export const PII_NAMES: Record<PiiKind, { zh: string; en: string }> = {
  mobile: { zh: '手机号码', en: 'mobile number' },
  landline: { zh: '固定电话', en: 'landline number' },
  'id-number': { zh: '身份证号码', en: 'ID number' },
  email: { zh: '电子邮箱', en: 'e-mail address' },
  'bank-card': { zh: '银行卡号', en: 'bank card number' },
  person: { zh: '联系人等人员姓名', en: 'name of a contact person' },
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: an 18-digit citizen ID with a valid birth date and checksum (ordinary long numbers fail it). */
export function isIdNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] === s[17]?.toUpperCase();
}

/** Luhn, as bank cards carry it. */
export function luhn(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const PATTERNS: { kind: PiiKind; re: RegExp; accept?: (m: string) => boolean }[] = [
  { kind: 'id-number', re: /(?<!\d)\d{17}[\dXx](?!\d)/g, accept: isIdNumber },
  {
    kind: 'bank-card',
    re: /(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)/g,
    accept: (m) => luhn(m.replace(/\D/g, '')) && !isIdNumber(m),
  },
  { kind: 'mobile', re: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g },
  { kind: 'landline', re: /(?<![\d〔])(?:0\d{2,3}[-－—]\d{7,8}|（0\d{2,3}）\d{7,8})(?!\d)/g },
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { kind: 'person', re: /(?:联系人|经办人|签发人|联系方式|承办人)[：:]\s*([\u4e00-\u9fa5·]{2,4})/g },
];

/** Every piece of personal information in a text, each with its line. */
export function scanPii(original: string): PiiHit[] {
  // Full-width digits, letters and ＠ are the same information: look at them in their ASCII form.
  const text = original.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let l = 0;
    while (l + 1 < lineStarts.length && (lineStarts[l + 1] as number) <= offset) l++;
    return l + 1;
  };
  const hits: PiiHit[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      if (p.accept && !p.accept(m[0])) continue;
      taken.push([start, end]);
      hits.push({ kind: p.kind, text: p.kind === 'person' ? (m[1] ?? m[0]) : m[0], line: lineOf(start) });
    }
  }
  return hits.sort((a, b) => a.line - b.line);
}
