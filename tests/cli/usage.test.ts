/** Mistyped options and commands: one line in our words, the closest known name suggested, exit 2. */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run.ts';

describe('cli usage errors', () => {
  it.each([
    [['search', 'cyber', '--jsn'], 'unknown option --jsn (did you mean --json?)'],
    [['search', 'cyber', '--corpse', 'x'], 'unknown option --corpse (did you mean --corpus?)'],
    [['quotes', '--speeker', 'Roe'], 'unknown option --speeker (did you mean --speaker?)'],
    [['search', 'cyber', '--zzzzzz'], 'unknown option --zzzzzz (cli --help for usage)'],
    [['search', 'cyber', '-x'], 'unknown option -x (cli --help for usage)'],
    [['search', 'cyber', '--corpus'], 'option --corpus needs a value (cli --help for usage)'],
    [['search', 'cyber', '--json=yes'], 'option --json takes no value (cli --help for usage)'],
    [['serch', 'cyber'], 'unknown command "serch" (did you mean search?)'],
    [['timelnie'], 'unknown command "timelnie" (did you mean timeline?)'],
    [['whosaid', 'idea'], 'unknown command "whosaid" (did you mean who-said?)'],
    [['frobnicate'], 'unknown command "frobnicate"; commands: search, ask, who-said, quotes, people, timeline, articles, story, add, remove (cli --help for usage)'],
  ])('%j', async (args, line) => {
    const r = await cli(args);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
