/** /timeline [about:] [from:] [to:] — the story's dated events in order. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { TIMELINE_EVENT_LIMIT, timelineView } from '../src/discord/render/timeline.ts';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription("The story's events in date order")
  .addStringOption((o) => o.setName('about').setDescription('Only events about a topic or a person').setMaxLength(200))
  .addStringOption((o) => o.setName('from').setDescription('From this date: YYYY, YYYY-MM or YYYY-MM-DD').setMaxLength(10))
  .addStringOption((o) => o.setName('to').setDescription('Up to this date: YYYY, YYYY-MM or YYYY-MM-DD').setMaxLength(10));

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  const answer = engine.timeline({ about: interaction.options.getString('about'), from: interaction.options.getString('from'), to: interaction.options.getString('to'), limit: TIMELINE_EVENT_LIMIT });
  await ctx.show(interaction, timelineView(answer, engine.stats));
}
