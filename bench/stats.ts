/** Percentiles of latency samples. */

export interface Latency {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Queries timed (fewer than asked when the time budget ran out). */
  n: number;
  asked: number;
  unit: 'ms';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function stats(name: string, samples: number[], asked: number): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return { name, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s[s.length - 1] ?? 0), n: s.length, asked, unit: 'ms' };
}
