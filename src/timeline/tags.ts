/**
 * Tags the timeline's chrono parsers and refiners put on results, to pass what a chrono component cannot hold
 * (the qualifier of a month, the part of day) from one pass to the next.
 */

export const TAG_PREFIX = 'storydesk/';
/** "storydesk/modifier=late night": part of day or similar qualifier, kept apart from the date. */
export const MODIFIER_TAG = `${TAG_PREFIX}modifier=`;
/** A month whose year is still to be chosen by tense ("in January", "late January"). */
export const OPEN_MONTH_TAG = `${TAG_PREFIX}open-month`;
/** Resolved by one of our parsers already: the resolution refiner must leave it alone. */
export const RESOLVED_TAG = `${TAG_PREFIX}resolved`;

export function modifierOf(tags: Set<string>): string | null {
  for (const tag of tags) if (tag.startsWith(MODIFIER_TAG)) return tag.slice(MODIFIER_TAG.length) || null;
  return null;
}

export function withoutModifier(tags: Set<string>): string[] {
  return [...tags].filter(tag => !tag.startsWith(MODIFIER_TAG));
}
