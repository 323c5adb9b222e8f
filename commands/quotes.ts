/** /quotes speaker: — everything a person is quoted saying (any of their names works). */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { toChoices } from '../src/discord/choices.ts';
import type { CommandContext } from '../src/discord/command.ts';
import { quotesView } from '../src/discord/render/quotes.ts';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription("A person's quotes, in story order")
  .addStringOption((o) => o.setName('speaker').setDescription('Their name, surname or title').setRequired(true).setAutocomplete(true).setMaxLength(100));

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  await ctx.show(interaction, quotesView(engine.quotes(interaction.options.getString('speaker', true)), engine.stats));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await interaction.respond(toChoices(ctx.store.engine.suggestPeople(interaction.options.getFocused(), 25)));
}
