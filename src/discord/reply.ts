/**
 * Sending answers: every message goes out with mentions disabled, within Discord's limits, as a
 * reply, an edit of a deferred reply or a follow-up, whichever the interaction is ready for.
 */
import { MessageFlags, type APIActionRowComponent, type APIComponentInActionRow, type APIEmbed, type MessageMentionOptions, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { COLOURS } from './render/colours.ts';
import { limitProblems } from './render/limits.ts';

/** Nobody is ever pinged: no @everyone, no roles, no users, not even the author replied to. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIComponentInActionRow>>;
}

/** The reply, or a short stand-in when something in it would break a Discord limit (a bug, logged). */
export function withinLimits(reply: Reply, log?: Logger): Reply {
  const problems = limitProblems(reply);
  if (!problems.length) return reply;
  log?.error({ problems }, 'reply broke a Discord limit; sent a stand-in');
  return { embeds: [{ color: COLOURS.error, description: 'That answer was too long to show. Try a narrower question.' }] };
}

export async function respond(interaction: RepliableInteraction, reply: Reply, options: { ephemeral?: boolean; log?: Logger } = {}): Promise<void> {
  const body = { ...withinLimits(reply, options.log), allowedMentions: NO_MENTIONS };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body);
  } else if (interaction.replied) {
    await interaction.followUp({ ...body, ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
  } else {
    await interaction.reply({ ...body, ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
  }
}

/** A short private notice (refusals, rate limits, expired lists, errors). */
export async function notify(interaction: RepliableInteraction, text: string, colour: number = COLOURS.help): Promise<void> {
  await respond(interaction, { embeds: [{ color: colour, description: text }] }, { ephemeral: true });
}
