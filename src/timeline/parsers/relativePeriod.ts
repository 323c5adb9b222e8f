/**
 * Weeks, months and years named relative to the publication date: "last year", "this week", "last month",
 * "earlier this month", "so far this year", "the previous week", "next year's budget", "late last year",
 * "the end of last year" (a year, "end" kept as modifier).
 * Precision follows the devset rules: a week is told by its month, a month by its month, a year by its year.
 * Not here: durations ("the past five years", "the past week" = the last seven days) and periods counted from
 * another event ("the following week").
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, fromTime } from '../calendar.ts';
import { MODIFIER_TAG, RESOLVED_TAG } from '../tags.ts';
import { tenseAt } from '../tense.ts';

const PATTERN =
  /\b(?:(earlier|later|so\s+far|late|early|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+)?(this\s+past|the\s+previous|the\s+coming|this|last|past|next|previous)\s+(week|month|year)\b(?!-)/i;

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = match[2]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = match[3]!.toLowerCase();
    const start = match.index!;
    // "past" alone is a duration after an article ("the past year", "in the past month"); "this past month" is fine
    if (which === 'past' && /\b(?:the|a)\s+$/i.test(context.text.slice(Math.max(0, start - 6), start))) return null;
    // "The previous week, the office had warned …": in the past perfect it is counted from another past event
    if (which.endsWith('previous') && /\bhad\s+(?!to\b)[a-z]/i.test(context.text)) return null;
    // Title case mid-sentence is a name: a show called "This Week", "Last Week Tonight"
    if (/^[A-Z]/.test(match[2]!) && /^[A-Z]/.test(match[3]!) && start > 0) return null;
    const offset = which === 'this' ? 0 : which === 'next' || which === 'the coming' ? 1 : -1;
    const ref = fromTime(context.reference.instant.getTime());
    let components;
    if (unit === 'year') {
      components = context.createParsingComponents({ year: ref.y + offset });
    } else if (unit === 'month') {
      const index = ref.y * 12 + (ref.m - 1) + offset;
      components = context.createParsingComponents({ year: Math.floor(index / 12), month: (index % 12) + 1 });
    } else {
      const day = addDays(ref, 7 * offset);
      components = context.createParsingComponents({ year: day.y, month: day.m });
    }
    components.addTag(RESOLVED_TAG);
    const modifier = match[1]?.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/ of$/, '');
    if (modifier) components.addTag(MODIFIER_TAG + modifier);
    return context.createParsingResult(start, match[0], components);
  },
};

const CURRENT =
  /\b(?:(?:the\s+)?(end|start|beginning|middle|rest)\s+of\s+the\s+(year|month|week)|(?:the\s+)?(year|month)['\u2019]s\s+(end)|(year|month)[-\s](end))\b(?![-\w])/i;

/**
 * "by the end of the year", "the rest of the month", "by year's end", "by year-end": the current period. In a past
 * clause that names another year or is in the past perfect it is counted from another date ("In 2019 ... by the end of
 * the year they had doubled") and is left alone.
 */
export const currentPeriodEdgeParser: Parser = {
  pattern: () => CURRENT,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const edge = (match[1] ?? match[4] ?? match[6])!.toLowerCase();
    const unit = (match[2] ?? match[3] ?? match[5])!.toLowerCase();
    // past: this year's edge, unless the sentence names another year or the past perfect counts from another event
    if (tenseAt(context.text, match.index!, match.index! + match[0].length) === 'past' && (/\b(?:1[89]|20)\d\d\b/.test(context.text) || /\bhad\s+(?!to\b)[a-z]/i.test(context.text))) return null;
    const ref = fromTime(context.reference.instant.getTime());
    const components =
      unit === 'year' ? context.createParsingComponents({ year: ref.y }) : context.createParsingComponents({ year: ref.y, month: ref.m });
    components.addTag(RESOLVED_TAG);
    components.addTag(MODIFIER_TAG + edge);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
