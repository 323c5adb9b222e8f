/** /help and the answer to a bare mention: the commands and how to ask in free text. */
import type { APIEmbed } from 'discord.js';
import { COLOURS } from './colours.ts';
import { fitEmbed } from './limits.ts';
import { fitText } from './markdown.ts';

export interface CommandSummary {
  /** As typed: "/search", "/who said", or a context-menu name. */
  usage: string;
  description: string;
}

export const MENTION_HELP =
  'Mention me with a question and I answer here with cited passages:\n' +
  '\u2022 "who said <words>?" finds who said them\n' +
  '\u2022 "what did <name> say about <topic>?" lists their quotes\n' +
  '\u2022 "when <topic>?" or "timeline <topic>" gives the dates\n' +
  '\u2022 anything else is answered from the articles\n' +
  'In a thread, a follow-up such as "when was that?" continues from my last answer.';

export function helpEmbed(commands: CommandSummary[], footer: string, limits?: string): APIEmbed {
  const lines = commands.map((c) => `**${fitText(c.usage, 80)}**: ${fitText(c.description, 200)}`);
  return fitEmbed({
    title: 'Storydesk: ask the story',
    color: COLOURS.help,
    description: `${lines.join('\n')}\n\n${MENTION_HELP}${limits ? `\n\n${limits}` : ''}`,
    footer: { text: footer },
  });
}

/** The short answer to a mention with no question in it. */
export function mentionHelpEmbed(footer: string): APIEmbed {
  return fitEmbed({ title: 'Ask me about the story', color: COLOURS.help, description: `${MENTION_HELP}\n\nType /help for the slash commands.`, footer: { text: footer } });
}
