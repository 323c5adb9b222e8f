/** /story — the story in brief: outlets and dates, most-quoted people, top events and quotes by number of sources. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { storyView } from '../src/discord/render/story.ts';

export const data = new SlashCommandBuilder().setName('story').setDescription('The story in brief: sources, dates, people, top events and quotes');

export const cooldown = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  await ctx.show(interaction, storyView(engine.story(), engine.stats));
}
