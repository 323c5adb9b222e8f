/** /search query: [private:] — passages that match the words, best first. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { passagesView } from '../src/discord/render/passages.ts';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Find the passages of the articles that match some words')
  .addStringOption((o) => o.setName('query').setDescription('Words to look for').setRequired(true).setMaxLength(500))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer to you only'));

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  const answer = engine.search(interaction.options.getString('query', true), { limit: 15 });
  await ctx.show(interaction, passagesView(answer, engine.stats), { ephemeral: interaction.options.getBoolean('private') ?? false });
}
