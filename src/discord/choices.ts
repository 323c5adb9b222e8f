/** Autocomplete choices within Discord's limits: at most 25, names and values of 1 to 100 characters, no duplicates. */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { LIMITS, trimText } from './render/limits.ts';

export function toChoices(names: readonly string[]): Array<ApplicationCommandOptionChoiceData<string>> {
  const seen = new Set<string>();
  const out: Array<ApplicationCommandOptionChoiceData<string>> = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const value = name.slice(0, LIMITS.choiceValue);
    if (!name || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: trimText(name, LIMITS.choiceName), value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
