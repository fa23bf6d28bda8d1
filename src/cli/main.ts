import { resolve as resolvePath } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { formatUserError, UserError } from '../errors.js';
import { type Lang, langFromEnv, pick } from '../i18n/index.js';
import { chineseHelp } from './help.js';
import type { FileResult } from './report-findings.js';

// Each command loads what it needs when it runs: `jixiao --help` or `check` never load the Word and
// PDF libraries, and `render --format pdf` never loads the Word one.
const findings = () => import('./report-findings.js');

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** "option '-f, --format <格式>' argument 'xml' is invalid. Allowed choices are text, json." in Chinese. */
function invalidChoiceZh(message: string): string {
  const m = /argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(message);
  const opt = /option '([^']+)'/.exec(message)?.[1];
  if (!m) return `参数取值不正确：${message.replace(/^error: /, '')}`;
  return `${opt ? `选项 ${opt} 的` : ''}取值“${m[1]}”无效，可选：${(m[2] ?? '').split(', ').join('、')}`;
}

/** Commander's own errors, said in Chinese first. */
function translateCommanderError(e: CommanderError, lang: Lang): string {
  const arg = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const zh: Record<string, string> = {
    'commander.unknownOption': `未知选项 ${arg}（用 --help 查看可用选项）`,
    'commander.unknownCommand': `未知命令 ${arg}（可用命令：render、check、init、export、rules）`,
    'commander.missingArgument': `缺少参数 ${arg}`,
    'commander.optionMissingArgument': `选项 ${arg} 缺少取值`,
    'commander.invalidArgument': invalidChoiceZh(e.message),
    'commander.excessArguments': '参数过多',
    'commander.missingMandatoryOptionValue': `缺少必需选项 ${arg}`,
  };
  const en = e.message.replace(/^error: /, '');
  return lang === 'en' ? en : (zh[e.code] ?? en);
}

/** JSON: one object for one file asked for, an array when several were (even if some failed to load). */
async function printResults(
  results: FileResult[],
  single: boolean,
  format: string,
  lang: Lang,
  io: Io,
  unreadable = 0,
): Promise<void> {
  const { formatStylish, toJson } = await findings();
  if (format === 'json') {
    const json = single ? toJson(results[0] as FileResult, lang) : results.map((r) => toJson(r, lang));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(formatStylish(results, lang, unreadable));
  }
}

/**
 * Patterns the shell left unexpanded (quoted, or on Windows), such as "drafts/*.md". A pattern that
 * matches nothing stays as it is, so that the user hears "file not found" for it.
 */
