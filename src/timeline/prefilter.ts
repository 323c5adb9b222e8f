/**
 * A cheap test for text that may hold a date, run before chrono so that the costly parse only sees the sentences
 * that need it. It may say yes too often (that only costs time), never no to a date the parsers would find.
 * Written without the case-insensitive flag and with literal alternatives: several times faster that way.
 */

const DATE_CUE = new RegExp(
  [
    '[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Ww]eekend',
    '[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight',
    '[Ww]eek|[Mm]onth|[Yy]ear|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|\\bago\\b|(?:1[89]|20)\\d\\d',
    'January|February|March|April|May|June|July|August|September|October|November|December',
    '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.',
    // holidays, decades, quarters, years with an apostrophe ("in '91"), "days away", "in ten days", "a fortnight"
    'Christmas|Easter|Thanksgiving|New Year|Halloween|Juneteenth|Valentine|Independence Day|Fourth of July|July Fourth',
    'Memorial Day|Labor Day|Veterans Day|Patrick|Mother.s Day|Father.s Day|Presidents.? Day|King Jr|MLK Day|Good Friday|Boxing Day|Armistice|Remembrance Day|Election Day|Anzac|ANZAC|Australia Day|Waitangi|Canada Day|Bastille|Guy Fawkes|Bonfire Night',
    '[Dd]ecade|[Qq]uarter|\\bQ[1-4]\\b|[\'\\u2019]\\d\\d\\b|\\bdays?\\s+away|[Ff]ortnight|\\bin\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+days?\\b',
  ].join('|'),
);

export function mayHoldDate(text: string): boolean {
  return DATE_CUE.test(text);
}
