/** /who said quote: — who said some words; /who is name: — a person's card (roles, quote count, their quotes). */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { toChoices } from '../src/discord/choices.ts';
import type { CommandContext } from '../src/discord/command.ts';
import { quotesView, whoSaidView } from '../src/discord/render/quotes.ts';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('Who said something, or who someone is')
  .addSubcommand((s) =>
    s
      .setName('said')
      .setDescription('Find who said a quote or something like it')
      .addStringOption((o) => o.setName('quote').setDescription('The words, or some of them').setRequired(true).setMaxLength(500)),
  )
  .addSubcommand((s) =>
    s
      .setName('is')
      .setDescription('A person of the story: roles, how often quoted, their quotes')
      .addStringOption((o) => o.setName('name').setDescription('Their name or part of it').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const engine = ctx.store.engine;
  if (interaction.options.getSubcommand() === 'said') {
    await ctx.show(interaction, whoSaidView(engine.whoSaid(interaction.options.getString('quote', true)), engine.stats));
    return;
  }
  await ctx.show(interaction, quotesView(engine.quotes(interaction.options.getString('name', true)), engine.stats, { card: true }));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await interaction.respond(toChoices(ctx.store.engine.suggestPeople(interaction.options.getFocused(), 25)));
}
