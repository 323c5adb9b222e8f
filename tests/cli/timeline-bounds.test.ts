/** The CLI: a bad timeline date bound is a usage error, one line on stderr and exit 2, as the README says. */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run.ts';

describe('cli timeline date bounds', () => {
  it.each([
    [['--from', '2017-13-01'], /has no month 13/],
    [['--from', 'yesterday', '--json'], /is not a date/],
    [['--from', '2017-07-10', '--to', '2017-07-01'], /is after the "to" date/],
  ])('timeline %j exits 2 with one sentence and no output', async (args, message) => {
    const r = await cli(['timeline', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
