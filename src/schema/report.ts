import { z } from 'zod';
import { SourceNumber } from '../load/source.js';
import { figureIdSchema, figureSchema } from './figure.js';
import { strictObj } from './object.js';

const text = z.string().trim().min(1, { message: '不能为空' });

/** A narrative paragraph: text that refers to figures by name ({projects}, {monitoring.amount:亿元}). */
export const paragraphSchema = z.union([text, strictObj({ text, internal: z.boolean().optional() })]);

/** A run-in numbered point: （一）title。text, or 一是title。text. */
export const pointSchema = strictObj({
  title: text,
  text: z.string().optional(),
  internal: z.boolean().optional(),
});

/**
 * A table of figures after the section's paragraphs: each row a figure by name; a figure with parts
 * gives a row per part and then its total. Money is shown in one unit, named in the line above.
 */
export const tableSchema = strictObj({
  title: text.optional(),
  rows: z.array(z.string().min(1)).min(1),
  unit: z.enum(['元', '万元', '亿元']).optional(),
  /** Heading of the label column and of the value column. */
  columns: z.tuple([text, text]).optional(),
  internal: z.boolean().optional(),
});

export type TableInput = z.infer<typeof tableSchema>;

export interface SectionInput {
  title?: string;
  internal?: boolean;
  figures?: Record<string, z.infer<typeof figureSchema>>;
  paragraphs?: z.infer<typeof paragraphSchema>[];
  points?: z.infer<typeof pointSchema>[];
  tables?: z.infer<typeof tableSchema>[];
  subsections?: SectionInput[];
}

export const sectionSchema: z.ZodType<SectionInput> = z.lazy(() =>
  strictObj({
    title: text.optional(),
    internal: z.boolean().optional(),
    figures: z.record(figureIdSchema, figureSchema).optional(),
    paragraphs: z.array(paragraphSchema).optional(),
    points: z.array(pointSchema).optional(),
    tables: z.array(tableSchema).optional(),
    subsections: z.array(sectionSchema).optional(),
  }),
);

/** The lifecycle stages (全过程) in report order, then the closing parts. */
export const STAGES = [
  'institutions',
  'exAnte',
  'targets',
  'monitoring',
  'evaluation',
  'results',
  'disclosure',
  'safeguards',
] as const;
export const CLOSING_PARTS = ['achievements', 'problems', 'nextSteps'] as const;
export const SECTION_KEYS = [...STAGES, ...CLOSING_PARTS] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const yearSchema = z.union([z.instanceof(SourceNumber), z.number(), z.string()]).transform((v, ctx) => {
  const s = String(v).trim();
  if (!/^\d{4}$/.test(s)) {
    ctx.addIssue({
      code: 'custom',
      message: `应为四位数年份，实际为 ${s}`,
      params: { en: `must be a four-digit year, got ${s}` },
    });
    return z.NEVER;
  }
  return Number(s);
});

const dateSchema = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  },
  {
    message: '应为有效日期，格式为 YYYY-MM-DD，如 2021-08-03',
    params: { en: 'must be a real date written YYYY-MM-DD, e.g. 2021-08-03' },
  },
);

export const metaSchema = strictObj({
  /** Issuing body, as signed: 库尔勒市财政局. */
  issuer: text,
  /** Whose work the report covers, as the title names it: 库尔勒市, 金寨县, 自治区. */
  region: text,
  year: yearSchema,
  kind: z.enum(['报告', '说明']).default('报告'),
  audience: z.enum(['government', 'congress']),
  addressee: text.optional(),
  title: text.optional(),
  /** Issuing-body mark in red at the head of the document; defaults to "{issuer}文件". */
  issuerMark: text.optional(),
  docNumber: z
    .string()
    .refine((s) => /^\S+〔\d{4}〕[1-9]\d*号$/.test(s), {
      message: '文号格式应如“库财字〔2021〕12号”（年份用六角括号〔〕，序号不编虚位、不加“第”）',
      params: { en: 'write the document number like 库财字〔2021〕12号 (year in 〔〕, no leading zeros)' },
    })
    .optional(),
  signer: text.optional(),
  date: dateSchema,
  contact: strictObj({ name: text, phone: text }).optional(),
  /** For a report to the congress standing committee: the occasion under the title. */
  session: text.optional(),
  /** 密级 (秘密、机密…): a classified report has no public version. */
  classification: text.optional(),
  /** How the public-disclosure version (公开版) looks and which flagged items it may keep. */
  public: z
    .strictObject({
      /** Show the issuing body and date under the title (default: yes). */
      issuerUnderTitle: z.boolean().optional(),
      /** Close with （此件公开发布）. */
      notice: z.boolean().optional(),
      /** Personal-information hits that may stay, each with the reviewer's reason. */
      allow: z.array(strictObj({ text, reason: text })).optional(),
    })
    .optional(),
});

export const openingSchema = strictObj({
  basis: z.array(strictObj({ title: text, number: text.optional() })).optional(),
  paragraphs: z.array(paragraphSchema).optional(),
  lead: text.optional(),
});

export const headingsSchema = strictObj({
  work: text.optional(),
});

export const reportSchema = z
  .strictObject({
    meta: metaSchema,
    opening: openingSchema.optional(),
    headings: headingsSchema.optional(),
    ...Object.fromEntries(SECTION_KEYS.map((k) => [k, sectionSchema.optional()])),
  })
  .superRefine((r, ctx) => {
    const meta = r.meta as z.infer<typeof metaSchema>;
    if (meta.audience === 'government' && meta.docNumber && !meta.signer) {
      ctx.addIssue({
        code: 'custom',
        path: ['meta', 'signer'],
        message: '上报上级人民政府的报告须注明签发人',
        params: { en: 'a report to the government above needs a signer (签发人)' },
      });
    }
    if (Number(meta.date.slice(0, 4)) < meta.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['meta', 'date'],
        message: `成文日期 ${meta.date} 早于报告年度 ${meta.year} 年`,
        params: { en: `the date ${meta.date} precedes the reporting year ${meta.year}` },
      });
    }
  });

export type MetaInput = z.infer<typeof metaSchema>;
export type OpeningInput = z.infer<typeof openingSchema>;
export type ReportInput = {
  meta: MetaInput;
  opening?: OpeningInput;
  headings?: z.infer<typeof headingsSchema>;
} & { [K in SectionKey]?: SectionInput };
