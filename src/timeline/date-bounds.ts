/**
 * The date bounds a timeline question may give (`from`, `to`): YYYY, YYYY-MM or YYYY-MM-DD naming a real date, with
 * `from` not after `to`. A bad bound is the asker's mistake, told in one sentence, never an internal error.
 */
import type { ArgumentError } from '../answers.ts';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMAT = 'write it as YYYY, YYYY-MM or YYYY-MM-DD (for example 2021-03-09)';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `value` is no usable bound, or null when it is one. */
function boundProblem(argument: 'from' | 'to', value: string): ArgumentError | null {
  const m = SHAPE.exec(value);
  if (!m) return { argument, message: `The "${argument}" date "${value}" is not a date: ${FORMAT}.` };
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) {
    return { argument, message: `The "${argument}" date "${value}" has no month ${m[2]}: months run from 01 to 12.` };
  }
  if (month !== null && day !== null && (day < 1 || day > daysIn(year, month))) {
    return { argument, message: `The "${argument}" date "${value}" does not exist: that month has ${daysIn(year, month)} days.` };
  }
  return null;
}

/** The bounds trimmed (empty ones dropped), or the first problem with them. */
export function checkDateBounds(from: string | null | undefined, to: string | null | undefined): { from?: string; to?: string } | { error: ArgumentError } {
  const out: { from?: string; to?: string } = {};
  for (const [argument, raw] of [['from', from], ['to', to]] as const) {
    const value = raw?.trim();
    if (!value) continue;
    const error = boundProblem(argument, value);
    if (error) return { error };
    out[argument] = value;
  }
  if (out.from && out.to && out.from.slice(0, out.to.length) > out.to) {
    return { error: { argument: 'from', message: `The "from" date (${out.from}) is after the "to" date (${out.to}): swap them.` } };
  }
  return out;
}
