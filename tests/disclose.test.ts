import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isIdNumber, luhn, scanPii } from '../src/disclose/pii.js';
import { checkParagraphs } from '../src/extract/index.js';
import { readMd } from '../src/extract/read-md.js';
import { run } from './cli/run.js';
import { MINIMAL_META, SAMPLES } from './helpers.js';
import { openDocx, paragraphs } from './render/docx-read.js';
import { readPdf } from './render/pdf-read.js';

const SECRETS = [
  '张某某',
  '13905641234',
  '342422198507150013',
  '李某某',
  '0564-7000000',
  '王某某',
  '金财〔2021〕86号',
  '金寨县财政局文件',
  '签发人',
];

describe('personal information', () => {
  test('ID numbers by their checksum; bank cards by Luhn; ordinary long numbers are not personal', () => {
    expect(isIdNumber('342422198507150013')).toBe(true);
    expect(isIdNumber('342422198507150017')).toBe(false);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    const hits = scanPii(
      '涉及金额645215.01万元，新党发〔2018〕30号，2021-12-14。联系人：张三，电话13812345678、0996-2345678，邮箱 zhang@example.gov.cn，身份证342422198507150013，卡号4111 1111 1111 1111。',
    );
    expect(hits.map((h) => [h.kind, h.text])).toEqual([
      ['id-number', '342422198507150013'],
      ['bank-card', '4111 1111 1111 1111'],
      ['mobile', '13812345678'],
      ['landline', '0996-2345678'],
      ['email', 'zhang@example.gov.cn'],
      ['person', '张三'],
    ]);
  });
});

describe('jixiao render --public on the jinzhai sample (internal paragraph with planted personal data)', () => {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-public-'));
  let code: number;
  beforeAll(async () => {
    code = (await run('render', join(SAMPLES, 'jinzhai-2021.yaml'), '--public', '--out', out)).code;
  }, 60_000);

  test('writes the three public outputs and the two logs', () => {
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'jinzhai-2021.disclosure.json',
      'jinzhai-2021.disclosure.md',
      'jinzhai-2021.public.docx',
      'jinzhai-2021.public.md',
      'jinzhai-2021.public.pdf',
    ]);
  });

  test('nothing internal or personal in any public output, read back as text', async () => {
    const md = readFileSync(join(out, 'jinzhai-2021.public.md'), 'utf8');
    const docx = await openDocx(readFileSync(join(out, 'jinzhai-2021.public.docx')));
    const docxText = paragraphs(docx.xml['word/document.xml'] ?? '')
      .map((p) => p.text)
      .join('\n');
    const pdf = await readPdf(readFileSync(join(out, 'jinzhai-2021.public.pdf')));
    const pdfText = pdf.lines.map((l) => l.text.replace(/\s/g, '')).join('\n');
    for (const text of [md, docxText, pdfText]) {
      for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
      expect(text).toContain('（此件公开发布）');
      expect(text).toContain('金寨县财政局');
    }
    expect(scanPii(md)).toEqual([]);
  });

  test('the log lists each removal with its place and reason; JSON too', () => {
    const log = JSON.parse(readFileSync(join(out, 'jinzhai-2021.disclosure.json'), 'utf8'));
    expect(log.removed.map((r: { where: string }) => r.where)).toEqual([
      'meta.issuerMark',
      'meta.docNumber',
      'meta.signer',
      'meta.contact',
      'monitoring.paragraphs[1]',
    ]);
    expect(readFileSync(join(out, 'jinzhai-2021.disclosure.md'), 'utf8')).toContain(
      '数据中标为内部（internal）',
    );
  });

  test('consistent figures stay consistent: the public text passes the draft check', () => {
    const md = readFileSync(join(out, 'jinzhai-2021.public.md'), 'utf8');
    expect(checkParagraphs('public.md', readMd(md)).findings.filter((f) => f.severity !== 'info')).toEqual(
      [],
    );
  });
});

