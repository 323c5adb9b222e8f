/** /articles — the corpus: titles, sources, dates, paragraph counts, and files that could not be loaded. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { articlesView } from '../src/discord/render/articles.ts';

export const data = new SlashCommandBuilder().setName('articles').setDescription('The articles the answers come from');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  await ctx.show(interaction, articlesView(engine.articles(), engine.stats));
}
