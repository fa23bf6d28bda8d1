import { z } from 'zod';
import { SourceNumber } from '../load/source.js';

/**
 * A strict object schema that a number is not mistaken for: loaders hand numbers over as SourceNumber
 * objects (to keep "7.50"), which an object schema would otherwise inspect for fields.
 */
export function strictObj<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.preprocess((v) => (v instanceof SourceNumber ? Number(v.text) : v), z.strictObject(shape));
}
