/** /help — the commands and how to ask by mentioning the bot. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { corpusFooter } from '../src/discord/render/citation.ts';
import { helpEmbed } from '../src/discord/render/help.ts';
import { limitsSummary } from '../src/discord/rate-limit.ts';

export const data = new SlashCommandBuilder().setName('help').setDescription('What I can answer and how to ask');

/** /help is free: it never counts against the rate limits it describes. */
export const rateLimited = false;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await ctx.send(interaction, { embeds: [helpEmbed(ctx.summaries(), corpusFooter(ctx.store.engine.stats), limitsSummary(ctx.config.rateLimits))] }, { ephemeral: true });
}