async function expandGlobs(args: string[]): Promise<string[]> {
  if (!args.some((a) => /[*?[{]/.test(a))) return args;
  const { glob } = await import('tinyglobby');
  const out: string[] = [];
  for (const a of args) {
    if (!/[*?[{]/.test(a)) {
      out.push(a);
      continue;
    }
    const hits = (await glob(a, { onlyFiles: true, expandDirectories: false })).sort();
    out.push(...(hits.length > 0 ? hits : [a]));
  }
  return out;
}

interface RenderFlags {
  format?: string;
  out: string;
  template?: string;
  force?: boolean;
  fontDir?: string;
  config?: string;
  public?: boolean;
}

/** --lang en, --lang=en: read before parsing, so that parse errors are in the chosen language too. */
function langFromArgs(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) return v === 'en' ? 'en' : 'zh';
  }
  return undefined;
}

/** Runs the CLI; returns the exit code (0 clean, 1 error-level findings, 2 bad input or usage). */
export async function main(
  argv: readonly string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const lang = langFromArgs(argv) ?? langFromEnv();
  let exitCode = 0;
  const program = new Command('jixiao');
  program
    .description(
      '预算绩效管理工作情况报告：由数据生成报告、核对数字、生成公开版\nAnnual budget-performance reports: generate, cross-check, publish',
    )
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .addOption(new Option('--lang <语言>', '提示语言：zh（中文）或 en（English）').choices(['zh', 'en']))
    .configureHelp(chineseHelp(() => lang))
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => {}, outputError: () => {} })
    .exitOverride()
    .showSuggestionAfterError(false);

  program
    .command('render')
    .description('校验数据并生成报告（Markdown、Word、PDF）')
    .argument('<数据文件>', '年度数据：.yaml、.yml、.json 或 .xlsx 工作簿')
    .option('-f, --format <格式>', '输出格式，逗号分隔：md、docx、pdf（默认全部）')
    .option('-o, --out <文件夹>', '输出文件夹', 'output')
    .option(
      '-t, --template <名称或文件夹>',
      '模板：government（上报上级政府）、congress（向人大常委会报告），或自定义模板文件夹；默认按 meta.audience 选择',
    )
    .option('--force', '即使存在错误级别的问题也生成报告')
    .option(
      '--font-dir <文件夹>',
      'PDF 使用的字体文件夹（按常见文件名查找仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312、宋体）',
    )
    .option('--config <文件>', '配置文件（默认读取当前文件夹中的 jixiao.config.yaml）')
    .option(
      '--public',
      '生成公开版（删除版头、联系人、内部内容，检查个人信息），另写删除记录 .disclosure.md/.json',
    )
    .helpOption('-h, --help', '显示帮助')
    .configureHelp(chineseHelp(() => lang))
    .action(async (file: string, o: RenderFlags) => {
      const { parseFormats, renderCommand } = await import('./render.js');
      const { loadSettings } = await import('../config.js');
      const { formatStylish } = await findings();
      const formats = parseFormats(o.format);
      const settings = await loadSettings({ configFile: o.config, fontDir: o.fontDir });
      const outcome = await renderCommand(file, {
        formats,
        out: o.out,
        template: o.template,
        force: Boolean(o.force),
        settings,
        public: Boolean(o.public),
      });
      if (outcome.refusal) {
        io.err(`${formatUserError(outcome.refusal, lang)}\n`);
        exitCode = 1;
        return;
      }
      if (outcome.result.findings.length > 0) io.err(formatStylish([outcome.result], lang));
      if (outcome.blocked) {
        io.err(
          pick(
            {
              zh: '存在错误级别的问题，未生成任何文件（修正后重试，或用 --force 强制生成）\n',
              en: 'Error-level findings: nothing was written (fix them, or use --force)\n',
            },
            lang,
          ),
        );
        exitCode = 1;
        return;
      }
      for (const p of outcome.written) io.out(`${pick({ zh: '已生成', en: 'Wrote' }, lang)} ${p}\n`);
      for (const w of outcome.warnings ?? [])
        io.err(`${pick({ zh: '注意：', en: 'Note: ' }, lang)}${pick(w, lang)}\n`);
      exitCode = outcome.result.findings.some((f) => f.severity === 'error') ? 1 : 0;
    });

  program
    .command('check')
    .description('核对数据文件或手写稿中数字的一致性（合计、比率、前后一致、覆盖率、个数、同比、取值范围）')
    .argument('<文件...>', '数据文件（.yaml、.yml、.json、.xlsx）或手写稿（.md、.txt、.docx），可用通配符')
    .addOption(
      new Option('-f, --format <格式>', '输出格式：text 或 json').choices(['text', 'json']).default('text'),
    )
    .option('--xlsx <工作簿>', '另将核对结果写成 Excel 工作簿（.xlsx），便于逐条跟踪修改')
    .option('--force', '覆盖已存在的核对结果工作簿')
    .helpOption('-h, --help', '显示帮助')
    .configureHelp(chineseHelp(() => lang))
    .action(async (files: string[], o: { format: string; xlsx?: string; force?: boolean }) => {
      const { checkFile } = await import('./check.js');
      const named = files;
      files = await expandGlobs(files);
      if (o.xlsx) {
        // A findings workbook from an earlier run that a pattern matched is not an input; one named
        // outright is, and is never overwritten.
        const target = resolvePath(o.xlsx);
        files = files.filter((f) => resolvePath(f) !== target || named.includes(f));
        await (await import('./workbook.js')).checkFindingsTarget(o.xlsx, Boolean(o.force), files);
      }
      const results: FileResult[] = [];
      /** Every file in the order given: its findings, or why it could not be read. */
      const entries: ({ file: string; result: FileResult } | { file: string; error: UserError })[] = [];
      let bad = false;
      for (const file of files) {
        try {
          const result = await checkFile(file);
          results.push(result);
          entries.push({ file, result });
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          io.err(`${formatUserError(e, lang)}\n`);
          entries.push({ file, error: e });
          bad = true;
        }
      }
      if (o.xlsx) {
        const { writeFindingsWorkbook } = await import('./workbook.js');
        await writeFindingsWorkbook(o.xlsx, entries, lang);
        io.err(`${pick({ zh: '核对结果已写入', en: 'Findings written to' }, lang)} ${o.xlsx}\n`);
      }
      const failed = files.length - results.length;
      if (results.length > 0) await printResults(results, files.length === 1, o.format, lang, io, failed);
      if (failed > 0 && o.format !== 'json') {
        io.out(
          pick(
            {
              zh: `✖ ${failed} 个文件无法核对（见上方错误信息）\n`,
              en: `✖ ${failed} file(s) could not be checked (see the errors above)\n`,
            },
            lang,
          ),
        );
      }
      const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
      exitCode = bad ? 2 : errors ? 1 : 0;
    });

  program
    .command('init')
    .description('生成空白的数据填报工作簿（Excel），填好后可直接 render 或 check')
    .argument('<工作簿>', '要生成的 .xlsx 文件')
    .option('--force', '覆盖已存在的文件')
    .helpOption('-h, --help', '显示帮助')
    .configureHelp(chineseHelp(() => lang))
    .action(async (path: string, o: { force?: boolean }) => {
      const { initCommand } = await import('./workbook.js');
      await initCommand(path, Boolean(o.force));
      io.out(`${pick({ zh: '已生成', en: 'Wrote' }, lang)} ${path}\n`);
    });

  program
    .command('export')
    .description('把数据文件（.yaml、.yml、.json、.xlsx）写成填好的 Excel 工作簿')
    .argument('<数据文件>', '年度数据')
    .requiredOption('--xlsx <工作簿>', '要生成的 .xlsx 文件')
    .option('--force', '覆盖已存在的文件')
    .helpOption('-h, --help', '显示帮助')
    .configureHelp(chineseHelp(() => lang))
    .action(async (file: string, o: { xlsx: string; force?: boolean }) => {
      const { exportCommand } = await import('./workbook.js');
      await exportCommand(file, o.xlsx, Boolean(o.force));
      io.out(`${pick({ zh: '已生成', en: 'Wrote' }, lang)} ${o.xlsx}\n`);
    });

  program
    .command('rules')
    .description('列出全部核对规则')
    .helpOption('-h, --help', '显示帮助')
    .configureHelp(chineseHelp(() => lang))
    .action(async () => {
      const { RULES } = await import('../check/registry.js');
      const prose = [
        {
          id: 'duplicate-phrase',
          description: {
            zh: '手写稿中同一词句连续重复（如“今年，今年，”）',
            en: 'A phrase typed twice in a row in a draft',
          },
        },
        {
          id: 'numbering-style',
          description: {
            zh: '手写稿中序数不连续，或“1.”与“1、”混用',
            en: 'Numbering that skips, or mixes 1. and 1、, in a draft',
          },
        },
        {
          id: 'disclosure-gap',
          description: {
            zh: '公开版删去内部分项后，合计与公开分项对不上',
            en: 'A public version whose dropped internal parts leave a total that no longer reconciles',
          },
        },
      ];
      for (const r of [...RULES, ...prose]) io.out(`${r.id.padEnd(18)} ${pick(r.description, lang)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.help' ||
        e.code === 'commander.version'
      )
        return 0;
      io.err(`${pick({ zh: '用法错误：', en: 'Usage error: ' }, lang)}${translateCommanderError(e, lang)}\n`);
      return 2;
    }
    if (e instanceof UserError) {
      io.err(`${formatUserError(e, lang)}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (
      err?.code === 'EACCES' ||
      err?.code === 'EROFS' ||
      err?.code === 'ENOSPC' ||
      err?.code === 'ENOTDIR'
    ) {
      io.err(
        `${pick({ zh: '无法写入输出文件', en: 'Cannot write the output' }, lang)}（${err.code}）：${err.path ?? ''}\n`,
      );
      return 2;
    }
    throw e;
  }
}
