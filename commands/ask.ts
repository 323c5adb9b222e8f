/** /ask question: [private:] — the best sentence that answers a question, and the passages behind it. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { passagesView } from '../src/discord/render/passages.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the story; the answer cites the articles')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(500))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer to you only'));

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  const answer = engine.ask(interaction.options.getString('question', true), { limit: 9 });
  await ctx.show(interaction, passagesView(answer, engine.stats), { ephemeral: interaction.options.getBoolean('private') ?? false });
}