describe('what stops a public version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-public-'));
  const write = (name: string, body: string) => {
    const p = join(dir, name);
    writeFileSync(p, MINIMAL_META + body);
    return p;
  };

  test('personal information left in a public paragraph: exit 1, nothing written; allowed with a reason: written and logged', async () => {
    const body = `monitoring:
  paragraphs:
    - 问题由联系人：赵某某（电话13812345678）跟踪。
`;
    const out = join(dir, 'pii');
    const r = await run('render', write('pii.yaml', body), '--public', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('手机号码“13812345678”');
    expect(r.err).toContain('联系人等人员姓名“赵某某”');
    expect(() => readdirSync(out)).toThrow();
    const allowed = join(dir, 'pii-allowed.yaml');
    const text = (MINIMAL_META + body).replace(
      '  date: 2023-03-01\n',
      '  date: 2023-03-01\n  public:\n    allow:\n      - { text: 赵某某, reason: 本人同意公开 }\n      - { text: "13812345678", reason: 公开的工作电话 }\n',
    );
    writeFileSync(allowed, text);
    const ok = await run('render', allowed, '--public', '--out', join(dir, 'ok'), '--format', 'md');
    expect(ok.code).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, 'ok', 'pii-allowed.disclosure.json'), 'utf8'));
    expect(log.pii.map((h: { resolution: string; reason: string }) => [h.resolution, h.reason])).toEqual([
      ['allowed', '公开的工作电话'],
      ['allowed', '本人同意公开'],
    ]);
  });

  test('a classified report refuses a public version (exit 1)', async () => {
    const p = join(dir, 'secret.yaml');
    writeFileSync(p, MINIMAL_META.replace('  date:', '  classification: 秘密\n  date:'));
    const r = await run('render', p, '--public', '--out', join(dir, 'secret'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('密级“秘密”，不能生成公开版');
  });

  test('dropping an internal part of a breakdown is a disclosure gap, not a silent change', async () => {
    const p = write(
      'gap.yaml',
      `targets:
  figures:
    amount:
      label: 涉及金额
      value: 1000万元
      parts:
        本级: 600万元
        保密项目: { value: 400万元, internal: true }
  paragraphs:
    - 涉及金额{amount}，其中{amount:parts}。
`,
    );
    const r = await run('render', p, '--public', '--out', join(dir, 'gap'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('disclosure-gap');
    const forced = await run('render', p, '--public', '--out', join(dir, 'gap'), '--force', '--format', 'md');
    expect(forced.code).toBe(1);
    const md = readFileSync(join(dir, 'gap', 'gap.public.md'), 'utf8');
    expect(md).toContain('涉及金额1000万元，其中本级600万元。');
    expect(md).not.toContain('保密项目');
    expect(readFileSync(join(dir, 'gap', 'gap.disclosure.md'), 'utf8')).toContain('disclosure-gap');
  });

  test('a public paragraph that refers to an internal figure is refused with its name', async () => {
    const p = write(
      'leak.yaml',
      `targets:
  figures:
    secret: { value: 5个, internal: true }
  paragraphs:
    - 共{secret}。
`,
    );
    const r = await run('render', p, '--public', '--out', join(dir, 'leak'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('公开版中引用了标为内部（internal）的数据“{secret}”');
  });
});

describe('more leaks stopped', () => {
  test('an internal figure named in a table stays out of the public version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-public-'));
    const p = join(dir, 'table.yaml');
    writeFileSync(
      p,
      `${MINIMAL_META}targets:
  figures:
    amount: 7.50亿元
    secret: { value: 123.45万元, internal: true, label: 内部数据 }
  paragraphs: [金额。]
  tables:
    - { rows: [amount, secret], unit: 万元 }
`,
    );
    const r = await run('render', p, '--public', '--out', dir, '--format', 'md');
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'table.public.md'), 'utf8');
    expect(md).toContain('75000');
    expect(md).not.toContain('123.45');
  });

  test('full-width phone and ID numbers and ＠ are still personal information', () => {
    const hits = scanPii(
      '手机：１３９１２３４５６７８。身份证号：１１０１０５１９４９１２３１００２Ｘ。邮箱wang＠example.com。',
    );
    expect(hits.map((h) => h.kind)).toEqual(['id-number', 'mobile', 'email']);
  });
});
