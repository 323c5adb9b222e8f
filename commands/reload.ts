/** /reload — admins only: re-read the corpus folder and report what changed; a broken corpus keeps the one in use. */
import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { isAdmin } from '../src/discord/permissions.ts';
import { COLOURS } from '../src/discord/render/colours.ts';
import { reloadEmbed } from '../src/discord/render/reload.ts';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Re-read the corpus folder (admins)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  if (!isAdmin(interaction, ctx.config.adminRoleIds)) {
    await ctx.send(interaction, { embeds: [{ color: COLOURS.error, description: 'Only members with the Manage Server permission (or an admin role) can reload the corpus.' }] }, { ephemeral: true });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const report = await ctx.store.reload();
  const engine = ctx.store.engine;
  const titles = new Map(engine.corpus.articles.map((a) => [a.id, a.title]));
  ctx.log.info({ ok: report.ok, added: report.added.length, changed: report.changed.length, removed: report.removed.length, problems: report.problems.length, ms: report.ms, by: interaction.user.id }, 'corpus reload requested');
  await ctx.send(interaction, { embeds: [reloadEmbed(report, engine.stats, titles)] });
}
