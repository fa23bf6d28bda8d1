/** Timing helpers for npm run bench: medians of warm runs. */
import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median of `runs` timed calls after one warm-up call; also the last value. */
export function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    t.push(performance.now() - t0);
  }
  return { ms: median(t), value };
}

/** The same for asynchronous work. */
export async function timeAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    t.push(performance.now() - t0);
  }
  return median(t);
}
