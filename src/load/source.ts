/**
 * A number exactly as the source wrote it ("7.50", not 7.5): loaders hand these to the
 * schema so that displayed precision survives parsing.
 */
export class SourceNumber {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

export type Path = readonly (string | number)[];

/** Where a value stands: line and column in a text file, or sheet and cell in a workbook. */
export interface Position {
  line?: number;
  column?: number;
  sheet?: string;
  /** A1-style address: C7. */
  cell?: string;
}

/** A position as a Location's fields (line and column null where there are none). */
export function positionFields(pos: Position | undefined): {
  line: number | null;
  column: number | null;
  sheet?: string;
  cell?: string;
} {
  return {
    line: pos?.line ?? null,
    column: pos?.column ?? null,
    ...(pos?.sheet ? { sheet: pos.sheet, cell: pos.cell } : {}),
  };
}

/** A loaded data file: plain values (numbers as SourceNumber) and where each path stands. */
export interface Loaded {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: Path): Position | undefined;
}

export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/** Offsets → 1-based line and column (columns count UTF-16 units, as editors do). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }
}

export function makeLocator(offsets: Map<string, number>, index: LineIndex): Loaded['locate'] {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const off = offsets.get(pathKey(path.slice(0, n)));
      if (off !== undefined) return index.at(off);
    }
    return undefined;
  };
}
