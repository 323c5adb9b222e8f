/** /reload — admins only: re-read the corpus folder and report what changed; a broken corpus keeps the one in use. */
import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { isAdmin } from '../src/discord/permissions.ts';
import { COLOURS } from '../src/discord/render/colours.ts';
import { reloadEmbed } from '../src/discord/render/reload.ts';
import { reloadEverywhere, shardSummary, type ShardUtil } from '../src/discord/sharding.ts';

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
  // Under a ShardingManager every shard process has its own store: reload them all.
  const shard = interaction.client.shard as ShardUtil | null;
  const all = shard ? await reloadEverywhere(shard, () => ctx.store.reload()) : null;
  const mine = all?.find((r) => shard && r.shards.some((id) => shard.ids.includes(id)))?.report;
  const report = mine ?? (await ctx.store.reload());
  const engine = ctx.store.engine;
  const titles = new Map(engine.corpus.articles.map((a) => [a.id, a.title]));
  ctx.log.info({ ok: report.ok, added: report.added.length, changed: report.changed.length, removed: report.removed.length, problems: report.problems.length, ms: report.ms, by: interaction.user.id }, 'corpus reload requested');
  const duplicates = new Map(engine.articles().articles.flatMap((a) => (a.duplicateOf ? [[a.id, a.duplicateOf] as const] : [])));
  const embed = reloadEmbed(report, engine.stats, titles, duplicates);
  if (all && all.length > 1) embed.fields = [...(embed.fields ?? []), { name: `All shards (${all.length} processes)`, value: shardSummary(all).slice(0, 1024) }];
  await ctx.send(interaction, { embeds: [embed] });
}
