import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, SAMPLES } from '../helpers.js';
import { run } from './run.js';

const korla = join(SAMPLES, 'korla-2020.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A copy of the korla sample with one broken total, one wrong rate and one conflicting repeated figure. */
function brokenKorla(): string {
  const text = readFileSync(korla, 'utf8')
    .replace('value: 645215万元', 'value: 645315万元')
    .replace(/(overallUnits:\n\s+value: )178/, '$1177')
    .replace(/(overallCoverage:\n\s+label: .*\n\s+value: )100%/, '$198.00%');
  return write('korla-broken.yaml', text);
}

describe('jixiao check', () => {
  test('a folder given as a draft or a data file is called a folder, exit 2', async () => {
    const folder = join(dir, 'folder.md');
    mkdirSync(folder, { recursive: true });
    const yamlFolder = join(dir, 'folder.yaml');
    mkdirSync(yamlFolder, { recursive: true });
    const r = await run('check', folder, yamlFolder);
    expect(r.code).toBe(2);
    expect(r.err).toContain('folder.md：这是一个文件夹，不是文件');
    expect(r.err).toContain('folder.yaml：这是一个文件夹，不是文件');
  });

  test('the sample is clean: exit 0', async () => {
    const r = await run('check', korla);
    expect(r.code).toBe(0);
    expect(r.out).toContain('未发现问题');
  });

  test('a broken copy gets exactly its three findings, each located, exit 1', async () => {
    const r = await run('check', brokenKorla(), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.kind).toBe('data');
    const found = json.findings.map((f: { rule: string; location: { path: string } }) => [
      f.rule,
      f.location.path,
    ]);
    expect(found.sort()).toEqual([
      ['figure-conflict', 'targets.figures.overallUnits'],
      ['rate-mismatch', 'targets.figures.overallCoverage'],
      ['sum-mismatch', 'targets.figures.amount'],
    ]);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'location', 'stated', 'expected']);
      expect(f.severity).toBe('error');
      expect(f.location.line).toBeGreaterThan(0);
    }
    const sum = json.findings.find((f: { rule: string }) => f.rule === 'sum-mismatch');
    expect(sum.stated).toBe('645315万元');
    expect(sum.expected).toContain('645215.01万元');
    expect(json.figures.find((f: { key: string }) => f.key === 'targets.amount')).toMatchObject({
      text: '645315万元',
      value: '645315',
      unit: '万元',
    });
  });

  test('text output in the stylish manner, in Chinese or English', async () => {
    const zh = await run('check', brokenKorla());
    expect(zh.out).toMatch(/^\s+\d+:\d+\s+错误\s+targets\.figures\.amount：.*sum-mismatch$/m);
    expect(zh.out).toContain('✖ 3 个问题（3 个错误，0 个警告）');
    const en = await run('--lang', 'en', 'check', brokenKorla());
    expect(en.out).toContain('✖ 3 problems (3 errors, 0 warnings)');
    expect(en.out).toMatch(/error\s+targets\.figures\.amount: "项目绩效目标涉及金额" totals 645315万元/);
  });

  test('several files, one of them bad input: exit 2 and the good one still reported', async () => {
    const bad = write('bad.yaml', 'meta: [\n');
    const r = await run('check', korla, bad, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.yaml:');
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  test('drafts: several files and formats at once, exit 1 on an error, JSON of kind "draft" with figures', async () => {
    const traps = join(ROOT, 'tests', 'fixtures', 'drafts', 'traps.md');
    const wrapped = join(ROOT, 'tests', 'fixtures', 'drafts', 'wrapped.txt');
    const r = await run('check', traps, wrapped, '--format', 'json');
    expect(r.code).toBe(1);
    const [a, b] = JSON.parse(r.out);
    expect(a.kind).toBe('draft');
    expect(a.findings[0]).toMatchObject({
      rule: 'sum-mismatch',
      location: { path: null, line: 7, column: 31 },
    });
    expect(b.figures[1]).toEqual({
      text: '645215万元',
      value: '645215',
      unit: '万元',
      label: '资金',
      path: null,
      line: 3,
      column: 33,
      paragraph: 2,
    });
    const text = await run('check', traps);
    expect(text.out).toContain('涉及金额【645216万元】，其中：专项转移支付项目【300202.87万元】');
  });
});

describe('jixiao render', () => {
  test('writes <out>/<stem>.<ext> for every format it can write, or the ones asked for', async () => {
    const out = join(dir, 'out1');
    const r = await run('render', korla, '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['korla-2020.docx', 'korla-2020.md', 'korla-2020.pdf']);
    const only = join(dir, 'out1b');
    await run('render', korla, '--out', only, '--format', 'docx');
    expect(readdirSync(only)).toEqual(['korla-2020.docx']);
    expect(readFileSync(join(out, 'korla-2020.md'), 'utf8')).toContain(
      '# 关于库尔勒市2020年度预算绩效管理工作情况的报告',
    );
  });

  test('error-level findings stop the render and nothing is written; --force writes', async () => {
    const out = join(dir, 'out2');
    const r = await run('render', brokenKorla(), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('未生成任何文件');
    expect(() => readdirSync(out)).toThrow();
    const forced = await run('render', brokenKorla(), '--out', out, '--force', '--format', 'md');
    expect(forced.code).toBe(1);
    expect(readdirSync(out)).toEqual(['korla-broken.md']);
  });

  test.each([
    ['malformed YAML', 'bad-syntax.yaml', 'meta:\n  issuer: "甲\n', 'YAML 语法错误'],
    ['malformed JSON', 'bad-syntax.json', '{"meta": }', 'JSON 语法错误'],
    [
      'a wrong type',
      'bad-type.yaml',
      readFileSync(korla, 'utf8').replace('year: 2020', 'year: [2020]'),
      'meta.year',
    ],
    [
      'a missing field',
      'bad-missing.yaml',
      readFileSync(korla, 'utf8').replace(/\n {2}issuer: .*/, ''),
      'meta.issuer：缺少必填项',
    ],
  ])('%s: one clear message, exit 2, the output folder untouched', async (_what, name, text, message) => {
    const out = join(dir, `untouched-${name}`);
    await run('render', korla, '--out', out, '--format', 'md');
    const before = readFileSync(join(out, 'korla-2020.md'), 'utf8');
    const file = write(name, text);
    const copyName = name.replace(/\.\w+$/, '');
    const r = await run('render', file, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(readdirSync(out)).toEqual(['korla-2020.md']);
    expect(readdirSync(out)).not.toContain(`${copyName}.md`);
    expect(readFileSync(join(out, 'korla-2020.md'), 'utf8')).toBe(before);
  });

  test('an unknown template and an unsupported format are usage errors', async () => {
    const t = await run('render', korla, '--template', 'nosuch', '--out', join(dir, 'o3'));
    expect(t.code).toBe(2);
    expect(t.err).toContain('未知的模板“nosuch”');
    const f = await run('render', korla, '--format', 'html', '--out', join(dir, 'o3'));
    expect(f.code).toBe(2);
    expect(f.err).toContain('未知的输出格式“html”');
  });

  test('usage mistakes exit 2 in Chinese', async () => {
    const r = await run('render');
    expect(r.code).toBe(2);
    expect(r.err).toContain('缺少参数');
    const u = await run('render', korla, '--bogus');
    expect(u.err).toContain('未知选项 --bogus');
  });
});

describe('the installed command', () => {
  test('bin/jixiao.js runs the built CLI: help in Chinese, exit codes, no stack traces', () => {
    const bin = join(ROOT, 'bin', 'jixiao.js');
    expect(execFileSync('node', [bin, '--help'], { encoding: 'utf8' })).toContain('用法：');
    const r = spawnSync('node', [bin, 'check', join(dir, 'nosuch.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('文件不存在');
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('smaller usage matters', () => {
  test('--lang=en works like --lang en; choices are explained in Chinese', async () => {
    const en = await run('--lang=en', 'check', korla);
    expect(en.out).toContain('No problems found');
    const bad = await run('check', korla, '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('取值“xml”无效，可选：text、json');
  });

  test('a file that cannot be read is counted in the text summary', async () => {
    const r = await run('check', korla, join(dir, 'nosuch.yaml'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('✖ 1 个文件无法核对');
  });
});

describe('globs', () => {
  test('a quoted pattern is expanded by jixiao itself; one that matches nothing is reported as missing', async () => {
    const pattern = join(ROOT, 'tests', 'fixtures', 'drafts', 'wrap*.txt');
    const r = await run('check', pattern, '--format', 'json');
    expect(JSON.parse(r.out).file).toMatch(/wrapped\.txt$/);
    const none = await run('check', join(dir, 'nothing-*.md'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('文件不存在');
  });
});

describe('output folders that cannot be written', () => {
  test('a folder under /proc or below a file: exit 2 with the place, no hang, no stack trace', async () => {
    const korlaFile = join(SAMPLES, 'korla-2020.yaml');
    const proc = await run('render', korlaFile, '--out', '/proc/jixiao-x', '--format', 'md');
    expect(proc.code).toBe(2);
    expect(proc.err).toContain('无法写入输出文件');
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const under = await run('render', korlaFile, '--out', join(file, 'sub'), '--format', 'md');
    expect(under.code).toBe(2);
    expect(under.err).toContain('无法写入输出文件');
  });
});
