import { z } from 'zod';
import { parseLiteral } from '../figures/figure.js';
import { SourceNumber } from '../load/source.js';

/** A number or figure literal as a data file states it: 645215, "7.50亿元", "84.35%", "近2400万元". */
export const literalSchema = z.union([z.instanceof(SourceNumber), z.string(), z.number()]);
export type LiteralInput = z.infer<typeof literalSchema>;

export function literalText(v: LiteralInput): string {
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? v : v.text;
}

/** Checks that a literal is a readable number; signed literals (changes) may be negative. */
function checkLiteral(signed: boolean) {
  return (v: LiteralInput, ctx: z.RefinementCtx) => {
    const text = literalText(v);
    const parsed = parseLiteral(text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `无法识别的数值“${text}”，应写成如 7.50亿元、84.35%、178个 的形式`,
        params: { en: `Unreadable number "${text}"; write it like 7.50亿元, 84.35% or 178个` },
      });
      return;
    }
    if (!signed && parsed.value.isNeg()) {
      ctx.addIssue({
        code: 'custom',
        message: `应为非负数，实际为 ${text}`,
        params: { en: `must not be negative, got ${text}` },
      });
    }
  };
}

export const valueSchema = literalSchema.superRefine(checkLiteral(false));
export const signedValueSchema = literalSchema.superRefine(checkLiteral(true));

/** A reference to another figure: "projects" (same section) or "monitoring.projects". */
export const refSchema = z
  .string()
  .regex(/^[^{}:\s]+$/, { message: '引用的数据名称不能含空格、花括号或冒号' });

/** A small whole number written in the data (YAML numbers arrive as SourceNumber). */
export const smallIntSchema = (min: number, max: number) =>
  z.union([z.instanceof(SourceNumber), z.number()]).transform((v, ctx) => {
    const n = Number(String(v));
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({
        code: 'custom',
        message: `应为 ${min} 到 ${max} 之间的整数，实际为 ${String(v)}`,
        params: { en: `must be a whole number from ${min} to ${max}, got ${String(v)}` },
      });
      return z.NEVER;
    }
    return n;
  });

export const displaySchema = z.strictObject({
  /** Show a money figure in another unit (staff enter 万元, the report speaks 亿元). */
  unit: z.enum(['元', '万元', '亿元']).optional(),
  /** Decimal places shown. */
  decimals: smallIntSchema(0, 6).optional(),
});

export interface FigureObjectInput {
  value?: LiteralInput;
  unit?: string;
  label?: string;
  parts?: Record<string, FigureInput>;
  complete?: boolean;
  ratio?: [string, string];
  claim?: string;
  items?: string[];
  exhaustive?: boolean;
  prior?: LiteralInput;
  change?: LiteralInput;
  changePercent?: LiteralInput;
  same?: string;
  max?: string | string[];
  display?: z.infer<typeof displaySchema>;
  internal?: boolean;
  note?: string;
}
export type FigureInput = LiteralInput | FigureObjectInput;

export const figureObjectSchema: z.ZodType<FigureObjectInput> = z.lazy(() =>
  z.strictObject({
    value: valueSchema.optional(),
    unit: z.string().optional(),
    label: z.string().optional(),
    parts: z.record(z.string(), figureSchema).optional(),
    complete: z.boolean().optional(),
    ratio: z.tuple([refSchema, refSchema]).optional(),
    claim: z.string().optional(),
    items: z.array(z.string().min(1)).optional(),
    exhaustive: z.boolean().optional(),
    prior: valueSchema.optional(),
    change: signedValueSchema.optional(),
    changePercent: signedValueSchema.optional(),
    same: refSchema.optional(),
    max: z.union([refSchema, z.array(refSchema)]).optional(),
    display: displaySchema.optional(),
    internal: z.boolean().optional(),
    note: z.string().optional(),
  }),
);

export const figureSchema: z.ZodType<FigureInput> = z.union([valueSchema, figureObjectSchema]);

/** Figure ids are names, in Chinese or English, without the characters references use. */
export const figureIdSchema = z.string().regex(/^[^{}:.\s]+$/, {
  message: '数据名称不能含空格、花括号、冒号或句点',
});
