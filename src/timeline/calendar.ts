/** Calendar arithmetic on plain (year, month, day) triples, in UTC so that no local time zone can shift a day. */

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const back = fromTime(toTime(ymd));
  return back.y === ymd.y && back.m === ymd.m && back.d === ymd.d ? ymd : null;
}

export function toTime(ymd: Ymd): number {
  return Date.UTC(ymd.y, ymd.m - 1, ymd.d);
}

export function fromTime(t: number): Ymd {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromTime(toTime(ymd) + days * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(ymd: Ymd): number {
  return new Date(toTime(ymd)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Difference in days, b - a. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(ymd: Ymd): string {
  return `${pad(ymd.y, 4)}-${pad(ymd.m)}-${pad(ymd.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
