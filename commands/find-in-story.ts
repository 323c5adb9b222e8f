/** "Find in story" (message context menu) — searches the articles with the text of the chosen message. */
import { ApplicationCommandType, ContextMenuCommandBuilder, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { trimText } from '../src/discord/render/limits.ts';
import { passagesView } from '../src/discord/render/passages.ts';

export const data = new ContextMenuCommandBuilder().setName('Find in story').setType(ApplicationCommandType.Message);

export async function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<void> {
  const text = interaction.targetMessage.content.trim();
  if (!text) {
    await ctx.send(interaction, { content: 'That message has no text to look for.' }, { ephemeral: true });
    return;
  }
  const engine = ctx.store.engine;
  const query = trimText(text, 300).replace(/\s?\u2026$/, '');
  await ctx.show(interaction, passagesView(engine.search(query, { limit: 15 }), engine.stats), { ephemeral: true });
}
